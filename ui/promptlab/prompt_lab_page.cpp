#include "promptlab/prompt_lab_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>

#include <qcustomplot.h>

#include "api/configs.h"
#include "api/error.h"
#include "api/training_session.h"

namespace lmw::ui {

namespace {

const QString kGroup = QStringLiteral("promptlab");

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
std::string ss(const QString& s) {
    return s.toStdString();
}

/// The inverse of unescapePromptText for what the form shows: newline -> "\n", tab -> "\t".
QString escapeForField(const std::string& text) {
    QString out;
    for (const QChar c : qs(text)) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else
            out += c;
    }
    return out;
}

std::vector<int> parseShots(const QString& text) {
    std::vector<int> shots;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = part.trimmed().toInt(&ok);
        if (!ok || k < 0)
            throw Error("Shots must be numbers of demonstrations, like 0,1,2,4,8 (not \"" +
                        ss(part.trimmed()) + "\").");
        shots.push_back(k);
    }
    if (shots.empty()) throw Error("Give at least one number of shots, like 0,1,2,4,8.");
    return shots;
}

QString percent(double v) {
    return QString::number(100.0 * v, 'f', 1) + QLatin1Char('%');
}

/// "1:05" or "1:02:05".
QString formatDuration(double seconds) {
    const long s = std::lround(std::max(0.0, seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// Line colours of the during-training curve, one per k.
QColor seriesColor(int i) {
    static const QColor colors[] = {
        QColor(127, 127, 127), QColor(31, 119, 180), QColor(44, 160, 44), QColor(255, 127, 14),
        QColor(148, 103, 189), QColor(214, 39, 40),  QColor(140, 86, 75), QColor(23, 190, 207)};
    return colors[i % int(sizeof colors / sizeof colors[0])];
}

}  // namespace

// --- LabelProbabilityBars -----------------------------------------------------------------------

LabelProbabilityBars::LabelProbabilityBars(QWidget* parent) : QWidget(parent) {
    setToolTip(
        tr("The probability the model gives each label after the selected prompt. "
           "The true label is drawn in green and marked; a wrong prediction in red."));
    setMinimumHeight(60);
}

void LabelProbabilityBars::setProbabilities(const QStringList& labels,
                                            const std::vector<double>& probabilities, int trueLabel,
                                            int predicted) {
    labels_ = labels;
    probabilities_ = probabilities;
    trueLabel_ = trueLabel;
    predicted_ = predicted;
    updateGeometry();
    update();
}

void LabelProbabilityBars::clear() {
    setProbabilities({}, {}, -1, -1);
}

QSize LabelProbabilityBars::sizeHint() const {
    return {260, std::max(60, 8 + 22 * int(probabilities_.size()))};
}

void LabelProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    if (probabilities_.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select a prompt to see its label probabilities."));
        return;
    }
    int labelWidth = 0;
    for (const QString& l : labels_)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l + QStringLiteral(" ✓")));
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 8;
    const int rowH = std::min(22, std::max(12, (height() - 8) / int(probabilities_.size())));
    const int barX = labelWidth + 12;
    const int barW = std::max(10, width() - barX - valueWidth);
    for (int i = 0; i < int(probabilities_.size()); ++i) {
        const int y = 4 + i * rowH;
        const bool truth = i == trueLabel_;
        QString name = i < labels_.size() ? labels_[i] : QString::number(i);
        if (truth) name += QStringLiteral(" ✓");
        p.setPen(palette().color(QPalette::WindowText));
        QFont f = font();
        f.setBold(truth);
        p.setFont(f);
        p.drawText(QRect(4, y, labelWidth, rowH), Qt::AlignVCenter | Qt::AlignRight, name);
        const double v = std::clamp(probabilities_[std::size_t(i)], 0.0, 1.0);
        QColor c = truth ? QColor(46, 160, 67)
                         : (i == predicted_ ? QColor(207, 34, 46) : QColor(120, 140, 170));
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRect(QRectF(barX, y + 3, barW, rowH - 6));
        p.setBrush(c);
        p.drawRect(QRectF(barX, y + 3, barW * v, rowH - 6));
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(font());
        p.drawText(QRect(barX + barW + 4, y, valueWidth, rowH), Qt::AlignVCenter | Qt::AlignLeft,
                   percent(v));
    }
}

// --- PromptLabPage ---------------------------------------------------------------------------

PromptLabPage::PromptLabPage(QWidget* parent) : QWidget(parent), iclPreset_(iclPreset()) {
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildModelBox());
    leftLayout->addWidget(buildDatasetBox());
    leftLayout->addWidget(buildTemplateBox());

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

    auto* runKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &PromptLabPage::run);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* runKey2 =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &PromptLabPage::run);
    runKey2->setContext(Qt::WidgetWithChildrenShortcut);
    auto* stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &PromptLabPage::stop);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);

    connect(&evaluator_, &TaskRunner::progress, this, &PromptLabPage::showProgress);
    connect(&iclTrainer_, &TaskRunner::progress, this, &PromptLabPage::showProgress);
    restoreSettings();
    updateTrainTooltip();
    validateForm();
}

PromptLabPage::~PromptLabPage() = default;  // each task runner cancels and waits for its job

