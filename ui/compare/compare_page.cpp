#include "compare/compare_page.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "api/corpus.h"
#include "api/error.h"
#include "api/run_store.h"
#include "attention/attention_grid.h"
#include "compare/compare_chart.h"
#include "compare/compare_pane.h"
#include "compare/compare_settings_form.h"
#include "compare/gap_task_panel.h"
#include "compare/prediction_strip.h"
#include "engine/machine.h"
#include "engine/user_message.h"
#include "train/corpus_picker.h"
#include "widgets/family_text.h"
#include "widgets/formatting.h"
#include "widgets/masking_controls.h"

namespace lmw::ui {

namespace {

const char* kDefaultProbe = "The little cat sat on the warm mat and looked at the moon.";

/// Why a model cannot stand on one side, or an empty string.
QString sideProblem(int side, const TextGenerator& g) {
    if (side == ComparePage::Encoder && !g.isEncoder())
        return QObject::tr("The encoder side needs a BERT or RoBERTa model; this is a %1.")
            .arg(familyTitle(g.modelConfig().family));
    if (side == ComparePage::Decoder &&
        (!g.continuesText() || g.modelConfig().family == ModelFamily::Bart))
        return QObject::tr("The decoder side needs a GPT or LSTM model; this is a %1.")
            .arg(familyTitle(g.modelConfig().family));
    if (g.modelConfig().numClasses > 0)
        return QObject::tr("This model is a classifier, not a language model.");
    return {};
}

}  // namespace

ComparePage::ComparePage(QWidget* parent) : QWidget(parent) {
    for (int side = 0; side < 2; ++side)
        controllers_[std::size_t(side)] = new TrainingController(this);
    buildUi();
    for (int side = 0; side < 2; ++side) wireController(Side(side));
    loadSettings();
    updateButtons();
}

ComparePage::~ComparePage() {
    saveSettings();
    shutdown(5000);
}

bool ComparePage::shutdown(int timeoutMs) {
    gaps_->stop();
    bool ok = true;
    for (TrainingController* c : controllers_) ok = c->stopAndWait(timeoutMs) && ok;
    inspector_.cancel();
    inspector_.waitForRunning();
    gaps_->waitForFinished();
    return ok;
}

void ComparePage::setWorkspace(const QString& dir) {
    workspace_ = dir;
}

// --- layout ----------------------------------------------------------------------------------

void ComparePage::buildUi() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    // Setup: one corpus, one size, two objectives.
    auto* setup = new QGroupBox(
        tr("Train an encoder and a decoder of the same size on the same text"), content);
    auto* form = new QHBoxLayout(setup);
    corpus_ = new CorpusPicker(setup);
    corpus_->setToolTip(tr("The text both models learn from, with the same tokenizer"));
    trainButton_ = new QPushButton(tr("Train both"), setup);
    trainButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    trainButton_->setToolTip(tr("Train the encoder and the decoder side by side (Ctrl+Shift+B)"));
    stopButton_ = new QPushButton(tr("Stop"), setup);
    stopButton_->setToolTip(
        tr("Stop both trainings and any scoring in progress; checkpoints are kept"));
    for (int side = 0; side < 2; ++side) {
        loadButtons_[std::size_t(side)] =
            new QPushButton(side == Encoder ? tr("Load encoder…") : tr("Load decoder…"), setup);
        loadButtons_[std::size_t(side)]->setToolTip(
            side == Encoder ? tr("Use a BERT or RoBERTa run you trained before")
                            : tr("Use a GPT or LSTM run you trained before"));
        connect(loadButtons_[std::size_t(side)], &QPushButton::clicked, this,
                [this, side] { chooseRun(side); });
    }
    form_ = new CompareSettingsForm(setup);
    auto* left = new QFormLayout;
    left->addRow(tr("Corpus:"), corpus_);
    left->addRow(form_);
    form->addLayout(left, 1);
    auto* buttons = new QGridLayout;
    buttons->addWidget(trainButton_, 0, 0);
    buttons->addWidget(stopButton_, 0, 1);
    buttons->addWidget(loadButtons_[Encoder], 1, 0);
    buttons->addWidget(loadButtons_[Decoder], 1, 1);
    for (int side = 0; side < 2; ++side) {
        auto* bar = new QProgressBar(setup);
        bar->setFormat(side == Encoder ? tr("encoder %p%") : tr("decoder %p%"));
        bar->setValue(0);
        progress_[std::size_t(side)] = bar;
        buttons->addWidget(bar, 2, side);
    }
    form->addLayout(buttons);
    layout->addWidget(setup);
    status_ = new QLabel(content);
    status_->setWordWrap(true);
    layout->addWidget(status_);

