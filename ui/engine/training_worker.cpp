#include "engine/training_worker.h"

#include <QElapsedTimer>
#include <exception>

#include "api/error.h"
#include "api/training_session.h"
#include "engine/seam_types.h"
#include "engine/user_message.h"

namespace lmw::ui {

TrainingWorker::TrainingWorker(TrainingRequest request, QObject* parent)
    : QObject(parent), request_(std::move(request)) {
    registerSeamTypes();
    qRegisterMetaType<lmw::ui::TrainingStartInfo>();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::requestStop() {
    stop_.store(true);
    std::lock_guard<std::mutex> lock(sessionMutex_);
    if (session_) session_->requestStop();
}

void TrainingWorker::setPaused(bool paused) {
    paused_.store(paused);
    std::lock_guard<std::mutex> lock(sessionMutex_);
    if (session_) session_->setPaused(paused);
}

std::int64_t TrainingWorker::changeSchedule(double lr, double minLr) {
    std::lock_guard<std::mutex> lock(sessionMutex_);
    return session_ ? session_->changeSchedule(lr, minLr) : -1;
}

std::optional<TextGenerator> TrainingWorker::snapshot() const {
    std::shared_ptr<TrainingSession> session;
    {
        std::lock_guard<std::mutex> lock(sessionMutex_);
        session = session_;
    }
    if (!session) return std::nullopt;
    return session->snapshot();
}

void TrainingWorker::flushPending() {
    // Steps first, then the evaluations that followed them: the GUI sees them in order.
    if (!pending_.isEmpty()) Q_EMIT progress(pending_);
    pending_.clear();
    for (const EvalMetrics& e : pendingEvals_) Q_EMIT evaluated(e);
    pendingEvals_.clear();
}

void TrainingWorker::run() {
    try {
        auto session = std::make_shared<TrainingSession>(
            request_.resumeFrom.empty()
                ? TrainingSession::create(request_.model, request_.train, request_.corpus,
                                          request_.runDir)
                : TrainingSession::resume(request_.resumeFrom, request_.corpus,
                                          request_.resumeIters, request_.runDir));
        {
            std::lock_guard<std::mutex> lock(sessionMutex_);
            session_ = session;
            // A stop or pause that arrived while the session was being built still counts.
            if (stop_.load()) session_->requestStop();
            session_->setPaused(paused_.load());
        }
        TrainingStartInfo info;
        info.corpus = session->corpusInfo();
        info.model = session->modelConfig();
        info.train = session->trainConfig();
        info.parameters = session->parameterCount();
        info.startStep = session->step();
        info.runDir = QString::fromStdString(session->runDir());
        Q_EMIT started(info);

        QElapsedTimer clock;
        clock.start();
        lastEmitMs_ = -kProgressIntervalMs;
        TrainingCallbacks cb;
        auto flushIfDue = [&] {
            const qint64 now = clock.elapsed();
            if (now - lastEmitMs_ < kProgressIntervalMs) return;
            lastEmitMs_ = now;
            flushPending();
        };
        cb.onStep = [&](const StepMetrics& m) {
            pending_.push_back(m);
            flushIfDue();
        };
        std::function<void(const EvalMetrics&)> hook;
        if (request_.evaluationHook) {
            const std::function<void(const QVariant&)> publish = [this](const QVariant& value) {
                flushPending();  // the steps and evaluations before it arrive first
                Q_EMIT evaluationResult(value);
            };
            hook = request_.evaluationHook(*session, publish, &stop_);
        }
        cb.onEval = [&](const EvalMetrics& e) {
            pendingEvals_.push_back(e);
            if (hook) hook(e);
            flushIfDue();
        };
        cb.onMessage = [&](const Message& m) {
            Q_EMIT message(translatedMessage(m));  // translate() is thread-safe
        };
        cb.onAttention = [&](const AttentionSnapshot& a) { Q_EMIT attentionCaptured(a); };
        session->setAttentionProbe(request_.attentionProbe, request_.attentionEvery);
        const RunSummary summary = session->train(cb);
        flushPending();
        Q_EMIT finished(summary);
    } catch (...) {
        flushPending();
        Q_EMIT failed(userMessage(std::current_exception()));
    }
}

}  // namespace lmw::ui