QWidget* PromptLabPage::buildModelBox() {
    auto* box = new QGroupBox(tr("Model"), this);
    modelPath_ = new QLineEdit(box);
    modelPath_->setReadOnly(true);
    modelPath_->setPlaceholderText(
        tr("A run folder or checkpoint of a GPT or LSTM model, or a Hugging Face GPT-2 folder"));
    modelPath_->setToolTip(
        tr("The decoder that is prompted. Only decoders (GPT, LSTM) continue text."));
    auto* open = new QPushButton(tr("&Open folder…"), box);
    open->setToolTip(
        tr("Choose a run folder (its latest checkpoint is used) or a Hugging Face GPT-2 folder: "
           "config.json and model.safetensors with the tokenizer's files (tokenizer.json, or "
           "vocab.json and merges.txt), as save_pretrained writes them."));
    connect(open, &QPushButton::clicked, this, &PromptLabPage::chooseModel);
    auto* openFile = new QPushButton(tr("Chec&kpoint…"), box);
    openFile->setToolTip(tr("Choose a checkpoint file."));
    connect(openFile, &QPushButton::clicked, this, [this] {
        QSettings s;
        s.beginGroup(kGroup);
        const QString start = s.value(QStringLiteral("lastModel"), QDir::homePath()).toString();
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open a checkpoint"), start,
                                         tr("Checkpoints (*.pt *.ckpt *.bin);;All files (*)"));
        if (!file.isEmpty()) setModelPath(file);
    });
    modelSummary_ = new QLabel(tr("No model loaded."), box);
    modelSummary_->setWordWrap(true);
    modelSummary_->setToolTip(tr("What was loaded, or why it could not be used."));
    auto* row = new QHBoxLayout;
    row->addWidget(modelPath_, 1);
    row->addWidget(open);
    row->addWidget(openFile);
    auto* l = new QVBoxLayout(box);
    l->addLayout(row);
    l->addWidget(modelSummary_);
    return box;
}

QWidget* PromptLabPage::buildDatasetBox() {
    auto* box = new QGroupBox(tr("Dataset"), this);
    datasetPath_ = new QLineEdit(box);
    datasetPath_->setReadOnly(true);
    datasetPath_->setPlaceholderText(tr("CSV, TSV, JSON Lines or TREC file"));
    datasetPath_->setToolTip(
        tr("Labelled examples: each is a query, and the others are its demonstrations."));
    auto* open = new QPushButton(tr("Data f&ile…"), box);
    open->setToolTip(tr("Choose a labelled dataset (CSV, TSV, JSONL or TREC)."));
    connect(open, &QPushButton::clicked, this, &PromptLabPage::chooseDataset);
    auto* synthetic = new QPushButton(tr("S&ynthetic ICL task"), box);
    synthetic->setToolTip(
        tr("Random symbol → label mappings that only the demonstrations reveal: "
           "zero-shot is chance, few-shot needs in-context learning. Sets its template too."));
    connect(synthetic, &QPushButton::clicked, this, &PromptLabPage::useSyntheticTask);
    trainButton_ = new QPushButton(tr("Train the ICL &preset…"), box);
    trainButton_->setObjectName(QStringLiteral("trainIclPreset"));
    connect(trainButton_, &QPushButton::clicked, this, &PromptLabPage::chooseIclFolder);
    textColumn_ = new QLineEdit(box);
    textColumn_->setPlaceholderText(tr("guess"));
    textColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the text; empty: guessed."));
    labelColumn_ = new QLineEdit(box);
    labelColumn_->setPlaceholderText(tr("guess"));
    labelColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the label; empty: guessed."));
    auto reload = [this] {
        if (!syntheticTask_ && !datasetPath_->text().isEmpty())
            setDatasetPath(datasetPath_->text());
    };
    connect(textColumn_, &QLineEdit::editingFinished, this, reload);
    connect(labelColumn_, &QLineEdit::editingFinished, this, reload);
    badRows_ = new QComboBox(box);
    badRows_->setObjectName(QStringLiteral("badRows"));
    badRows_->addItem(tr("Skip and list them"));
    badRows_->addItem(tr("Refuse the file"));
    badRows_->setToolTip(tr(
        "<p>What to do with a row that cannot be read (wrong number of columns, broken quoting "
        "or JSON, empty text or label).</p><p><b>Skip and list them</b>: the row is left out and "
        "its line number is listed below.</p><p><b>Refuse the file</b>: the file is not used at "
        "all and the first such line is named; nothing can be evaluated until the file is fixed "
        "or rows are skipped.</p>"));
    {
        QSettings s;
        s.beginGroup(kGroup);
        badRows_->setCurrentIndex(std::clamp(s.value(QStringLiteral("badRows"), 0).toInt(), 0, 1));
    }
    connect(badRows_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, reload](int i) {
        QSettings s;
        s.beginGroup(kGroup);
        s.setValue(QStringLiteral("badRows"), i);
        reload();
    });
    datasetSummary_ = new QLabel(tr("No dataset loaded."), box);
    datasetSummary_->setWordWrap(true);
    datasetSummary_->setTextFormat(Qt::RichText);
    datasetSummary_->setToolTip(
        tr("Examples, labels with their counts, and rows that could not be read."));
    auto* row = new QHBoxLayout;
    row->addWidget(datasetPath_, 1);
    row->addWidget(open);
    auto* icl = new QHBoxLayout;
    icl->addWidget(synthetic);
    icl->addWidget(trainButton_);
    icl->addStretch(1);
    auto* cols = new QHBoxLayout;
    cols->addWidget(new QLabel(tr("Text column:"), box));
    cols->addWidget(textColumn_);
    cols->addWidget(new QLabel(tr("Label column:"), box));
    cols->addWidget(labelColumn_);
    auto* rows = new QHBoxLayout;
    rows->addWidget(new QLabel(tr("Malformed rows:"), box));
    rows->addWidget(badRows_);
    rows->addStretch(1);
    auto* l = new QVBoxLayout(box);
    l->addLayout(row);
    l->addLayout(icl);
    l->addLayout(cols);
    l->addLayout(rows);
    l->addWidget(datasetSummary_);
    return box;
}

