#include "compare/compare_page.h"

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
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>
#include <qcustomplot.h>

#include "api/corpus.h"
#include "api/error.h"
#include "api/run_store.h"
#include "attention/attention_grid.h"
#include "compare/compare_chart.h"
#include "widgets/masking_controls.h"
#include "compare/prediction_strip.h"
#include "train/corpus_picker.h"

namespace lmw::ui {

namespace {

const char* kDefaultProbe = "The little cat sat on the warm mat and looked at the moon.";

/// Steps per model: the comparison's default (core/api/compare.h); with rotary positions and
/// GPT blocks the tiny encoder leaves the unigram plateau within a few hundred steps.
const int kDefaultSteps = lmw::defaultCompareSettings().steps;

/// The encoder choices: family and objective as in the papers.
struct EncoderKind {
    const char* label;
    ModelFamily family;
    Objective objective;
    bool dynamicMasking;
};
const EncoderKind kEncoderKinds[] = {
    {"BERT (masked LM, static masks)", ModelFamily::Bert, Objective::Mlm, false},
    {"BERT (masked LM + next sentence)", ModelFamily::Bert, Objective::MlmNsp, false},
    {"RoBERTa (masked LM, dynamic masks)", ModelFamily::Roberta, Objective::Mlm, true},
};

QString familyTitle(ModelFamily f) {
    switch (f) {
        case ModelFamily::Bert: return QObject::tr("BERT encoder");
        case ModelFamily::Roberta: return QObject::tr("RoBERTa encoder");
        case ModelFamily::Gpt: return QObject::tr("GPT decoder");
        case ModelFamily::Lstm: return QObject::tr("LSTM decoder");
        case ModelFamily::Bart: return QObject::tr("BART encoder-decoder");
    }
    return {};
}

/// Why a model cannot stand on one side, or an empty string.
QString sideProblem(int side, const TextGenerator& g) {
    if (side == ComparePage::Encoder && !g.isEncoder())
        return QObject::tr("The encoder side needs a BERT or RoBERTa model; this is a %1.")
            .arg(familyTitle(g.modelConfig().family));
    if (side == ComparePage::Decoder && (!g.continuesText() || g.modelConfig().family == ModelFamily::Bart))
        return QObject::tr("The decoder side needs a GPT or LSTM model; this is a %1.")
            .arg(familyTitle(g.modelConfig().family));
    if (g.modelConfig().numClasses > 0) return QObject::tr("This model is a classifier, not a language model.");
    return {};
}

QString percent(double v) { return std::isfinite(v) ? QStringLiteral("%1%").arg(100 * v, 0, 'f', 1) : QStringLiteral("–"); }

QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
    return label;
}

}  // namespace

ComparePage::ComparePage(QWidget* parent) : QWidget(parent), cancel_(std::make_shared<std::atomic<bool>>(false)) {
    for (int side = 0; side < 2; ++side) controllers_[std::size_t(side)] = new TrainingController(this);
    buildUi();
    for (int side = 0; side < 2; ++side) wireController(Side(side));
    connect(&inspectWatcher_, &QFutureWatcher<InspectionPair>::finished, this, [this] {
        const InspectionPair results = inspectWatcher_.result();
        for (int side = 0; side < 2; ++side) showInspection(Side(side), results[std::size_t(side)]);
        updateButtons();
        emit viewsRefreshed();
        if (refreshPending_) {
            refreshPending_ = false;
            refreshViews();
        }
    });
    connect(&gapWatcher_, &QFutureWatcher<std::vector<CompareGapResult>>::finished, this, [this] {
        showGapResults(gapWatcher_.result());
        updateButtons();
        emit gapsScored();
    });
    loadSettings();
    updateButtons();
}

ComparePage::~ComparePage() {
    saveSettings();
    shutdown(5000);
}

bool ComparePage::shutdown(int timeoutMs) {
    cancel_->store(true);
    bool ok = true;
    for (TrainingController* c : controllers_) ok = c->stopAndWait(timeoutMs) && ok;
    inspectWatcher_.waitForFinished();
    gapWatcher_.waitForFinished();
    return ok;
}

void ComparePage::setWorkspace(const QString& dir) { workspace_ = dir; }

// --- layout ----------------------------------------------------------------------------------

