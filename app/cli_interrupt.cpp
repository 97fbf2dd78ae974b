#include "cli_interrupt.h"

#include <csignal>

namespace lmw::cli {

namespace {

std::atomic<bool> gInterrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

void onSignal(int) {
    gInterrupted.store(true);
}

}  // namespace

std::atomic<bool>& interrupted() {
    return gInterrupted;
}

InterruptScope::InterruptScope() {
    gInterrupted.store(false);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void InterruptScope::end() {
    if (!active_) return;
    active_ = false;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

}  // namespace lmw::cli