QWidget* PromptLabPage::buildTemplateBox() {
    auto* box = new QGroupBox(tr("Template"), this);
    auto* form = new QFormLayout(box);
    instruction_ = new QLineEdit(box);
    instruction_->setToolTip(
        tr("Text before everything; \"{labels}\" lists the labels' words. "
           "Write \\n for a new line. May be empty."));
    example_ = new QLineEdit(QStringLiteral("{text}\\n{label}"), box);
    example_->setToolTip(
        tr("One demonstration: \"{text}\" then \"{label}\", each once. The query is this "
           "cut just before \"{label}\"; \\n is a new line."));
    separator_ = new QLineEdit(QStringLiteral("\\n\\n"), box);
    separator_->setToolTip(tr("Written after each demonstration (\\n is a new line)."));
    verbalizers_ = new QLineEdit(box);
    verbalizers_->setObjectName(QStringLiteral("verbalizers"));
    verbalizers_->setPlaceholderText(tr("label=word,… (empty: the label names)"));
    verbalizers_->setToolTip(
        tr("The word(s) standing for each label, like \"0=negative,1=positive|good\"; "
           "alternatives separated by |. Labels not named stand for themselves."));
    shots_ = new QLineEdit(QStringLiteral("0,1,2,4,8"), box);
    shots_->setObjectName(QStringLiteral("shots"));
    shots_->setToolTip(tr("The numbers of demonstrations k to evaluate, separated by commas."));
    seeds_ = new QSpinBox(box);
    seeds_->setRange(1, 20);
    seeds_->setValue(3);
    seeds_->setObjectName(QStringLiteral("seeds"));
    seeds_->setToolTip(
        tr("Draws of demonstrations per k (k = 0 needs one): their spread shows how much "
           "the choice of examples matters."));
    limit_ = new QSpinBox(box);
    limit_->setRange(0, 100000);
    limit_->setSpecialValueText(tr("all"));
    limit_->setValue(100);
    limit_->setObjectName(QStringLiteral("limit"));
    limit_->setToolTip(tr("Queries per task (a seeded sample); \"all\" uses every example."));
    balanced_ = new QCheckBox(tr("Balanced demonstrations"), box);
    balanced_->setToolTip(tr("Draw the demonstrations' labels as evenly as the pool allows."));
    templateError_ = new QLabel(box);
    templateError_->setWordWrap(true);
    templateError_->setStyleSheet(QStringLiteral("color: #b42318;"));
    templateError_->setToolTip(tr("The first problem with the template or options, if any."));
    form->addRow(tr("Instruction:"), instruction_);
    form->addRow(tr("Example:"), example_);
    form->addRow(tr("Separator:"), separator_);
    form->addRow(tr("Verbalizers:"), verbalizers_);
    form->addRow(tr("Shots k:"), shots_);
    auto* row = new QHBoxLayout;
    row->addWidget(seeds_);
    row->addWidget(new QLabel(tr("Queries:"), box));
    row->addWidget(limit_);
    row->addWidget(balanced_);
    row->addStretch(1);
    form->addRow(tr("Seeds:"), row);
    form->addRow(templateError_);
    for (QLineEdit* e : {instruction_, example_, separator_, verbalizers_, shots_})
        connect(e, &QLineEdit::textChanged, this, &PromptLabPage::validateForm);
    connect(seeds_, qOverload<int>(&QSpinBox::valueChanged), this, &PromptLabPage::validateForm);
    connect(limit_, qOverload<int>(&QSpinBox::valueChanged), this, &PromptLabPage::validateForm);
    return box;
}

QWidget* PromptLabPage::buildResults() {
    auto* w = new QWidget(this);
    chart_ = new QCustomPlot(w);
    chart_->setMinimumSize(360, 240);
    chart_->setToolTip(
        tr("Accuracy (with ± its spread over seeds) and expected calibration error against "
           "the number of demonstrations k; the dashed line is chance (one over the labels)."));
    chart_->xAxis->setLabel(tr("demonstrations k"));
    chart_->yAxis->setLabel(tr("accuracy"));
    chart_->yAxis2->setLabel(tr("ECE"));
    chart_->yAxis2->setVisible(true);
    chart_->yAxis->setRange(0, 1);
    chart_->yAxis2->setRange(0, 1);
    chart_->legend->setVisible(true);
    chart_->legend->setFont(font());
    chart_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    trainChart_ = new QCustomPlot(w);
    trainChart_->setMinimumSize(360, 240);
    trainChart_->setToolTip(
        tr("While the ICL preset trains: accuracy on held-out mappings against the training step, "
           "one line per k, measured at every evaluation. The dashed line is chance; the dotted "
           "line the validation loss (right axis). Few-shot learning shows as the k > 0 lines "
           "leaving chance while k = 0 stays there."));
    trainChart_->xAxis->setLabel(tr("training step"));
    trainChart_->yAxis->setLabel(tr("accuracy"));
    trainChart_->yAxis2->setLabel(tr("validation loss"));
    trainChart_->yAxis2->setVisible(true);
    trainChart_->yAxis->setRange(0, 1.05);
    trainChart_->yAxis2->setRange(0, 1);
    trainChart_->xAxis->setRange(0, 1);
    trainChart_->legend->setVisible(true);
    trainChart_->legend->setFont(font());
    // The legend in a row above the plot, so that it never hides a line.
    trainChart_->axisRect()->insetLayout()->take(trainChart_->legend);
    trainChart_->axisRect()->insetLayout()->simplify();
    trainChart_->plotLayout()->insertRow(0);
    trainChart_->plotLayout()->addElement(0, 0, trainChart_->legend);
    trainChart_->plotLayout()->setRowStretchFactor(0, 0.001);
    trainChart_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    trainChart_->legend->setWrap(5);
    trainChart_->legend->setBorderPen(Qt::NoPen);
    trainChart_->legend->setMargins(QMargins(4, 2, 4, 0));

    chartTabs_ = new QTabWidget(w);
    chartTabs_->setDocumentMode(true);
    chartTabs_->addTab(chart_, tr("Accuracy vs k"));
    chartTabs_->addTab(trainChart_, tr("During training"));
    chartTabs_->setTabToolTip(0, tr("The last evaluation: accuracy and calibration against k."));
    chartTabs_->setTabToolTip(
        1, tr("Training the ICL preset: accuracy for every k against the training step."));
    connect(chartTabs_, &QTabWidget::currentChanged, this, [this] { updateButtons(); });

    table_ = new QTableWidget(0, 5, w);
    table_->setHorizontalHeaderLabels(
        {tr("k"), tr("Accuracy"), tr("± seeds"), tr("ECE"), tr("Mean confidence")});
    table_->setToolTip(
        tr("Per k: accuracy over every seed's prompts, its standard deviation over seeds, "
           "expected calibration error, and the mean probability of the predicted label."));
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setMaximumHeight(170);

    records_ = new QListWidget(w);
    records_->setToolTip(tr(
        "Every scored prompt: ✓ correct, ✗ wrong, with the predicted label and its probability."));
    connect(records_, &QListWidget::currentRowChanged, this, &PromptLabPage::showRecord);
    promptView_ = new QPlainTextEdit(w);
    promptView_->setReadOnly(true);
    promptView_->setPlaceholderText(tr("The full prompt of the selected record."));
    promptView_->setToolTip(tr(
        "The selected prompt exactly as scored; the model continues it with each label's word."));
    bars_ = new LabelProbabilityBars(w);

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

    showAttention_ = new QPushButton(tr("Show a&ttention"), w);
    showAttention_->setEnabled(false);
    showAttention_->setToolTip(
        tr("Open the selected prompt in the Attention tab: the last row of each map shows "
           "which earlier positions the query attends to when the label is predicted "
           "(on the synthetic task: the demonstrations with the same symbol)."));
    connect(showAttention_, &QPushButton::clicked, this, &PromptLabPage::requestAttention);

    auto* detail = new QWidget(w);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(promptView_, 1);
    dl->addWidget(bars_);
    auto* detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(showAttention_);
    dl->addLayout(detailButtons);
    auto* lower = new QSplitter(Qt::Horizontal, w);
    lower->addWidget(records_);
    lower->addWidget(detail);
    lower->setStretchFactor(1, 1);

    auto* exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(exportCsv_);
    exports->addWidget(exportPng_);
    auto* l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(chartTabs_, 3);
    l->addWidget(table_);
    l->addLayout(exports);
    l->addWidget(lower, 2);
    return w;
}

