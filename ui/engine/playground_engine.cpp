#include "engine/playground_engine.h"

namespace lmw::ui {

PlaygroundEngine::PlaygroundEngine() : thread_([this] { loop(); }) {}

PlaygroundEngine::~PlaygroundEngine() {
    cancelAll();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        quit_ = true;
        jobs_.clear();
        probes_.clear();
    }
    wake_.notify_all();
    thread_.join();
}

std::int64_t PlaygroundEngine::post(Job job) {
    std::int64_t ticket = 0;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ticket = lastTicket_.load() + 1;
        lastTicket_.store(ticket);
        jobs_.push_back({std::move(job), ticket});
    }
    wake_.notify_all();
    return ticket;
}

void PlaygroundEngine::probe(Job job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        probes_.push_back(std::move(job));
    }
    wake_.notify_all();
}

void PlaygroundEngine::serveProbes(State& state) {
    for (;;) {
        Job job;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (probes_.empty() || quit_) return;
            job = std::move(probes_.front());
            probes_.pop_front();
        }
        run(job, state, 0);
    }
}

void PlaygroundEngine::run(const Job& job, State& state, std::int64_t ticket) {
    try {
        job(state, ticket);
    } catch (...) {
        // Jobs report their own errors; nothing may escape the engine thread.
    }
}

bool PlaygroundEngine::isIdle() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return !running_ && jobs_.empty() && probes_.empty();
}

void PlaygroundEngine::loop() {
    for (;;) {
        Entry entry;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            running_ = false;
            wake_.wait(lock, [this] { return quit_ || !jobs_.empty() || !probes_.empty(); });
            if (quit_) return;
            if (!probes_.empty()) {
                entry.job = std::move(probes_.front());
                probes_.pop_front();
            } else {
                entry = std::move(jobs_.front());
                jobs_.pop_front();
                if (isCancelled(entry.ticket)) continue;
            }
            running_ = true;
        }
        run(entry.job, state_, entry.ticket);
    }
}

}  // namespace lmw::ui
