#include "promptlab/prompt_lab_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "api/configs.h"
#include "api/error.h"
#include "engine/user_message.h"
#include "promptlab/icl_curve_chart.h"
#include "promptlab/prompt_model_box.h"
#include "promptlab/prompt_records_view.h"
#include "promptlab/prompt_template_form.h"
#include "promptlab/shots_chart.h"
#include "promptlab/shots_table.h"
#include "widgets/dataset_options_form.h"
#include "widgets/formatting.h"
#include "widgets/labelled_dataset_picker.h"
#include "widgets/save_to_file.h"

namespace lmw::ui {

namespace {
const QString kGroup = QStringLiteral("promptlab");
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

PromptLabPage::PromptLabPage(QWidget* parent) : QWidget(parent), iclPreset_(iclPreset()) {
    model_ = new PromptModelBox(kGroup, this);
    template_ = new PromptTemplateForm(kGroup, this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(model_);
    leftLayout->addWidget(buildDatasetBox());
    leftLayout->addWidget(template_);

    runButton_ = new QPushButton(tr("&Run"), this);
    runButton_->setToolTip(tr("Evaluate every k and seed on the dataset (Ctrl+Return)."));
    stopButton_ = new QPushButton(tr("&Stop"), this);
    stopButton_->setToolTip(
        tr("Stop after the current prompt (Esc); the results cover what was done. While the "
           "ICL preset trains: stop after the current step and load the run as it is."));
    stopButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setToolTip(tr("Prompts scored so far, of all prompts for every k and seed."));
    progress_->setValue(0);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(runButton_);
    runRow->addWidget(stopButton_);
    runRow->addWidget(progress_, 1);
    leftLayout->addLayout(runRow);
    leftLayout->addStretch(1);
    connect(runButton_, &QPushButton::clicked, this, &PromptLabPage::run);
    connect(stopButton_, &QPushButton::clicked, this, &PromptLabPage::stop);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(buildResults());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this, this, &PromptLabPage::run);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &PromptLabPage::stop);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);

    connect(model_, &PromptModelBox::loadingStarted, this, &PromptLabPage::updateButtons);
    connect(model_, &PromptModelBox::loaded, this, &PromptLabPage::onModelLoaded);
    connect(model_, &PromptModelBox::failed, this, [this](const QString& error) {
        records_->setAttentionAvailable(false);
        Q_EMIT statusMessage(error);
        Q_EMIT modelFailed(error);
        updateButtons();
    });
    connect(template_, &PromptTemplateForm::changed, this, &PromptLabPage::validateForm);
    connect(records_, &PromptRecordsView::attentionRequested, this,
            [this](const QString& prompt) { Q_EMIT attentionRequested(model_->path(), prompt); });
    connect(&evaluator_, &TaskRunner::progress, this, &PromptLabPage::showProgress);
    connect(&iclTrainer_, &IclPresetTrainer::progress, this, &PromptLabPage::showProgress);
    connect(&iclTrainer_, &IclPresetTrainer::curvePoint, this, &PromptLabPage::addCurvePoint);
    connect(&iclTrainer_, &IclPresetTrainer::message, this,
            [this](const QString& text) { Q_EMIT statusMessage(tr("ICL preset: %1").arg(text)); });
    connect(&iclTrainer_, &IclPresetTrainer::finished, this, &PromptLabPage::finishTraining);
    trainButton_->setToolTip(IclPresetTrainer::describe(iclPreset_));
    validateForm();
}

PromptLabPage::~PromptLabPage() = default;  // the evaluator and the trainer cancel and wait

bool PromptLabPage::isBusy() const {
    return evaluator_.isBusy() || model_->isLoading();
}