    // Both curves on one chart, with what they mean.
    auto* chartRow = new QHBoxLayout;
    chart_ = new CompareChart(content);
    chart_->setMinimumHeight(240);
    chartRow->addWidget(chart_, 3);
    chartRow->addWidget(
        makeExplanationLabel(tr("<b>Two ways to learn from the same text.</b> The encoder "
                                "hides some of the tokens and learns "
                                "to guess them from <i>both</i> sides; the decoder guesses "
                                "<i>every</i> next token from the "
                                "left alone, so per step it gets several times more "
                                "training signal (switch the x-axis to "
                                "supervised tokens to compare them per signal). The dashed "
                                "line is the unigram entropy: a "
                                "model that only knows how often each token occurs sits "
                                "there. Leaving it means the model has "
                                "learned to use context; the dotted bigram line is what "
                                "knowing the previous token is worth. "
                                "<b>The result:</b> the encoder fills a word the right side "
                                "decides (\"the ___ mooed\") that "
                                "a decoder writing from the left cannot; the decoder "
                                "continues text better. A decoder can "
                                "still use the right side by scoring every candidate "
                                "sentence whole, as GPT-3 does in cloze "
                                "tasks (third column below)."),
                             content),
        1);
    layout->addLayout(chartRow);

    // The same input through both models.
    auto* probeRow = new QHBoxLayout;
    probe_ = new QLineEdit(QString::fromLatin1(kDefaultProbe), content);
    probe_->setToolTip(
        tr("A sentence both models read; their attention and predictions are shown below"));
    probe_->setClearButtonEnabled(true);
    showButton_ = new QPushButton(tr("Show"), content);
    showButton_->setToolTip(tr("Run both models on this sentence (Return)"));
    autoRefresh_ = new QCheckBox(tr("Update while training"), content);
    autoRefresh_->setToolTip(tr("Refresh the views after every evaluation of either model"));
    autoRefresh_->setChecked(true);
    probeRow->addWidget(new QLabel(tr("Sentence:"), content));
    probeRow->addWidget(probe_, 1);
    probeRow->addWidget(showButton_);
    probeRow->addWidget(autoRefresh_);
    layout->addLayout(probeRow);
    connect(probe_, &QLineEdit::returnPressed, this, &ComparePage::refreshViews);
    connect(probe_, &QLineEdit::textChanged, form_->masking(), &MaskingControls::setSentence);
    form_->masking()->setSentence(probe_->text());
    connect(showButton_, &QPushButton::clicked, this, &ComparePage::refreshViews);

    auto* panes = new QHBoxLayout;
    for (int side = 0; side < 2; ++side) {
        panes_[std::size_t(side)] = new ComparePane(side == Encoder, content);
        connect(panes_[std::size_t(side)]->grid(), &AttentionGrid::headSelected, this,
                [this, side](int, int) {
                    if (snapshots_[std::size_t(side)])
                        emit openAttention(*snapshots_[std::size_t(side)]);
                });
        panes->addWidget(panes_[std::size_t(side)], 1);
    }
    layout->addLayout(panes);

    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Probability of the true token:"), content));
    for (double p : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        auto* swatch = new QLabel(QStringLiteral("%1%").arg(qRound(100 * p)), content);
        swatch->setAlignment(Qt::AlignCenter);
        swatch->setMinimumWidth(44);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 3px; padding: 2px;")
                                  .arg(PredictionStrip::colorFor(p).name()));
        legend->addWidget(swatch);
    }
    legend->addStretch();
    layout->addLayout(legend);

    // Fill-in vs continue, scored.
    gaps_ = new GapTaskPanel(content);
    connect(gaps_, &GapTaskPanel::scoreRequested, this, &ComparePage::scoreGaps);
    connect(gaps_, &GapTaskPanel::statusMessage, status_, &QLabel::setText);
    connect(gaps_, &GapTaskPanel::scored, this, &ComparePage::gapsScored);
    connect(gaps_, &GapTaskPanel::busyChanged, this, &ComparePage::updateButtons);
    layout->addWidget(gaps_);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(trainButton_, &QPushButton::clicked, this, &ComparePage::trainBoth);
    connect(stopButton_, &QPushButton::clicked, this, &ComparePage::stopAll);
    connect(corpus_, &CorpusPicker::checked, this, [this] { updateButtons(); });
}

// --- training --------------------------------------------------------------------------------

