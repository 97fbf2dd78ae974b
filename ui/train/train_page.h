// The "Train" page: assembles the training panel, the loss chart, the sample box and the runs
// list, and connects them to the TrainingController. No widget here trains or blocks: the
// controller's worker thread does the work and reports through queued signals.
#pragma once

#include <QWidget>

#include "api/run_store.h"
#include "engine/training_controller.h"

class QSplitter;

namespace lmw::ui {

class LossChart;
class RunsPanel;
class SamplePanel;
class TrainingPanel;

class TrainPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainPage(QWidget* parent = nullptr);
    ~TrainPage() override;

    TrainingPanel* panel() const { return panel_; }
    LossChart* chart() const { return chart_; }
    SamplePanel* samples() const { return samples_; }
    RunsPanel* runs() const { return runs_; }
    TrainingController* controller() const { return controller_; }

    /// The attention timeline of the next runs: captured on `probe` every `every` steps (0 = off).
    void setAttentionTimeline(const QString& probe, int every);

    /// Stops a running training and waits for it (window closing). False on timeout.
    bool shutdown(int timeoutMs = 15000);
    void saveState() const;

public Q_SLOTS:
    void startTraining();
    void continueRun(const lmw::RunRecord& run);
    void openRun(const lmw::RunRecord& run);
    void openRunFolder();
    void exportChart();
    void showError(const QString& message);
    /// While paused: the learning rate's new peak and floor from the next step on, marked on
    /// the chart. False (with a status message) when the run is not paused or not yet waiting.
    bool changeSchedule(double lr, double minLr);
    /// The same through ScheduleDialog (Training ▸ Change rate, Ctrl+Shift+R).
    void changeScheduleInteractive();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void errorShown(const QString& message);

private:
    void wireController();
    void toggleOverlay(const QString& dir, bool shown);
    void useLiveSource(const QString& label);
    void useCheckpointSource(const QString& dir, const QString& label);
    static QString modeHint(ModelFamily family);
    static QString scheduleMarkText(double lr, double minLr);

    TrainingController* controller_ = nullptr;
    double scheduleLr_ = 0, scheduleMinLr_ = 0;  // the running run's current schedule
    qint64 lastStep_ = 0;                        // the last step reported
    TrainingPanel* panel_ = nullptr;
    LossChart* chart_ = nullptr;
    SamplePanel* samples_ = nullptr;
    RunsPanel* runs_ = nullptr;
    QSplitter* outer_ = nullptr;
    QSplitter* middle_ = nullptr;
    QString activeRunDir_;
    QString activeRunName_;
    QString attentionProbe_;
    int attentionEvery_ = 0;
};

}  // namespace lmw::ui
