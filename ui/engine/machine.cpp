#include "engine/machine.h"

#include <QThread>
#include <algorithm>

namespace lmw::ui {

int logicalCores() {
    return std::max(1, QThread::idealThreadCount());
}

}  // namespace lmw::ui