void ComparePage::wireController(Side side) {
    TrainingController* c = controllers_[side];
    const auto chartSide = CompareChart::Side(side);
    connect(c, &TrainingController::progress, this,
            [this, side, chartSide](const QVector<lmw::StepMetrics>& steps) {
                chart_->appendSteps(chartSide, steps);
                if (!steps.isEmpty() && steps.back().totalSteps > 0) {
                    progress_[side]->setMaximum(int(steps.back().totalSteps));
                    progress_[side]->setValue(int(steps.back().step));
                }
            });
    connect(c, &TrainingController::evaluated, this, [this, chartSide](const lmw::EvalMetrics& e) {
        chart_->appendEval(chartSide, e);
        if (autoRefresh_->isChecked()) refreshViews();
    });
    connect(c, &TrainingController::attentionCaptured, this,
            [this, side](const lmw::AttentionSnapshot& s) {
                snapshots_[side] = s;
                std::vector<const AttentionMap*> maps;
                for (const AttentionMap& m : snapshots_[side]->maps) maps.push_back(&m);
                panes_[side]->grid()->setMaps(maps);
            });
    connect(c, &TrainingController::started, this,
            [this, side](const lmw::ui::TrainingStartInfo& info) {
                titles_[side] = familyTitle(info.model.family);
                panes_[side]->setTitle(
                    tr("%1 (training, %2 parameters)").arg(titles_[side]).arg(info.parameters));
            });
    connect(c, &TrainingController::finished, this, [this, side](const lmw::RunSummary& s) {
        emit statusMessage(tr("%1 finished after %2 steps (validation loss %3).")
                               .arg(titles_[side])
                               .arg(s.steps)
                               .arg(s.finalValLoss, 0, 'f', 3));
        refreshViews();
    });
    connect(c, &TrainingController::failed, this, [this, side](const QString& message) {
        status_->setText(
            tr("%1: %2").arg(side == Encoder ? tr("Encoder") : tr("Decoder"), message));
    });
    connect(c, &TrainingController::stateChanged, this, [this] { updateButtons(); });
}

void ComparePage::trainBoth() {
    if (controllers_[Encoder]->isActive() || controllers_[Decoder]->isActive()) return;
    if (!corpus_->isReady()) {
        status_->setText(corpus_->lastCheck().error.isEmpty() ? tr("Choose a corpus first.")
                                                              : corpus_->lastCheck().error);
        return;
    }
    if (workspace_.isEmpty()) {
        status_->setText(tr("No workspace folder is set for the runs."));
        return;
    }
    // Anything still reading the old weights finishes first.
    gaps_->stop();
    inspector_.cancel();
    inspector_.waitForRunning();
    gaps_->waitForFinished();

    const CompareSettings settings = form_->settings();
    ComparePlan plan;
    try {
        plan = comparePlan(settings);
    } catch (const Error& e) {
        status_->setText(messageOf(e));
        return;
    }
    plan.encoderTrain.objective.objective = form_->encoderObjective();
    TrainConfig train = plan.decoderTrain;
    train.threads = std::max(1, logicalCores() / 2);  // the two share the machine
    for (int side = 0; side < 2; ++side) {
        TrainingRequest r;
        const ModelFamily family = side == Encoder ? settings.encoderFamily : ModelFamily::Gpt;
        r.model = side == Encoder ? plan.encoderModel : plan.decoderModel;
        r.train = side == Encoder ? plan.encoderTrain : plan.decoderTrain;
        r.train.threads = train.threads;
        r.corpus = corpus_->source();
        r.runDir = makeRunDir(workspace_.toStdString(), "compare-" + familyName(family));
        r.attentionProbe =
            probe_->text().trimmed().isEmpty() ? kDefaultProbe : probe_->text().toStdString();
        r.attentionEvery = train.evalEvery;
        loaded_[std::size_t(side)] = nullptr;
        snapshots_[std::size_t(side)].reset();
        chart_->clear(CompareChart::Side(side));
        chart_->setSeriesName(CompareChart::Side(side), familyTitle(family));
        progress_[std::size_t(side)]->setValue(0);
        connect(
            controllers_[std::size_t(side)], &TrainingController::started, this,
            [this](const lmw::ui::TrainingStartInfo& info) {
                chart_->setEntropyLines(info.corpus.unigramEntropy, info.corpus.bigramEntropy);
            },
            Qt::SingleShotConnection);
        if (!controllers_[std::size_t(side)]->start(r)) {
            status_->setText(tr("Could not start the %1.").arg(familyTitle(family)));
            return;
        }
    }
    chart_->setPlannedSteps(train.iters);
    status_->setText(tr("Training both models on %1 (%2 steps each, %3 thread(s) each).")
                         .arg(QString::fromStdString(corpus_->source().displayName()))
                         .arg(train.iters)
                         .arg(train.threads));
    saveSettings();
    updateButtons();
}

