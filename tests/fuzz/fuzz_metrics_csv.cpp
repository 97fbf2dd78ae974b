// Any bytes as a run folder's metrics.csv: read into rows, or refused with lmw::Error naming
// the bad line.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "api/error.h"
#include "api/run_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/lmw-fuzz-metrics-" + std::to_string(getpid()) + ".csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 0;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    try {
        (void)lmw::readMetricsCsv(path);
    } catch (const lmw::Error&) {
    }
    return 0;
}