// --- model -------------------------------------------------------------------------------------

void PromptLabPage::chooseModel() {
    QSettings s;
    s.beginGroup(kGroup);
    const QString start = s.value(QStringLiteral("lastModel"), QDir::homePath()).toString();
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder or a Hugging Face GPT-2 folder"), start);
    if (!path.isEmpty()) setModelPath(path);
}

void PromptLabPage::setModelPath(const QString& path) {
    if (running_) return;
    modelPath_->setText(QDir::toNativeSeparators(path));
    {
        QSettings s;
        s.beginGroup(kGroup);
        s.setValue(QStringLiteral("lastModel"), path);
    }
    generator_.reset();
    generatorPath_.clear();
    showAttention_->setEnabled(false);
    loadingModel_ = true;
    modelSummary_->setText(tr("Loading…"));
    updateButtons();
    const std::string file = ss(path);
    modelLoader_.start(
        [file](TaskContext&) {
            auto gen = std::make_shared<TextGenerator>(TextGenerator::load(file));
            if (!gen->continuesText() || gen->isEncoder())
                throw lmw::Error(
                    QObject::tr("Prompting needs a decoder (GPT or LSTM language model); this is a "
                                "%1 model, which does not continue text.")
                        .arg(qs(familyName(gen->modelConfig().family)).toUpper())
                        .toStdString());
            return gen;
        },
        [this, path](std::shared_ptr<TextGenerator> gen) {
            loadingModel_ = false;
            generator_ = std::move(gen);
            generatorPath_ = path;
            const ModelConfig& c = generator_->modelConfig();
            const QString context = generator_->contextLimit() > 0
                                        ? QString::number(generator_->contextLimit())
                                        : tr("unlimited");
            if (generator_->importedFromHuggingFace())
                modelSummary_->setText(
                    tr("Hugging Face GPT-2, %1 layers, width %2, context %3, byte-level BPE "
                       "with %4 tokens.")
                        .arg(c.layers)
                        .arg(c.embed)
                        .arg(context)
                        .arg(c.vocabSize));
            else
                modelSummary_->setText(tr("%1 model, %2 layers, width %3, context %4, step %5.")
                                           .arg(qs(familyName(c.family)).toUpper())
                                           .arg(c.layers)
                                           .arg(c.embed)
                                           .arg(context)
                                           .arg(generator_->step()));
            Q_EMIT statusMessage(tr("Prompt lab: model loaded."));
            Q_EMIT modelReady();
            updateButtons();
        },
        [this](const QString& message) {
            loadingModel_ = false;
            const QString error = tr("The model could not be loaded: %1").arg(message);
            modelSummary_->setText(error);
            Q_EMIT statusMessage(error);
            Q_EMIT modelFailed(error);
            updateButtons();
        });
}

// --- dataset -----------------------------------------------------------------------------------

void PromptLabPage::chooseDataset() {
    QSettings s;
    s.beginGroup(kGroup);
    const QString start = s.value(QStringLiteral("lastDataset"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a labelled dataset"), start,
        tr("Labelled data (*.csv *.tsv *.jsonl *.json *.txt *.label);;All files (*)"));
    if (!path.isEmpty()) setDatasetPath(path);
}

void PromptLabPage::setDatasetPath(const QString& path) {
    if (running_) return;
    datasetPath_->setText(QDir::toNativeSeparators(path));
    {
        QSettings s;
        s.beginGroup(kGroup);
        s.setValue(QStringLiteral("lastDataset"), path);
    }
    tasks_.clear();
    syntheticTask_ = false;
    datasetError_.clear();
    datasetSummary_->setText(tr("Loading…"));
    validateForm();
    DatasetOptions o;
    o.textColumn = ss(textColumn_->text().trimmed());
    o.labelColumn = ss(labelColumn_->text().trimmed());
    o.badRows = badRows_->currentIndex() == 1 ? BadRowPolicy::Refuse : BadRowPolicy::Skip;
    const std::string file = ss(path);
    datasetLoader_.start(
        [file, o](TaskContext&) { return loadLabelledDataset(file, o); },
        [this](LabelledDataset data) {
            PromptTask task;
            task.name = ss(QFileInfo(qs(data.source)).fileName());
            task.pool = std::move(data);
            tasks_ = {std::move(task)};
            showDatasetPreview();
            validateForm();
            Q_EMIT statusMessage(tr("Prompt lab: dataset loaded."));
            Q_EMIT datasetReady();
        },
        [this](const QString& message) {
            datasetError_ = tr("The dataset could not be read: %1").arg(message);
            datasetSummary_->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>")
                                         .arg(datasetError_.toHtmlEscaped()));
            validateForm();
            Q_EMIT statusMessage(datasetError_);
            Q_EMIT datasetFailed(datasetError_);
        });
}

