// What the GUI needs to know about the machine the engine runs on.
#pragma once

namespace lmw::ui {

/// Logical CPU cores available to this process (at least 1).
int logicalCores();

}  // namespace lmw::ui
