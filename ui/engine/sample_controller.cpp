#include "engine/sample_controller.h"

#include <QThread>

namespace lmw::ui {

SampleController::SampleController(QObject* parent) : QObject(parent) {}

SampleController::~SampleController() {
    stop();
    if (thread_) thread_->wait();
}

bool SampleController::start(GeneratorFactory factory, GenerateOptions options) {
    if (thread_ || !factory) return false;
    auto* worker = new SampleWorker(std::move(factory), std::move(options));
    worker_ = worker;
    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("sampling"));
    worker->moveToThread(thread_);
    connect(thread_, &QThread::started, worker, &SampleWorker::run);
    connect(worker, &SampleWorker::piece, this, &SampleController::piece);
    connect(worker, &SampleWorker::tokens, this, &SampleController::tokens);
    connect(worker, &SampleWorker::failed, this, &SampleController::failed);
    // quit() directly from the sampling thread: a queued call would never reach a GUI thread
    // that is blocked in the destructor's wait().
    connect(worker, &SampleWorker::finished, thread_, &QThread::quit, Qt::DirectConnection);
    connect(worker, &SampleWorker::failed, thread_, &QThread::quit, Qt::DirectConnection);
    connect(thread_, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread_, &QThread::finished, this, &SampleController::onThreadFinished);
    thread_->start();
    return true;
}

void SampleController::stop() {
    if (worker_) worker_->requestStop();
}

void SampleController::onThreadFinished() {
    if (thread_) thread_->deleteLater();
    thread_ = nullptr;
    Q_EMIT ended();
}

}  // namespace lmw::ui
