// The ULMFiT page: a three-step wizard over core/api/transfer.h. 1) Data (TransferDataStep): a
// general corpus and the labelled train / test files, read off the GUI thread. 2) Settings
// (TransferSettingsStep): model size, steps and epochs of each stage, learning rates, seed,
// baselines, output folder. 3) Run (TransferRunStep): the curves as the run goes, then the
// result table and a confusion matrix. The page moves between the steps (Back / Next,
// Alt+Left / Alt+Right) and runs runUlmfit() in a task runner (Ctrl+Return; Esc stops after the
// current optimizer step), its steps batched to the GUI thread at most 20 times a second. The
// accessors reach into the steps, so that callers and tests need not know how the page is cut.
#pragma once

#include <QWidget>
#include <vector>

#include "api/datasets.h"
#include "api/transfer.h"
#include "engine/task_runner.h"
#include "transfer/confusion_matrix_view.h"
#include "transfer/freeze_map.h"
#include "transfer/rate_spin_box.h"
#include "transfer/transfer_data_step.h"
#include "transfer/transfer_run_step.h"
#include "transfer/transfer_settings_step.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace lmw::ui {

class TransferPage : public QWidget {
    Q_OBJECT
public:
    using GeneralSource = TransferDataStep::GeneralSource;
    using Plot = TransferRunStep::Plot;

    explicit TransferPage(QWidget* parent = nullptr);
    ~TransferPage() override;

    /// True while a ULMFiT run is going.
    bool isBusy() const { return runner_.isBusy(); }

    void setGeneralSource(GeneralSource source, const QString& path = {});
    /// Load a labelled file in the background (datasetReady() or datasetFailed() after).
    void setTrainPath(const QString& path);
    void setTestPath(const QString& path);
    void setOutputFolder(const QString& path);
    void setThreads(int threads) { threads_ = threads; }
    void showStep(int step);  // 0 data, 1 settings, 2 run
    int currentStep() const;

    /// The configuration the form describes; throws lmw::Error naming the first problem.
    UlmfitConfig config() const;
    bool running() const { return running_; }
    const UlmfitReport& report() const { return run_->report(); }
    const LabelledDataset& trainSet() const { return data_->trainSet(); }
    const LabelledDataset& testSet() const { return data_->testSet(); }

    TransferDataStep* dataStep() const { return data_; }
    TransferSettingsStep* settingsStep() const { return settings_; }
    TransferRunStep* runStep() const { return run_; }

    QSpinBox* layersBox() const { return settings_->layersBox(); }
    QSpinBox* embedBox() const { return settings_->embedBox(); }
    QSpinBox* hiddenBox() const { return settings_->hiddenBox(); }
    QSpinBox* pretrainStepsBox() const { return settings_->pretrainStepsBox(); }
    QSpinBox* lmEpochsBox() const { return settings_->lmEpochsBox(); }
    QSpinBox* classifierEpochsBox() const { return settings_->classifierEpochsBox(); }
    QSpinBox* batchBox() const { return settings_->batchBox(); }
    QSpinBox* blockBox() const { return settings_->blockBox(); }
    /// Stage-3 peak rate of the classifier head.
    QDoubleSpinBox* lrBox() const { return settings_->lrBox(); }
    QDoubleSpinBox* pretrainLrBox() const { return settings_->pretrainLrBox(); }
    QDoubleSpinBox* lmLrBox() const { return settings_->lmLrBox(); }
    QDoubleSpinBox* lrDecayBox() const { return settings_->lrDecayBox(); }
    QDoubleSpinBox* transformerPretrainLrBox() const {
        return settings_->transformerPretrainLrBox();
    }
    QDoubleSpinBox* transformerLrBox() const { return settings_->transformerLrBox(); }
    QDoubleSpinBox* dropoutBox() const { return settings_->dropoutBox(); }
    QSpinBox* seedBox() const { return settings_->seedBox(); }
    QComboBox* tokenizerBox() const { return settings_->tokenizerBox(); }
    /// Malformed rows of the labelled files: 0 skip and list them, 1 refuse the file.
    QComboBox* badRowsBox() const;
    QCheckBox* baselineBox(Baseline b) const { return settings_->baselineBox(b); }
    QLabel* trainSummary() const;
    QLabel* testSummary() const;
    QLabel* runMessage() const { return run_->runMessage(); }
    QCustomPlot* lossPlot() const { return run_->lossPlot(); }
    QCustomPlot* ratePlot() const { return run_->ratePlot(); }
    FreezeMap* freezeMap() const { return run_->freezeMap(); }
    QTableWidget* resultTable() const { return run_->resultTable(); }
    ConfusionMatrixView* confusion() const { return run_->confusion(); }
    /// Validation accuracy per epoch, one graph per classifier run (in run order).
    QCustomPlot* valAccuracyPlot() const { return run_->valAccuracyPlot(); }
    /// Which classifier run (ulmfit, all-at-once, ...) the learning-rate plot and the freeze map
    /// show; an item is added as each classifier run starts, and ulmfit is shown by default.
    QComboBox* curveRunBox() const { return run_->curveRunBox(); }

    bool exportCsv(const QString& path) const { return run_->exportCsv(path); }

    /// The page's plots, each of which can be saved as PNG.
    static const std::vector<Plot>& plots() { return TransferRunStep::plots(); }
    static QString plotFileName(Plot plot) { return TransferRunStep::plotFileName(plot); }
    QWidget* plotWidget(Plot plot) const { return run_->plotWidget(plot); }
    /// Writes `plot` to `path` as PNG at twice the screen resolution (a plot not on screen yet is
    /// drawn at a default size); false when the file cannot be written.
    bool savePlotPng(Plot plot, const QString& path) { return run_->savePlotPng(plot, path); }
    /// Writes every plot into `folder` (created if needed) under plotFileName(); the paths written,
    /// empty when one could not be written.
    QStringList saveAllPlotsPng(const QString& folder) { return run_->saveAllPlotsPng(folder); }

public Q_SLOTS:
    void run();
    void stop();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void datasetReady();
    void datasetFailed(const QString& message);
    void runFinished();

private:
    void updateButtons();
    void saveSettings() const;

    QStackedWidget* steps_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QLabel* stepTitle_ = nullptr;
    TransferDataStep* data_ = nullptr;
    TransferSettingsStep* settings_ = nullptr;
    TransferRunStep* run_ = nullptr;

    bool running_ = false;
    int threads_ = 0;

    // Last, so that it is destroyed first: it cancels the run and waits for it.
    TaskRunner runner_;  // the ULMFiT run
};

}  // namespace lmw::ui
