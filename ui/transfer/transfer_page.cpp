#include "transfer/transfer_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>

#include <qcustomplot.h>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/error.h"

namespace lmw::ui {

namespace {

const QString kGroup = QStringLiteral("ulmfit");

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
std::string ss(const QString& s) {
    return s.toStdString();
}

QString percent(double v) {
    return std::isfinite(v) ? QString::number(100.0 * v, 'f', 1) + QLatin1Char('%')
                            : QStringLiteral("–");
}
QString number(double v, int digits = 3) {
    return std::isfinite(v) ? QString::number(v, 'f', digits) : QStringLiteral("–");
}

QColor seriesColor(int i) {
    static const QColor colors[] = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127)};
    return colors[std::size_t(i) % (sizeof colors / sizeof colors[0])];
}

QString stageTitle(const std::string& run, TransferStage stage) {
    switch (stage) {
        case TransferStage::GeneralLm:
            return run == "lm" ? QObject::tr("stage 1: general LM")
                               : QObject::tr("%1 pretraining").arg(qs(run));
        case TransferStage::TargetLm:
            return QObject::tr("stage 2: target LM");
        case TransferStage::Classifier:
            break;
    }
    return QObject::tr("%1 classifier").arg(qs(run));
}

}  // namespace

// --- RateSpinBox ---------------------------------------------------------------------------------

RateSpinBox::RateSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(12);  // values are kept to 12 decimals; the text shows significant digits
    setRange(1e-6, 1.0);
    setKeyboardTracking(false);
}

QString RateSpinBox::textFromValue(double value) const {
    if (value == 0) return QStringLiteral("0");
    const int exponent = int(std::floor(std::log10(std::abs(value)) + 1e-9));
    if (exponent >= -3 && exponent <= 0) return QString::number(value, 'g', 4);  // 0.004, 0.01, 0.3
    return QString::number(value, 'e', 3)
        .replace(QRegularExpression(QStringLiteral("\\.?0+e")), QStringLiteral("e"));
}

double RateSpinBox::valueFromText(const QString& text) const {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? v : value();
}

QValidator::State RateSpinBox::validate(QString& text, int&) const {
    const QString t = text.trimmed();
    if (t.isEmpty()) return QValidator::Intermediate;
    static const QRegularExpression partial(QStringLiteral("^[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?$"));
    if (!partial.match(t).hasMatch()) return QValidator::Invalid;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok) return QValidator::Intermediate;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void RateSpinBox::stepBy(int steps) {
    double v = value();
    for (int i = 0; i < std::abs(steps); ++i) {
        const double unit = std::pow(10.0, std::floor(std::log10(v) + 1e-9));
        const bool atPower = std::abs(v / unit - 1.0) < 1e-6;
        const double step = steps > 0 || !atPower ? unit : unit / 10;
        v = steps > 0 ? v + step : v - step;
        // Keep the digits clean (4e-3 + 1e-3 gives 5e-3, not 0.005000000000000001).
        const double scale = std::pow(10.0, 3 - std::floor(std::log10(v) + 1e-9));
        v = std::round(v * scale) / scale;
    }
    setValue(std::clamp(v, minimum(), maximum()));
}

// --- FreezeMap ----------------------------------------------------------------------------------

FreezeMap::FreezeMap(QWidget* parent) : QWidget(parent) {
    setToolTip(tr(
        "Which layer groups the chosen classifier run trained (pick the run above the "
        "learning-rate "
        "plot): each row is a layer group (the head on top), each column an epoch. Blue: trainable "
        "in "
        "that epoch; grey: frozen. ULMFiT's gradual unfreezing trains only the head in epoch 1 and "
        "unfreezes one more group each epoch; the all-at-once baseline trains everything from the "
        "start."));
    setMinimumHeight(110);
}

void FreezeMap::reset(const QStringList& groups, int epochs) {
    groups_ = groups;
    trainable_.assign(std::size_t(std::max(0, epochs)), {});
    update();
}

void FreezeMap::setEpoch(int epoch, const std::vector<bool>& trainable) {
    if (epoch < 1) return;
    if (std::size_t(epoch) > trainable_.size()) trainable_.resize(std::size_t(epoch));
    trainable_[std::size_t(epoch - 1)] = trainable;
    update();
}

QSize FreezeMap::sizeHint() const {
    return {300, std::max(110, 30 + 22 * int(groups_.size()))};
}

void FreezeMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    if (groups_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The freeze map appears when the classifier starts."));
        return;
    }
    int labelW = 0;
    for (const QString& g : groups_) labelW = std::max(labelW, fm.horizontalAdvance(g));
    labelW += 10;
    const int rows = int(groups_.size());
    const int cols = std::max(1, int(trainable_.size()));
    const int top = 4, bottom = fm.height() + 6;
    const double cellH = std::min(24.0, double(height() - top - bottom) / rows);
    const double cellW = std::min(48.0, double(width() - labelW - 6) / cols);
    p.setPen(palette().color(QPalette::WindowText));
    for (int r = 0; r < rows; ++r) {
        const int g = rows - 1 - r;  // output side on top
        p.drawText(QRectF(0, top + r * cellH, labelW - 6, cellH), Qt::AlignRight | Qt::AlignVCenter,
                   groups_[g]);
    }
    for (int c = 0; c < cols; ++c) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(labelW + c * cellW, top + rows * cellH + 2, cellW, fm.height()),
                   Qt::AlignCenter, QString::number(c + 1));
        const std::vector<bool>* col =
            std::size_t(c) < trainable_.size() ? &trainable_[std::size_t(c)] : nullptr;
        for (int r = 0; r < rows; ++r) {
            const int g = rows - 1 - r;
            QColor fill = palette().color(QPalette::Base);
            if (col && std::size_t(g) < col->size())
                fill = (*col)[std::size_t(g)] ? QColor(31, 119, 180) : QColor(200, 200, 200);
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(fill);
            p.drawRect(QRectF(labelW + c * cellW, top + r * cellH, cellW - 2, cellH - 2));
        }
    }
}

// --- ConfusionMatrixView -------------------------------------------------------------------------

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setToolTip(
        tr("Test-set confusion matrix of the selected run: rows are the true labels, columns the "
           "predicted "
           "ones; the diagonal is correct. Right: precision and recall of each label."));
    setMinimumHeight(120);
}

void ConfusionMatrixView::setMetrics(const ClassificationMetrics& m, const QString& run) {
    metrics_ = m;
    run_ = run;
    updateGeometry();
    update();
}

QSize ConfusionMatrixView::sizeHint() const {
    return {360, std::max(120, 50 + 26 * int(metrics_.labels.size()))};
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    const int n = int(metrics_.labels.size());
    if (n == 0 || metrics_.total == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The confusion matrix appears when a run has finished."));
        return;
    }
    int labelW = 0;
    for (const auto& l : metrics_.labels) labelW = std::max(labelW, fm.horizontalAdvance(qs(l)));
    labelW += 10;
    const int statW = fm.horizontalAdvance(QStringLiteral("precision")) + 10;
    const int top = 2 * fm.height() + 6;
    const double widest = labelW - 4;  // column headers get up to the longest label's width
    const double cell = std::max(
        16.0, std::min({std::max(40.0, std::min(widest, 72.0)), double(height() - top - 4) / n,
                        double(width() - labelW - 2 * statW - 8) / n}));
    int maxCount = 1;
    for (const auto& row : metrics_.confusion)
        for (int v : row) maxCount = std::max(maxCount, v);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(labelW, 0, n * cell, fm.height()), Qt::AlignCenter,
               tr("predicted (%1)").arg(run_));
    for (int j = 0; j < n; ++j)
        p.drawText(QRectF(labelW + j * cell, fm.height() + 2, cell, fm.height()), Qt::AlignCenter,
                   fm.elidedText(qs(metrics_.labels[std::size_t(j)]), Qt::ElideRight, int(cell)));
    const double statX = labelW + n * cell + 8;
    p.drawText(QRectF(statX, fm.height() + 2, statW, fm.height()), Qt::AlignCenter,
               tr("precision"));
    p.drawText(QRectF(statX + statW, fm.height() + 2, statW, fm.height()), Qt::AlignCenter,
               tr("recall"));
    for (int i = 0; i < n; ++i) {
        const double y = top + i * cell;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(0, y, labelW - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                   qs(metrics_.labels[std::size_t(i)]));
        for (int j = 0; j < n; ++j) {
            const int v = metrics_.confusion[std::size_t(i)][std::size_t(j)];
            const double t = double(v) / maxCount;
            const QColor base = i == j ? QColor(44, 160, 44) : QColor(214, 39, 40);
            QColor fill = v == 0 ? palette().color(QPalette::Base)
                                 : QColor(int(255 - t * (255 - base.red())),
                                          int(255 - t * (255 - base.green())),
                                          int(255 - t * (255 - base.blue())));
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(fill);
            p.drawRect(QRectF(labelW + j * cell, y, cell - 2, cell - 2));
            p.setPen(t > 0.6 ? Qt::white : palette().color(QPalette::WindowText));
            p.drawText(QRectF(labelW + j * cell, y, cell - 2, cell - 2), Qt::AlignCenter,
                       QString::number(v));
        }
        p.setPen(palette().color(QPalette::WindowText));
        const double prec =
            i < int(metrics_.precision.size()) ? metrics_.precision[std::size_t(i)] : NAN;
        const double rec = i < int(metrics_.recall.size()) ? metrics_.recall[std::size_t(i)] : NAN;
        p.drawText(QRectF(statX, y, statW, cell), Qt::AlignCenter, number(prec, 2));
        p.drawText(QRectF(statX + statW, y, statW, cell), Qt::AlignCenter, number(rec, 2));
    }
}