void ComparePage::buildUi() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    // Setup: one corpus, one size, two objectives.
    auto* setup = new QGroupBox(tr("Train an encoder and a decoder of the same size on the same text"), content);
    auto* form = new QHBoxLayout(setup);
    corpus_ = new CorpusPicker(setup);
    corpus_->setToolTip(tr("The text both models learn from, with the same tokenizer"));
    size_ = new QComboBox(setup);
    for (const SizePreset& p : sizePresets())
        size_->addItem(QString::fromStdString(p.name), QString::fromStdString(p.description));
    size_->setToolTip(tr("Model size used for both models (layers, heads, width, context)"));
    encoderKind_ = new QComboBox(setup);
    for (const EncoderKind& k : kEncoderKinds) encoderKind_->addItem(tr(k.label));
    encoderKind_->setToolTip(tr("The encoder's pretraining objective; the decoder always learns to predict the next token"));
    steps_ = new QSpinBox(setup);
    steps_->setRange(20, 100000);
    steps_->setSingleStep(100);
    steps_->setValue(kDefaultSteps);
    steps_->setToolTip(tr("Optimizer steps for each model. A decoder leaves the plateau of letter frequencies within a "
                          "hundred steps; an encoder must first learn to look at its neighbours, which rotary positions "
                          "make quick (a few hundred steps at the tiny size)."));
    positions_ = new QComboBox(setup);
    for (PositionEncoding p : {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
        positions_->addItem(QString::fromStdString(positionEncodingName(p)), int(p));
        positions_->setItemData(positions_->count() - 1, QString::fromStdString(positionEncodingDescription(p)),
                                Qt::ToolTipRole);
    }
    positions_->setToolTip(tr("How both models know where each token is: learned absolute positions (the papers'), "
                              "rotary (RoPE) or ALiBi. With absolute positions an encoder needs thousands of steps to "
                              "learn to look at its neighbours."));
    tokens_ = new QComboBox(setup);
    tokens_->addItem(tr("subwords (BPE, 500)"), QStringLiteral("bpe"));
    tokens_->addItem(tr("characters"), QStringLiteral("char"));
    tokens_->setToolTip(tr("How both models cut text into tokens: subwords learned from the corpus (most words of the "
                           "stories are one token, as in BERT and GPT-2), or single characters (a word is several "
                           "masks for the encoder, which makes filling a word far harder)"));
    sharedLayout_ = new QCheckBox(tr("One architecture"), setup);
    sharedLayout_->setToolTip(tr("Build the encoder from the decoder's own blocks (GPT's pre-LN layout), so the two "
                                 "differ only in the attention mask and the objective. Off: BERT's post-LN encoder."));
    masking_ = new MaskingControls(setup);
    trainButton_ = new QPushButton(tr("Train both"), setup);
    trainButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    trainButton_->setToolTip(tr("Train the encoder and the decoder side by side (Ctrl+Shift+B)"));
    stopButton_ = new QPushButton(tr("Stop"), setup);
    stopButton_->setToolTip(tr("Stop both trainings and any scoring in progress; checkpoints are kept"));
    for (int side = 0; side < 2; ++side) {
        loadButtons_[std::size_t(side)] =
            new QPushButton(side == Encoder ? tr("Load encoder…") : tr("Load decoder…"), setup);
        loadButtons_[std::size_t(side)]->setToolTip(side == Encoder ? tr("Use a BERT or RoBERTa run you trained before")
                                                                    : tr("Use a GPT or LSTM run you trained before"));
        connect(loadButtons_[std::size_t(side)], &QPushButton::clicked, this, [this, side] { chooseRun(side); });
    }
    auto* left = new QFormLayout;
    left->addRow(tr("Corpus:"), corpus_);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Size:"), setup));
    options->addWidget(size_);
    options->addWidget(new QLabel(tr("Encoder:"), setup));
    options->addWidget(encoderKind_);
    options->addWidget(new QLabel(tr("Steps:"), setup));
    options->addWidget(steps_);
    options->addWidget(new QLabel(tr("Positions:"), setup));
    options->addWidget(positions_);
    options->addWidget(new QLabel(tr("Tokens:"), setup));
    options->addWidget(tokens_);
    options->addWidget(sharedLayout_);
    left->addRow(options);
    left->addRow(tr("Encoder masking:"), masking_);
    fairness_ = new QLabel(setup);
    fairness_->setWordWrap(true);
    fairness_->setStyleSheet(QStringLiteral("color: #2f4f2f;"));
    left->addRow(fairness_);
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
        explanation(tr("<b>Two ways to learn from the same text.</b> The encoder hides some of the tokens and learns "
                       "to guess them from <i>both</i> sides; the decoder guesses <i>every</i> next token from the "
                       "left alone, so per step it gets several times more training signal (switch the x-axis to "
                       "supervised tokens to compare them per signal). The dashed line is the unigram entropy: a "
                       "model that only knows how often each token occurs sits there. Leaving it means the model has "
                       "learned to use context; the dotted bigram line is what knowing the previous token is worth. "
                       "<b>The result:</b> the encoder fills a word the right side decides (\"the ___ mooed\") that "
                       "a decoder writing from the left cannot; the decoder continues text better. A decoder can "
                       "still use the right side by scoring every candidate sentence whole, as GPT-3 does in cloze "
                       "tasks (third column below)."),
                    content),
        1);
    layout->addLayout(chartRow);

    // The same input through both models.
    auto* probeRow = new QHBoxLayout;
    probe_ = new QLineEdit(QString::fromLatin1(kDefaultProbe), content);
    probe_->setToolTip(tr("A sentence both models read; their attention and predictions are shown below"));
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
    connect(probe_, &QLineEdit::textChanged, masking_, &MaskingControls::setSentence);
    masking_->setSentence(probe_->text());
    const auto updateFairness = [this] {
        fairness_->setText(QString::fromStdString(compareFairnessNote(settings())));
        // An encoder of GPT blocks has no next-sentence head.
        if (sharedLayout_->isChecked() && encoderKind_->currentIndex() == 1) encoderKind_->setCurrentIndex(2);
    };
    connect(positions_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(sharedLayout_, &QCheckBox::toggled, this, updateFairness);
    connect(tokens_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(encoderKind_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(size_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(showButton_, &QPushButton::clicked, this, &ComparePage::refreshViews);

    auto* panes = new QHBoxLayout;
    panes->addWidget(buildSidePane(Encoder), 1);
    panes->addWidget(buildSidePane(Decoder), 1);
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
    auto* gaps = new QGroupBox(tr("Fill in the missing word vs write the next word"), content);
    auto* gapLayout = new QGridLayout(gaps);
    gapItems_ = new QSpinBox(gaps);
    gapItems_->setRange(10, 2000);
    gapItems_->setValue(100);
    gapItems_->setToolTip(tr("How many words of held-out text are hidden"));
    gapUnit_ = new QComboBox(gaps);
    gapUnit_->addItem(tr("a whole word"));
    gapUnit_->addItem(tr("one letter"));
    gapUnit_->setToolTip(tr("What each gap hides: a whole word, or a single letter inside a word"));
    gapButton_ = new QPushButton(tr("Score both models"), gaps);
    gapButton_->setToolTip(tr("Hide words of text neither model trained on and let each write them back (Ctrl+Shift+G)"));
    gapButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(gapButton_, &QPushButton::clicked, this, &ComparePage::scoreGaps);
    auto* gapControls = new QHBoxLayout;
    gapControls->addWidget(new QLabel(tr("Hidden words:"), gaps));
    gapControls->addWidget(gapItems_);
    gapControls->addWidget(new QLabel(tr("Each hides:"), gaps));
    gapControls->addWidget(gapUnit_);
    gapControls->addWidget(gapButton_);
    gapControls->addStretch();
    gapLayout->addLayout(gapControls, 0, 0, 1, 2);
    gapTable_ = new QTableWidget(0, 5, gaps);
    gapTable_->setHorizontalHeaderLabels({tr("Model"), tr("Fill in: right side decides"), tr("Fill in: ordinary"),
                                          tr("Continue: right side decides"), tr("Continue: ordinary")});
    gapTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    gapTable_->horizontalHeader()->setStretchLastSection(true);
    gapTable_->verticalHeader()->hide();
    gapTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    gapTable_->setMinimumHeight(90);
    gapTable_->setToolTip(tr("Share of hidden words each model wrote back exactly (hover a cell for its tokens). "
                             "'Right side decides': words of a construction where a later word decides them, such as "
                             "\"the ___ mooed\" (bundled stories only)"));
    gapLayout->addWidget(gapTable_, 1, 0);
    gapPlot_ = new QCustomPlot(gaps);
    gapPlot_->setMinimumSize(260, 160);
    gapPlot_->yAxis->setRange(0, 100);
    gapPlot_->yAxis->setLabel(tr("words right (%)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("fill in\n(right decides)"));
    ticker->addTick(2, tr("fill in\n(ordinary)"));
    ticker->addTick(3, tr("continue\n(right decides)"));
    ticker->addTick(4, tr("continue\n(ordinary)"));
    gapPlot_->xAxis->setTicker(ticker);
    gapPlot_->xAxis->setRange(0.4, 4.6);
    gapPlot_->legend->setVisible(true);
    gapPlot_->legend->setFont(QFont(font().family(), 8));
    gapLayout->addWidget(gapPlot_, 1, 1);
    gapLayout->addWidget(
        explanation(tr("Words of the held-out text are hidden. <b>Fill in</b> gives the text on both sides of the gap; "
                       "<b>continue</b> gives only the text before it. The encoder reads the gap as [MASK] tokens and "
                       "fills them by mask-predict, the letter it is surest of first. The decoder writes the word "
                       "from the left, so for it both tasks are the same; or it <i>ranks</i> candidate words by how "
                       "likely it finds the whole sentence with each, which lets it use the right side too. Gaps "
                       "where the right side decides (\"Somewhere nearby, the ___ mooed.\", \"Mia took the ___ "
                       "to sweep the floor.\") are reported apart from ordinary words."),
                    gaps),
        2, 0, 1, 2);
    gapLayout->setColumnStretch(0, 1);
    gapLayout->setColumnStretch(1, 1);
    layout->addWidget(gaps);

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

QWidget* ComparePage::buildSidePane(Side side) {
    auto* box = new QGroupBox(side == Encoder ? tr("Encoder") : tr("Decoder"));
    auto* v = new QVBoxLayout(box);
    auto* title = new QLabel(tr("No model yet: train both, or load a run."), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    paneTitles_[side] = title;
    v->addWidget(title);
    v->addWidget(explanation(
        side == Encoder
            ? tr("Every token may look at every other token, left and right, so each attention square is filled on "
                 "both sides of its diagonal. Below, each token is hidden in turn and guessed from everything around it.")
            : tr("A token may look only at itself and the tokens before it: the upper right of every square is masked "
                 "(hatched). Below, each token is guessed from the tokens to its left only, the question a text "
                 "generator answers at every step."),
        box));
    auto* grid = new AttentionGrid(box);
    grid->setMinimumHeight(180);
    grid->setMaximumHeight(300);
    grid->setToolTip(tr("Attention of every layer (rows) and head (columns) on the sentence; click one to open it in "
                        "the Attention tab"));
    grids_[side] = grid;
    connect(grid, &AttentionGrid::headSelected, this, [this, side](int, int) {
        if (snapshots_[side]) emit openAttention(*snapshots_[side]);
    });
    v->addWidget(grid);
    auto* strip = new PredictionStrip(box);
    strip->clear(tr("Predictions appear here."));
    strips_[side] = strip;
    v->addWidget(strip);
    auto* mean = new QLabel(box);
    meanLabels_[side] = mean;
    v->addWidget(mean);
    return box;
}

// --- training --------------------------------------------------------------------------------

void ComparePage::wireController(Side side) {
    TrainingController* c = controllers_[side];
    const auto chartSide = CompareChart::Side(side);
    connect(c, &TrainingController::progress, this, [this, side, chartSide](const QVector<lmw::StepMetrics>& steps) {
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
    connect(c, &TrainingController::attentionCaptured, this, [this, side](const lmw::AttentionSnapshot& s) {
        snapshots_[side] = s;
        std::vector<const AttentionMap*> maps;
        for (const AttentionMap& m : snapshots_[side]->maps) maps.push_back(&m);
        grids_[side]->setMaps(maps);
    });
    connect(c, &TrainingController::started, this, [this, side](const lmw::ui::TrainingStartInfo& info) {
        titles_[side] = familyTitle(info.model.family);
        paneTitles_[side]->setText(tr("%1 (training, %2 parameters)").arg(titles_[side]).arg(info.parameters));
    });
    connect(c, &TrainingController::finished, this, [this, side](const lmw::RunSummary& s) {
        emit statusMessage(tr("%1 finished after %2 steps (validation loss %3).")
                               .arg(titles_[side])
                               .arg(s.steps)
                               .arg(s.finalValLoss, 0, 'f', 3));
        refreshViews();
    });
    connect(c, &TrainingController::failed, this, [this, side](const QString& message) {
        status_->setText(tr("%1: %2").arg(side == Encoder ? tr("Encoder") : tr("Decoder"), message));
    });
    connect(c, &TrainingController::stateChanged, this, [this] { updateButtons(); });
}

void ComparePage::trainBoth() {
    if (controllers_[Encoder]->isActive() || controllers_[Decoder]->isActive()) return;
    if (!corpus_->isReady()) {
        status_->setText(corpus_->lastCheck().error.isEmpty() ? tr("Choose a corpus first.") : corpus_->lastCheck().error);
        return;
    }
    if (workspace_.isEmpty()) {
        status_->setText(tr("No workspace folder is set for the runs."));
        return;
    }
    // Anything still reading the old weights finishes first.
    cancel_->store(true);
    inspectWatcher_.waitForFinished();
    gapWatcher_.waitForFinished();

    const EncoderKind& kind = kEncoderKinds[std::clamp(encoderKind_->currentIndex(), 0, 2)];
    ComparePlan plan;
    try {
        plan = comparePlan(settings());
    } catch (const Error& e) {
        status_->setText(QString::fromUtf8(e.what()));
        return;
    }
    plan.encoderTrain.objective.objective = kind.objective;
    TrainConfig train = plan.decoderTrain;
    train.threads = std::max(1, QThread::idealThreadCount() / 2);  // the two share the machine
    for (int side = 0; side < 2; ++side) {
        TrainingRequest r;
        const ModelFamily family = side == Encoder ? kind.family : ModelFamily::Gpt;
        r.model = side == Encoder ? plan.encoderModel : plan.decoderModel;
        r.train = side == Encoder ? plan.encoderTrain : plan.decoderTrain;
        r.train.threads = train.threads;
        r.corpus = corpus_->source();
        r.runDir = makeRunDir(workspace_.toStdString(), "compare-" + familyName(family));
        r.attentionProbe = probe_->text().trimmed().isEmpty() ? kDefaultProbe : probe_->text().toStdString();
        r.attentionEvery = train.evalEvery;
        loaded_[std::size_t(side)] = nullptr;
        snapshots_[std::size_t(side)].reset();
        chart_->clear(CompareChart::Side(side));
        chart_->setSeriesName(CompareChart::Side(side), familyTitle(family));
        progress_[std::size_t(side)]->setValue(0);
        connect(controllers_[std::size_t(side)], &TrainingController::started, this,
                [this](const lmw::ui::TrainingStartInfo& info) {
                    chart_->setEntropyLines(info.corpus.unigramEntropy, info.corpus.bigramEntropy);
                }, Qt::SingleShotConnection);
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
    cancel_->store(true);
    status_->setText(tr("Stopping…"));
}

CompareSettings ComparePage::settings() const {
    CompareSettings s = defaultCompareSettings();
    const auto presets = sizePresets();
    s.size = presets[std::size_t(std::clamp(size_->currentIndex(), 0, int(presets.size()) - 1))].name;
    const EncoderKind& kind = kEncoderKinds[std::clamp(encoderKind_->currentIndex(), 0, 2)];
    s.encoderFamily = kind.family;
    s.dynamicMasking = kind.dynamicMasking;
    s.positions = PositionEncoding(positions_->currentData().toInt());
    s.layout = sharedLayout_->isChecked() ? BlockLayout::Gpt : BlockLayout::Family;
    s.steps = steps_->value();
    s.evalEvery = std::max(10, s.steps / 15);
    s.tokenizer = tokens_->currentData().toString().toStdString();
    s.vocabSize = s.tokenizer == "char" ? 0 : defaultCompareSettings().vocabSize;
    masking_->applyTo(s);
    return s;
}

bool ComparePage::isBusy() const { return inspectWatcher_.isRunning() || gapWatcher_.isRunning(); }

bool ComparePage::hasModel(Side side) const {
    return bool(loaded_[side]) || !titles_[side].isEmpty();
}

void ComparePage::updateButtons() {
    const bool training = controllers_[Encoder]->isActive() || controllers_[Decoder]->isActive();
    trainButton_->setEnabled(!training && corpus_->isReady());
    stopButton_->setEnabled(training || isBusy());
    for (QPushButton* b : loadButtons_) b->setEnabled(!training);
    gapButton_->setEnabled(!gapWatcher_.isRunning());
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
        status_->setText(QString::fromUtf8(e.what()));
        return;
    }
    const ModelFamily f = run.model.family;
    const bool fits = side == Encoder ? (f == ModelFamily::Bert || f == ModelFamily::Roberta)
                                      : (f == ModelFamily::Gpt || f == ModelFamily::Lstm);
    if (!fits) {
        status_->setText(side == Encoder ? tr("The encoder side needs a BERT or RoBERTa run; %1 is a %2.")
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
    setGenerator(side, [path]() -> std::optional<TextGenerator> { return TextGenerator::load(path); },
                 familyTitle(f));
    // metrics.csv has no count of supervised tokens: batch x context x the masked share.
    const double perStep = double(run.train.batch) * run.model.block * (side == Encoder ? run.train.objective.maskProb : 1.0);
    chart_->showRows(CompareChart::Side(side), familyTitle(f), run.metrics, perStep);
    status_->setText(tr("Loaded %1 as the %2.").arg(QFileInfo(dir).fileName(), side == Encoder ? tr("encoder") : tr("decoder")));
}

void ComparePage::setGenerator(Side side, GeneratorFactory factory, const QString& title) {
    loaded_[side] = std::move(factory);
    titles_[side] = title;
    snapshots_[side].reset();
    paneTitles_[side]->setText(title);
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
    if (inspectWatcher_.isRunning()) {
        refreshPending_ = true;
        return;
    }
    const std::string text = probe_->text().trimmed().isEmpty() ? kDefaultProbe : probe_->text().toStdString();
    std::array<GeneratorFactory, 2> sources = {factoryFor(Encoder), factoryFor(Decoder)};
    if (!sources[0] && !sources[1]) return;
    const std::array<QString, 2> titles = titles_;
    inspectWatcher_.setFuture(QtConcurrent::run([sources, titles, text]() {
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
                if (g->modelConfig().family != ModelFamily::Lstm) r.attention = g->attention(text);
                r.predictions = g->predictions(text, 5);
                r.ok = true;
                if (side == Encoder) r.generator = std::make_shared<const TextGenerator>(std::move(*g));
            } catch (const std::exception& e) {
                r.error = QString::fromUtf8(e.what());
            }
        }
        return out;
    }));
    updateButtons();
}

void ComparePage::showInspection(Side side, const CompareInspection& r) {
    if (!r.ok) {
        if (!r.error.isEmpty() && hasModel(side)) paneTitles_[side]->setText(r.error);
        strips_[side]->clear(r.error);
        meanLabels_[side]->clear();
        return;
    }
    paneTitles_[side]->setText(r.title);
    if (r.attention) {
        snapshots_[side] = r.attention;
        std::vector<const AttentionMap*> maps;
        for (const AttentionMap& m : snapshots_[side]->maps) maps.push_back(&m);
        grids_[side]->setMaps(maps);
    } else {
        snapshots_[side].reset();
        grids_[side]->clear();
    }
    strips_[side]->setPredictions(r.predictions);
    if (side == Encoder && r.generator) {
        const std::shared_ptr<const TextGenerator> g = r.generator;
        masking_->setPreviewSource([g](const std::string& text, const ObjectiveConfig& o,
                                       std::uint64_t seed) { return g->previewMasking(text, o, seed); },
                                   tr("in the encoder's own tokens"));
    }
    meanLabels_[side]->setText(tr("Mean probability of the true token: <b>%1</b>").arg(percent(strips_[side]->meanProbability())));
}

// --- gap task --------------------------------------------------------------------------------

void ComparePage::scoreGaps() {
    if (gapWatcher_.isRunning()) return;
    std::array<GeneratorFactory, 2> sources = {factoryFor(Encoder), factoryFor(Decoder)};
    if (!sources[0] && !sources[1]) {
        status_->setText(tr("Train or load the models first."));
        return;
    }
    const CorpusSource corpus = corpus_->source();
    GapTaskOptions options;
    options.items = gapItems_->value();
    options.unit = gapUnit_->currentIndex() == 1 ? GapUnit::Letter : GapUnit::Word;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = cancel_;
    const std::array<QString, 2> titles = titles_;
    status_->setText(tr("Scoring %1 hidden words on both models…").arg(options.items));
    gapWatcher_.setFuture(QtConcurrent::run([sources, titles, corpus, options, cancel]() {
        std::vector<CompareGapResult> out;
        std::vector<GapItem> items;
        try {
            items = makeGapItems(heldOutText(corpus, 0.1), options);
        } catch (const std::exception& e) {
            CompareGapResult r;
            r.error = QString::fromUtf8(e.what());
            out.push_back(r);
            return out;
        }
        for (int side = 0; side < 2; ++side) {
            if (!sources[std::size_t(side)]) continue;
            std::optional<TextGenerator> g;
            QString problem;
            try {
                g = sources[std::size_t(side)]();
                if (!g) continue;
                problem = sideProblem(side, *g);
            } catch (const std::exception& e) {
                problem = QString::fromUtf8(e.what());
            }
            // The encoder fills gaps one way; the decoder writes them, or ranks candidates.
            const std::vector<GapMethod> methods =
                side == Encoder ? std::vector<GapMethod>{GapMethod::Generate}
                                : std::vector<GapMethod>{GapMethod::Generate, GapMethod::Rank};
            for (GapMethod method : methods) {
                CompareGapResult r;
                r.method = method;
                const QString family = g ? familyTitle(g->modelConfig().family) : titles[std::size_t(side)];
                r.model = side == Encoder                 ? QObject::tr("%1 (both sides)").arg(family)
                          : method == GapMethod::Generate ? QObject::tr("%1 (left only)").arg(family)
                                                          : QObject::tr("%1 (ranks whole sentences)").arg(family);
                try {
                    if (!problem.isEmpty()) throw Error(problem.toStdString());
                    const auto fill = g->fillGaps(items, GapTask::Infill, cancel.get(), method);
                    const auto cont = g->fillGaps(items, GapTask::Continue, cancel.get(), method);
                    if (cancel->load()) {
                        r.error = QObject::tr("Stopped.");
                    } else {
                        r.infill = lmw::scoreGaps(fill, items);
                        r.continuation = lmw::scoreGaps(cont, items);
                        r.infillDecided = lmw::scoreGaps(fill, items, GapKind::RightDecided);
                        r.infillOrdinary = lmw::scoreGaps(fill, items, GapKind::Ordinary);
                        r.continueDecided = lmw::scoreGaps(cont, items, GapKind::RightDecided);
                        r.continueOrdinary = lmw::scoreGaps(cont, items, GapKind::Ordinary);
                        r.ok = true;
                    }
                } catch (const std::exception& e) {
                    r.error = QString::fromUtf8(e.what());
                }
                out.push_back(r);
            }
        }
        return out;
    }));
    updateButtons();
}

void ComparePage::showGapResults(const std::vector<CompareGapResult>& results) {
    gapResults_ = results;
    gapTable_->setRowCount(int(results.size()));
    gapPlot_->clearPlottables();
    QStringList errors;
    const QColor colors[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xd9, 0x5f, 0x0e), QColor(0xf0, 0xa8, 0x6a)};
    auto* group = new QCPBarsGroup(gapPlot_);
    for (int row = 0; row < int(results.size()); ++row) {
        const CompareGapResult& r = results[std::size_t(row)];
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            gapTable_->setItem(row, column, item);
        };
        set(0, r.model);
        if (!r.ok) {
            errors << QStringLiteral("%1: %2").arg(r.model, r.error);
            for (int c = 1; c < 5; ++c) set(c, QStringLiteral("–"));
            continue;
        }
        const GapScore* cells[4] = {&r.infillDecided, &r.infillOrdinary, &r.continueDecided, &r.continueOrdinary};
        QVector<double> keys, values;
        for (int c = 0; c < 4; ++c) {
            const GapScore& g = *cells[c];
            set(c + 1, g.items > 0 ? percent(g.wordAccuracy) : QStringLiteral("–"));
            gapTable_->item(row, c + 1)->setToolTip(
                g.items > 0 ? tr("%1 of %2 words exactly right; %3 of their tokens")
                                  .arg(qRound(g.wordAccuracy * g.items))
                                  .arg(g.items)
                                  .arg(percent(g.tokenAccuracy))
                            : tr("This text has no such gaps (the bundled stories do)."));
            keys << c + 1;
            values << 100 * g.wordAccuracy;
        }
        auto* bars = new QCPBars(gapPlot_->xAxis, gapPlot_->yAxis);
        bars->setName(r.model);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        bars->setBrush(colors[row % 3]);
        bars->setPen(Qt::NoPen);
        bars->setData(keys, values);
    }
    gapPlot_->replot();
    if (!errors.isEmpty()) status_->setText(errors.join(QLatin1Char('\n')));
    else if (!results.empty()) status_->setText(tr("Scored %1 hidden words.").arg(results.front().infill.items));
}

void ComparePage::exportChart() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison chart"), workspace_,
                                                      tr("PNG image (*.png);;CSV numbers (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? chart_->exportCsv(path, &error)
                                                                               : chart_->exportPng(path, &error);
    emit statusMessage(ok ? tr("Saved %1").arg(path) : error);
}

// --- settings --------------------------------------------------------------------------------

void ComparePage::loadSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("compare"));
    size_->setCurrentIndex(std::clamp(s.value(QStringLiteral("size"), 0).toInt(), 0, size_->count() - 1));
    encoderKind_->setCurrentIndex(std::clamp(s.value(QStringLiteral("encoder"), 2).toInt(), 0, encoderKind_->count() - 1));
    steps_->setValue(s.value(QStringLiteral("steps"), kDefaultSteps).toInt());
    probe_->setText(s.value(QStringLiteral("probe"), QString::fromLatin1(kDefaultProbe)).toString());
    const CompareSettings d = defaultCompareSettings();
    const int positions = s.value(QStringLiteral("positions"), int(d.positions)).toInt();
    positions_->setCurrentIndex(std::max(0, positions_->findData(positions)));
    sharedLayout_->setChecked(s.value(QStringLiteral("sharedLayout"), d.layout == BlockLayout::Gpt).toBool());
    tokens_->setCurrentIndex(std::max(0, tokens_->findData(s.value(QStringLiteral("tokens"), QString::fromStdString(d.tokenizer)))));
    CompareSettings m = d;
    m.maskRate = s.value(QStringLiteral("maskRate"), d.maskRate).toDouble();
    m.maskTokenShare = s.value(QStringLiteral("maskTokenShare"), d.maskTokenShare).toDouble();
    m.randomTokenShare = s.value(QStringLiteral("randomTokenShare"), d.randomTokenShare).toDouble();
    m.maskUnit = MaskUnit(std::clamp(s.value(QStringLiteral("maskUnit"), int(d.maskUnit)).toInt(), 0, 2));
    m.spanMeanWords = s.value(QStringLiteral("spanMean"), d.spanMeanWords).toDouble();
    masking_->setSettings(m);
    fairness_->setText(QString::fromStdString(compareFairnessNote(settings())));
    gapItems_->setValue(s.value(QStringLiteral("gapItems"), 100).toInt());
    autoRefresh_->setChecked(s.value(QStringLiteral("autoRefresh"), true).toBool());
    gapUnit_->setCurrentIndex(std::clamp(s.value(QStringLiteral("gapUnit"), 0).toInt(), 0, 1));
}

void ComparePage::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("compare"));
    s.setValue(QStringLiteral("size"), size_->currentIndex());
    s.setValue(QStringLiteral("encoder"), encoderKind_->currentIndex());
    s.setValue(QStringLiteral("steps"), steps_->value());
    s.setValue(QStringLiteral("probe"), probe_->text());
    const CompareSettings c = settings();
    s.setValue(QStringLiteral("positions"), int(c.positions));
    s.setValue(QStringLiteral("sharedLayout"), c.layout == BlockLayout::Gpt);
    s.setValue(QStringLiteral("tokens"), QString::fromStdString(c.tokenizer));
    s.setValue(QStringLiteral("maskRate"), c.maskRate);
    s.setValue(QStringLiteral("maskTokenShare"), c.maskTokenShare);
    s.setValue(QStringLiteral("randomTokenShare"), c.randomTokenShare);
    s.setValue(QStringLiteral("maskUnit"), int(c.maskUnit));
    s.setValue(QStringLiteral("spanMean"), c.spanMeanWords);
    s.setValue(QStringLiteral("gapItems"), gapItems_->value());
    s.setValue(QStringLiteral("autoRefresh"), autoRefresh_->isChecked());
    s.setValue(QStringLiteral("gapUnit"), gapUnit_->currentIndex());
}

}  // namespace lmw::ui