void PromptLabPage::useSyntheticTask() {
    if (running_) return;
    datasetLoader_.cancel();  // a file still loading is no longer wanted
    datasetError_.clear();
    syntheticTask_ = true;
    tasks_ = iclTasks(iclPreset_.task, 7, 4, 3);
    datasetPath_->setText(tr("(synthetic in-context-learning task)"));
    const PromptTemplate t = iclPreset_.task.format;
    instruction_->setText(escapeForField(t.instruction));
    example_->setText(escapeForField(t.example));
    separator_->setText(escapeForField(t.separator));
    verbalizers_->clear();
    showDatasetPreview();
    validateForm();
    Q_EMIT datasetReady();
}

void PromptLabPage::showDatasetPreview() {
    const std::vector<std::string> labels = unionLabels(tasks_);
    std::vector<int> counts(labels.size(), 0);
    int examples = 0;
    std::vector<DatasetRowIssue> skipped;
    for (const PromptTask& t : tasks_) {
        const LabelledDataset& d = t.queries.examples.empty() ? t.pool : t.queries;
        examples += int(d.examples.size());
        for (const LabelledExample& e : d.examples) {
            const auto it = std::find(labels.begin(), labels.end(), d.labels[std::size_t(e.label)]);
            ++counts[std::size_t(it - labels.begin())];
        }
        skipped.insert(skipped.end(), t.pool.skipped.begin(), t.pool.skipped.end());
    }
    QStringList parts;
    for (std::size_t i = 0; i < labels.size(); ++i)
        parts << QStringLiteral("<b>%1</b>&nbsp;%2")
                     .arg(qs(labels[i]).toHtmlEscaped())
                     .arg(counts[i]);
    QString text = (examples == 1 ? tr("1 example") : tr("%1 examples").arg(examples));
    if (tasks_.size() > 1) text += tr(" in %1 tasks").arg(tasks_.size());
    const PromptTask& first = tasks_.front();
    if (!first.pool.textColumn.empty())
        text += tr(" (text: %1, label: %2)")
                    .arg(qs(first.pool.textColumn).toHtmlEscaped(),
                         qs(first.pool.labelColumn).toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("%1 labels: ").arg(labels.size()) +
            parts.join(QStringLiteral(", "));
    if (!skipped.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, skipped.size()); ++i)
            lines << tr("line %1: %2")
                         .arg(skipped[i].line)
                         .arg(qs(skipped[i].message).toHtmlEscaped());
        text += QStringLiteral("<br><span style='color:#9a6700'>") +
                (skipped.size() == 1 ? tr("1 row skipped")
                                     : tr("%1 rows skipped").arg(skipped.size())) +
                QStringLiteral(" — ") + lines.join(QStringLiteral("; ")) +
                (skipped.size() > 3 ? QStringLiteral("; …") : QString()) +
                QStringLiteral("</span>");
    }
    datasetSummary_->setText(text);
}

// --- form --------------------------------------------------------------------------------------

PromptEvalOptions PromptLabPage::options() const {
    PromptEvalOptions o;
    o.prompt.instruction = unescapePromptText(ss(instruction_->text()));
    o.prompt.example = unescapePromptText(ss(example_->text()));
    o.prompt.separator = unescapePromptText(ss(separator_->text()));
    validatePromptTemplate(o.prompt);
    o.shots = parseShots(shots_->text());
    o.seeds = seeds_->value();
    o.limit = limit_->value();
    o.balanced = balanced_->isChecked();
    const std::vector<std::string> labels = unionLabels(tasks_);
    const std::string spec = ss(verbalizers_->text().trimmed());
    if (!spec.empty()) {
        if (labels.empty()) throw Error("Load a dataset before naming verbalizers.");
        o.verbalizers = parseVerbalizers(spec, labels);
    }
    if (!labels.empty()) validatePromptEvalOptions(o, int(labels.size()));
    return o;
}

void PromptLabPage::validateForm() {
    try {
        options();
        templateError_->clear();
        templateError_->hide();
        formValid_ = true;
    } catch (const std::exception& e) {
        templateError_->setText(QString::fromLocal8Bit(e.what()));
        templateError_->show();
        formValid_ = false;
    }
    updateButtons();
}

