#include "engine/task_runner.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <condition_variable>

#include "engine/user_message.h"

namespace lmw::ui {

namespace {

// The engine's threads. A runner has at most one job running, and a window holds a few dozen
// runners at most, so this pool never makes a job wait for another one to end.
QThreadPool& enginePool() {
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(QStringLiteral("lmw-engine"));
        pool.setMaxThreadCount(std::max(32, QThread::idealThreadCount() * 4));
        pool.setExpiryTimeout(60 * 1000);
        return true;
    }();
    (void)configured;
    return pool;
}

}  // namespace

void TaskContext::report(double fraction, const QString& text) {
    std::lock_guard<std::mutex> lock(mutex_);
    fraction_ = fraction;
    text_ = text;
    dirty_ = true;
}

void TaskContext::post(std::function<void()> call) {
    TaskRunner* runner = runner_;
    const quint64 generation = generation_;
    // The runner outlives the job (its destructor waits), and a call still queued when it is
    // destroyed is discarded with it.
    QMetaObject::invokeMethod(
        runner,
        [runner, generation, call = std::move(call)] {
            if (runner->isCurrent(generation)) call();
        },
        Qt::QueuedConnection);
}

struct TaskRunner::Job {
    quint64 generation = 0;
    Erased work;
    Failed failed;
    TaskContext context;
    // Written by the pool thread before `ended`, read by the runner's thread after the
    // queued onJobEnded call (which happens after the write).
    std::function<void()> deliver;
    QString error;
    // Completion, for waitForRunning.
    std::mutex mutex;
    std::condition_variable endedChanged;
    bool ended = false;
};

TaskRunner::TaskRunner(QObject* parent) : QObject(parent) {
    progressTimer_.setInterval(kProgressIntervalMs);
    connect(&progressTimer_, &QTimer::timeout, this, &TaskRunner::pollProgress);
}

TaskRunner::~TaskRunner() {
    progressTimer_.stop();
    cancel();
    waitForRunning(-1);
    // A queued onJobEnded for this object is discarded with it (QObject removes its posted
    // events), and the job's closures are released by whichever side drops the last reference.
}

quint64 TaskRunner::startErased(Erased work, Failed failed) {
    auto job = std::make_shared<Job>();
    job->generation = ++generation_;
    job->context.runner_ = this;
    job->context.generation_ = job->generation;
    job->work = std::move(work);
    job->failed = std::move(failed);
    if (running_) {
        running_->context.dropped_.store(true);  // superseded: its result will be dropped
        running_->context.stop_.store(true);
        waiting_ = std::move(job);  // replaces an older waiting job, never started
    } else {
        launch(std::move(job));
    }
    if (!busy_) {
        busy_ = true;
        Q_EMIT busyChanged(true);
    }
    return generation_;
}

void TaskRunner::launch(std::shared_ptr<Job> job) {
    running_ = job;
    progressTimer_.start();
    enginePool().start([this, job] {
        try {
            job->deliver = job->work(job->context);
        } catch (...) {
            job->error = userMessage(std::current_exception());
            job->deliver = nullptr;
        }
        job->work = nullptr;  // release what the work captured on the thread that used it
        QMetaObject::invokeMethod(
            this, [this, job] { onJobEnded(job); }, Qt::QueuedConnection);
        {
            std::lock_guard<std::mutex> lock(job->mutex);
            job->ended = true;
        }
        job->endedChanged.notify_all();
    });
}

void TaskRunner::onJobEnded(const std::shared_ptr<Job>& job) {
    if (job != running_) return;
    running_.reset();
    std::shared_ptr<Job> next = std::move(waiting_);
    if (next) {
        launch(std::move(next));  // only ever present when `job` was superseded
    } else {
        progressTimer_.stop();
    }
    if (!job->context.dropped_.load() && job->generation == generation_) {
        emitProgress(job);  // the last report before the result, so a bar can reach its end
        if (job->deliver) {
            job->deliver();  // may start another job
        } else if (job->failed) {
            job->failed(job->error);
        }
    }
    if (busy_ && !running_) {
        busy_ = false;
        Q_EMIT busyChanged(false);
    }
}

bool TaskRunner::isCurrent(quint64 generation) const {
    return running_ && running_->generation == generation && !running_->context.dropped_.load();
}

void TaskRunner::cancel() {
    waiting_.reset();
    if (running_) {
        running_->context.dropped_.store(true);
        running_->context.stop_.store(true);
    }
}

void TaskRunner::stop() {
    if (running_) running_->context.stop_.store(true);
}

bool TaskRunner::waitForRunning(int timeoutMs) {
    const std::shared_ptr<Job> job = running_;
    if (!job) return true;
    std::unique_lock<std::mutex> lock(job->mutex);
    if (timeoutMs < 0) {
        job->endedChanged.wait(lock, [&] { return job->ended; });
        return true;
    }
    return job->endedChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                      [&] { return job->ended; });
}

void TaskRunner::pollProgress() {
    emitProgress(running_);
}

void TaskRunner::emitProgress(const std::shared_ptr<Job>& job) {
    if (!job || job->context.dropped_.load()) return;
    double fraction = 0;
    QString text;
    {
        std::lock_guard<std::mutex> lock(job->context.mutex_);
        if (!job->context.dirty_) return;
        job->context.dirty_ = false;
        fraction = job->context.fraction_;
        text = job->context.text_;
    }
    Q_EMIT progress(fraction, text);
}

}  // namespace lmw::ui
