// The Playground's engine thread: one model, one thread, jobs run in the order they are posted,
// so the model is never used by two threads at once. A job may be cancelled by ticket (an
// atomic the job polls); queued jobs that were cancelled are skipped. Probes are small jobs
// that must not wait for a long generation: a running generation answers them between two
// tokens (serveProbes), otherwise they run in order like any other job.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "api/text_generator.h"

namespace lmw::ui {

class PlaygroundEngine {
public:
    /// The engine's state, only ever touched on the engine thread.
    struct State {
        std::unique_ptr<TextGenerator> model;  // null until a load succeeds
    };
    using Job = std::function<void(State& state, std::int64_t ticket)>;

    PlaygroundEngine();
    ~PlaygroundEngine();  // cancels everything and waits for the running job
    PlaygroundEngine(const PlaygroundEngine&) = delete;
    PlaygroundEngine& operator=(const PlaygroundEngine&) = delete;

    /// Queues `job`; returns its ticket (increasing from 1).
    std::int64_t post(Job job);
    /// Queues a probe: answered between two tokens of a running generation, else in order.
    void probe(Job job);
    /// Engine thread: runs the probes waiting now (a generation calls this between tokens).
    void serveProbes(State& state);

    /// Cancels every job posted so far (the running one polls isCancelled).
    void cancelAll() { cancelledUpTo_.store(lastTicket_.load()); }
    bool isCancelled(std::int64_t ticket) const { return ticket <= cancelledUpTo_.load(); }
    /// Whether no job is queued or running.
    bool isIdle() const;

private:
    struct Entry {
        Job job;
        std::int64_t ticket = 0;  // 0 for probes (never cancelled)
    };
    void loop();
    static void run(const Job& job, State& state, std::int64_t ticket);

    State state_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Entry> jobs_;
    std::deque<Job> probes_;
    bool quit_ = false;
    bool running_ = false;
    std::atomic<std::int64_t> lastTicket_{0};
    std::atomic<std::int64_t> cancelledUpTo_{0};
    std::thread thread_;
};

}  // namespace lmw::ui