void PromptLabPage::updateButtons() {
    runButton_->setEnabled(!running_ && !training_ && formValid_ && generator_ && !tasks_.empty());
    stopButton_->setEnabled(running_ || training_);
    trainButton_->setEnabled(!running_ && !training_);
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
    if (!generator_) {
        Q_EMIT statusMessage(loadingModel_ ? tr("The model is still loading.")
                                           : tr("Open a model first."));
        return;
    }
    if (tasks_.empty()) {
        Q_EMIT statusMessage(datasetError_.isEmpty() ? tr("Open a dataset first.") : datasetError_);
        return;
    }
    PromptEvalOptions o;
    try {
        o = options();
    } catch (const std::exception& e) {
        templateError_->setText(QString::fromLocal8Bit(e.what()));
        templateError_->show();
        return;
    }
    saveSettings();
    running_ = true;
    progress_->setRange(0, 0);
    progress_->setValue(0);
    updateButtons();
    Q_EMIT statusMessage(tr("Prompt lab: evaluating…"));

    auto gen = generator_;
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
            templateError_->setText(error);
            templateError_->show();
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
    // Table.
    table_->setRowCount(int(report_.byShots.size()));
    auto cell = [](double value, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(report_.byShots.size()); ++r) {
        const ShotsResult& s = report_.byShots[std::size_t(r)];
        table_->setItem(r, 0, cell(s.shots, QString::number(s.shots)));
        table_->setItem(r, 1, cell(s.calibration.accuracy, percent(s.calibration.accuracy)));
        table_->setItem(r, 2,
                        cell(s.accuracyStd, s.seedAccuracies.size() > 1 ? percent(s.accuracyStd)
                                                                        : QStringLiteral("–")));
        table_->setItem(r, 3, cell(s.calibration.ece, QString::number(s.calibration.ece, 'f', 3)));
        table_->setItem(r, 4,
                        cell(s.calibration.meanConfidence, percent(s.calibration.meanConfidence)));
    }

    table_->resizeRowsToContents();
    int tableHeight = table_->horizontalHeader()->height() + 2 * table_->frameWidth() + 2;
    for (int r = 0; r < table_->rowCount(); ++r) tableHeight += table_->rowHeight(r);
    table_->setMaximumHeight(std::min(tableHeight, 240));

    // Chart.
    chart_->clearPlottables();
    chart_->clearItems();
    QVector<double> ks, acc, err, ece;
    for (const ShotsResult& s : report_.byShots) {
        ks << s.shots;
        acc << s.calibration.accuracy;
        err << s.accuracyStd;
        ece << s.calibration.ece;
    }
    QCPGraph* a = chart_->addGraph(chart_->xAxis, chart_->yAxis);
    a->setName(tr("accuracy"));
    a->setPen(QPen(QColor(31, 119, 180), 2));
    a->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    a->setData(ks, acc);
    auto* bars = new QCPErrorBars(chart_->xAxis, chart_->yAxis);
    bars->setDataPlottable(a);
    bars->setData(err);
    bars->setPen(QPen(QColor(31, 119, 180)));
    bars->setName(tr("± std over seeds"));
    QCPGraph* e = chart_->addGraph(chart_->xAxis, chart_->yAxis2);
    e->setName(tr("ECE (right axis)"));
    e->setPen(QPen(QColor(255, 127, 14), 2));
    e->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    e->setData(ks, ece);
    const double chance = report_.labels.empty() ? 0 : 1.0 / double(report_.labels.size());
    const double lo = ks.isEmpty() ? 0 : *std::min_element(ks.begin(), ks.end());
    const double hi = ks.isEmpty() ? 1 : *std::max_element(ks.begin(), ks.end());
    QCPGraph* c = chart_->addGraph(chart_->xAxis, chart_->yAxis);
    c->setName(tr("chance (1/%1)").arg(report_.labels.size()));
    c->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    c->setData(QVector<double>{lo - 0.5, hi + 0.5}, QVector<double>{chance, chance});
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double k : ks) ticker->addTick(k, QString::number(int(k)));
    chart_->xAxis->setTicker(ticker);
    chart_->xAxis->setRange(lo - 0.5, hi + 0.5);
    chart_->yAxis->setRange(0, 1.05);
    double eceMax = 0.1;
    for (double v : ece) eceMax = std::max(eceMax, v);
    chart_->yAxis2->setRange(0, std::min(1.0, eceMax * 1.25));
    chart_->replot();

    // Records.
    records_->clear();
    QStringList labels;
    for (const auto& l : report_.labels) labels << qs(l);
    for (const PromptRecord& r : report_.records) {
        QString text = qs(r.text).simplified();
        if (text.size() > 40) text = text.left(39) + QStringLiteral("…");
        records_->addItem(tr("%1 k=%2 s%3 #%4 %5 → %6 (%7)")
                              .arg(r.correct() ? QStringLiteral("✓") : QStringLiteral("✗"))
                              .arg(r.shots)
                              .arg(r.seedIndex + 1)
                              .arg(r.query + 1)
                              .arg(text, labels.value(r.predicted), percent(r.confidence())));
    }
    promptView_->clear();
    bars_->clear();
    if (!report_.records.empty()) records_->setCurrentRow(0);
}

void PromptLabPage::showRecord(int row) {
    const bool lstm = generator_ && generator_->modelConfig().family == ModelFamily::Lstm;
    showAttention_->setEnabled(row >= 0 && row < int(report_.records.size()) && generator_ &&
                               !lstm);
    if (lstm)
        showAttention_->setToolTip(
            tr("An LSTM has no attention: the explorer needs a GPT-style decoder."));
    if (row < 0 || row >= int(report_.records.size())) {
        promptView_->clear();
        bars_->clear();
        return;
    }
    const PromptRecord& r = report_.records[std::size_t(row)];
    promptView_->setPlainText(qs(r.prompt));
    QStringList labels;
    for (std::size_t i = 0; i < report_.labels.size(); ++i) {
        QString name = qs(report_.labels[i]);
        if (i < report_.verbalizers.size() && !report_.verbalizers[i].empty() &&
            report_.verbalizers[i][0] != report_.labels[i])
            name += QStringLiteral(" (%1)").arg(qs(report_.verbalizers[i][0]).trimmed());
        labels << name;
    }
    bars_->setProbabilities(labels, r.probabilities, r.trueLabel, r.predicted);
}

void PromptLabPage::requestAttention() {
    const int row = records_->currentRow();
    if (row < 0 || row >= int(report_.records.size()) || generatorPath_.isEmpty()) return;
    Q_EMIT attentionRequested(generatorPath_, qs(report_.records[std::size_t(row)].prompt));
}

// --- training the ICL preset -------------------------------------------------------------------

void PromptLabPage::setIclPreset(const IclPreset& preset) {
    if (training_) return;
    iclPreset_ = preset;
    updateTrainTooltip();
}

