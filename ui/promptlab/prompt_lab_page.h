// The Prompt lab page: zero- and few-shot classification with a decoder (GPT, LSTM) by
// prompting alone. Pick a model and a labelled dataset (or the synthetic in-context-learning
// task), write a template, and evaluate accuracy and calibration against the number of
// demonstrations k. "Train the ICL preset…" trains the synthetic task's preset model into a
// fresh run folder and plots accuracy against training step for every k ("During training");
// the trained run then becomes the lab's model. The page wires its parts (model box, dataset
// picker, template form, charts, table, records, ICL trainer); loading, evaluation and training
// run off the GUI thread in task runners (ui/engine), and Stop asks the job to end early.
#pragma once

#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

#include "api/events.h"
#include "api/prompting.h"
#include "api/text_generator.h"
#include "engine/task_runner.h"
#include "promptlab/icl_preset_trainer.h"
#include "widgets/probability_bars.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace lmw::ui {

class DatasetOptionsForm;
class IclCurveChart;
class LabelledDatasetPicker;
class PromptModelBox;
class PromptRecordsView;
class PromptTemplateForm;
class ShotsChart;
class ShotsTable;

class PromptLabPage : public QWidget {
    Q_OBJECT
public:
    explicit PromptLabPage(QWidget* parent = nullptr);
    ~PromptLabPage() override;

    /// True while a model loads or a scoring runs.
    bool isBusy() const;

    /// Loads a run folder or checkpoint in the background (modelReady() or a message after).
    void setModelPath(const QString& path);
    /// Loads a labelled dataset in the background (datasetReady() or a message after).
    void setDatasetPath(const QString& path);
    /// The synthetic in-context-learning task (built in memory) and its template.
    void useSyntheticTask();

    /// The model the synthetic task is trained on by "Train the ICL preset…" (default:
    /// iclPreset()); a smaller one makes a quick demonstration or test.
    void setIclPreset(const IclPreset& preset);
    const IclPreset& iclTrainingPreset() const { return iclPreset_; }
    /// The held-out tasks the during-training curve is measured on (seed kIclDataSeed, the
    /// preset's mappings and copies); the curve's options are the preset's `eval`.
    static std::vector<PromptTask> iclCurveTasks(const IclPreset& preset) {
        return IclPresetTrainer::curveTasks(preset);
    }
    static constexpr std::uint64_t kIclDataSeed = IclPresetTrainer::kDataSeed;
    /// `parent`/`name`, or `name`-2, `name`-3, … : the first that does not exist yet.
    static QString freshRunFolder(const QString& parent, const QString& name);

    /// Trains the preset in a fresh subfolder of `parent` (icl-preset, icl-preset-2, …) on a
    /// worker thread; trainingFinished() after. False, with a message, when it cannot start.
    bool trainIclPreset(const QString& parent);
    bool training() const { return training_; }
    QString trainingRunDir() const { return trainingRunDir_; }
    const std::vector<IclCurvePoint>& trainingCurve() const { return curve_; }
    const RunSummary& trainingSummary() const { return trainingSummary_; }
    QString trainingError() const { return trainingError_; }

    bool modelLoaded() const;
    QString modelPath() const;
    bool datasetLoaded() const { return !tasks_.empty(); }
    bool running() const { return running_; }
    /// The options the form describes; throws lmw::Error naming the first problem.
    PromptEvalOptions options() const;
    const std::vector<PromptTask>& tasks() const { return tasks_; }
    const PromptEvalReport& report() const { return report_; }

    QLabel* modelSummary() const;
    QLabel* datasetSummary() const;
    /// Malformed rows of a dataset file: 0 skip and list them, 1 refuse the file.
    QComboBox* badRowsBox() const;
    QLabel* templateError() const;
    QTableWidget* table() const;
    QListWidget* recordList() const;
    ProbabilityBars* bars() const;
    QPlainTextEdit* promptView() const;
    QPushButton* attentionButton() const;
    QCustomPlot* chart() const;
    /// Accuracy against training step, one line per k ("During training" tab).
    QCustomPlot* trainingChart() const;
    QTabWidget* chartTabs() const { return chartTabs_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* trainButton() const { return trainButton_; }

    /// The table (accuracy against k) as CSV and its chart as PNG.
    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;
    /// The during-training curve as icl-train writes it (step, val_loss, shots, accuracy, ...).
    bool exportCurveCsv(const QString& path) const;
    bool exportCurvePng(const QString& path) const;

public Q_SLOTS:
    void run();
    void stop();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void modelReady();
    void modelFailed(const QString& message);
    void datasetReady();
    void datasetFailed(const QString& message);
    void evaluationFinished();
    /// Training the ICL preset ended (done, stopped or failed); the run is loading as the model.
    void trainingFinished();
    /// "Show attention" on a scored prompt: the model's folder or file and the prompt's text.
    void attentionRequested(const QString& modelPath, const QString& text);

private:
    QWidget* buildDatasetBox();
    QWidget* buildResults();
    void onModelLoaded();
    void onDatasetLoaded();
    void showDatasetPreview();
    void validateForm();
    void updateButtons();
    void showReport();
    void showProgress(double fraction, const QString& text);
    void finishEvaluation();
    void chooseExportCsv();
    void chooseExportPng();
    void chooseIclFolder();
    void addCurvePoint(const IclCurvePoint& point);
    void finishTraining(const RunSummary& summary, const QString& error);
    bool curveTabShown() const;

    static constexpr int kProgressSteps = 1000;

    PromptModelBox* model_ = nullptr;
    DatasetOptionsForm* datasetOptions_ = nullptr;
    LabelledDatasetPicker* dataset_ = nullptr;
    PromptTemplateForm* template_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QTabWidget* chartTabs_ = nullptr;
    ShotsChart* chart_ = nullptr;
    IclCurveChart* trainChart_ = nullptr;
    ShotsTable* table_ = nullptr;
    PromptRecordsView* records_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QPushButton* exportPng_ = nullptr;

    std::vector<PromptTask> tasks_;
    bool syntheticTask_ = false;  // the tasks are the built-in synthetic ones, not a file
    PromptEvalReport report_;
    bool running_ = false;
    IclPreset iclPreset_;
    bool training_ = false;
    QString trainingRunDir_;
    std::vector<IclCurvePoint> curve_;
    RunSummary trainingSummary_;
    QString trainingError_;

    // Last, so that they are destroyed first: each cancels its job and waits for it.
    TaskRunner evaluator_;
    IclPresetTrainer iclTrainer_;
};

}  // namespace lmw::ui
