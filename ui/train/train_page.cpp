#include "train/train_page.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

#include "api/error.h"
#include "api/text_generator.h"
#include "engine/user_message.h"
#include "train/chart_marks.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/runs_panel.h"
#include "train/sample_panel.h"
#include "train/schedule_dialog.h"
#include "train/training_panel.h"
#include "widgets/family_text.h"

namespace lmw::ui {

TrainPage::TrainPage(QWidget* parent) : QWidget(parent) {
    controller_ = new TrainingController(this);
    panel_ = new TrainingPanel(this);
    chart_ = new LossChart(this);
    samples_ = new SamplePanel(this);
    runs_ = new RunsPanel(this);

    middle_ = new QSplitter(Qt::Vertical, this);
    middle_->addWidget(chart_);
    middle_->addWidget(samples_);
    middle_->setStretchFactor(0, 3);
    middle_->setStretchFactor(1, 1);
    outer_ = new QSplitter(Qt::Horizontal, this);
    outer_->addWidget(panel_);
    outer_->addWidget(middle_);
    outer_->addWidget(runs_);
    outer_->setStretchFactor(0, 0);
    outer_->setStretchFactor(1, 1);
    outer_->setStretchFactor(2, 0);
    outer_->setSizes({330, 800, 340});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(outer_);

    QSettings s;
    outer_->restoreState(s.value(QStringLiteral("train/outerSplitter")).toByteArray());
    middle_->restoreState(s.value(QStringLiteral("train/middleSplitter")).toByteArray());
    chart_->setSmoothing(s.value(QStringLiteral("chart/smoothing"), 0.9).toDouble());
    chart_->setLogScale(s.value(QStringLiteral("chart/logScale"), false).toBool());

    wireController();
    connect(panel_, &TrainingPanel::startRequested, this, &TrainPage::startTraining);
    connect(panel_, &TrainingPanel::pauseRequested, controller_, &TrainingController::pause);
    connect(panel_, &TrainingPanel::resumeRequested, controller_, &TrainingController::resume);
    connect(panel_, &TrainingPanel::stopRequested, controller_, &TrainingController::stop);
    connect(panel_->scheduleAction(), &QAction::triggered, this,
            &TrainPage::changeScheduleInteractive);
    connect(panel_->corpusPicker(), &CorpusPicker::checked, this, [this](const CorpusCheck& c) {
        if (!c.ok) Q_EMIT statusMessage(c.error);
    });
    connect(runs_, &RunsPanel::runOpened, this, &TrainPage::openRun);
    connect(runs_, &RunsPanel::continueRequested, this, &TrainPage::continueRun);
    connect(runs_, &RunsPanel::overlayToggled, this, &TrainPage::toggleOverlay);
    connect(runs_, &RunsPanel::errorOccurred, this, &TrainPage::showError);
}

TrainPage::~TrainPage() {
    shutdown();
}

void TrainPage::setAttentionTimeline(const QString& probe, int every) {
    attentionProbe_ = probe;
    attentionEvery_ = std::max(0, every);
}

void TrainPage::wireController() {
    connect(controller_, &TrainingController::stateChanged, panel_, &TrainingPanel::setState);
    connect(controller_, &TrainingController::started, this, [this](const TrainingStartInfo& info) {
        panel_->setStartInfo(info);
        scheduleLr_ = info.train.lr;
        scheduleMinLr_ = info.train.minLr;
        chart_->setEntropyLines(info.corpus.unigramEntropy, info.corpus.bigramEntropy);
        useLiveSource(activeRunName_);
        runs_->refresh();  // the run folder now has its config.json
    });
    connect(controller_, &TrainingController::progress, this,
            [this](const QVector<StepMetrics>& steps) {
                chart_->appendSteps(steps);
                if (!steps.isEmpty()) {
                    panel_->showProgress(steps.back());
                    lastStep_ = steps.back().step;
                }
            });
    connect(controller_, &TrainingController::evaluated, chart_, &LossChart::appendEval);
    connect(controller_, &TrainingController::message, this, &TrainPage::statusMessage);
    connect(controller_, &TrainingController::finished, this, [this](const RunSummary& s) {
        panel_->showFinished(s);
        runs_->setActiveRun(QString());
        Q_EMIT statusMessage(
            s.stopped ? tr("Training stopped at step %1; the checkpoint is saved.").arg(s.steps)
                      : tr("Training finished: %1 steps.").arg(s.steps));
    });
    connect(controller_, &TrainingController::failed, this, [this](const QString& message) {
        panel_->showFailed(message);
        runs_->setActiveRun(QString());
        samples_->clearSource(tr("No model: the last training failed."));
        showError(message);
    });
}

void TrainPage::startTraining() {
    if (controller_->isActive()) return;
    HyperparameterForm* form = panel_->form();
    form->saveSettings();
    TrainingRequest req;
    req.model = form->model();
    req.train = form->train();
    req.corpus = panel_->corpusPicker()->source();
    const QString label = QStringLiteral("%1-%2x%3")
                              .arg(QString::fromStdString(familyName(req.model.family)))
                              .arg(req.model.layers)
                              .arg(req.model.embed);
    try {
        validateConfig(req.model, req.train);
        req.runDir = makeRunDir(runs_->workspace().toStdString(), label.toStdString());
    } catch (const lmw::Error& e) {
        showError(messageOf(e));
        return;
    }
    req.attentionProbe = attentionProbe_.toStdString();
    req.attentionEvery = attentionEvery_;
    activeRunDir_ = QString::fromStdString(req.runDir);
    activeRunName_ = QFileInfo(activeRunDir_).fileName();
    chart_->startRun(activeRunName_, req.train.iters);
    controller_->start(req);
    runs_->setActiveRun(activeRunDir_);
    Q_EMIT statusMessage(tr("Training %1…").arg(activeRunName_));
}

void TrainPage::continueRun(const RunRecord& run) {
    if (controller_->isActive()) return;
    const qint64 done = run.hasSummary ? run.summary.steps : 0;
    const int iters = panel_->form()->train().iters;
    if (iters <= done) {
        showError(tr("The run '%1' is at step %2. Set Iterations above %2 to continue it.")
                      .arg(QString::fromStdString(run.name))
                      .arg(done));
        return;
    }
    TrainingRequest req;
    req.attentionProbe = attentionProbe_.toStdString();
    req.attentionEvery = attentionEvery_;
    req.resumeFrom = run.dir;
    req.resumeIters = iters;
    req.runDir = run.dir;
    if (run.corpusPath.empty()) {
        req.corpus = CorpusSource::fromText(run.corpusName, CorpusPicker::bundledText());
    } else {
        req.corpus = CorpusSource::fromFile(run.corpusPath);
    }
    activeRunDir_ = QString::fromStdString(run.dir);
    activeRunName_ = QString::fromStdString(run.name);
    openRun(run);  // its curve so far; the new steps are appended to it
    chart_->setPlannedSteps(iters);
    controller_->start(req);
    runs_->setActiveRun(activeRunDir_);
    Q_EMIT statusMessage(tr("Continuing %1 to step %2…").arg(activeRunName_).arg(iters));
}

void TrainPage::openRun(const RunRecord& run) {
    const QString name = QString::fromStdString(run.name);
    if (!controller_->isActive()) {
        chart_->showRun(name, run.metrics);
        for (const ScheduleChange& c : run.scheduleChanges)
            chart_->marks().add(double(c.step), scheduleMarkText(c.lr, c.minLr));
        panel_->form()->setConfigs(run.model, run.train);
        panel_->corpusPicker()->setSelection(run.corpusPath.empty()
                                                 ? QString::fromLatin1(CorpusPicker::kBuiltin)
                                                 : QString::fromStdString(run.corpusPath));
    }
    if (run.hasCheckpoint) {
        useCheckpointSource(QString::fromStdString(run.dir), name);
    } else {
        samples_->clearSource(tr("The run '%1' has no checkpoint to sample from.").arg(name));
    }
    Q_EMIT statusMessage(tr("Opened %1.").arg(name));
}

void TrainPage::openRunFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open a run folder"), runs_->workspace());
    if (dir.isEmpty()) return;
    try {
        openRun(loadRun(dir.toStdString()));
    } catch (const lmw::Error& e) {
        showError(messageOf(e));
    }
}

