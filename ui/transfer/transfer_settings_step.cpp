#include "transfer/transfer_settings_step.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "api/configs.h"
#include "api/error.h"
#include "transfer/rate_spin_box.h"
#include "transfer/transfer_text.h"

namespace lmw::ui {

namespace {

QSpinBox* spinBox(QWidget* parent, int lo, int hi, int value, const QString& tip) {
    auto* s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setToolTip(tip);
    return s;
}

RateSpinBox* rateBox(QWidget* parent, double lo, double hi, double value, const QString& tip) {
    auto* r = new RateSpinBox(parent);
    r->setRange(lo, hi);
    r->setValue(value);
    r->setToolTip(tip + TransferSettingsStep::tr("<p>Type a number such as 4e-3 or 0.004; the "
                                                 "arrows change the leading digit. Allowed: %1 "
                                                 "to %2.</p>")
                            .arg(r->textFromValue(lo), r->textFromValue(hi)));
    return r;
}

}  // namespace

TransferSettingsStep::TransferSettingsStep(QWidget* parent) : QWidget(parent) {
    auto* out = new QGroupBox(tr("Output"), this);
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
        this);
    note->setWordWrap(true);
    auto* grid = new QGridLayout(this);
    grid->addWidget(buildModelBox(), 0, 0);
    grid->addWidget(buildStagesBox(), 0, 1);
    grid->addWidget(buildRatesBox(), 0, 2);
    grid->addWidget(buildBaselinesBox(), 1, 0);
    grid->addWidget(out, 1, 1, 1, 2, Qt::AlignTop);
    grid->addWidget(note, 2, 0, 1, 3);
    grid->setRowStretch(3, 1);

    restoreSettings();
}

QWidget* TransferSettingsStep::buildModelBox() {
    auto* model = new QGroupBox(tr("AWD-LSTM language model"), this);
    layers_ = spinBox(this, 1, 6, 3,
                      tr("LSTM layers (the paper uses 3). Each layer is one layer group for "
                         "discriminative rates."));
    embed_ = spinBox(this, 8, 1024, 128, tr("Embedding size (the paper: 400)."));
    hidden_ =
        spinBox(this, 0, 4096, 0,
                tr("Hidden size of the inner LSTM layers; 0 = 3 × embedding (the paper: 1150)."));
    block_ =
        spinBox(this, 8, 512, 64,
                tr("Context length of stage 1 and window length (bptt) of stage 2, in tokens."));
    tokenizer_ = new QComboBox(this);
    tokenizer_->addItem(tr("subwords (BPE)"), QStringLiteral("bpe"));
    tokenizer_->addItem(tr("subwords (unigram)"), QStringLiteral("unigram"));
    tokenizer_->addItem(tr("characters"), QStringLiteral("char"));
    tokenizer_->setToolTip(
        tr("How stage 1 splits text into tokens; stages 2 and 3 keep its tokenizer."));
    dropMult_ = new QDoubleSpinBox(this);
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
    return model;
}

QWidget* TransferSettingsStep::buildStagesBox() {
    auto* stages = new QGroupBox(tr("Stages"), this);
    pretrainSteps_ = spinBox(this, 1, 1000000, 1000,
                             tr("Stage 1: optimizer steps of general-domain LM pretraining."));
    lmEpochs_ =
        spinBox(this, 1, 100, 2,
                tr("Stage 2: passes of LM fine-tuning over the task's texts, with discriminative "
                   "rates and slanted triangular learning rates."));
    clfEpochs_ =
        spinBox(this, 0, 100, 0,
                tr("Stage 3: classifier epochs; 0 = one per layer group plus one with everything "
                   "trainable (gradual unfreezing adds a group each epoch)."));
    batch_ = spinBox(
        this, 1, 1024, 32,
        tr("Sequences (stage 1), windows (stage 2) or texts (stage 3) per optimizer step."));
    seed_ = spinBox(this, 0, 1000000, 1,
                    tr("Seed of every stage: the same seed and settings give the same run."));
    auto* sf = new QFormLayout(stages);
    sf->addRow(tr("Stage 1 steps:"), pretrainSteps_);
    sf->addRow(tr("Stage 2 epochs:"), lmEpochs_);
    sf->addRow(tr("Stage 3 epochs:"), clfEpochs_);
    sf->addRow(tr("Batch:"), batch_);
    sf->addRow(tr("Seed:"), seed_);
    return stages;
}