// --- TransferPage --------------------------------------------------------------------------------

TransferPage::TransferPage(QWidget* parent) : QWidget(parent) {
    stepTitle_ = new QLabel(this);
    QFont f = stepTitle_->font();
    f.setBold(true);
    stepTitle_->setFont(f);
    back_ = new QPushButton(tr("← &Back"), this);
    back_->setToolTip(tr("The previous step (Alt+Left)."));
    next_ = new QPushButton(tr("&Next →"), this);
    next_->setToolTip(tr("The next step (Alt+Right)."));
    connect(back_, &QPushButton::clicked, this, [this] { showStep(currentStep() - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showStep(currentStep() + 1); });
    auto* nav = new QHBoxLayout;
    nav->addWidget(stepTitle_, 1);
    nav->addWidget(back_);
    nav->addWidget(next_);

    steps_ = new QStackedWidget(this);
    steps_->addWidget(buildDataStep());
    steps_->addWidget(buildSettingsStep());
    steps_->addWidget(buildRunStep());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(steps_, 1);

    auto key = [this](const QKeySequence& k, auto fn) {
        auto* s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { showStep(currentStep() - 1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { showStep(currentStep() + 1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { run(); });
    key(QKeySequence(Qt::Key_Escape), [this] { stop(); });

    restoreSettings();
    showStep(0);
}

TransferPage::~TransferPage() = default;  // the task runners cancel and wait for their jobs

QWidget* TransferPage::buildDataStep() {
    auto* page = new QWidget(this);
    auto* general = new QGroupBox(tr("General corpus (stage 1)"), page);
    generalKind_ = new QComboBox(general);
    generalKind_->addItem(tr("Bundled stories"));
    generalKind_->addItem(tr("Text file"));
    generalKind_->addItem(tr("Existing LSTM run (skip stage 1)"));
    generalKind_->setToolTip(
        tr("Stage 1 pretrains an AWD-LSTM language model on general text. Use the bundled "
           "stories, your own UTF-8 text file, or an LSTM run trained before."));
    generalPath_ = new QLineEdit(general);
    generalPath_->setPlaceholderText(tr("A UTF-8 text file, or an LSTM run folder / checkpoint"));
    generalPath_->setToolTip(tr("The text file or LSTM run used for stage 1."));
    auto* browse = new QPushButton(tr("Bro&wse…"), general);
    browse->setToolTip(tr("Choose the general text file or LSTM run."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool run = generalKind_->currentIndex() == 2;
        const QString p = run ? QFileDialog::getExistingDirectory(this, tr("Choose an LSTM run"))
                              : QFileDialog::getOpenFileName(this, tr("Choose a general text file"),
                                                             {}, tr("Text (*.txt);;All files (*)"));
        if (!p.isEmpty()) generalPath_->setText(p);
    });
    connect(generalKind_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, browse](int i) {
                generalPath_->setEnabled(i != 0);
                browse->setEnabled(i != 0);
            });
    generalPath_->setEnabled(false);
    browse->setEnabled(false);
    auto* gl = new QHBoxLayout(general);
    gl->addWidget(generalKind_);
    gl->addWidget(generalPath_, 1);
    gl->addWidget(browse);

    auto* labelled = new QGroupBox(tr("Labelled task data (stages 2 and 3)"), page);
    auto fileRow = [this, labelled](QLineEdit*& edit, bool train) {
        edit = new QLineEdit(labelled);
        edit->setPlaceholderText(tr("CSV, TSV, JSON Lines or TREC file"));
        edit->setToolTip(
            train ? tr("Labelled training examples; a stratified tenth is held out for validation.")
                  : tr("Labelled test examples, scored once at the end of each run."));
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, train] { loadDataset(train, edit->text()); });
        auto* b = new QPushButton(train ? tr("T&rain file…") : tr("Te&st file…"), labelled);
        b->setToolTip(tr("Choose a labelled dataset file."));
        connect(b, &QPushButton::clicked, this, [this, train] {
            const QString p = QFileDialog::getOpenFileName(
                this, tr("Choose a labelled dataset"), {},
                tr("Datasets (*.csv *.tsv *.jsonl *.json *.txt *.label);;All files (*)"));
            if (!p.isEmpty()) loadDataset(train, p);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(b);
        return row;
    };
    format_ = new QComboBox(labelled);
    for (const char* f : {"auto", "csv", "tsv", "jsonl", "trec"})
        format_->addItem(QString::fromLatin1(f));
    format_->setToolTip(tr("File format; auto guesses from the extension and the content."));
    textColumn_ = new QLineEdit(labelled);
    textColumn_->setPlaceholderText(tr("guess"));
    textColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the text; empty: guessed."));
    labelColumn_ = new QLineEdit(labelled);
    labelColumn_->setPlaceholderText(tr("guess"));
    labelColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the label; empty: guessed."));
    badRows_ = new QComboBox(labelled);
    badRows_->addItem(tr("Skip and list them"));
    badRows_->addItem(tr("Refuse the file"));
    badRows_->setToolTip(tr(
        "<p>What to do with a row that cannot be read (wrong number of columns, broken quoting "
        "or JSON, empty text or label).</p><p><b>Skip and list them</b>: the row is left out and "
        "its line number is listed under the file.</p><p><b>Refuse the file</b>: the file is not "
        "used at all and the first such line is named; the run cannot start until the file is "
        "fixed or rows are skipped.</p>"));
    trainSummary_ = new QLabel(tr("No training set loaded."), labelled);
    testSummary_ = new QLabel(tr("No test set loaded."), labelled);
    for (QLabel* l : {trainSummary_, testSummary_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setToolTip(
            tr("Examples, label distribution and rows that could not be read (with their line "
               "numbers)."));
    }
    auto* form = new QFormLayout(labelled);
    auto* cols = new QHBoxLayout;
    cols->addWidget(format_);
    cols->addWidget(new QLabel(tr("text column:"), labelled));
    cols->addWidget(textColumn_);
    cols->addWidget(new QLabel(tr("label column:"), labelled));
    cols->addWidget(labelColumn_);
    form->addRow(tr("Format:"), cols);
    auto* badRowsRow = new QHBoxLayout;
    badRowsRow->addWidget(badRows_);
    badRowsRow->addStretch(1);
    form->addRow(tr("Malformed rows:"), badRowsRow);
    form->addRow(tr("Training set:"), fileRow(trainPath_, true));
    form->addRow(QString(), trainSummary_);
    form->addRow(tr("Test set:"), fileRow(testPath_, false));
    form->addRow(QString(), testSummary_);
    connect(format_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TransferPage::reloadDatasets);
    connect(badRows_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        QSettings s;
        s.beginGroup(kGroup);
        s.setValue(QStringLiteral("badRows"), i);
        reloadDatasets();
    });
    for (QLineEdit* e : {textColumn_, labelColumn_})
        connect(e, &QLineEdit::editingFinished, this, &TransferPage::reloadDatasets);

    auto* l = new QVBoxLayout(page);
    l->addWidget(general);
    l->addWidget(labelled);
    l->addStretch(1);
    return page;
}

QWidget* TransferPage::buildSettingsStep() {
    auto* page = new QWidget(this);
    auto spin = [page](int lo, int hi, int v, const QString& tip) {
        auto* s = new QSpinBox(page);
        s->setRange(lo, hi);
        s->setValue(v);
        s->setToolTip(tip);
        return s;
    };
    auto* model = new QGroupBox(tr("AWD-LSTM language model"), page);
    layers_ = spin(1, 6, 3,
                   tr("LSTM layers (the paper uses 3). Each layer is one layer group for "
                      "discriminative rates."));
    embed_ = spin(8, 1024, 128, tr("Embedding size (the paper: 400)."));
    hidden_ =
        spin(0, 4096, 0,
             tr("Hidden size of the inner LSTM layers; 0 = 3 × embedding (the paper: 1150)."));
    block_ = spin(8, 512, 64,
                  tr("Context length of stage 1 and window length (bptt) of stage 2, in tokens."));
    tokenizer_ = new QComboBox(page);
    tokenizer_->addItems(
        {QStringLiteral("bpe"), QStringLiteral("unigram"), QStringLiteral("char")});
    tokenizer_->setToolTip(
        tr("How stage 1 splits text into tokens; stages 2 and 3 keep its tokenizer."));
    dropMult_ = new QDoubleSpinBox(page);
    dropMult_->setRange(0.0, 3.0);
    dropMult_->setSingleStep(0.1);
    dropMult_->setValue(1.0);
    dropMult_->setToolTip(tr(
        "Scales every AWD-LSTM dropout (embedding, input, hidden, weight, output), like fastai's "
        "drop_mult; stages 2 and 3 keep it. Lower it for tiny data sets."));
    auto* mf = new QFormLayout(model);
    mf->addRow(tr("Layers:"), layers_);
    mf->addRow(tr("Embedding:"), embed_);
    mf->addRow(tr("Hidden:"), hidden_);
    mf->addRow(tr("Context:"), block_);
    mf->addRow(tr("Tokenizer:"), tokenizer_);
    mf->addRow(tr("Dropout ×:"), dropMult_);

    auto* stages = new QGroupBox(tr("Stages"), page);
    pretrainSteps_ =
        spin(1, 1000000, 1000, tr("Stage 1: optimizer steps of general-domain LM pretraining."));
    lmEpochs_ =
        spin(1, 100, 2,
             tr("Stage 2: passes of LM fine-tuning over the task's texts, with discriminative "
                "rates and slanted triangular learning rates."));
    clfEpochs_ =
        spin(0, 100, 0,
             tr("Stage 3: classifier epochs; 0 = one per layer group plus one with everything "
                "trainable (gradual unfreezing adds a group each epoch)."));
    batch_ =
        spin(1, 1024, 32,
             tr("Sequences (stage 1), windows (stage 2) or texts (stage 3) per optimizer step."));
    seed_ = spin(0, 1000000, 1,
                 tr("Seed of every stage: the same seed and settings give the same run."));
    auto* sf = new QFormLayout(stages);
    sf->addRow(tr("Stage 1 steps:"), pretrainSteps_);
    sf->addRow(tr("Stage 2 epochs:"), lmEpochs_);
    sf->addRow(tr("Stage 3 epochs:"), clfEpochs_);
    sf->addRow(tr("Batch:"), batch_);
    sf->addRow(tr("Seed:"), seed_);

    // Learning rates. Defaults: the paper's where it gives one, otherwise what suits the small
    // models trained here.
    auto* rates = new QGroupBox(tr("Learning rates"), page);
    auto rate = [page](double lo, double hi, double v, const QString& tip) {
        auto* r = new RateSpinBox(page);
        r->setRange(lo, hi);
        r->setValue(v);
        r->setToolTip(
            tip + tr("<p>Type a number such as 4e-3 or 0.004; the arrows change the leading digit. "
                     "Allowed: %1 to %2.</p>")
                      .arg(r->textFromValue(lo), r->textFromValue(hi)));
        return r;
    };
    const QString stlr =
        tr("<p><b>Slanted triangular rates (STLR)</b>: each triangle rises linearly over the first "
           "10% of its steps (cut_frac 0.1) from lr/32 to lr (ratio 32), then falls linearly back "
           "to lr/32. <b>Discriminative rates</b>: this is the rate of the output-side group; each "
           "lower group gets the rate above ÷ the discriminative factor.</p>");
    pretrainLr_ = rate(
        1e-5, 0.1, 3e-3,
        tr("<p><b>Stage 1</b>: peak learning rate of general-domain LM pretraining (AdamW, a short "
           "warmup, then a cosine decay to a tenth of it).</p><p>The ULMFiT paper has no value "
           "here: "
           "it started from an AWD-LSTM already trained on Wikitext-103. 3e-3 suits the small "
           "models trained here.</p>"));
    lmLr_ = rate(1e-5, 0.1, 4e-3,
                 tr("<p><b>Stage 2</b>: peak learning rate of target-task LM fine-tuning.</p>") +
                     stlr + tr("<p>The paper: 0.004.</p>"));
    lr_ = rate(1e-5, 1.0, 0.01,
               tr("<p><b>Stage 3</b>: peak learning rate of the classifier head.</p>") + stlr +
                   tr("<p>The paper: 0.01.</p>"));
    lrDecay_ = new QDoubleSpinBox(page);
    lrDecay_->setDecimals(2);
    lrDecay_->setRange(1.0, 10.0);
    lrDecay_->setSingleStep(0.1);
    lrDecay_->setValue(2.6);
    lrDecay_->setToolTip(
        tr("<p><b>Discriminative factor</b> of stages 2 and 3: each layer group gets the "
           "learning rate of the group above it divided by this (η<sup>l−1</sup> = "
           "η<sup>l</sup> / factor), so layers near the input, which hold the most general "
           "features, change least. 1 = the same rate everywhere.</p><p>The paper: 2.6.</p>"));
    tfPretrainLr_ = rate(
        1e-5, 0.1, 1e-3,
        tr("<p><b>BERT and GPT baselines</b>: peak learning rate of their pretraining on the "
           "general corpus (same steps and schedule as stage 1).</p><p>The papers used 1e-4 "
           "(BERT) and 2.5e-4 (GPT) for models thousands of times larger; the small models here "
           "train well at about 1e-3.</p>"));
    tfLr_ = rate(
        1e-6, 0.1, 5e-4,
        tr("<p><b>BERT and GPT baselines</b>: peak learning rate of their classifier fine-tuning "
           "(every "
           "layer trainable from the start, the same rate for all, slanted triangular "
           "schedule).</p>"
           "<p>The papers used 2e-5 to 5e-5 (BERT) and 6.25e-5 (GPT) for much larger models; 5e-4 "
           "suits the small ones here.</p>"));
    auto* rf = new QFormLayout(rates);
    rf->addRow(tr("Stage 1 (pretraining):"), pretrainLr_);
    rf->addRow(tr("Stage 2 (LM fine-tuning):"), lmLr_);
    rf->addRow(tr("Stage 3 (classifier):"), lr_);
    rf->addRow(tr("Discriminative factor ÷:"), lrDecay_);
    rf->addRow(tr("Transformer pretraining:"), tfPretrainLr_);
    rf->addRow(tr("Transformer fine-tuning:"), tfLr_);

    auto* base = new QGroupBox(tr("Baselines"), page);
    scratch_ = new QCheckBox(tr("From scratch"), base);
    scratch_->setToolTip(
        tr("The same LSTM classifier with random weights, everything trainable, one rate."));
    allAtOnce_ = new QCheckBox(tr("All at once"), base);
    allAtOnce_->setToolTip(
        tr("Stage 3 from the stage-2 encoder without gradual unfreezing (every group trainable "
           "from the first step): shows what gradual unfreezing adds."));
    bert_ = new QCheckBox(tr("BERT"), base);
    bert_->setToolTip(
        tr("A BERT-style encoder of a similar size, pretrained on the same general corpus, "
           "fine-tuned all at once."));
    gpt_ = new QCheckBox(tr("GPT"), base);
    gpt_->setToolTip(
        tr("A GPT-style decoder of a similar size, pretrained on the same general corpus, "
           "fine-tuned all at once."));
    auto* bl = new QVBoxLayout(base);
    for (QCheckBox* c : {scratch_, allAtOnce_, bert_, gpt_}) bl->addWidget(c);
    bl->addStretch(1);

    auto* out = new QGroupBox(tr("Output"), page);
    outDir_ =
        new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                          .filePath(QStringLiteral("ulmfit")),
                      out);
    outDir_->setToolTip(tr("Folder for the checkpoints of every stage and results.json."));
    auto* ol = new QHBoxLayout(out);
    ol->addWidget(outDir_);

    auto* note = new QLabel(
        tr("<b>Stage 1</b> pretrains the LSTM language model on the general corpus. "
           "<b>Stage 2</b> fine-tunes it on the task's texts and <b>stage 3</b> trains a "
           "classifier on it, both with <i>slanted triangular</i> learning rates (a short rise "
           "over the first 10% of steps from lr/32 to lr, then a long fall back) and "
           "<i>discriminative</i> rates (each lower layer group gets the rate above ÷ the "
           "discriminative factor, 2.6 in the paper). Stage 3 unfreezes one layer group per "
           "epoch, the classifier head first."),
        page);
    note->setWordWrap(true);
    auto* grid = new QGridLayout(page);
    grid->addWidget(model, 0, 0);
    grid->addWidget(stages, 0, 1);
    grid->addWidget(rates, 0, 2);
    grid->addWidget(base, 1, 0);
    grid->addWidget(out, 1, 1, 1, 2, Qt::AlignTop);
    grid->addWidget(note, 2, 0, 1, 3);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget* TransferPage::buildRunStep() {
    auto* page = new QWidget(this);
    runButton_ = new QPushButton(tr("&Run"), page);
    runButton_->setToolTip(tr("Run stages 1–3 and the chosen baselines (Ctrl+Return)."));
    stopButton_ = new QPushButton(tr("&Stop"), page);
    stopButton_->setToolTip(tr("Stop after the current optimizer step (Esc)."));
    exportCsv_ = new QPushButton(tr("E&xport CSV…"), page);
    exportCsv_->setToolTip(tr("Save the result table as CSV."));
    stageLabel_ = new QLabel(tr("Not started."), page);
    progress_ = new QProgressBar(page);
    progress_->setToolTip(tr("Optimizer steps of the current stage."));
    progress_->setValue(0);
    runMessage_ = new QLabel(page);
    runMessage_->setWordWrap(true);
    runMessage_->setToolTip(tr("The last message of the run, or why it could not start."));
    connect(runButton_, &QPushButton::clicked, this, &TransferPage::run);
    connect(stopButton_, &QPushButton::clicked, this, &TransferPage::stop);
    connect(exportCsv_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the result table"), QStringLiteral("ulmfit.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        Q_EMIT statusMessage(exportCsv(path)
                                 ? tr("Table saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    savePlots_ = new QPushButton(tr("Save &plots…"), page);
    savePlots_->setToolTip(
        tr("Save every plot (loss, learning rates, validation accuracy, freeze map, confusion "
           "matrix) as PNG into a folder you choose (Ctrl+Shift+S). Right-click a plot to save "
           "only that one."));
    connect(savePlots_, &QPushButton::clicked, this, &TransferPage::chooseAllPlotsFolder);
    auto* top = new QHBoxLayout;
    top->addWidget(runButton_);
    top->addWidget(stopButton_);
    top->addWidget(stageLabel_);
    top->addWidget(progress_, 1);
    top->addWidget(exportCsv_);
    top->addWidget(savePlots_);

    auto plot = [page](const QString& x, const QString& y, const QString& tip) {
        auto* p = new QCustomPlot(page);
        p->xAxis->setLabel(x);
        p->yAxis->setLabel(y);
        p->legend->setVisible(true);
        // The legend below the axes, in columns, so it never hides a curve.
        auto* below = new QCPLayoutGrid;
        p->plotLayout()->addElement(1, 0, below);
        p->plotLayout()->setRowStretchFactor(1, 0.001);
        below->setMargins(QMargins(5, 0, 5, 5));
        below->addElement(0, 0, p->legend);
        p->legend->setFillOrder(QCPLegend::foColumnsFirst);
        p->legend->setWrap(3);
        p->legend->setBorderPen(Qt::NoPen);
        QFont lf = p->font();
        lf.setPointSizeF(lf.pointSizeF() * 0.85);
        p->legend->setFont(lf);
        p->setToolTip(tip);
        p->setMinimumHeight(180);
        return p;
    };
    lossPlot_ = plot(tr("step (within the stage)"), tr("loss"),
                     tr("Training loss of each stage against its steps."));
    ratePlot_ = plot(
        tr("step"), tr("learning rate"),
        tr("Learning rate of each layer group in the current stage (log scale): slanted triangles, "
           "each lower group ÷ the discriminative factor."));
    ratePlot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    ratePlot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    freezeMap_ = new FreezeMap(page);
    valPlot_ = plot(tr("epoch"), tr("validation accuracy"),
                    tr("Accuracy on the held-out validation share after each classifier epoch, one "
                       "curve per run."));
    valPlot_->setMinimumHeight(150);
    table_ = new QTableWidget(0, 7, page);
    table_->setHorizontalHeaderLabels({tr("Run"), tr("Init"), tr("Unfreezing"), tr("Test accuracy"),
                                       tr("Macro F1"), tr("Held-out LM loss"), tr("Time (s)")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(
        tr("One row per run. Held-out LM loss: general text the LM never saw, read through the "
           "classifier's encoder and the stage-2 decoder (higher = more forgetting). Select a row "
           "to see its confusion matrix."));
    table_->setMinimumHeight(5 * table_->verticalHeader()->defaultSectionSize() + 8);
    connect(table_, &QTableWidget::currentCellChanged, this,
            [this](int row) { showConfusion(row); });
    confusion_ = new ConfusionMatrixView(page);

    auto* grid = new QGridLayout;
    auto titled = [page](const QString& title, QWidget* w) {
        auto* box = new QGroupBox(title, page);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(4, 4, 4, 4);
        l->addWidget(w);
        return box;
    };
    grid->addWidget(titled(tr("Loss per stage"), lossPlot_), 0, 0);
    curveRun_ = new QComboBox(page);
    curveRun_->setToolTip(tr(
        "The classifier run whose per-group learning rates and freeze map are shown: ULMFiT "
        "(gradual unfreezing) or a baseline such as all-at-once. Runs are added as they start."));
    curveRun_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(curveRun_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { showCurves(curveRun_->itemData(i).toString()); });
    auto* rateBox = new QGroupBox(tr("Learning rate per layer group"), page);
    auto* rateLayout = new QVBoxLayout(rateBox);
    rateLayout->setContentsMargins(4, 4, 4, 4);
    auto* rateHeader = new QHBoxLayout;
    auto* curveLabel = new QLabel(tr("Classifier &run:"), rateBox);
    curveLabel->setBuddy(curveRun_);
    rateHeader->addWidget(curveLabel);
    rateHeader->addWidget(curveRun_);
    rateHeader->addStretch(1);
    rateLayout->addLayout(rateHeader);
    rateLayout->addWidget(ratePlot_, 1);
    grid->addWidget(rateBox, 0, 1);
    auto* freezeBox = new QWidget(page);
    auto* fl = new QHBoxLayout(freezeBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(freezeMap_, 1);
    fl->addWidget(valPlot_, 1);
    grid->addWidget(
        titled(tr("Freeze map (the chosen classifier run, epochs →) and validation accuracy"),
               freezeBox),
        1, 0);
    grid->addWidget(titled(tr("Confusion matrix"), confusion_), 1, 1);
    grid->addWidget(titled(tr("Results"), table_), 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    for (Plot plot : plots()) {
        QWidget* w = plotWidget(plot);
        w->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(w, &QWidget::customContextMenuRequested, this, [this, w, plot](const QPoint& at) {
            QMenu menu(w);
            connect(menu.addAction(tr("Save as &PNG…")), &QAction::triggered, this,
                    [this, plot] { choosePlotPng(plot); });
            connect(menu.addAction(tr("Save &all plots as PNG…")), &QAction::triggered, this,
                    &TransferPage::chooseAllPlotsFolder);
            menu.exec(w->mapToGlobal(at));
        });
        w->setToolTip(w->toolTip() + tr(" Right-click to save it as PNG."));
    }
    auto* saveAll = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), page);
    saveAll->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAll, &QShortcut::activated, this, &TransferPage::chooseAllPlotsFolder);

    auto* l = new QVBoxLayout(page);
    l->addLayout(top);
    l->addWidget(runMessage_);
    l->addLayout(grid, 1);
    updateButtons();
    return page;
}

// --- navigation -----------------------------------------------------------------------------

void TransferPage::showStep(int step) {
    step = std::clamp(step, 0, 2);
    steps_->setCurrentIndex(step);
    const QString titles[] = {tr("Step 1 of 3: data"), tr("Step 2 of 3: settings"),
                              tr("Step 3 of 3: run")};
    stepTitle_->setText(titles[step]);
    back_->setEnabled(step > 0);
    next_->setEnabled(step < 2);
}

int TransferPage::currentStep() const {
    return steps_->currentIndex();
}

QCheckBox* TransferPage::baselineBox(Baseline b) const {
    switch (b) {
        case Baseline::Scratch:
            return scratch_;
        case Baseline::AllAtOnce:
            return allAtOnce_;
        case Baseline::Bert:
            return bert_;
        case Baseline::Gpt:
            return gpt_;
    }
    return nullptr;
}

void TransferPage::setGeneralSource(GeneralSource source, const QString& path) {
    generalKind_->setCurrentIndex(int(source));
    generalPath_->setText(path);
}

void TransferPage::setTrainPath(const QString& path) {
    loadDataset(true, path);
}
void TransferPage::setTestPath(const QString& path) {
    loadDataset(false, path);
}
void TransferPage::setOutputFolder(const QString& path) {
    outDir_->setText(path);
}

// --- datasets -------------------------------------------------------------------------------

DatasetOptions TransferPage::datasetOptions() const {
    DatasetOptions o;
    o.format = datasetFormatFromName(ss(format_->currentText()));
    o.textColumn = ss(textColumn_->text().trimmed());
    o.labelColumn = ss(labelColumn_->text().trimmed());
    o.badRows = badRows_->currentIndex() == 1 ? BadRowPolicy::Refuse : BadRowPolicy::Skip;
    return o;
}

void TransferPage::reloadDatasets() {
    if (!trainPath_->text().isEmpty()) loadDataset(true, trainPath_->text());
    if (!testPath_->text().isEmpty()) loadDataset(false, testPath_->text());
}

void TransferPage::loadDataset(bool train, const QString& path) {
    QLineEdit* edit = train ? trainPath_ : testPath_;
    QLabel* summary = train ? trainSummary_ : testSummary_;
    if (edit->text() != path) edit->setText(path);
    (train ? trainLoaded_ : testLoaded_) = false;
    loadError_[train ? 0 : 1].clear();
    updateButtons();
    if (path.trimmed().isEmpty()) {
        summary->setText(train ? tr("No training set loaded.") : tr("No test set loaded."));
        return;
    }
    summary->setText(tr("Loading…"));
    const DatasetOptions o = datasetOptions();
    const std::string file = ss(path);
    // A newer load of the same set supersedes this one.
    loaders_[train ? 0 : 1].start(
        [file, o](TaskContext&) { return loadLabelledDataset(file, o); },
        [this, train](LabelledDataset data) {
            (train ? train_ : test_) = std::move(data);
            (train ? trainLoaded_ : testLoaded_) = true;
            showDatasetSummary(train);
            updateButtons();
            Q_EMIT datasetReady();
        },
        [this, train, summary](const QString& message) {
            const QString error = tr("Cannot use this dataset: %1").arg(message);
            loadError_[train ? 0 : 1] = error;
            summary->setText(
                QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(error.toHtmlEscaped()));
            Q_EMIT statusMessage(error);
            Q_EMIT datasetFailed(error);
        });
}

void TransferPage::showDatasetSummary(bool train) {
    const LabelledDataset& d = train ? train_ : test_;
    QLabel* summary = train ? trainSummary_ : testSummary_;
    const std::vector<int> counts = d.labelCounts();
    QStringList parts;
    for (std::size_t i = 0; i < d.labels.size(); ++i)
        parts << QStringLiteral("<b>%1</b>&nbsp;%2")
                     .arg(qs(d.labels[i]).toHtmlEscaped())
                     .arg(counts[i]);
    QString text = tr("%1 examples").arg(d.examples.size());
    if (!d.textColumn.empty())
        text += tr(" (text: %1, label: %2)")
                    .arg(qs(d.textColumn).toHtmlEscaped(), qs(d.labelColumn).toHtmlEscaped());
    text += QStringLiteral(", ") + tr("%1 labels: ").arg(d.labels.size()) +
            parts.join(QStringLiteral(", "));
    if (!d.skipped.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, d.skipped.size()); ++i)
            lines << tr("line %1: %2")
                         .arg(d.skipped[i].line)
                         .arg(qs(d.skipped[i].message).toHtmlEscaped());
        text += QStringLiteral("<br><span style='color:#9a6700'>") +
                (d.skipped.size() == 1 ? tr("1 row skipped")
                                       : tr("%1 rows skipped").arg(d.skipped.size())) +
                QStringLiteral(" — ") + lines.join(QStringLiteral("; ")) +
                (d.skipped.size() > 3 ? QStringLiteral("; …") : QString()) +
                QStringLiteral("</span>");
    }
    summary->setText(text);
}

// --- configuration --------------------------------------------------------------------------

UlmfitConfig TransferPage::config() const {
    UlmfitConfig c;
    const int kind = generalKind_->currentIndex();
    const std::string path = ss(generalPath_->text().trimmed());
    if (kind != 0 && path.empty())
        throw Error(kind == 1
                        ? "Choose a general text file for stage 1, or use the bundled stories."
                        : "Choose an LSTM run to start from, or pretrain on a general corpus.");
    if (kind == 1) c.generalCorpus = path;
    if (kind == 2) c.pretrainedLm = path;
    c.outDir = ss(outDir_->text().trimmed());
    if (c.outDir.empty()) throw Error("Choose an output folder.");
    c.lm.family = ModelFamily::Lstm;
    c.lm.layers = layers_->value();
    c.lm.embed = embed_->value();
    c.lm.hidden = hidden_->value();
    c.lm.block = block_->value();
    for (double* d : {&c.lm.embedDropout, &c.lm.inputDropout, &c.lm.hiddenDropout,
                      &c.lm.weightDropout, &c.lm.outputDropout})
        *d = std::min(0.9, *d * dropMult_->value());
    c.pretrain.iters = pretrainSteps_->value();
    c.pretrain.batch = batch_->value();
    c.pretrain.lr = pretrainLr_->value();
    c.pretrain.minLr = c.pretrain.lr / 10;
    c.pretrain.warmup = std::min(100, std::max(0, c.pretrain.iters / 10));
    c.pretrain.weightDecay = 0.01;
    c.pretrain.evalEvery = std::max(1, c.pretrain.iters / 4);
    c.pretrain.evalIters = 10;
    c.pretrain.seed = std::uint64_t(seed_->value());
    c.pretrain.threads = threads_;
    c.pretrain.tokenizer.kind = ss(tokenizer_->currentText());
    c.lmFineTune.epochs = lmEpochs_->value();
    c.lmFineTune.batch = batch_->value();
    c.lmFineTune.bptt = block_->value();
    c.lmFineTune.lr = lmLr_->value();
    c.lmFineTune.lrDecay = lrDecay_->value();
    c.lmFineTune.threads = threads_;
    c.classifier.epochs = clfEpochs_->value();
    c.classifier.batch = batch_->value();
    c.classifier.lr = lr_->value();
    c.classifier.lrDecay = lrDecay_->value();
    c.classifier.threads = threads_;
    if (scratch_->isChecked()) c.baselines.push_back(Baseline::Scratch);
    if (allAtOnce_->isChecked()) c.baselines.push_back(Baseline::AllAtOnce);
    if (bert_->isChecked()) c.baselines.push_back(Baseline::Bert);
    if (gpt_->isChecked()) c.baselines.push_back(Baseline::Gpt);
    c.transformer.layers = std::max(2, layers_->value());
    c.transformer.heads = 4;
    c.transformer.embed = std::max(16, (embed_->value() / 4) * 4);
    c.transformer.block = c.lm.block;
    c.transformerPretrain = c.pretrain;
    c.transformerPretrain.lr = tfPretrainLr_->value();
    c.transformerPretrain.minLr = c.transformerPretrain.lr / 10;
    c.transformerLr = tfLr_->value();
    // The boxes keep to their ranges; this guards values set another way (settings, code).
    const std::pair<const char*, double> checked[] = {
        {"stage-1 learning rate", c.pretrain.lr},
        {"stage-2 learning rate", c.lmFineTune.lr},
        {"stage-3 learning rate", c.classifier.lr},
        {"transformer pretraining rate", c.transformerPretrain.lr},
        {"transformer fine-tuning rate", c.transformerLr}};
    for (const auto& [name, v] : checked)
        if (!(v > 0 && v <= 1))
            throw Error(std::string("The ") + name + " must be above 0 and at most 1.");
    if (!(c.lmFineTune.lrDecay >= 1 && c.lmFineTune.lrDecay <= 10))
        throw Error("The discriminative factor must be between 1 and 10.");
    c.seed = std::uint64_t(seed_->value());
    c.threads = threads_;
    validateConfig(c.lm, c.pretrain);
    return c;
}

void TransferPage::updateButtons() {
    if (!runButton_) return;
    runButton_->setEnabled(!running_ && trainLoaded_ && testLoaded_);
    stopButton_->setEnabled(running_);
    exportCsv_->setEnabled(!running_ && !report_.classifiers.empty());
}

// --- running --------------------------------------------------------------------------------

void TransferPage::run() {
    if (running_) return;
    if (!trainLoaded_ || !testLoaded_) {
        const QString why = !loadError_[0].isEmpty() ? loadError_[0] : loadError_[1];
        const QString first = tr("Load a training set and a test set first (step 1).");
        if (!why.isEmpty())
            runMessage_->setText(
                first +
                QStringLiteral(" <span style='color:#cf222e'>%1</span>").arg(why.toHtmlEscaped()));
        else
            runMessage_->setText(first);
        Q_EMIT statusMessage(why.isEmpty() ? first : first + QLatin1Char(' ') + why);
        return;
    }
    UlmfitConfig c;
    try {
        c = config();
    } catch (const std::exception& e) {
        runMessage_->setText(QString::fromLocal8Bit(e.what()));
        Q_EMIT statusMessage(runMessage_->text());
        return;
    }
    saveSettings();
    showStep(2);
    running_ = true;
    report_ = {};
    lossPlot_->clearGraphs();
    lossPlot_->replot();
    ratePlot_->clearGraphs();
    ratePlot_->replot();
    freezeMap_->reset({}, 0);
    runCurves_.clear();
    shownRun_.clear();
    curveRun_->clear();
    confusion_->setMetrics({}, {});
    table_->setRowCount(0);
    valPlot_->clearGraphs();
    valPlot_->replot();
    runMessage_->clear();
    progress_->setRange(0, 0);
    updateButtons();
    Q_EMIT statusMessage(tr("ULMFiT: running…"));

    const bool stories = generalKind_->currentIndex() == 0;
    const LabelledDataset train = train_, test = test_;
    runner_.start(
        [this, c, train, test, stories](TaskContext& context) {
            // The engine reports every step; the page hears them in batches, at most 20 a
            // second, in order, and everything else (a stage starting, an epoch) at once.
            using Clock = std::chrono::steady_clock;
            std::vector<std::function<void(TransferPage*)>> pending;
            Clock::time_point lastFlush = Clock::now();
            auto flush = [&] {
                if (pending.empty()) return;
                context.post([this, calls = std::move(pending)] {
                    for (const auto& call : calls) call(this);
                });
                pending.clear();
                lastFlush = Clock::now();
            };
            auto add = [&](std::function<void(TransferPage*)> call, bool now) {
                pending.push_back(std::move(call));
                if (now || Clock::now() - lastFlush >=
                               std::chrono::milliseconds(TaskRunner::kProgressIntervalMs))
                    flush();
            };
            TransferCallbacks cb;
            cb.cancel = context.cancelFlag();
            cb.onStageStart = [&](const TransferStageInfo& s) {
                add([s](TransferPage* p) { p->onStageStart(s); }, true);
            };
            cb.onStep = [&](const TransferStep& s) {
                add([s](TransferPage* p) { p->onStep(s); }, false);
            };
            cb.onEpoch = [&](const TransferEpoch& e) {
                add([e](TransferPage* p) { p->onEpoch(e); }, true);
            };
            cb.onPretrainStep = [&](const std::string& run, const StepMetrics& m) {
                const std::int64_t step = m.step, total = m.totalSteps;
                const double loss = m.trainLoss;
                add([run, step, total,
                     loss](TransferPage* p) { p->onPretrainStep(run, step, total, loss); },
                    step == total);
            };
            cb.onMessage = [&](const std::string& m) {
                add([m](TransferPage* p) { p->runMessage_->setText(qs(m).toHtmlEscaped()); }, true);
            };
            UlmfitConfig config = c;
            if (stories) {
                QDir().mkpath(qs(c.outDir));
                config.generalCorpus = c.outDir + "/general-stories.txt";
                std::ofstream out(config.generalCorpus, std::ios::binary);
                out << CorpusSource::builtinStories().text;
                if (!out) throw Error("Cannot write '" + config.generalCorpus + "'.");
            }
            try {
                UlmfitReport report = runUlmfit(config, train, test, cb);
                flush();
                return report;
            } catch (...) {
                flush();
                throw;
            }
        },
        [this](UlmfitReport report) {
            running_ = false;
            progress_->setRange(0, std::max(1, progress_->maximum()));
            report_ = std::move(report);
            showReport();
            const QString done =
                report_.cancelled
                    ? tr("ULMFiT: stopped before the end.")
                    : tr("ULMFiT: finished in %1 s.").arg(report_.elapsedS, 0, 'f', 1);
            runMessage_->setText(done);
            stageLabel_->setText(report_.cancelled ? tr("Stopped.") : tr("Done."));
            Q_EMIT statusMessage(done);
            updateButtons();
            Q_EMIT runFinished();
        },
        [this](const QString& message) {
            running_ = false;
            progress_->setRange(0, std::max(1, progress_->maximum()));
            const QString error = tr("The run failed: %1").arg(message);
            runMessage_->setText(
                QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(error.toHtmlEscaped()));
            stageLabel_->setText(tr("Failed."));
            Q_EMIT statusMessage(error);
            updateButtons();
            Q_EMIT runFinished();
        });
}

void TransferPage::stop() {
    if (running_) {
        runner_.stop();
        Q_EMIT statusMessage(tr("ULMFiT: stopping after the current step…"));
    }
}

void TransferPage::onStageStart(const TransferStageInfo& s) {
    currentRun_ = qs(s.run);
    stageLabel_->setText(stageTitle(s.run, s.stage));
    progress_->setRange(0, int(std::max<std::int64_t>(1, s.totalSteps)));
    progress_->setValue(0);
    QCPGraph* g = lossPlot_->addGraph();
    g->setName(stageTitle(s.run, s.stage));
    g->setPen(QPen(seriesColor(lossPlot_->graphCount() - 1), 1.5));
    // Stage 2's rates are shown until the first classifier run starts.
    if (s.stage == TransferStage::TargetLm && shownRun_.isEmpty() && !s.groupNames.empty()) {
        ratePlot_->clearGraphs();
        for (std::size_t i = 0; i < s.groupNames.size(); ++i) {
            QCPGraph* r = ratePlot_->addGraph();
            r->setName(qs(s.groupNames[i]));
            r->setPen(QPen(seriesColor(int(i)), 1.5));
        }
        ratePlot_->xAxis->setLabel(stageTitle(s.run, s.stage) + tr(" — step"));
        ratePlot_->replot();
    }
    if (s.stage == TransferStage::Classifier && !s.groupNames.empty()) {
        const QString run = qs(s.run);
        RunCurves* c = curvesOf(run);
        if (!c) {
            runCurves_.emplace_back();
            c = &runCurves_.back();
            c->run = run;
            curveRun_->addItem(run, run);
        }
        c->title = stageTitle(s.run, s.stage);
        c->groups.clear();
        for (const auto& n : s.groupNames) c->groups << qs(n);
        c->epochs = s.epochs;
        c->steps.clear();
        c->rates.assign(s.groupNames.size(), {});
        c->freeze.clear();
        // ULMFiT is shown as it runs; another run only when nothing is shown yet or it is the one
        // chosen.
        if (s.run == "ulmfit" || shownRun_.isEmpty() || shownRun_ == run) showCurves(run);
    }
}

TransferPage::RunCurves* TransferPage::curvesOf(const QString& run) {
    for (RunCurves& c : runCurves_)
        if (c.run == run) return &c;
    return nullptr;
}

void TransferPage::showCurves(const QString& run) {
    const RunCurves* c = curvesOf(run);
    if (!c) return;
    shownRun_ = run;
    const int index = curveRun_->findData(run);
    if (index >= 0 && curveRun_->currentIndex() != index) {
        const QSignalBlocker block(curveRun_);
        curveRun_->setCurrentIndex(index);
    }
    ratePlot_->clearGraphs();
    for (int i = 0; i < c->groups.size(); ++i) {
        QCPGraph* g = ratePlot_->addGraph();
        g->setName(c->groups[i]);
        g->setPen(QPen(seriesColor(i), 1.5));
        if (std::size_t(i) < c->rates.size()) g->setData(c->steps, c->rates[std::size_t(i)], true);
    }
    ratePlot_->xAxis->setLabel(c->title + tr(" — step"));
    if (!c->steps.isEmpty()) ratePlot_->rescaleAxes();
    ratePlot_->replot();
    freezeMap_->reset(c->groups, c->epochs);
    for (std::size_t e = 0; e < c->freeze.size(); ++e)
        if (!c->freeze[e].empty()) freezeMap_->setEpoch(int(e) + 1, c->freeze[e]);
}

void TransferPage::onPretrainStep(const std::string& run, std::int64_t step, std::int64_t total,
                                  double loss) {
    if (lossPlot_->graphCount() == 0) {
        QCPGraph* g = lossPlot_->addGraph();
        g->setName(stageTitle(run, TransferStage::GeneralLm));
        g->setPen(QPen(seriesColor(0), 1.5));
    }
    progress_->setRange(0, int(std::max<std::int64_t>(1, total)));
    progress_->setValue(int(step));
    stageLabel_->setText(stageTitle(run, TransferStage::GeneralLm));
    lossPlot_->graph(lossPlot_->graphCount() - 1)->addData(double(step), loss);
    if (step % 5 == 0 || step == total) {
        lossPlot_->rescaleAxes();
        lossPlot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TransferPage::onStep(const TransferStep& s) {
    progress_->setRange(0, int(std::max<std::int64_t>(1, s.totalSteps)));
    progress_->setValue(int(s.step));
    if (lossPlot_->graphCount() > 0)
        lossPlot_->graph(lossPlot_->graphCount() - 1)->addData(double(s.step), s.loss);
    bool showRates = s.stage == TransferStage::TargetLm && shownRun_.isEmpty();
    if (s.stage == TransferStage::Classifier) {
        const QString run = qs(s.run);
        if (RunCurves* c = curvesOf(run); c && c->rates.size() == s.groupRates.size()) {
            c->steps << double(s.step);
            for (std::size_t i = 0; i < s.groupRates.size(); ++i) c->rates[i] << s.groupRates[i];
        }
        showRates = run == shownRun_;
    }
    if (showRates && ratePlot_->graphCount() == int(s.groupRates.size())) {
        for (std::size_t i = 0; i < s.groupRates.size(); ++i)
            ratePlot_->graph(int(i))->addData(double(s.step), s.groupRates[i]);
        ratePlot_->rescaleAxes();
        ratePlot_->replot(QCustomPlot::rpQueuedReplot);
    }
    lossPlot_->rescaleAxes();
    lossPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TransferPage::onEpoch(const TransferEpoch& e) {
    if (e.stage != TransferStage::Classifier) return;
    const QString run = qs(e.run);
    if (RunCurves* c = curvesOf(run); c && e.epoch >= 1) {
        if (c->freeze.size() < std::size_t(e.epoch)) c->freeze.resize(std::size_t(e.epoch));
        c->freeze[std::size_t(e.epoch - 1)] = e.groupTrainable;
    }
    if (run == shownRun_) freezeMap_->setEpoch(e.epoch, e.groupTrainable);
    QCPGraph* g = nullptr;
    for (int i = 0; i < valPlot_->graphCount(); ++i)
        if (valPlot_->graph(i)->name() == qs(e.run)) g = valPlot_->graph(i);
    if (!g) {
        g = valPlot_->addGraph();
        g->setName(qs(e.run));
        g->setPen(QPen(seriesColor(valPlot_->graphCount() - 1), 1.5));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    g->addData(double(e.epoch), e.valAccuracy);
    valPlot_->xAxis->setRange(0.5, std::max(2, e.epochs) + 0.5);
    valPlot_->yAxis->setRange(0, 1.05);
    valPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TransferPage::showReport() {
    table_->setRowCount(int(report_.classifiers.size()));
    auto cell = [](const QString& text, bool right) {
        auto* item = new QTableWidgetItem(text);
        if (right) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(report_.classifiers.size()); ++r) {
        const ClassifierResult& c = report_.classifiers[std::size_t(r)];
        const QString init = !c.pretrained        ? tr("random")
                             : c.family == "lstm" ? tr("stage 2")
                                                  : tr("pretrained");
        table_->setItem(r, 0, cell(qs(c.run), false));
        table_->setItem(r, 1, cell(init, false));
        table_->setItem(r, 2, cell(qs(unfreezingName(c.unfreezing)), false));
        table_->setItem(r, 3, cell(percent(c.test.accuracy), true));
        table_->setItem(r, 4, cell(number(c.test.macroF1), true));
        table_->setItem(r, 5, cell(number(c.forgettingLoss), true));
        table_->setItem(r, 6, cell(QString::number(c.elapsedS, 'f', 1), true));
    }
    if (!report_.classifiers.empty()) table_->setCurrentCell(0, 0);
    showConfusion(0);
}

void TransferPage::showConfusion(int row) {
    if (row < 0 || row >= int(report_.classifiers.size())) {
        confusion_->setMetrics({}, {});
        return;
    }
    const ClassifierResult& c = report_.classifiers[std::size_t(row)];
    confusion_->setMetrics(c.test, qs(c.run));
}

bool TransferPage::exportCsv(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << "run,family,pretrained,unfreezing,test_accuracy,macro_f1,heldout_lm_loss,seconds\n";
    for (const ClassifierResult& c : report_.classifiers)
        out << qs(c.run) << ',' << qs(c.family) << ',' << (c.pretrained ? 1 : 0) << ','
            << qs(unfreezingName(c.unfreezing)) << ',' << QString::number(c.test.accuracy, 'g', 17)
            << ',' << QString::number(c.test.macroF1, 'g', 17) << ','
            << QString::number(c.forgettingLoss, 'g', 17) << ','
            << QString::number(c.elapsedS, 'g', 6) << '\n';
    return out.status() == QTextStream::Ok;
}

// --- PNG export -----------------------------------------------------------------------------

const std::vector<TransferPage::Plot>& TransferPage::plots() {
    static const std::vector<Plot> all = {Plot::Loss, Plot::LearningRates, Plot::ValAccuracy,
                                          Plot::FreezeMap, Plot::Confusion};
    return all;
}

QString TransferPage::plotFileName(Plot plot) {
    switch (plot) {
        case Plot::Loss:
            return QStringLiteral("loss.png");
        case Plot::LearningRates:
            return QStringLiteral("learning-rates.png");
        case Plot::ValAccuracy:
            return QStringLiteral("validation-accuracy.png");
        case Plot::FreezeMap:
            return QStringLiteral("freeze-map.png");
        case Plot::Confusion:
            break;
    }
    return QStringLiteral("confusion-matrix.png");
}

QWidget* TransferPage::plotWidget(Plot plot) const {
    switch (plot) {
        case Plot::Loss:
            return lossPlot_;
        case Plot::LearningRates:
            return ratePlot_;
        case Plot::ValAccuracy:
            return valPlot_;
        case Plot::FreezeMap:
            return freezeMap_;
        case Plot::Confusion:
            break;
    }
    return confusion_;
}

bool TransferPage::savePlotPng(Plot plot, const QString& path) {
    QWidget* w = plotWidget(plot);
    // A plot that was never laid out on screen has a tiny default size: draw it at a readable one.
    QSize size = w->size();
    if (!w->isVisible() || size.width() < 200 || size.height() < 100) {
        const QSize hint = w->sizeHint().expandedTo(w->minimumSize());
        const bool painted =
            plot == Plot::FreezeMap || plot == Plot::Confusion;  // drawn to fit their content
        size = painted ? QSize(std::max(480, hint.width()), std::max(200, hint.height()))
                       : QSize(std::max(640, hint.width()), std::max(400, hint.height()));
    }
    const double scale = 2.0;
    if (auto* p = qobject_cast<QCustomPlot*>(w))
        return p->savePng(path, size.width(), size.height(), scale);
    const QSize before = w->size();
    const bool resized = before != size;
    if (resized) w->resize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(w->palette().color(QPalette::Window));
    w->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    if (resized) w->resize(before);
    return image.save(path, "PNG");
}

QStringList TransferPage::saveAllPlotsPng(const QString& folder) {
    if (!QDir().mkpath(folder)) return {};
    QStringList written;
    for (Plot plot : plots()) {
        const QString path = QDir(folder).filePath(plotFileName(plot));
        if (!savePlotPng(plot, path)) return {};
        written << path;
    }
    return written;
}

void TransferPage::choosePlotPng(Plot plot) {
    QSettings s;
    s.beginGroup(kGroup);
    const QString start = QDir(s.value(QStringLiteral("pngFolder"), QDir::homePath()).toString())
                              .filePath(plotFileName(plot));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plot as PNG"), start,
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    s.setValue(QStringLiteral("pngFolder"), QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(savePlotPng(plot, path)
                             ? tr("Plot saved to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void TransferPage::chooseAllPlotsFolder() {
    QSettings s;
    s.beginGroup(kGroup);
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save every plot as PNG into"),
        s.value(QStringLiteral("pngFolder"), QDir::homePath()).toString());
    if (folder.isEmpty()) return;
    s.setValue(QStringLiteral("pngFolder"), folder);
    const QStringList written = saveAllPlotsPng(folder);
    Q_EMIT statusMessage(
        written.isEmpty()
            ? tr("Could not write the plots into %1.").arg(QDir::toNativeSeparators(folder))
            : tr("%1 plots saved to %2.")
                  .arg(written.size())
                  .arg(QDir::toNativeSeparators(folder)));
}

// --- settings -------------------------------------------------------------------------------

void TransferPage::saveSettings() const {
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("generalKind"), generalKind_->currentIndex());
    s.setValue(QStringLiteral("generalPath"), generalPath_->text());
    s.setValue(QStringLiteral("textColumn"), textColumn_->text());
    s.setValue(QStringLiteral("labelColumn"), labelColumn_->text());
    s.setValue(QStringLiteral("format"), format_->currentIndex());
    s.setValue(QStringLiteral("badRows"), badRows_->currentIndex());
    s.setValue(QStringLiteral("tokenizer"), tokenizer_->currentIndex());
    const std::pair<const char*, QSpinBox*> spins[] = {{"layers", layers_},
                                                       {"embed", embed_},
                                                       {"hidden", hidden_},
                                                       {"block", block_},
                                                       {"pretrainSteps", pretrainSteps_},
                                                       {"lmEpochs", lmEpochs_},
                                                       {"clfEpochs", clfEpochs_},
                                                       {"batch", batch_},
                                                       {"seed", seed_}};
    for (const auto& [key, box] : spins) s.setValue(QString::fromLatin1(key), box->value());
    s.setValue(QStringLiteral("lr"), lr_->value());
    const std::pair<const char*, QDoubleSpinBox*> rates[] = {
        {"pretrainLr", pretrainLr_},
        {"lmLr", lmLr_},
        {"lrDecay", lrDecay_},
        {"transformerPretrainLr", tfPretrainLr_},
        {"transformerLr", tfLr_}};
    for (const auto& [key, box] : rates) s.setValue(QString::fromLatin1(key), box->value());
    s.setValue(QStringLiteral("dropMult"), dropMult_->value());
    s.setValue(QStringLiteral("scratch"), scratch_->isChecked());
    s.setValue(QStringLiteral("allAtOnce"), allAtOnce_->isChecked());
    s.setValue(QStringLiteral("bert"), bert_->isChecked());
    s.setValue(QStringLiteral("gpt"), gpt_->isChecked());
    s.setValue(QStringLiteral("outDir"), outDir_->text());
}

void TransferPage::restoreSettings() {
    QSettings s;
    s.beginGroup(kGroup);
    generalKind_->setCurrentIndex(s.value(QStringLiteral("generalKind"), 0).toInt());
    generalPath_->setText(s.value(QStringLiteral("generalPath")).toString());
    textColumn_->setText(s.value(QStringLiteral("textColumn")).toString());
    labelColumn_->setText(s.value(QStringLiteral("labelColumn")).toString());
    format_->setCurrentIndex(s.value(QStringLiteral("format"), 0).toInt());
    badRows_->setCurrentIndex(std::clamp(s.value(QStringLiteral("badRows"), 0).toInt(), 0, 1));
    tokenizer_->setCurrentIndex(s.value(QStringLiteral("tokenizer"), 0).toInt());
    const std::pair<const char*, QSpinBox*> spins[] = {{"layers", layers_},
                                                       {"embed", embed_},
                                                       {"hidden", hidden_},
                                                       {"block", block_},
                                                       {"pretrainSteps", pretrainSteps_},
                                                       {"lmEpochs", lmEpochs_},
                                                       {"clfEpochs", clfEpochs_},
                                                       {"batch", batch_},
                                                       {"seed", seed_}};
    for (const auto& [key, box] : spins)
        box->setValue(s.value(QString::fromLatin1(key), box->value()).toInt());
    lr_->setValue(s.value(QStringLiteral("lr"), lr_->value()).toDouble());
    const std::pair<const char*, QDoubleSpinBox*> rates[] = {
        {"pretrainLr", pretrainLr_},
        {"lmLr", lmLr_},
        {"lrDecay", lrDecay_},
        {"transformerPretrainLr", tfPretrainLr_},
        {"transformerLr", tfLr_}};
    for (const auto& [key, box] : rates)
        box->setValue(s.value(QString::fromLatin1(key), box->value()).toDouble());
    dropMult_->setValue(s.value(QStringLiteral("dropMult"), dropMult_->value()).toDouble());
    scratch_->setChecked(s.value(QStringLiteral("scratch"), false).toBool());
    allAtOnce_->setChecked(s.value(QStringLiteral("allAtOnce"), false).toBool());
    bert_->setChecked(s.value(QStringLiteral("bert"), false).toBool());
    gpt_->setChecked(s.value(QStringLiteral("gpt"), false).toBool());
    if (s.contains(QStringLiteral("outDir")))
        outDir_->setText(s.value(QStringLiteral("outDir")).toString());
}

}  // namespace lmw::ui