QWidget* PromptLabPage::buildDatasetBox() {
    auto* box = new QGroupBox(tr("Dataset"), this);
    dataset_ = new LabelledDatasetPicker(
        {tr("Data f&ile…"),
         {},
         tr("Labelled examples: each is a query, and the others are its demonstrations."),
         tr("No dataset loaded."),
         tr("The dataset could not be read: %1")},
        box);
    dataset_->pathEdit()->setReadOnly(true);
    datasetOptions_ = new DatasetOptionsForm(kGroup, box);
    dataset_->setOptionsSource([this] { return datasetOptions_->options(); });
    connect(datasetOptions_, &DatasetOptionsForm::changed, dataset_,
            &LabelledDatasetPicker::reload);
    connect(dataset_, &LabelledDatasetPicker::chosen, this, [this] {
        tasks_.clear();
        syntheticTask_ = false;
        validateForm();
    });
    connect(dataset_, &LabelledDatasetPicker::loaded, this, &PromptLabPage::onDatasetLoaded);
    connect(dataset_, &LabelledDatasetPicker::failed, this, [this](const QString& error) {
        tasks_.clear();
        validateForm();
        Q_EMIT statusMessage(error);
        Q_EMIT datasetFailed(error);
    });
    auto* synthetic = new QPushButton(tr("S&ynthetic ICL task"), box);
    synthetic->setToolTip(
        tr("Random symbol → label mappings that only the demonstrations reveal: "
           "zero-shot is chance, few-shot needs in-context learning. Sets its template too."));
    connect(synthetic, &QPushButton::clicked, this, &PromptLabPage::useSyntheticTask);
    trainButton_ = new QPushButton(tr("Train the ICL &preset…"), box);
    trainButton_->setObjectName(QStringLiteral("trainIclPreset"));
    connect(trainButton_, &QPushButton::clicked, this, &PromptLabPage::chooseIclFolder);
    auto* icl = new QHBoxLayout;
    icl->addWidget(synthetic);
    icl->addWidget(trainButton_);
    icl->addStretch(1);
    auto* l = new QVBoxLayout(box);
    l->addWidget(dataset_);
    l->addLayout(icl);
    l->addWidget(datasetOptions_);
    return box;
}

QWidget* PromptLabPage::buildResults() {
    auto* w = new QWidget(this);
    chart_ = new ShotsChart(w);
    trainChart_ = new IclCurveChart(w);
    chartTabs_ = new QTabWidget(w);
    chartTabs_->setDocumentMode(true);
    chartTabs_->addTab(chart_, tr("Accuracy vs k"));
    chartTabs_->addTab(trainChart_, tr("During training"));
    chartTabs_->setTabToolTip(0, tr("The last evaluation: accuracy and calibration against k."));
    chartTabs_->setTabToolTip(
        1, tr("Training the ICL preset: accuracy for every k against the training step."));
    connect(chartTabs_, &QTabWidget::currentChanged, this, [this] { updateButtons(); });
    table_ = new ShotsTable(w);
    records_ = new PromptRecordsView(w);

    exportCsv_ = new QPushButton(tr("Export ta&ble…"), w);
    exportCsv_->setToolTip(
        tr("Save what the visible tab shows as CSV: the table of accuracy against k, or the "
           "during-training curve (step, validation loss, k, accuracy, its spread, ECE)."));
    exportPng_ = new QPushButton(tr("Export c&hart…"), w);
    exportPng_->setToolTip(tr("Save the visible chart as PNG."));
    exportCsv_->setEnabled(false);
    exportPng_->setEnabled(false);
    connect(exportCsv_, &QPushButton::clicked, this, &PromptLabPage::chooseExportCsv);
    connect(exportPng_, &QPushButton::clicked, this, &PromptLabPage::chooseExportPng);
    auto* exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(exportCsv_);
    exports->addWidget(exportPng_);
    auto* l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(chartTabs_, 3);
    l->addWidget(table_);
    l->addLayout(exports);
    l->addWidget(records_, 2);
    return w;
}

// --- accessors ---------------------------------------------------------------------------------

bool PromptLabPage::modelLoaded() const {
    return model_->generator() != nullptr;
}
QString PromptLabPage::modelPath() const {
    return model_->path();
}
QLabel* PromptLabPage::modelSummary() const {
    return model_->summary();
}
QLabel* PromptLabPage::datasetSummary() const {
    return dataset_->summary();
}
QComboBox* PromptLabPage::badRowsBox() const {
    return datasetOptions_->badRowsBox();
}
QLabel* PromptLabPage::templateError() const {
    return template_->errorLabel();
}
QTableWidget* PromptLabPage::table() const {
    return table_;
}
QListWidget* PromptLabPage::recordList() const {
    return records_->list();
}
ProbabilityBars* PromptLabPage::bars() const {
    return records_->bars();
}
QPlainTextEdit* PromptLabPage::promptView() const {
    return records_->promptView();
}
QPushButton* PromptLabPage::attentionButton() const {
    return records_->attentionButton();
}
QCustomPlot* PromptLabPage::chart() const {
    return chart_;
}
QCustomPlot* PromptLabPage::trainingChart() const {
    return trainChart_;
}