void TrainPage::toggleOverlay(const QString& dir, bool shown) {
    if (!shown) {
        chart_->removeOverlay(dir);
        return;
    }
    try {
        const RunRecord r = loadRun(dir.toStdString());
        chart_->setOverlay(dir, RunsPanel::displayName(QString::fromStdString(r.name)), r.metrics);
    } catch (const lmw::Error& e) {
        showError(messageOf(e));
    }
}

QString TrainPage::modeHint(ModelFamily family) {
    return familyPromptHint(family);
}

void TrainPage::useLiveSource(const QString& label) {
    TrainingController* controller = controller_;
    samples_->setSource(
        [controller]() -> TextGenerator {
            // Called on the sampling thread; the snapshot copies the weights between two steps.
            std::optional<TextGenerator> g = controller->snapshot();
            if (!g) throw lmw::Error("The model is not ready yet.");
            return std::move(*g);
        },
        tr("Weights: %1 (live: each generation uses the latest step)").arg(label) +
            modeHint(panel_->form()->family()));
}

void TrainPage::useCheckpointSource(const QString& dir, const QString& label) {
    const std::string path = dir.toStdString();
    ModelFamily family = ModelFamily::Gpt;
    try {
        family = loadRun(path).model.family;
    } catch (const lmw::Error&) {
    }
    samples_->setSource([path] { return TextGenerator::load(path); },
                        tr("Weights: %1 (from its checkpoint)").arg(label) + modeHint(family));
}

