// The Prompt lab page: zero- and few-shot classification with a decoder (GPT, LSTM) by
// prompting alone. Pick a model and a labelled dataset (or the synthetic in-context-learning
// task), write a template, and evaluate accuracy and calibration against the number of
// demonstrations k. Loading and evaluation run off the GUI thread (QtConcurrent); Stop sets the
// evaluation's atomic cancel flag. Talks to the engine only through core/api/prompting.h.
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

#include "api/prompting.h"
#include "api/text_generator.h"

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
class QTableWidget;

namespace lmw::ui {

/// The probability of each label for one prompt, as horizontal bars; the true label is marked.
class LabelProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit LabelProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const QStringList& labels, const std::vector<double>& probabilities, int trueLabel,
                          int predicted);
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

    bool modelLoaded() const { return generator_ != nullptr; }
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

    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;

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

    QLineEdit* modelPath_ = nullptr;
    QLabel* modelSummary_ = nullptr;
    QLineEdit* datasetPath_ = nullptr;
    QLineEdit* textColumn_ = nullptr;
    QLineEdit* labelColumn_ = nullptr;
    QComboBox* badRows_ = nullptr;
    QLabel* datasetSummary_ = nullptr;
    QString datasetError_;  // why the last dataset file could not be used
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

    std::shared_ptr<TextGenerator> generator_;
    QString generatorPath_;  // where generator_ was loaded from
    std::vector<PromptTask> tasks_;
    PromptEvalReport report_;
    bool formValid_ = false;
    bool running_ = false;
    bool loadingModel_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<void>* modelWatcher_ = nullptr;
    QFutureWatcher<void>* datasetWatcher_ = nullptr;
    QFutureWatcher<void>* evalWatcher_ = nullptr;
    int modelTicket_ = 0;
    int datasetTicket_ = 0;
};

}  // namespace lmw::ui