// --- model and dataset -------------------------------------------------------------------------

void PromptLabPage::setModelPath(const QString& path) {
    if (running_) return;
    records_->setAttentionAvailable(false);
    model_->load(path);
}

void PromptLabPage::onModelLoaded() {
    const bool lstm = model_->generator()->modelConfig().family == ModelFamily::Lstm;
    records_->setAttentionAvailable(
        !lstm, tr("An LSTM has no attention: the explorer needs a GPT-style decoder."));
    Q_EMIT statusMessage(tr("Prompt lab: model loaded."));
    Q_EMIT modelReady();
    updateButtons();
}

void PromptLabPage::setDatasetPath(const QString& path) {
    if (running_) return;
    tasks_.clear();
    syntheticTask_ = false;
    dataset_->load(path);
    validateForm();
}

void PromptLabPage::onDatasetLoaded() {
    PromptTask task;
    task.name = QFileInfo(qs(dataset_->dataset().source)).fileName().toStdString();
    task.pool = dataset_->dataset();
    tasks_ = {std::move(task)};
    validateForm();
    Q_EMIT statusMessage(tr("Prompt lab: dataset loaded."));
    Q_EMIT datasetReady();
}

void PromptLabPage::useSyntheticTask() {
    if (running_) return;
    syntheticTask_ = true;
    tasks_ = iclTasks(iclPreset_.task, 7, 4, 3);
    template_->useTemplate(iclPreset_.task.format);
    showDatasetPreview();
    validateForm();
    Q_EMIT datasetReady();
}

void PromptLabPage::showDatasetPreview() {
    // The synthetic task is several tasks; the picker shows their union in place of a file.
    const std::vector<std::string> labels = unionLabels(tasks_);
    std::vector<int> counts(labels.size(), 0);
    int examples = 0;
    for (const PromptTask& t : tasks_) {
        const LabelledDataset& d = t.queries.examples.empty() ? t.pool : t.queries;
        examples += int(d.examples.size());
        for (const LabelledExample& e : d.examples) {
            const auto it = std::find(labels.begin(), labels.end(), d.labels[std::size_t(e.label)]);
            ++counts[std::size_t(it - labels.begin())];
        }
    }
    dataset_->showInstead(tr("(synthetic in-context-learning task)"),
                          LabelledDatasetPicker::summaryHtml(examples, int(tasks_.size()), labels,
                                                             counts, {}, {}, {}));
}

// --- form --------------------------------------------------------------------------------------

PromptEvalOptions PromptLabPage::options() const {
    return template_->options(unionLabels(tasks_));
}

void PromptLabPage::validateForm() {
    template_->check(unionLabels(tasks_));
    updateButtons();
}

void PromptLabPage::updateButtons() {
    const bool busy = running_ || training_;
    runButton_->setEnabled(!busy && template_->isValid() && model_->generator() && !tasks_.empty());
    stopButton_->setEnabled(busy);
    trainButton_->setEnabled(!busy);
    model_->setEnabled(!busy);
    dataset_->setEnabled(!busy);
    const bool results = curveTabShown() ? !curve_.empty() : !report_.byShots.empty() && !running_;
    exportCsv_->setEnabled(results);
    exportPng_->setEnabled(results);
}

bool PromptLabPage::curveTabShown() const {
    return chartTabs_ && chartTabs_->currentWidget() == trainChart_;
}

// --- evaluation --------------------------------------------------------------------------------