QWidget* TransferSettingsStep::buildRatesBox() {
    // Defaults: the paper's where it gives one, otherwise what suits the small models trained
    // here.
    auto* rates = new QGroupBox(tr("Learning rates"), this);
    const QString stlr =
        tr("<p><b>Slanted triangular rates (STLR)</b>: each triangle rises linearly over the first "
           "10% of its steps (cut_frac 0.1) from lr/32 to lr (ratio 32), then falls linearly back "
           "to lr/32. <b>Discriminative rates</b>: this is the rate of the output-side group; each "
           "lower group gets the rate above ÷ the discriminative factor.</p>");
    pretrainLr_ = rateBox(
        this, 1e-5, 0.1, 3e-3,
        tr("<p><b>Stage 1</b>: peak learning rate of general-domain LM pretraining (AdamW, a short "
           "warmup, then a cosine decay to a tenth of it).</p><p>The ULMFiT paper has no value "
           "here: it started from an AWD-LSTM already trained on Wikitext-103. 3e-3 suits the "
           "small models trained here.</p>"));
    lmLr_ = rateBox(this, 1e-5, 0.1, 4e-3,
                    tr("<p><b>Stage 2</b>: peak learning rate of target-task LM fine-tuning.</p>") +
                        stlr + tr("<p>The paper: 0.004.</p>"));
    lr_ = rateBox(this, 1e-5, 1.0, 0.01,
                  tr("<p><b>Stage 3</b>: peak learning rate of the classifier head.</p>") + stlr +
                      tr("<p>The paper: 0.01.</p>"));
    lrDecay_ = new QDoubleSpinBox(this);
    lrDecay_->setDecimals(2);
    lrDecay_->setRange(1.0, 10.0);
    lrDecay_->setSingleStep(0.1);
    lrDecay_->setValue(2.6);
    lrDecay_->setToolTip(
        tr("<p><b>Discriminative factor</b> of stages 2 and 3: each layer group gets the "
           "learning rate of the group above it divided by this (η<sup>l−1</sup> = "
           "η<sup>l</sup> / factor), so layers near the input, which hold the most general "
           "features, change least. 1 = the same rate everywhere.</p><p>The paper: 2.6.</p>"));
    tfPretrainLr_ = rateBox(
        this, 1e-5, 0.1, 1e-3,
        tr("<p><b>BERT and GPT baselines</b>: peak learning rate of their pretraining on the "
           "general corpus (same steps and schedule as stage 1).</p><p>The papers used 1e-4 "
           "(BERT) and 2.5e-4 (GPT) for models thousands of times larger; the small models here "
           "train well at about 1e-3.</p>"));
    tfLr_ = rateBox(
        this, 1e-6, 0.1, 5e-4,
        tr("<p><b>BERT and GPT baselines</b>: peak learning rate of their classifier fine-tuning "
           "(every layer trainable from the start, the same rate for all, slanted triangular "
           "schedule).</p><p>The papers used 2e-5 to 5e-5 (BERT) and 6.25e-5 (GPT) for much "
           "larger models; 5e-4 suits the small ones here.</p>"));
    auto* rf = new QFormLayout(rates);
    rf->addRow(tr("Stage 1 (pretraining):"), pretrainLr_);
    rf->addRow(tr("Stage 2 (LM fine-tuning):"), lmLr_);
    rf->addRow(tr("Stage 3 (classifier):"), lr_);
    rf->addRow(tr("Discriminative factor ÷:"), lrDecay_);
    rf->addRow(tr("Transformer pretraining:"), tfPretrainLr_);
    rf->addRow(tr("Transformer fine-tuning:"), tfLr_);
    return rates;
}

QWidget* TransferSettingsStep::buildBaselinesBox() {
    auto* base = new QGroupBox(tr("Baselines"), this);
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
    return base;
}

