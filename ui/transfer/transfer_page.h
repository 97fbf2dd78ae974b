// The ULMFiT page: a three-step wizard over core/api/transfer.h. 1) Data: a general corpus (the
// bundled stories, a text file, or an existing LSTM run as stage 1) and labelled train / test
// files (malformed rows skipped and listed, or the file refused), previewed off the GUI thread.
// 2) Settings: model size, steps and epochs of each stage, the learning rates of every stage and
// of the transformer baselines, seed, baselines. 3) Run: runUlmfit() in a task runner
// (ui/engine) with its steps batched to the GUI thread, an atomic Stop, loss and per-group
// learning-rate curves, the freeze map of gradual unfreezing, and at the end the result table and
// a confusion matrix; every plot can be saved as PNG.
#pragma once

#include <QDoubleSpinBox>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

#include "api/datasets.h"
#include "api/transfer.h"
#include "engine/task_runner.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace lmw::ui {

/// A spin box for learning rates: shows "4e-03"-style values (up to four significant digits),
/// accepts typed scientific notation, and steps the leading digit (4e-03 → 5e-03 → … → 1e-02).
class RateSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit RateSpinBox(QWidget* parent = nullptr);
    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
};

/// Layer groups (rows, output side on top) × epochs (columns): trainable or frozen.
class FreezeMap : public QWidget {
    Q_OBJECT
public:
    explicit FreezeMap(QWidget* parent = nullptr);
    void reset(const QStringList& groups, int epochs);
    void setEpoch(int epoch, const std::vector<bool>& trainable);  // 1-based epoch
    /// [epoch][group], group input side first; epochs not reached yet are empty.
    const std::vector<std::vector<bool>>& trainable() const { return trainable_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList groups_;
    std::vector<std::vector<bool>> trainable_;
};

/// Confusion matrix (rows true, columns predicted) with counts, plus precision and recall.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);
    void setMetrics(const ClassificationMetrics& m, const QString& run);
    const ClassificationMetrics& metrics() const { return metrics_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ClassificationMetrics metrics_;
    QString run_;
};

class TransferPage : public QWidget {
    Q_OBJECT
public:
    enum class GeneralSource { Stories, File, ExistingRun };

    explicit TransferPage(QWidget* parent = nullptr);
    ~TransferPage() override;

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
    const UlmfitReport& report() const { return report_; }
    const LabelledDataset& trainSet() const { return train_; }
    const LabelledDataset& testSet() const { return test_; }

    QSpinBox* layersBox() const { return layers_; }
    QSpinBox* embedBox() const { return embed_; }
    QSpinBox* hiddenBox() const { return hidden_; }
    QSpinBox* pretrainStepsBox() const { return pretrainSteps_; }
    QSpinBox* lmEpochsBox() const { return lmEpochs_; }
    QSpinBox* classifierEpochsBox() const { return clfEpochs_; }
    QSpinBox* batchBox() const { return batch_; }
    QSpinBox* blockBox() const { return block_; }
    /// Stage-3 peak rate of the classifier head.
    QDoubleSpinBox* lrBox() const { return lr_; }
    QDoubleSpinBox* pretrainLrBox() const { return pretrainLr_; }  // stage-1 peak rate
    QDoubleSpinBox* lmLrBox() const { return lmLr_; }              // stage-2 peak rate
    QDoubleSpinBox* lrDecayBox() const { return lrDecay_; }        // discriminative factor
    QDoubleSpinBox* transformerPretrainLrBox() const { return tfPretrainLr_; }
    QDoubleSpinBox* transformerLrBox() const { return tfLr_; }  // baselines' fine-tuning
    QDoubleSpinBox* dropoutBox() const { return dropMult_; }
    QSpinBox* seedBox() const { return seed_; }
    QComboBox* tokenizerBox() const { return tokenizer_; }
    /// Malformed rows of the labelled files: 0 skip and list them, 1 refuse the file.
    QComboBox* badRowsBox() const { return badRows_; }
    QCheckBox* baselineBox(Baseline b) const;
    QLabel* trainSummary() const { return trainSummary_; }
    QLabel* testSummary() const { return testSummary_; }
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

    bool exportCsv(const QString& path) const;