void ComparePage::stopAll() {
    for (TrainingController* c : controllers_) c->stop();
    gaps_->stop();
    status_->setText(tr("Stopping…"));
}

bool ComparePage::isBusy() const {
    return inspector_.isBusy() || gaps_->isBusy();
}

bool ComparePage::hasModel(Side side) const {
    return bool(loaded_[side]) || !titles_[side].isEmpty();
}

void ComparePage::updateButtons() {
    const bool training = controllers_[Encoder]->isActive() || controllers_[Decoder]->isActive();
    trainButton_->setEnabled(!training && corpus_->isReady());
    stopButton_->setEnabled(training || isBusy());
    for (QPushButton* b : loadButtons_) b->setEnabled(!training);
    gaps_->button()->setEnabled(!gaps_->isBusy());
}

// --- models from runs ------------------------------------------------------------------------

void ComparePage::chooseRun(int side) {
    const QString dir = QFileDialog::getExistingDirectory(
        this, side == Encoder ? tr("Open an encoder run") : tr("Open a decoder run"), workspace_);
    if (!dir.isEmpty()) loadRun(Side(side), dir);
}

void ComparePage::loadRun(Side side, const QString& dir) {
    RunRecord run;
    try {
        run = lmw::loadRun(dir.toStdString());
    } catch (const Error& e) {
        status_->setText(messageOf(e));
        return;
    }
    const ModelFamily f = run.model.family;
    const bool fits = side == Encoder ? (f == ModelFamily::Bert || f == ModelFamily::Roberta)
                                      : (f == ModelFamily::Gpt || f == ModelFamily::Lstm);
    if (!fits) {
        status_->setText(side == Encoder
                             ? tr("The encoder side needs a BERT or RoBERTa run; %1 is a %2.")
                                   .arg(QFileInfo(dir).fileName(), familyTitle(f))
                             : tr("The decoder side needs a GPT or LSTM run; %1 is a %2.")
                                   .arg(QFileInfo(dir).fileName(), familyTitle(f)));
        return;
    }
    if (!run.hasCheckpoint) {
        status_->setText(tr("%1 has no checkpoint yet.").arg(QFileInfo(dir).fileName()));
        return;
    }
    const std::string path = dir.toStdString();
    setGenerator(
        side, [path]() -> std::optional<TextGenerator> { return TextGenerator::load(path); },
        familyTitle(f));
    // metrics.csv has no count of supervised tokens: batch x context x the masked share.
    const double perStep = double(run.train.batch) * run.model.block *
                           (side == Encoder ? run.train.objective.maskProb : 1.0);
    chart_->showRows(CompareChart::Side(side), familyTitle(f), run.metrics, perStep);
    status_->setText(
        tr("Loaded %1 as the %2.")
            .arg(QFileInfo(dir).fileName(), side == Encoder ? tr("encoder") : tr("decoder")));
}

void ComparePage::setGenerator(Side side, GeneratorFactory factory, const QString& title) {
    loaded_[side] = std::move(factory);
    titles_[side] = title;
    snapshots_[side].reset();
    panes_[side]->setTitle(title);
    refreshViews();
}

ComparePage::GeneratorFactory ComparePage::factoryFor(Side side) const {
    if (loaded_[side]) return loaded_[side];
    TrainingController* c = controllers_[side];
    // Called on the GUI thread: the snapshot copies the weights before the job starts.
    std::optional<TextGenerator> snap = c->snapshot();
    if (!snap) return {};
    auto shared = std::make_shared<std::optional<TextGenerator>>(std::move(snap));
    return [shared]() { return std::move(*shared); };
}

// --- inspection ------------------------------------------------------------------------------

