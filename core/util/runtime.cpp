#include "api/runtime.h"

#include <unistd.h>

#include <cstdlib>

namespace lmw {

void tuneThreadingEnvironment(char** argv) {
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT")) return;
    if (std::getenv("LMW_THREADING_TUNED")) return;  // already re-executed once
    setenv("GOMP_SPINCOUNT", "10000", 1);
    setenv("LMW_THREADING_TUNED", "1", 1);
    execv("/proc/self/exe", argv);
    // Only reached when exec failed: carry on with the defaults.
}

}  // namespace lmw
