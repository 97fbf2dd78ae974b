// The Prompt lab page: zero- and few-shot classification with a decoder (GPT, LSTM) by
// prompting alone. Pick a model and a labelled dataset (or the synthetic in-context-learning
// task), write a template, and evaluate accuracy and calibration against the number of
// demonstrations k. "Train the ICL preset…" trains the synthetic task's preset model into a
// fresh run folder and plots accuracy against training step for every k ("During training");
// the trained run then becomes the lab's model. Loading, evaluation and training run off the
// GUI thread, each kind in its own task runner (ui/engine); Stop asks the job to end early. Talks
// to the engine only through core/api (prompting.h, training_session.h).
#pragma once

#include <QWidget>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "api/events.h"
#include "api/prompting.h"
#include "api/text_generator.h"
#include "engine/task_runner.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace lmw::ui {

/// The probability of each label for one prompt, as horizontal bars; the true label is marked.
class LabelProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit LabelProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const QStringList& labels, const std::vector<double>& probabilities,
                          int trueLabel, int predicted);
    void clear();
    const std::vector<double>& probabilities() const { return probabilities_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList labels_;
    std::vector<double> probabilities_;
    int trueLabel_ = -1;
    int predicted_ = -1;
};

class PromptLabPage : public QWidget {
    Q_OBJECT
public:
    explicit PromptLabPage(QWidget* parent = nullptr);
    ~PromptLabPage() override;

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
    static std::vector<PromptTask> iclCurveTasks(const IclPreset& preset);
    static constexpr std::uint64_t kIclDataSeed =
        1;  // the corpus and the curve's tasks (as the CLI)
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

    bool modelLoaded() const { return generator_ != nullptr; }
    QString modelPath() const { return generatorPath_; }
    bool datasetLoaded() const { return !tasks_.empty(); }
    bool running() const { return running_; }
    /// The options the form describes; throws lmw::Error naming the first problem.
    PromptEvalOptions options() const;
    const std::vector<PromptTask>& tasks() const { return tasks_; }
    const PromptEvalReport& report() const { return report_; }

    QLabel* modelSummary() const { return modelSummary_; }
    QLabel* datasetSummary() const { return datasetSummary_; }
    /// Malformed rows of a dataset file: 0 skip and list them, 1 refuse the file.
    QComboBox* badRowsBox() const { return badRows_; }
    QLabel* templateError() const { return templateError_; }
    QTableWidget* table() const { return table_; }
    QListWidget* recordList() const { return records_; }
    LabelProbabilityBars* bars() const { return bars_; }
    QPlainTextEdit* promptView() const { return promptView_; }
    QPushButton* attentionButton() const { return showAttention_; }
    QCustomPlot* chart() const { return chart_; }
    /// Accuracy against training step, one line per k ("During training" tab).
    QCustomPlot* trainingChart() const { return trainChart_; }
    QTabWidget* chartTabs() const { return chartTabs_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* trainButton() const { return trainButton_; }

    /// The table (accuracy against k) as CSV and its chart as PNG.
    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;
    /// The during-training curve: step,val_loss,k,accuracy,accuracy_std,ece per point and k.
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
    QWidget* buildModelBox();
    QWidget* buildDatasetBox();
    QWidget* buildTemplateBox();
    QWidget* buildResults();
    void chooseModel();
    void chooseDataset();
    void showDatasetPreview();
    void validateForm();
    void updateButtons();
    void showReport();
    void showRecord(int row);
    void requestAttention();
    void saveSettings() const;
    void restoreSettings();
    void chooseExportCsv();
    void chooseExportPng();
    void chooseIclFolder();
    void updateTrainTooltip();
    void addCurvePoint(const IclCurvePoint& point);
    void showCurve();
    void finishTraining();
    void finishEvaluation();
    void showProgress(double fraction, const QString& text);

    static constexpr int kProgressSteps = 1000;
    bool curveTabShown() const;

    QLineEdit* modelPath_ = nullptr;
    QLabel* modelSummary_ = nullptr;
    QLineEdit* datasetPath_ = nullptr;
    QLineEdit* textColumn_ = nullptr;
    QLineEdit* labelColumn_ = nullptr;
    QComboBox* badRows_ = nullptr;
    QLabel* datasetSummary_ = nullptr;
    QString datasetError_;        // why the last dataset file could not be used
    bool syntheticTask_ = false;  // the tasks are the built-in synthetic ones, not a file
    QLineEdit* instruction_ = nullptr;
    QLineEdit* example_ = nullptr;
    QLineEdit* separator_ = nullptr;
    QLineEdit* verbalizers_ = nullptr;
    QLineEdit* shots_ = nullptr;
    QSpinBox* seeds_ = nullptr;
    QSpinBox* limit_ = nullptr;
    QCheckBox* balanced_ = nullptr;
    QLabel* templateError_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QCustomPlot* chart_ = nullptr;
    QTableWidget* table_ = nullptr;
    QListWidget* records_ = nullptr;
    QPlainTextEdit* promptView_ = nullptr;
    LabelProbabilityBars* bars_ = nullptr;
    QPushButton* showAttention_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QPushButton* exportPng_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QTabWidget* chartTabs_ = nullptr;
    QCustomPlot* trainChart_ = nullptr;

    std::shared_ptr<TextGenerator> generator_;
    QString generatorPath_;  // where generator_ was loaded from
    std::vector<PromptTask> tasks_;
    PromptEvalReport report_;
    bool formValid_ = false;
    bool running_ = false;
    bool loadingModel_ = false;
    IclPreset iclPreset_;
    bool training_ = false;
    QString trainingRunDir_;
    std::vector<IclCurvePoint> curve_;
    RunSummary trainingSummary_;
    QString trainingError_;

    // Last, so that they are destroyed first: each cancels its job and waits for it.
    TaskRunner modelLoader_;
    TaskRunner datasetLoader_;
    TaskRunner evaluator_;
    TaskRunner iclTrainer_;
};

}  // namespace lmw::ui
