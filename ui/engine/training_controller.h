// Owns the training thread: starts a TrainingWorker on a QThread, forwards its signals to the
// GUI thread, and stops it cleanly (also when the window closes). The last worker is kept
// after it finishes so that its weights can still be sampled until the next run starts.
#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

#include "engine/training_worker.h"

class QThread;

namespace lmw::ui {

class TrainingController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    /// Starts training in a new thread; false when a run is still active.
    bool start(const TrainingRequest& request);
    void pause();
    void resume();
    void stop();
    /// While paused: the schedule's peak and floor learning rates from the next step on.
    /// Returns that step, or -1 when the run is not paused yet (or not running). Throws
    /// lmw::Error for rates out of range.
    std::int64_t changeSchedule(double lr, double minLr);
    /// Requests a stop and waits up to `timeoutMs` for the thread to end (window closing).
    bool stopAndWait(int timeoutMs = 10000);

    State state() const { return state_; }
    bool isActive() const { return state_ != State::Idle; }
    /// Weights of the current (or last finished) run for sampling; empty when none.
    std::optional<TextGenerator> snapshot() const;

Q_SIGNALS:
    void stateChanged(lmw::ui::TrainingController::State state);
    void started(const lmw::ui::TrainingStartInfo& info);
    void progress(const QVector<lmw::StepMetrics>& steps);
    void evaluated(const lmw::EvalMetrics& eval);
    void attentionCaptured(const lmw::AttentionSnapshot& snapshot);
    /// What the request's evaluation hook published.
    void evaluationResult(const QVariant& value);
    void message(const QString& text);
    void finished(const lmw::RunSummary& summary);
    void failed(const QString& message);

private:
    void setState(State s);
    void onThreadFinished();
    void disposeWorker();

    QThread* thread_ = nullptr;
    TrainingWorker* worker_ = nullptr;
    State state_ = State::Idle;
};

}  // namespace lmw::ui
