// Step 3 of the ULMFiT wizard: the run as it happens and its results. Run and Stop buttons
// (the page does the running), the current stage with its progress, the run's last message,
// the loss of every stage, the per-group learning rates and the freeze map of one classifier
// run at a time (chosen in a list; every classifier run's curves are kept), the validation
// accuracy of every classifier run, and at the end the result table and the confusion matrix
// of the selected row. The table can be saved as CSV, every plot as PNG (PlotPngExporter: a
// button, Ctrl+Shift+S, or a plot's context menu). The engine's events arrive through the
// on...() calls, on the GUI thread.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <cstdint>
#include <string>
#include <vector>

#include "api/transfer.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lmw::ui {

class ConfusionMatrixView;
class FreezeMap;
class PlotPngExporter;

class TransferRunStep : public QWidget {
    Q_OBJECT
public:
    /// The step's plots, each of which can be saved as PNG.
    enum class Plot { Loss, LearningRates, ValAccuracy, FreezeMap, Confusion };

    explicit TransferRunStep(QWidget* parent = nullptr);

    /// Run is enabled when `canRun` and nothing runs, Stop while `running`, the CSV export when
    /// nothing runs and there are results.
    void setRunState(bool running, bool canRun);
    /// Clears every plot, the table and the message for a new run; the progress bar turns busy.
    void start();
    /// Shows the report of a run that ended (finished or stopped) and says so (statusMessage).
    void finish(UlmfitReport report);
    /// Says that the run failed with `message` (statusMessage too).
    void fail(const QString& message);

    void onStageStart(const TransferStageInfo& s);
    void onStep(const TransferStep& s);
    void onPretrainStep(const std::string& run, std::int64_t step, std::int64_t total, double loss);
    void onEpoch(const TransferEpoch& e);
    /// A line from the engine, shown as plain text.
    void showMessage(const QString& text);

    const UlmfitReport& report() const { return report_; }
    bool exportCsv(const QString& path) const;

    static const std::vector<Plot>& plots();
    static QString plotFileName(Plot plot);  // "loss.png", ...
    QWidget* plotWidget(Plot plot) const;
    /// Writes `plot` to `path` as PNG at twice the screen resolution (a plot not on screen yet is
    /// drawn at a default size); false when the file cannot be written.
    bool savePlotPng(Plot plot, const QString& path);
    /// Writes every plot into `folder` (created if needed) under plotFileName(); the paths
    /// written, empty when one could not be written.
    QStringList saveAllPlotsPng(const QString& folder);

    QPushButton* runButton() const { return runButton_; }
    QPushButton* stopButton() const { return stopButton_; }
    QLabel* stageLabel() const { return stageLabel_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* runMessage() const { return runMessage_; }
    QCustomPlot* lossPlot() const { return lossPlot_; }
    QCustomPlot* ratePlot() const { return ratePlot_; }
    FreezeMap* freezeMap() const { return freezeMap_; }
    QTableWidget* resultTable() const { return table_; }
    ConfusionMatrixView* confusion() const { return confusion_; }
    /// Validation accuracy per epoch, one graph per classifier run (in run order).
    QCustomPlot* valAccuracyPlot() const { return valPlot_; }
    /// Which classifier run (ulmfit, all-at-once, ...) the learning-rate plot and the freeze map
    /// show; an item is added as each classifier run starts, and ulmfit is shown by default.
    QComboBox* curveRunBox() const { return curveRun_; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();
    void statusMessage(const QString& text);

private:
    /// The per-group learning rates and the freeze map of one classifier run, kept so that any
    /// run can be shown after the fact.
    struct RunCurves {
        QString run;
        QString title;
        QStringList groups;  // input side first
        int epochs = 0;
        QVector<double> steps;
        std::vector<QVector<double>> rates;     // [group][step]
        std::vector<std::vector<bool>> freeze;  // [epoch][group]
    };

    QLayout* buildPlots();
    void showReport();
    void showConfusion(int row);
    RunCurves* curvesOf(const QString& run);
    void showCurves(const QString& run);

    QPushButton* runButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QPushButton* savePlots_ = nullptr;
    QLabel* stageLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* runMessage_ = nullptr;
    QCustomPlot* lossPlot_ = nullptr;
    QCustomPlot* ratePlot_ = nullptr;
    FreezeMap* freezeMap_ = nullptr;
    QCustomPlot* valPlot_ = nullptr;
    QComboBox* curveRun_ = nullptr;
    QTableWidget* table_ = nullptr;
    ConfusionMatrixView* confusion_ = nullptr;
    PlotPngExporter* exporter_ = nullptr;

    UlmfitReport report_;
    std::vector<RunCurves> runCurves_;
    QString shownRun_;  // the classifier run in the rate plot and freeze map; empty: none yet
};

}  // namespace lmw::ui
