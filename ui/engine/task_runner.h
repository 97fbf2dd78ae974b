// One-shot engine jobs off the GUI thread: reading a corpus or a dataset, loading a model,
// scoring a task, capturing attention, a ULMFiT run. Every page that needs one owns a
// TaskRunner (one per kind of question it asks) and never touches a thread itself.
//
// The contract:
// - One job at a time per runner. start() while a job runs cancels that job (its token is
//   set and its result is dropped) and runs the new one as soon as it ends; only the newest
//   waiting job is kept. So the page only ever hears the answer to its latest question.
// - Each job has a generation number (increasing from 1); done/failed run on the runner's
//   thread only for the current generation. No tickets to compare by hand.
// - The job polls TaskContext::cancelled() or hands cancelFlag() to the engine. cancel()
//   drops the job's result; stop() only asks it to end early and still delivers what it
//   returns.
// - TaskContext::report() may be called as often as the job likes; the runner's progress()
//   signal carries the newest report at most 20 times a second.
// - TaskContext::post() delivers partial results in order, on the runner's thread.
// - An exception thrown by the job becomes one line of text (userMessage: an lmw::Error
//   passes through unchanged) handed to `failed`.
// - Jobs run in the engine's own thread pool, never in Qt's global one, so a long job does not
//   starve a short one and QtConcurrent users elsewhere do not starve the engine.
// - Destroying the runner cancels its jobs and waits for the running one to return.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace lmw::ui {

class TaskRunner;

/// What a running job sees: its cancel token and a progress slot. Any thread.
class TaskContext {
public:
    /// True once the job should end: stopped, cancelled, superseded, or its runner is going.
    bool cancelled() const { return stop_.load(); }
    /// The same, for engine calls that poll a flag (`const std::atomic<bool>*`).
    const std::atomic<bool>* cancelFlag() const { return &stop_; }
    /// The job's progress: `fraction` in [0, 1] (negative: unknown) and a short line of text.
    void report(double fraction, const QString& text = {});
    /// Runs `call` on the runner's thread, in the order posted, unless the job has been
    /// cancelled or superseded by then: for partial results that must all arrive (a curve's
    /// points, a log line), where report() would keep only the newest.
    void post(std::function<void()> call);

private:
    friend class TaskRunner;
    TaskRunner* runner_ = nullptr;
    quint64 generation_ = 0;
    std::atomic<bool> stop_{false};     // the job should end
    std::atomic<bool> dropped_{false};  // ... and its result is no longer wanted
    std::mutex mutex_;
    bool dirty_ = false;
    double fraction_ = -1.0;
    QString text_;
};

class TaskRunner : public QObject {
    Q_OBJECT
public:
    using Failed = std::function<void(const QString& message)>;

    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;  // cancels every job and waits for the running one

    /// Runs `work(TaskContext&)` off the GUI thread, then `done(result)` (or `done()` when the
    /// work returns nothing) on this runner's thread; an exception goes to `failed` instead.
    /// Returns the job's generation.
    template <class Work, class Done>
    quint64 start(Work work, Done done, Failed failed = {});

    /// Cancels the running and the waiting job; neither done nor failed will be called.
    void cancel();
    /// Asks the running job to end early; what it returns is still delivered (a partial
    /// evaluation, a run stopped at a step).
    void stop();
    /// Whether a job is running or waiting.
    bool isBusy() const { return busy_; }
    /// The generation of the newest job started (0 before the first).
    quint64 generation() const { return generation_; }
    /// Blocks (processing no events) until the running job returns; its result is delivered
    /// later by the event loop. False on timeout. For shutdown and tests.
    bool waitForRunning(int timeoutMs = -1);

    /// Progress signals are at least this far apart.
    static constexpr int kProgressIntervalMs = 50;

Q_SIGNALS:
    void progress(double fraction, const QString& text);
    void busyChanged(bool busy);

private:
    friend class TaskContext;
    // The work, erased: returns the closure that delivers its result on the runner's thread.
    using Erased = std::function<std::function<void()>(TaskContext&)>;
    struct Job;

    quint64 startErased(Erased work, Failed failed);
    void launch(std::shared_ptr<Job> job);
    void onJobEnded(const std::shared_ptr<Job>& job);
    void pollProgress();
    bool isCurrent(quint64 generation) const;
    void emitProgress(const std::shared_ptr<Job>& job);

    std::shared_ptr<Job> running_;
    std::shared_ptr<Job> waiting_;
    quint64 generation_ = 0;
    bool busy_ = false;
    QTimer progressTimer_;
};

template <class Work, class Done>
quint64 TaskRunner::start(Work work, Done done, Failed failed) {
    using Result = std::invoke_result_t<Work&, TaskContext&>;
    Erased erased = [work = std::move(work), done = std::move(done)](
                        TaskContext& context) mutable -> std::function<void()> {
        if constexpr (std::is_void_v<Result>) {
            work(context);
            return [done]() mutable { done(); };
        } else {
            auto result = std::make_shared<Result>(work(context));
            return [done, result]() mutable { done(std::move(*result)); };
        }
    };
    return startErased(std::move(erased), std::move(failed));
}

}  // namespace lmw::ui