void TrainPage::exportChart() {
    QSettings s;
    const QString dir = s.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the loss chart"),
        QDir(dir).filePath(activeRunName_.isEmpty() ? QStringLiteral("loss") : activeRunName_),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;CSV numbers (*.csv)"),
        &filter);
    if (path.isEmpty()) return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString wanted = filter.section(QStringLiteral("*."), 1).left(3);
    if (suffix.isEmpty()) path += QLatin1Char('.') + wanted;
    s.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    const QString kind = QFileInfo(path).suffix().toLower();
    QString error;
    bool ok = false;
    if (kind == QLatin1String("png"))
        ok = chart_->exportPng(path, &error);
    else if (kind == QLatin1String("pdf"))
        ok = chart_->exportPdf(path, &error);
    else if (kind == QLatin1String("svg"))
        ok = chart_->exportSvg(path, &error);
    else if (kind == QLatin1String("csv"))
        ok = chart_->exportCsv(path, &error);
    else
        error = tr("Unknown export format '%1': use .png, .pdf, .svg or .csv.").arg(kind);
    if (ok)
        Q_EMIT statusMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    else
        showError(error);
}

void TrainPage::showError(const QString& message) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("LLM Workbench"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // window-modal, does not block the event loop
    Q_EMIT errorShown(message);
}

void TrainPage::saveState() const {
    QSettings s;
    s.setValue(QStringLiteral("train/outerSplitter"), outer_->saveState());
    s.setValue(QStringLiteral("train/middleSplitter"), middle_->saveState());
    s.setValue(QStringLiteral("chart/smoothing"), chart_->smoothing());
    s.setValue(QStringLiteral("chart/logScale"), chart_->logScale());
    panel_->form()->saveSettings();
}

bool TrainPage::shutdown(int timeoutMs) {
    if (!controller_->isActive()) return true;
    return controller_->stopAndWait(timeoutMs);
}

bool TrainPage::changeSchedule(double lr, double minLr) {
    std::int64_t step = -1;
    try {
        step = controller_->changeSchedule(lr, minLr);
    } catch (const lmw::Error& e) {
        showError(messageOf(e));
        return false;
    }
    if (step < 0) {
        Q_EMIT statusMessage(
            tr("Pause the run first; a run that is pausing finishes its step "
               "before the rate can change."));
        return false;
    }
    scheduleLr_ = lr;
    scheduleMinLr_ = minLr;
    chart_->marks().add(double(step), scheduleMarkText(lr, minLr));
    Q_EMIT statusMessage(
        tr("From step %1 the learning rate peaks at %2 with a floor of %3. Resume to go on.")
            .arg(step)
            .arg(lr)
            .arg(minLr));
    return true;
}

QString TrainPage::scheduleMarkText(double lr, double minLr) {
    return tr("rate %1 → floor %2").arg(lr).arg(minLr);
}

void TrainPage::changeScheduleInteractive() {
    if (controller_->state() != TrainingController::State::Paused) return;
    const qint64 next = lastStep_ + 1;  // the progress may lag a step or two behind
    ScheduleDialog dialog(scheduleLr_, scheduleMinLr_, next, this);
    if (dialog.exec() == QDialog::Accepted) changeSchedule(dialog.lr(), dialog.minLr());
}

}  // namespace lmw::ui
