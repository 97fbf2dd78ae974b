// The left-hand training panel: corpus, model size and hyperparameters, Start / Pause /
// Resume / Stop, and a progress bar with step, ETA and throughput. It only describes what to
// train and shows progress; TrainPage runs the training.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include "api/events.h"
#include "engine/training_controller.h"

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace lmw::ui {

class CorpusPicker;
class HyperparameterForm;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    CorpusPicker* corpusPicker() const { return corpus_; }
    HyperparameterForm* form() const { return form_; }
    QAction* startAction() const { return start_; }
    QAction* pauseAction() const { return pause_; }
    QAction* stopAction() const { return stop_; }
    /// "Change learning rate…": enabled while paused (the Train page opens its dialog).
    QAction* scheduleAction() const { return schedule_; }

    void setState(TrainingController::State state);
    void setStartInfo(const TrainingStartInfo& info);
    void showProgress(const StepMetrics& last);
    void showFinished(const RunSummary& summary);
    void showFailed(const QString& message);
    QString statusText() const;

    /// "1 h 02 min", "3 min 05 s", "12 s"
    static QString formatDuration(double seconds);

Q_SIGNALS:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void stopRequested();

private:
    CorpusPicker* corpus_ = nullptr;
    HyperparameterForm* form_ = nullptr;
    QAction* start_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* schedule_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QLabel* status_ = nullptr;
    TrainingController::State state_ = TrainingController::State::Idle;
    qint64 startStep_ = 0;
    qint64 totalSteps_ = 0;
};

}  // namespace lmw::ui
