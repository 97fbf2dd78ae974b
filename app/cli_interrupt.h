// One interrupt flag for every command of llm-workbench-cli: while an InterruptScope lives,
// Ctrl+C (SIGINT) and SIGTERM set it instead of killing the process; long commands poll it (or
// hand it to the engine as its cancel flag), stop cleanly, keep what they made, and exit 130.
#pragma once

#include <atomic>

namespace lmw::cli {

/// Set by SIGINT or SIGTERM while an InterruptScope is alive.
std::atomic<bool>& interrupted();

class InterruptScope {
public:
    InterruptScope();  // clears the flag and installs the handlers
    ~InterruptScope() { end(); }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
    /// Restores the default handlers (the flag keeps its value); idempotent.
    void end();

private:
    bool active_ = true;
};

}  // namespace lmw::cli
