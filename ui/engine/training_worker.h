// Thin adapter that runs one lmw::TrainingSession on a QThread and turns its callbacks into
// Qt signals. Step and evaluation metrics are coalesced: they go out together at most once
// per 50 ms (steps before the evaluations that followed them), and whatever is left is
// flushed before `finished`, so the curve keeps its tail.
// Stop and pause are plain calls, NOT slots: run() blocks this object's thread, so a queued
// slot call would only be delivered after training ended.
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/events.h"
#include "api/inspect.h"
#include "api/text_generator.h"

namespace lmw {
class TrainingSession;
}

namespace lmw::ui {

/// What to train: a fresh model, or the continuation of a run's checkpoint.
struct TrainingRequest {
    ModelConfig model;
    TrainConfig train;
    CorpusSource corpus;
    std::string runDir;          // where the run is recorded
    std::string resumeFrom;      // checkpoint or run folder; empty for a new model
    int resumeIters = 0;         // new total step count when resuming (0 = keep)
    std::string attentionProbe;  // attention timeline: captured on this text ...
    int attentionEvery = 0;      // ... every N steps (0 = off)

    /// Extra work at every evaluation, on the training thread, with the weights of that step
    /// (the Prompt lab measures few-shot accuracy this way). Called once the session exists; it
    /// returns the function run after each evaluation. `publish` hands a result to the GUI
    /// thread (evaluationResult), after the steps and evaluations before it; `stop` is set when
    /// the run is asked to stop. Empty: none.
    using EvaluationHook = std::function<std::function<void(const EvalMetrics&)>(
        const TrainingSession& session, const std::function<void(const QVariant&)>& publish,
        const std::atomic<bool>* stop)>;
    EvaluationHook evaluationHook;
};

/// What the session found once it was set up (corpus loaded, model built).
struct TrainingStartInfo {
    CorpusInfo corpus;
    ModelConfig model;
    TrainConfig train;
    std::int64_t parameters = 0;
    std::int64_t startStep = 0;
    QString runDir;
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(TrainingRequest request, QObject* parent = nullptr);
    ~TrainingWorker() override;

    void requestStop();           // any thread
    void setPaused(bool paused);  // any thread
    /// TrainingSession::changeSchedule on the running session (any thread); -1 without one.
    std::int64_t changeSchedule(double lr, double minLr);
    bool isPaused() const { return paused_.load(); }
    /// Copy of the current weights for sampling; empty until the session exists. Any thread.
    std::optional<TextGenerator> snapshot() const;

    /// Minimum time between two `progress` signals.
    static constexpr int kProgressIntervalMs = 50;

public Q_SLOTS:
    void run();

Q_SIGNALS:
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
    void flushPending();

    TrainingRequest request_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> paused_{false};
    mutable std::mutex sessionMutex_;
    std::shared_ptr<TrainingSession> session_;
    QVector<StepMetrics> pending_;
    QVector<EvalMetrics> pendingEvals_;
    qint64 lastEmitMs_ = 0;
};

}  // namespace lmw::ui

Q_DECLARE_METATYPE(lmw::ui::TrainingStartInfo)