void PromptLabPage::updateTrainTooltip() {
    const ModelConfig& m = iclPreset_.model;
    const TrainConfig& t = iclPreset_.train;
    QStringList ks;
    for (int k : iclPreset_.eval.shots) ks << QString::number(k);
    trainButton_->setToolTip(tr("<p>Trains a small character-level %1 (%2 layers, %3 heads, width "
                                "%4, context %5) for %6 steps of %7 "
                                "sequences on the synthetic in-context-learning corpus, a few "
                                "minutes on 2 CPU cores.</p>"
                                "<p>Every %8 steps it measures accuracy for k = %9 on %10 held-out "
                                "mappings; the <b>During training</b> "
                                "chart shows few-shot accuracy leave chance while zero-shot stays "
                                "there. The run goes into a new folder "
                                "(icl-preset, icl-preset-2, …) of the folder you choose; when it "
                                "ends it becomes this lab's model.</p>")
                                 .arg(qs(familyName(m.family)).toUpper())
                                 .arg(m.layers)
                                 .arg(m.heads)
                                 .arg(m.embed)
                                 .arg(m.block)
                                 .arg(t.iters)
                                 .arg(t.batch)
                                 .arg(t.evalEvery)
                                 .arg(ks.join(QStringLiteral(", ")))
                                 .arg(iclPreset_.mappings));
}