QCheckBox* TransferSettingsStep::baselineBox(Baseline b) const {
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

void TransferSettingsStep::setOutputFolder(const QString& path) {
    outDir_->setText(path);
}

QString TransferSettingsStep::outputFolder() const {
    return outDir_->text().trimmed();
}

void TransferSettingsStep::applyTo(UlmfitConfig& c, int threads) const {
    c.outDir = outputFolder().toStdString();
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
    c.pretrain.threads = threads;
    c.pretrain.tokenizer.kind = tokenizer_->currentData().toString().toStdString();
    c.lmFineTune.epochs = lmEpochs_->value();
    c.lmFineTune.batch = batch_->value();
    c.lmFineTune.bptt = block_->value();
    c.lmFineTune.lr = lmLr_->value();
    c.lmFineTune.lrDecay = lrDecay_->value();
    c.lmFineTune.threads = threads;
    c.classifier.epochs = clfEpochs_->value();
    c.classifier.batch = batch_->value();
    c.classifier.lr = lr_->value();
    c.classifier.lrDecay = lrDecay_->value();
    c.classifier.threads = threads;
    for (Baseline b : {Baseline::Scratch, Baseline::AllAtOnce, Baseline::Bert, Baseline::Gpt})
        if (baselineBox(b)->isChecked()) c.baselines.push_back(b);
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
    c.threads = threads;
    validateConfig(c.lm, c.pretrain);
}

// --- settings -------------------------------------------------------------------------------

namespace {

// The fields and the keys they are remembered under.
std::vector<std::pair<QString, QSpinBox*>> intFields(const TransferSettingsStep& s) {
    return {{QStringLiteral("layers"), s.layersBox()},
            {QStringLiteral("embed"), s.embedBox()},
            {QStringLiteral("hidden"), s.hiddenBox()},
            {QStringLiteral("block"), s.blockBox()},
            {QStringLiteral("pretrainSteps"), s.pretrainStepsBox()},
            {QStringLiteral("lmEpochs"), s.lmEpochsBox()},
            {QStringLiteral("clfEpochs"), s.classifierEpochsBox()},
            {QStringLiteral("batch"), s.batchBox()},
            {QStringLiteral("seed"), s.seedBox()}};
}

std::vector<std::pair<QString, QDoubleSpinBox*>> realFields(const TransferSettingsStep& s) {
    return {{QStringLiteral("lr"), s.lrBox()},
            {QStringLiteral("pretrainLr"), s.pretrainLrBox()},
            {QStringLiteral("lmLr"), s.lmLrBox()},
            {QStringLiteral("lrDecay"), s.lrDecayBox()},
            {QStringLiteral("transformerPretrainLr"), s.transformerPretrainLrBox()},
            {QStringLiteral("transformerLr"), s.transformerLrBox()},
            {QStringLiteral("dropMult"), s.dropoutBox()}};
}

std::vector<std::pair<QString, QCheckBox*>> baselineFields(const TransferSettingsStep& s) {
    return {{QStringLiteral("scratch"), s.baselineBox(Baseline::Scratch)},
            {QStringLiteral("allAtOnce"), s.baselineBox(Baseline::AllAtOnce)},
            {QStringLiteral("bert"), s.baselineBox(Baseline::Bert)},
            {QStringLiteral("gpt"), s.baselineBox(Baseline::Gpt)}};
}

}  // namespace

void TransferSettingsStep::saveSettings() const {
    QSettings s;
    s.beginGroup(transferSettingsGroup());
    s.setValue(QStringLiteral("tokenizer"), tokenizer_->currentIndex());
    for (const auto& [key, box] : intFields(*this)) s.setValue(key, box->value());
    for (const auto& [key, box] : realFields(*this)) s.setValue(key, box->value());
    for (const auto& [key, box] : baselineFields(*this)) s.setValue(key, box->isChecked());
    s.setValue(QStringLiteral("outDir"), outDir_->text());
}

void TransferSettingsStep::restoreSettings() {
    QSettings s;
    s.beginGroup(transferSettingsGroup());
    tokenizer_->setCurrentIndex(s.value(QStringLiteral("tokenizer"), 0).toInt());
    for (const auto& [key, box] : intFields(*this))
        box->setValue(s.value(key, box->value()).toInt());
    for (const auto& [key, box] : realFields(*this))
        box->setValue(s.value(key, box->value()).toDouble());
    for (const auto& [key, box] : baselineFields(*this))
        box->setChecked(s.value(key, false).toBool());
    if (s.contains(QStringLiteral("outDir")))
        outDir_->setText(s.value(QStringLiteral("outDir")).toString());
}

}  // namespace lmw::ui