void PromptLabPage::run() {
    if (running_) return;
    if (training_) {
        Q_EMIT statusMessage(
            tr("The ICL preset is training; run the evaluation when it has finished."));
        return;
    }
    if (!model_->generator()) {
        Q_EMIT statusMessage(model_->isLoading() ? tr("The model is still loading.")
                                                 : tr("Open a model first."));
        return;
    }
    if (tasks_.empty()) {
        Q_EMIT statusMessage(dataset_->error().isEmpty() ? tr("Open a dataset first.")
                                                         : dataset_->error());
        return;
    }
    PromptEvalOptions o;
    try {
        o = options();
    } catch (const std::exception& e) {
        template_->showError(messageOf(e));
        return;
    }
    template_->save();
    running_ = true;
    progress_->setRange(0, 0);
    progress_->setValue(0);
    updateButtons();
    Q_EMIT statusMessage(tr("Prompt lab: evaluating…"));

    std::shared_ptr<const TextGenerator> gen = model_->generator();
    auto tasks = tasks_;
    evaluator_.start(
        [gen, tasks, o](TaskContext& context) {
            auto onProgress = [&context](const PromptEvalProgress& p) {
                context.report(
                    p.total > 0 ? double(p.done) / p.total : 0.0,
                    QObject::tr("%1 / %2  (k = %3)").arg(p.done).arg(p.total).arg(p.shots));
            };
            return evaluatePrompts(*gen, tasks, o, onProgress, context.cancelFlag());
        },
        [this](PromptEvalReport report) {
            running_ = false;
            report_ = std::move(report);
            showReport();
            const QString done =
                report_.cancelled
                    ? tr("Prompt lab: stopped; the results cover %1 prompts.")
                          .arg(report_.records.size())
                    : tr("Prompt lab: %1 prompts evaluated.").arg(report_.records.size());
            Q_EMIT statusMessage(done);
            finishEvaluation();
        },
        [this](const QString& message) {
            running_ = false;
            const QString error = tr("The evaluation failed: %1").arg(message);
            template_->showError(error);
            Q_EMIT statusMessage(error);
            finishEvaluation();
        });
}

void PromptLabPage::finishEvaluation() {
    progress_->setRange(0, kProgressSteps);
    progress_->setValue(kProgressSteps);
    progress_->setFormat(QStringLiteral("%p%"));
    updateButtons();
    Q_EMIT evaluationFinished();
}

void PromptLabPage::showProgress(double fraction, const QString& text) {
    if (!running_ && !training_) return;
    // Training counts steps; an evaluation counts in thousandths.
    const int maximum = training_ ? std::max(1, iclPreset_.train.iters) : kProgressSteps;
    progress_->setRange(0, maximum);
    progress_->setValue(fraction < 0 ? 0 : int(fraction * maximum + 0.5));
    progress_->setFormat(text);
}

void PromptLabPage::stop() {
    if (training_) {
        iclTrainer_.stop();
        Q_EMIT statusMessage(tr("ICL preset: stopping after the current step…"));
    }
    if (running_) {
        evaluator_.stop();
        Q_EMIT statusMessage(tr("Prompt lab: stopping after the current prompt…"));
    }
}

void PromptLabPage::showReport() {
    chartTabs_->setCurrentWidget(chart_);
    table_->showReport(report_);
    chart_->showReport(report_);
    records_->showReport(report_);
}

// --- training the ICL preset -------------------------------------------------------------------

void PromptLabPage::setIclPreset(const IclPreset& preset) {
    if (training_) return;
    iclPreset_ = preset;
    trainButton_->setToolTip(IclPresetTrainer::describe(iclPreset_));
}