    /// The page's plots, each of which can be saved as PNG.
    enum class Plot { Loss, LearningRates, ValAccuracy, FreezeMap, Confusion };
    static const std::vector<Plot>& plots();
    static QString plotFileName(Plot plot);  // "loss.png", ...
    QWidget* plotWidget(Plot plot) const;
    /// Writes `plot` to `path` as PNG at twice the screen resolution (a plot not on screen yet is
    /// drawn at a default size); false when the file cannot be written.
    bool savePlotPng(Plot plot, const QString& path);
    /// Writes every plot into `folder` (created if needed) under plotFileName(); the paths written,
    /// empty when one could not be written.
    QStringList saveAllPlotsPng(const QString& folder);

public Q_SLOTS:
    void run();
    void stop();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void datasetReady();
    void datasetFailed(const QString& message);
    void runFinished();

private:
    QWidget* buildDataStep();
    QWidget* buildSettingsStep();
    QWidget* buildRunStep();
    void loadDataset(bool train, const QString& path);
    void reloadDatasets();
    void showDatasetSummary(bool train);
    void updateButtons();
    void showReport();
    void showConfusion(int row);
    void onStageStart(const TransferStageInfo& s);
    void onStep(const TransferStep& s);
    void onPretrainStep(const std::string& run, std::int64_t step, std::int64_t total, double loss);
    void onEpoch(const TransferEpoch& e);

    /// The per-group learning rates and the freeze map of one classifier run, kept so that any run
    /// can be shown after the fact.
    struct RunCurves {
        QString run;
        QString title;
        QStringList groups;  // input side first
        int epochs = 0;
        QVector<double> steps;
        std::vector<QVector<double>> rates;     // [group][step]
        std::vector<std::vector<bool>> freeze;  // [epoch][group]
    };
    RunCurves* curvesOf(const QString& run);
    void showCurves(const QString& run);
    void saveSettings() const;
    void choosePlotPng(Plot plot);
    void chooseAllPlotsFolder();
    void restoreSettings();
    DatasetOptions datasetOptions() const;

    QStackedWidget* steps_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QLabel* stepTitle_ = nullptr;

    QComboBox* generalKind_ = nullptr;
    QLineEdit* generalPath_ = nullptr;
    QLineEdit* trainPath_ = nullptr;
    QLineEdit* testPath_ = nullptr;
    QComboBox* format_ = nullptr;
    QLineEdit* textColumn_ = nullptr;
    QLineEdit* labelColumn_ = nullptr;
    QComboBox* badRows_ = nullptr;
    QLabel* trainSummary_ = nullptr;
    QLabel* testSummary_ = nullptr;

    QSpinBox* layers_ = nullptr;
    QSpinBox* embed_ = nullptr;
    QSpinBox* hidden_ = nullptr;
    QSpinBox* block_ = nullptr;
    QComboBox* tokenizer_ = nullptr;
    QSpinBox* pretrainSteps_ = nullptr;
    QSpinBox* lmEpochs_ = nullptr;
    QSpinBox* clfEpochs_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* pretrainLr_ = nullptr;
    QDoubleSpinBox* lmLr_ = nullptr;
    QDoubleSpinBox* lrDecay_ = nullptr;
    QDoubleSpinBox* tfPretrainLr_ = nullptr;
    QDoubleSpinBox* tfLr_ = nullptr;
    QDoubleSpinBox* dropMult_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QCheckBox* scratch_ = nullptr;
    QCheckBox* allAtOnce_ = nullptr;
    QCheckBox* bert_ = nullptr;
    QCheckBox* gpt_ = nullptr;
    QLineEdit* outDir_ = nullptr;

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

    LabelledDataset train_, test_;
    bool trainLoaded_ = false, testLoaded_ = false;
    QString loadError_[2];  // why the training / test file could not be used (empty: no error)
    UlmfitReport report_;
    bool running_ = false;
    int threads_ = 0;
    QString currentRun_;
    std::vector<RunCurves> runCurves_;
    QString shownRun_;  // the classifier run in the rate plot and freeze map; empty: none yet

    // Last, so that they are destroyed first: each cancels its job and waits for it.
    TaskRunner loaders_[2];  // the training set, the test set
    TaskRunner runner_;      // the ULMFiT run
};

}  // namespace lmw::ui