void ComparePage::refreshViews() {
    const std::string text =
        probe_->text().trimmed().isEmpty() ? kDefaultProbe : probe_->text().toStdString();
    std::array<GeneratorFactory, 2> sources = {factoryFor(Encoder), factoryFor(Decoder)};
    if (!sources[0] && !sources[1]) return;
    const std::array<QString, 2> titles = titles_;
    // A refresh asked for while one runs supersedes it: only the newest text is shown.
    inspector_.start(
        [sources, titles, text](TaskContext&) {
            InspectionPair out;
            for (int side = 0; side < 2; ++side) {
                CompareInspection& r = out[std::size_t(side)];
                if (!sources[std::size_t(side)]) {
                    r.error = QObject::tr("No model yet: train both, or load a run.");
                    continue;
                }
                try {
                    std::optional<TextGenerator> g = sources[std::size_t(side)]();
                    if (!g) {
                        r.error = QObject::tr("The model is not ready yet.");
                        continue;
                    }
                    r.error = sideProblem(side, *g);
                    if (!r.error.isEmpty()) continue;
                    r.title = QObject::tr("%1, step %2 (%3 layers × %4 heads, width %5)")
                                  .arg(familyTitle(g->modelConfig().family))
                                  .arg(g->step())
                                  .arg(g->modelConfig().layers)
                                  .arg(g->modelConfig().heads)
                                  .arg(g->modelConfig().embed);
                    if (g->modelConfig().family != ModelFamily::Lstm)
                        r.attention = g->attention(text);
                    r.predictions = g->predictions(text, 5);
                    r.ok = true;
                    if (side == Encoder)
                        r.generator = std::make_shared<const TextGenerator>(std::move(*g));
                } catch (...) {
                    r.error = userMessage(std::current_exception());
                }
            }
            return out;
        },
        [this](const InspectionPair& results) {
            for (int side = 0; side < 2; ++side)
                showInspection(Side(side), results[std::size_t(side)]);
            updateButtons();
            emit viewsRefreshed();
        });
    updateButtons();
}

void ComparePage::showInspection(Side side, const CompareInspection& r) {
    if (!r.ok) {
        if (!r.error.isEmpty() && hasModel(side)) panes_[side]->setTitle(r.error);
        panes_[side]->clearPredictions(r.error);
        return;
    }
    panes_[side]->setTitle(r.title);
    if (r.attention) {
        snapshots_[side] = r.attention;
        std::vector<const AttentionMap*> maps;
        for (const AttentionMap& m : snapshots_[side]->maps) maps.push_back(&m);
        panes_[side]->grid()->setMaps(maps);
    } else {
        snapshots_[side].reset();
        panes_[side]->grid()->clear();
    }
    panes_[side]->strip()->setPredictions(r.predictions);
    if (side == Encoder && r.generator) {
        const std::shared_ptr<const TextGenerator> g = r.generator;
        form_->masking()->setPreviewSource(
            [g](const std::string& text, const ObjectiveConfig& o, std::uint64_t seed) {
                return g->previewMasking(text, o, seed);
            },
            tr("in the encoder's own tokens"));
    }
    panes_[side]->showMean();
}

// --- gap task --------------------------------------------------------------------------------

void ComparePage::scoreGaps() {
    if (gaps_->isBusy()) return;
    std::vector<GapTaskPanel::Model> models;
    for (int side = 0; side < 2; ++side) {
        GapTaskPanel::Model m;
        m.source = factoryFor(Side(side));
        if (!m.source) continue;
        m.encoder = side == Encoder;
        m.fallbackName = titles_[std::size_t(side)];
        m.name = [](const TextGenerator& g) { return familyTitle(g.modelConfig().family); };
        m.problem = [side](const TextGenerator& g) { return sideProblem(side, g); };
        models.push_back(std::move(m));
    }
    if (models.empty()) {
        status_->setText(tr("Train or load the models first."));
        return;
    }
    gaps_->score(std::move(models), corpus_->source());
    updateButtons();
}

void ComparePage::exportChart() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the comparison chart"), workspace_,
                                     tr("PNG image (*.png);;CSV numbers (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? chart_->exportCsv(path, &error)
                        : chart_->exportPng(path, &error);
    emit statusMessage(ok ? tr("Saved %1").arg(path) : error);
}

// --- settings --------------------------------------------------------------------------------

void ComparePage::loadSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("compare"));
    form_->loadSettings(s);
    probe_->setText(
        s.value(QStringLiteral("probe"), QString::fromLatin1(kDefaultProbe)).toString());
    gaps_->itemsBox()->setValue(s.value(QStringLiteral("gapItems"), 100).toInt());
    autoRefresh_->setChecked(s.value(QStringLiteral("autoRefresh"), true).toBool());
    gaps_->unitBox()->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("gapUnit"), 0).toInt(), 0, 1));
}

void ComparePage::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("compare"));
    form_->saveSettings(s);
    s.setValue(QStringLiteral("probe"), probe_->text());
    s.setValue(QStringLiteral("gapItems"), gaps_->itemsBox()->value());
    s.setValue(QStringLiteral("autoRefresh"), autoRefresh_->isChecked());
    s.setValue(QStringLiteral("gapUnit"), gaps_->unitBox()->currentIndex());
}

}  // namespace lmw::ui