QString PromptLabPage::freshRunFolder(const QString& parent, const QString& name) {
    const QDir dir(parent);
    QString candidate = name;
    for (int i = 2; dir.exists(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(name).arg(i);
    return dir.filePath(candidate);
}

void PromptLabPage::chooseIclFolder() {
    if (training_ || running_) return;
    QSettings s;
    const QString workspace =
        s.value(QStringLiteral("workspace"),
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(QStringLiteral("LLM Workbench/runs")))
            .toString();
    const QString start = s.value(kGroup + QStringLiteral("/iclFolder"), workspace).toString();
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Folder for the ICL preset's run (a new subfolder is made in it)"), start);
    if (parent.isEmpty()) return;
    s.setValue(kGroup + QStringLiteral("/iclFolder"), parent);
    trainIclPreset(parent);
}

bool PromptLabPage::trainIclPreset(const QString& parent) {
    if (training_ || running_) return false;
    auto fail = [this](const QString& message) {
        trainingError_ = message;
        Q_EMIT statusMessage(message);
        return false;
    };
    try {
        validatePromptEvalOptions(iclPreset_.eval, int(iclPreset_.task.labels.size()));
    } catch (const std::exception& e) {
        return fail(tr("The ICL preset's evaluation settings are not valid: %1").arg(messageOf(e)));
    }
    const QString runDir = freshRunFolder(parent, QStringLiteral("icl-preset"));
    if (!QDir().mkpath(runDir) || !QFileInfo(runDir).isWritable())
        return fail(tr("Cannot create the run folder %1: choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(runDir)));

    training_ = true;
    trainingRunDir_ = runDir;
    trainingError_.clear();
    trainingSummary_ = RunSummary{};
    curve_.clear();
    trainChart_->showCurve(curve_, iclPreset_);
    chartTabs_->setCurrentWidget(trainChart_);
    progress_->setRange(0, std::max(1, iclPreset_.train.iters));
    progress_->setValue(0);
    progress_->setFormat(tr("preparing the corpus…"));
    progress_->setToolTip(tr("Training steps done of all, and the estimated time left."));
    updateButtons();
    Q_EMIT statusMessage(tr("ICL preset: training in %1…").arg(QDir::toNativeSeparators(runDir)));

    iclTrainer_.start(iclPreset_, runDir.toStdString());
    return true;
}

void PromptLabPage::addCurvePoint(const IclCurvePoint& point) {
    curve_.push_back(point);
    trainChart_->showCurve(curve_, iclPreset_);
    if (training_) updateButtons();
}

void PromptLabPage::finishTraining(const RunSummary& summary, const QString& error) {
    training_ = false;
    trainingSummary_ = summary;
    trainingError_ =
        error.isEmpty() ? QString() : tr("Training the ICL preset failed: %1").arg(error);
    const RunSummary& s = trainingSummary_;
    progress_->setRange(0, int(std::max<std::int64_t>(1, s.totalSteps)));
    progress_->setValue(int(s.steps));
    progress_->setFormat(QStringLiteral("%v / %m"));
    updateButtons();
    if (!trainingError_.isEmpty()) {
        progress_->setFormat(tr("training failed"));
        Q_EMIT statusMessage(trainingError_);
        Q_EMIT trainingFinished();
        return;
    }
    const QString dir = QDir::toNativeSeparators(trainingRunDir_);
    if (s.steps == 0) {
        // Stopped before the first step: no checkpoint, nothing worth keeping.
        QDir(trainingRunDir_).removeRecursively();
        Q_EMIT statusMessage(
            tr("ICL preset: stopped before the first step; no model was trained."));
        Q_EMIT trainingFinished();
        return;
    }
    if (!exportCurveCsv(QDir(trainingRunDir_).filePath(QStringLiteral("icl_curve.csv"))))
        Q_EMIT statusMessage(tr("Could not write the curve into %1.").arg(dir));
    useSyntheticTask();
    setModelPath(trainingRunDir_);
    Q_EMIT statusMessage(
        s.stopped ? tr("ICL preset: stopped after %1 of %2 steps (%3); the run in %4 is loaded as "
                       "the model, with the synthetic task.")
                        .arg(s.steps)
                        .arg(s.totalSteps)
                        .arg(formatDuration(s.elapsedS), dir)
                  : tr("ICL preset: trained %1 steps in %2; the run in %3 is loaded as the model, "
                       "with the synthetic task: press Run.")
                        .arg(s.steps)
                        .arg(formatDuration(s.elapsedS), dir));
    Q_EMIT trainingFinished();
}

// --- export ------------------------------------------------------------------------------------

bool PromptLabPage::exportCsv(const QString& path) const {
    return ShotsTable::writeCsv(path, report_);
}
bool PromptLabPage::exportPng(const QString& path) const {
    return chart_->savePng(path, 0, 0, 2.0);
}
bool PromptLabPage::exportCurveCsv(const QString& path) const {
    return IclCurveChart::writeCsv(path, curve_);
}
bool PromptLabPage::exportCurvePng(const QString& path) const {
    return trainChart_->savePng(path, 0, 0, 2.0);
}

void PromptLabPage::chooseExportCsv() {
    const bool curve = curveTabShown();
    const QString message = saveThroughDialog(
        this, curve ? tr("Export the curve during training") : tr("Export the table"),
        curve ? QStringLiteral("icl-curve.csv") : QStringLiteral("prompt-lab.csv"),
        tr("CSV (*.csv)"), curve ? SavedThing::Curve : SavedThing::Table,
        [this, curve](const QString& path) {
            return curve ? exportCurveCsv(path) : exportCsv(path);
        });
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

void PromptLabPage::chooseExportPng() {
    const bool curve = curveTabShown();
    const QString message = saveThroughDialog(
        this, tr("Export the chart"),
        curve ? QStringLiteral("icl-curve.png") : QStringLiteral("prompt-lab.png"),
        tr("PNG image (*.png)"), SavedThing::Chart, [this, curve](const QString& path) {
            return curve ? exportCurvePng(path) : exportPng(path);
        });
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

}  // namespace lmw::ui