std::vector<PromptTask> PromptLabPage::iclCurveTasks(const IclPreset& preset) {
    return iclTasks(preset.task, kIclDataSeed, preset.mappings, preset.copies);
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
        return fail(tr("The ICL preset's evaluation settings are not valid: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
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
    showCurve();
    chartTabs_->setCurrentWidget(trainChart_);
    progress_->setRange(0, std::max(1, iclPreset_.train.iters));
    progress_->setValue(0);
    progress_->setFormat(tr("preparing the corpus…"));
    progress_->setToolTip(tr("Training steps done of all, and the estimated time left."));
    updateButtons();
    Q_EMIT statusMessage(tr("ICL preset: training in %1…").arg(QDir::toNativeSeparators(runDir)));

    const IclPreset preset = iclPreset_;
    const std::string dir = ss(runDir);
    iclTrainer_.start(
        [this, preset, dir](TaskContext& context) {
            const std::vector<PromptTask> tasks = iclCurveTasks(preset);
            TrainingSession session = TrainingSession::create(
                preset.model, preset.train,
                CorpusSource::fromText("icl",
                                       iclCorpus(preset.task, kIclDataSeed, preset.corpusBytes)),
                dir);
            using Clock = std::chrono::steady_clock;
            Clock::time_point lastShown{};
            std::int64_t firstStep = -1;
            double elapsed = 0;  // training time so far, evaluations included
            double curveS = 0;   // of which measuring the curve
            int curves = 0;
            // Step / total and the time left, at most every 100 ms (and at every evaluation). The
            // time left: the mean step time (without the curve's evaluations) for the steps to
            // go, plus the mean time of one curve point for the evaluations to come.
            auto showProgress = [&](std::int64_t step, std::int64_t total, bool now) {
                const auto t = Clock::now();
                if (!now && step != total && t - lastShown < std::chrono::milliseconds(100)) return;
                lastShown = t;
                const double done = firstStep < 0 ? 0.0 : double(step - firstStep);
                const std::int64_t every = std::max(1, preset.train.evalEvery);
                const std::int64_t evalsLeft =
                    total / every - step / every + (total % every != 0 && step < total ? 1 : 0);
                const double eta =
                    done > 0 ? std::max(0.0, elapsed - curveS) / done * double(total - step) +
                                   (curves > 0 ? curveS / curves : 0.0) * double(evalsLeft)
                             : -1.0;
                const QString counts = QObject::tr("step %1 / %2").arg(step).arg(total);
                context.report(
                    total > 0 ? double(step) / double(total) : 0.0,
                    eta < 0 ? counts
                            : QObject::tr("%1  (about %2 left)").arg(counts, formatDuration(eta)));
            };
            TrainingCallbacks cb;
            cb.onStep = [&](const StepMetrics& m) {
                if (context.cancelled()) session.requestStop();
                if (firstStep < 0) firstStep = m.step - 1;
                elapsed = m.elapsedS;
                showProgress(m.step, m.totalSteps, false);
            };
            auto measure = promptEvalAtEvaluations(
                session, tasks, preset.eval,
                [this, &context](const IclCurvePoint& point) {
                    context.post([this, point] { addCurvePoint(point); });
                },
                context.cancelFlag());
            cb.onEval = [&](const EvalMetrics& e) {
                showProgress(e.step, preset.train.iters, true);
                const auto t0 = Clock::now();
                measure(e);
                curveS += std::chrono::duration<double>(Clock::now() - t0).count();
                ++curves;
                if (context.cancelled()) session.requestStop();
            };
            cb.onMessage = [this, &context](const std::string& message) {
                const QString text = QString::fromStdString(message);
                context.post(
                    [this, text] { Q_EMIT statusMessage(tr("ICL preset: %1").arg(text)); });
            };
            if (context.cancelled()) session.requestStop();
            return session.train(cb);
        },
        [this](const RunSummary& summary) {
            trainingSummary_ = summary;
            finishTraining();
        },
        [this](const QString& message) {
            trainingError_ = tr("Training the ICL preset failed: %1").arg(message);
            finishTraining();
        });
    return true;
}

void PromptLabPage::addCurvePoint(const IclCurvePoint& point) {
    curve_.push_back(point);
    showCurve();
    if (training_) updateButtons();
}

void PromptLabPage::showCurve() {
    trainChart_->clearPlottables();
    const std::vector<int>& shots = iclPreset_.eval.shots;
    double maxStep = std::max(1, iclPreset_.train.iters);
    for (const IclCurvePoint& p : curve_) maxStep = std::max(maxStep, double(p.step));
    for (std::size_t i = 0; i < shots.size(); ++i) {
        QVector<double> x, y;
        for (const IclCurvePoint& p : curve_) {
            for (const ShotsResult& s : p.byShots) {
                if (s.shots != shots[i]) continue;
                x << double(p.step);
                y << s.calibration.accuracy;
            }
        }
        QCPGraph* g = trainChart_->addGraph(trainChart_->xAxis, trainChart_->yAxis);
        g->setName(tr("k = %1").arg(shots[i]));
        g->setPen(QPen(seriesColor(int(i)), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        g->setData(x, y);
    }
    const int labels = int(iclPreset_.task.labels.size());
    const double chance = labels > 0 ? 1.0 / labels : 0.0;
    QCPGraph* c = trainChart_->addGraph(trainChart_->xAxis, trainChart_->yAxis);
    c->setName(tr("chance (1/%1)").arg(labels));
    c->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    c->setData(QVector<double>{0, maxStep}, QVector<double>{chance, chance});
    QVector<double> steps, losses;
    double lossMin = 0, lossMax = 0;
    for (const IclCurvePoint& p : curve_) {
        if (!std::isfinite(p.valLoss)) continue;
        lossMin = losses.isEmpty() ? p.valLoss : std::min(lossMin, p.valLoss);
        lossMax = losses.isEmpty() ? p.valLoss : std::max(lossMax, p.valLoss);
        steps << double(p.step);
        losses << p.valLoss;
    }
    QCPGraph* v = trainChart_->addGraph(trainChart_->xAxis, trainChart_->yAxis2);
    v->setName(tr("validation loss (right axis)"));
    v->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DotLine));
    v->setData(steps, losses);
    trainChart_->xAxis->setRange(0, maxStep);
    trainChart_->yAxis->setRange(0, 1.05);
    // The loss spans the right axis from its lowest to its highest value, so that it falls from
    // the top to the bottom of the plot, away from the chance line.
    const double span = std::max(0.05, lossMax - lossMin);
    if (losses.isEmpty())
        trainChart_->yAxis2->setRange(0, 1);
    else
        trainChart_->yAxis2->setRange(std::max(0.0, lossMin - 0.05 * span), lossMax + 0.05 * span);
    trainChart_->replot();
}

void PromptLabPage::finishTraining() {
    training_ = false;
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
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << "k,accuracy,accuracy_std,ece,mean_confidence,prompts\n";
    for (const ShotsResult& s : report_.byShots)
        out << s.shots << ',' << QString::number(s.calibration.accuracy, 'g', 10) << ','
            << QString::number(s.accuracyStd, 'g', 10) << ','
            << QString::number(s.calibration.ece, 'g', 10) << ','
            << QString::number(s.calibration.meanConfidence, 'g', 10) << ',' << s.calibration.count
            << '\n';
    return out.status() == QTextStream::Ok;
}

bool PromptLabPage::exportPng(const QString& path) const {
    return chart_->savePng(path, 0, 0, 2.0);
}

bool PromptLabPage::exportCurveCsv(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << "step,val_loss,k,accuracy,accuracy_std,ece\n";
    for (const IclCurvePoint& p : curve_)
        for (const ShotsResult& s : p.byShots)
            out << p.step << ',' << QString::number(p.valLoss, 'g', 10) << ',' << s.shots << ','
                << QString::number(s.calibration.accuracy, 'g', 10) << ','
                << QString::number(s.accuracyStd, 'g', 10) << ','
                << QString::number(s.calibration.ece, 'g', 10) << '\n';
    out.flush();
    f.close();
    return out.status() == QTextStream::Ok && f.error() == QFileDevice::NoError;
}

bool PromptLabPage::exportCurvePng(const QString& path) const {
    return trainChart_->savePng(path, 0, 0, 2.0);
}

void PromptLabPage::chooseExportCsv() {
    if (curveTabShown()) {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the curve during training"),
                                         QStringLiteral("icl-curve.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        Q_EMIT statusMessage(exportCurveCsv(path)
                                 ? tr("Curve saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the table"), QStringLiteral("prompt-lab.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    Q_EMIT statusMessage(exportCsv(path)
                             ? tr("Table saved to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void PromptLabPage::chooseExportPng() {
    const bool curve = curveTabShown();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the chart"),
        curve ? QStringLiteral("icl-curve.png") : QStringLiteral("prompt-lab.png"),
        tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    Q_EMIT statusMessage((curve ? exportCurvePng(path) : exportPng(path))
                             ? tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

// --- settings ----------------------------------------------------------------------------------

void PromptLabPage::saveSettings() const {
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("textColumn"), textColumn_->text());
    s.setValue(QStringLiteral("labelColumn"), labelColumn_->text());
    s.setValue(QStringLiteral("instruction"), instruction_->text());
    s.setValue(QStringLiteral("example"), example_->text());
    s.setValue(QStringLiteral("separator"), separator_->text());
    s.setValue(QStringLiteral("verbalizers"), verbalizers_->text());
    s.setValue(QStringLiteral("shots"), shots_->text());
    s.setValue(QStringLiteral("seeds"), seeds_->value());
    s.setValue(QStringLiteral("limit"), limit_->value());
    s.setValue(QStringLiteral("balanced"), balanced_->isChecked());
}

void PromptLabPage::restoreSettings() {
    QSettings s;
    s.beginGroup(kGroup);
    auto text = [&s](QLineEdit* e, const char* key) {
        const QString k = QString::fromLatin1(key);
        if (s.contains(k)) e->setText(s.value(k).toString());
    };
    text(textColumn_, "textColumn");
    text(labelColumn_, "labelColumn");
    text(instruction_, "instruction");
    text(example_, "example");
    text(separator_, "separator");
    text(verbalizers_, "verbalizers");
    text(shots_, "shots");
    seeds_->setValue(s.value(QStringLiteral("seeds"), seeds_->value()).toInt());
    limit_->setValue(s.value(QStringLiteral("limit"), limit_->value()).toInt());
    balanced_->setChecked(s.value(QStringLiteral("balanced"), false).toBool());
}

}  // namespace lmw::ui
