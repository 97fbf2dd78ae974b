#include "engine/training_controller.h"

#include <QDeadlineTimer>
#include <QThread>

namespace lmw::ui {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {}

TrainingController::~TrainingController() {
    stopAndWait();
    disposeWorker();
}

void TrainingController::setState(State s) {
    if (state_ == s) return;
    state_ = s;
    Q_EMIT stateChanged(s);
}

bool TrainingController::start(const TrainingRequest& request) {
    if (isActive()) return false;
    disposeWorker();
    worker_ = new TrainingWorker(request);
    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("training"));
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::started, worker_, &TrainingWorker::run);
    // Worker -> GUI thread: queued, because the receiver lives in this (GUI) thread.
    connect(worker_, &TrainingWorker::started, this, &TrainingController::started);
    connect(worker_, &TrainingWorker::progress, this, &TrainingController::progress);
    connect(worker_, &TrainingWorker::evaluated, this, &TrainingController::evaluated);
    connect(worker_, &TrainingWorker::attentionCaptured, this,
            &TrainingController::attentionCaptured);
    connect(worker_, &TrainingWorker::evaluationResult, this,
            &TrainingController::evaluationResult);
    connect(worker_, &TrainingWorker::message, this, &TrainingController::message);
    connect(worker_, &TrainingWorker::finished, this, &TrainingController::finished);
    connect(worker_, &TrainingWorker::failed, this, &TrainingController::failed);
    // Direct: quit() is thread-safe, and a queued call would wait for the GUI thread, which
    // may itself be blocked in stopAndWait() (closing the window).
    connect(worker_, &TrainingWorker::finished, thread_, &QThread::quit, Qt::DirectConnection);
    connect(worker_, &TrainingWorker::failed, thread_, &QThread::quit, Qt::DirectConnection);
    connect(thread_, &QThread::finished, this, &TrainingController::onThreadFinished);
    setState(State::Running);
    thread_->start();
    return true;
}

void TrainingController::pause() {
    if (state_ != State::Running || !worker_) return;
    worker_->setPaused(true);
    setState(State::Paused);
}

void TrainingController::resume() {
    if (state_ != State::Paused || !worker_) return;
    worker_->setPaused(false);
    setState(State::Running);
}

std::int64_t TrainingController::changeSchedule(double lr, double minLr) {
    if (state_ != State::Paused || !worker_) return -1;
    return worker_->changeSchedule(lr, minLr);
}

void TrainingController::stop() {
    if (!isActive() || !worker_) return;
    worker_->requestStop();
    setState(State::Stopping);
}

bool TrainingController::stopAndWait(int timeoutMs) {
    if (!thread_) return true;
    if (worker_) worker_->requestStop();
    thread_->quit();  // ends the thread's event loop as soon as run() returns
    if (thread_->isRunning()) {
        if (!thread_->wait(QDeadlineTimer(timeoutMs))) return false;
    }
    onThreadFinished();
    return true;
}

void TrainingController::onThreadFinished() {
    if (thread_ && !thread_->isRunning()) {
        thread_->deleteLater();
        thread_ = nullptr;
    }
    setState(State::Idle);
}

void TrainingController::disposeWorker() {
    // The worker's thread has ended, so no event is being processed for it any more.
    delete worker_;
    worker_ = nullptr;
}

std::optional<TextGenerator> TrainingController::snapshot() const {
    if (!worker_) return std::nullopt;
    return worker_->snapshot();
}

}  // namespace lmw::ui
