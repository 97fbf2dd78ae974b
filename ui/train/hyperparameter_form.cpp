#include "train/hyperparameter_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/machine.h"
#include "widgets/family_text.h"
#include "widgets/presenter_mode.h"

namespace lmw::ui {

namespace {
const QString kGroup = QStringLiteral("hyperparameters/");

// The engine names and describes its size presets in English; these entries let the
// translation tools see them (context "SizePreset") so that the form can show them translated.
[[maybe_unused]] const char* const kPresetTexts[] = {
    QT_TRANSLATE_NOOP("SizePreset", "tiny"),
    QT_TRANSLATE_NOOP("SizePreset", "small"),
    QT_TRANSLATE_NOOP("SizePreset", "medium"),
    QT_TRANSLATE_NOOP("SizePreset", "2 layers, 4 heads, width 64, context 64: learns in a minute"),
    QT_TRANSLATE_NOOP("SizePreset",
                      "4 layers, 4 heads, width 128, context 64: nanoGPT's CPU setting"),
    QT_TRANSLATE_NOOP("SizePreset", "6 layers, 6 heads, width 192, context 128: a few minutes"),
};

QString presetText(const std::string& english) {
    return QCoreApplication::translate("SizePreset", english.c_str());
}
}  // namespace

HyperparameterForm::HyperparameterForm(QWidget* parent) : QWidget(parent) {
    const ModelConfig m;
    const TrainConfig t;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* modelBox = new QGroupBox(tr("Model"), this);
    auto* mf = new QFormLayout(modelBox);
    family_ = new QComboBox(modelBox);
    family_->addItem(tr("GPT · decoder"), QStringLiteral("gpt"));
    family_->addItem(tr("BERT · encoder"), QStringLiteral("bert"));
    family_->addItem(tr("RoBERTa · encoder"), QStringLiteral("roberta"));
    family_->addItem(tr("BART · encoder-decoder"), QStringLiteral("bart"));
    family_->addItem(tr("LSTM · ULMFiT"), QStringLiteral("lstm"));
    family_->setToolTip(
        tr("Which kind of model to train: each family learns with the objective it "
           "was introduced with."));
    objective_ = new QComboBox(modelBox);
    objective_->setToolTip(tr("What the model learns to predict."));
    familyNote_ = new QLabel(modelBox);
    familyNote_->setWordWrap(true);
    familyNote_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    masking_ = new QComboBox(modelBox);
    masking_->addItem(tr("dynamic (RoBERTa: new masks every time)"), true);
    masking_->addItem(tr("static (BERT: masks fixed once)"), false);
    masking_->setToolTip(
        tr("Masked language modelling: choose fresh masks each time a sequence is "
           "seen, or fix them once as the original BERT did."));
    maskRow_ = new QWidget(modelBox);
    auto* maskLayout = new QHBoxLayout(maskRow_);
    maskLayout->setContentsMargins(0, 0, 0, 0);
    maskRate_ = new QDoubleSpinBox(maskRow_);
    maskRate_->setObjectName(QStringLiteral("maskRate"));
    maskRate_->setRange(1, 50);
    maskRate_->setDecimals(0);
    maskRate_->setValue(15);
    maskRate_->setSuffix(QStringLiteral(" %"));
    maskRate_->setToolTip(
        tr("Share of the tokens hidden for the model to restore (BERT: 15%); of these 80% become "
           "[MASK], 10% a random token, 10% stay."));
    fields_.insert(QStringLiteral("maskRate"), maskRate_);
    maskUnit_ = new QComboBox(maskRow_);
    maskUnit_->addItem(tr("single tokens"), QStringLiteral("token"));
    maskUnit_->addItem(tr("whole words"), QStringLiteral("word"));
    maskUnit_->addItem(tr("spans (SpanBERT)"), QStringLiteral("span"));
    maskUnit_->setToolTip(
        tr("What is hidden together: single tokens (BERT), every token of a word (whole-word "
           "masking) or runs of whole words (SpanBERT)."));
    maskLayout->addWidget(maskRate_);
    maskLayout->addWidget(maskUnit_, 1);
    positions_ = new QComboBox(modelBox);
    for (PositionEncoding p :
         {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
        positions_->addItem(positionEncodingLabel(p),
                            QString::fromStdString(positionEncodingName(p)));
        positions_->setItemData(positions_->count() - 1, positionEncodingTooltip(p),
                                Qt::ToolTipRole);
    }
    positions_->setToolTip(
        tr("How the model knows where each token is: learned absolute positions (GPT-2, BERT, "
           "BART; the only kind Hugging Face export takes), rotary positions (RoPE) or ALiBi."));
    noiseBox_ = new QWidget(modelBox);
    auto* nl = new QGridLayout(noiseBox_);
    nl->setContentsMargins(0, 0, 0, 0);
    infill_ = new QCheckBox(tr("text infilling"), noiseBox_);
    infill_->setChecked(true);
    infill_->setToolTip(
        tr("Spans of about three tokens become a single mask: the model must guess "
           "how much is missing."));
    infillRate_ = new QDoubleSpinBox(noiseBox_);
    infillRate_->setRange(0.05, 0.9);
    infillRate_->setSingleStep(0.05);
    infillRate_->setValue(0.3);
    infillRate_->setToolTip(tr("Share of the tokens hidden in spans."));
    tokenMask_ = new QCheckBox(tr("token masking"), noiseBox_);
    tokenDelete_ = new QCheckBox(tr("token deletion"), noiseBox_);
    permute_ = new QCheckBox(tr("sentence permutation"), noiseBox_);
    rotate_ = new QCheckBox(tr("document rotation"), noiseBox_);
    nl->addWidget(infill_, 0, 0);
    nl->addWidget(infillRate_, 0, 1);
    nl->addWidget(tokenMask_, 1, 0);
    nl->addWidget(tokenDelete_, 1, 1);
    nl->addWidget(permute_, 2, 0);
    nl->addWidget(rotate_, 2, 1);
    tokenizer_ = new QComboBox(modelBox);
    tokenizer_->addItem(tr("characters"), QStringLiteral("char"));
    tokenizer_->addItem(tr("BPE subwords"), QStringLiteral("bpe"));
    tokenizer_->addItem(tr("unigram subwords"), QStringLiteral("unigram"));
    tokenizer_->setToolTip(
        tr("How text becomes tokens: one per character, or subwords learned from "
           "the corpus with SentencePiece (byte-pair encoding or a unigram model)."));
    vocabSize_ = new QSpinBox(modelBox);
    vocabSize_->setObjectName(QStringLiteral("vocabSize"));
    vocabSize_->setRange(0, 65536);
    vocabSize_->setSingleStep(100);
    vocabSize_->setSpecialValueText(tr("automatic"));
    vocabSize_->setToolTip(
        tr("Number of subword tokens to learn (automatic = suited to the corpus)."));
    fields_.insert(QStringLiteral("vocabSize"), vocabSize_);
    auto* tokRow = new QWidget(modelBox);
    auto* tokLayout = new QHBoxLayout(tokRow);
    tokLayout->setContentsMargins(0, 0, 0, 0);
    tokLayout->addWidget(tokenizer_, 1);
    tokLayout->addWidget(vocabSize_);
    mf->addRow(tr("&Family"), family_);
    mf->addRow(tr("&Objective"), objective_);
    mf->addRow(familyNote_);
    mf->addRow(tr("&Masking"), masking_);
    mf->addRow(tr("Hide"), maskRow_);
    mf->addRow(tr("Noise"), noiseBox_);
    mf->addRow(tr("To&kens"), tokRow);
    preset_ = new QComboBox(modelBox);
    for (const SizePreset& p : sizePresets()) {
        preset_->addItem(presetText(p.name), QString::fromStdString(p.name));
        preset_->setItemData(preset_->count() - 1, presetText(p.description), Qt::ToolTipRole);
    }
    preset_->addItem(tr("custom"), QStringLiteral("custom"));
    preset_->setToolTip(
        tr("A model size: the parameter count below follows the corpus's vocabulary."));
    mf->addRow(tr("&Size"), preset_);
    mf->addRow(tr("&Positions"), positions_);
    layers_ =
        intField("layers", 1, 64, m.layers, tr("Transformer blocks stacked on top of each other."));
    heads_ =
        intField("heads", 1, 64, m.heads, tr("Attention heads per block; must divide the width."));
    embed_ = intField("embed", 8, 4096, m.embed,
                      tr("Width of every token's vector (the residual stream)."));
    embed_->setSingleStep(16);
    block_ = intField("block", 8, 4096, m.block,
                      tr("Context length: how many characters the model sees at once."));
    dropout_ = realField("dropout", 0, 0.9, m.dropout, 2, 0.05,
                         tr("Probability of zeroing activations during training (0 = off)."));
    mf->addRow(tr("&Layers"), layers_);
    mf->addRow(tr("&Heads"), heads_);
    mf->addRow(tr("&Width"), embed_);
    mf->addRow(tr("&Context"), block_);
    mf->addRow(tr("&Dropout"), dropout_);
    summary_ = new QLabel(modelBox);
    summary_->setWordWrap(true);
    mf->addRow(summary_);
    layout->addWidget(modelBox);

    auto* trainBox = new QGroupBox(tr("Training"), this);
    auto* tf = new QFormLayout(trainBox);
    batch_ = intField("batch", 1, 1024, t.batch, tr("Sequences per optimizer step."));
    iters_ = intField("iters", 1, 10000000, t.iters, tr("Optimizer steps in total."));
    iters_->setSingleStep(100);
    iters_->setGroupSeparatorShown(true);
    lr_ = realField("lr", 1e-6, 1, t.lr, 6, 1e-4,
                    tr("Peak learning rate, reached after the warmup."));
    minLr_ = realField("minLr", 0, 1, t.minLr, 6, 1e-5,
                       tr("Learning rate at the end of the cosine decay."));
    warmup_ = intField("warmup", 0, 1000000, t.warmup,
                       tr("Steps of linear warmup from zero to the peak rate."));
    weightDecay_ = realField("weightDecay", 0, 1, t.weightDecay, 3, 0.01,
                             tr("AdamW weight decay, applied to weight matrices only."));
    beta2_ = realField("beta2", 0.5, 0.9999, t.beta2, 4, 0.001,
                       tr("AdamW's second-moment decay (beta2)."));
    gradClip_ = realField("gradClip", 0, 100, t.gradClip, 2, 0.1,
                          tr("Largest allowed gradient norm (0 = no clipping)."));
    evalEvery_ = intField("evalEvery", 1, 1000000, t.evalEvery,
                          tr("Measure the validation loss and save a checkpoint every N steps."));
    evalIters_ =
        intField("evalIters", 1, 1000, t.evalIters, tr("Batches averaged per evaluation."));
    seed_ =
        intField("seed", 0, 2147483647, int(t.seed), tr("Same seed and thread count: same run."));
    threads_ = intField("threads", 0, 256, 0,
                        tr("CPU threads for training; 0 uses all %1 cores.").arg(logicalCores()));
    threads_->setSpecialValueText(tr("all cores"));
    tf->addRow(tr("&Batch"), batch_);
    tf->addRow(tr("&Iterations"), iters_);
    tf->addRow(tr("Learning &rate"), lr_);
    tf->addRow(tr("Mi&n. rate"), minLr_);
    tf->addRow(tr("&Warmup"), warmup_);
    tf->addRow(tr("Weight deca&y"), weightDecay_);
    tf->addRow(tr("Beta&2"), beta2_);
    tf->addRow(tr("Gradient c&lip"), gradClip_);
    tf->addRow(tr("&Evaluate every"), evalEvery_);
    tf->addRow(tr("Eval &batches"), evalIters_);
    tf->addRow(tr("See&d"), seed_);
    tf->addRow(tr("&Threads"), threads_);
    layout->addWidget(trainBox);
    // What a projector does not need: hidden in presenter mode.
    for (QWidget* w : std::initializer_list<QWidget*>{dropout_, minLr_, warmup_, weightDecay_,
                                                      beta2_, gradClip_, evalIters_, threads_})
        PresenterMode::markAdvanced(w);

    connect(preset_, qOverload<int>(&QComboBox::activated), this, &HyperparameterForm::applyPreset);
    connect(family_, qOverload<int>(&QComboBox::activated), this, [this] {
        fillObjectives(family(), defaultObjective(family()));
        updateFamilyWidgets();
        updateSummary();
        Q_EMIT changed();
    });
    connect(tokenizer_, qOverload<int>(&QComboBox::activated), this, [this] {
        vocabSize_->setEnabled(tokenizer_->currentData().toString() != QLatin1String("char"));
        Q_EMIT changed();
    });
    for (QComboBox* box : {positions_, maskUnit_})
        connect(box, qOverload<int>(&QComboBox::activated), this, [this] {
            updateSummary();
            Q_EMIT changed();
        });
    connect(objective_, qOverload<int>(&QComboBox::activated), this, [this] {
        updateFamilyWidgets();
        Q_EMIT changed();
    });
    for (QAbstractSpinBox* f : fields_) {
        connect(f, &QAbstractSpinBox::editingFinished, this, &HyperparameterForm::changed);
        if (auto* s = qobject_cast<QSpinBox*>(f))
            connect(s, qOverload<int>(&QSpinBox::valueChanged), this, [this] { updateSummary(); });
        if (auto* d = qobject_cast<QDoubleSpinBox*>(f))
            connect(d, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                    [this] { updateSummary(); });
    }
    restoreSettings();
    updateFamilyWidgets();
    updateSummary();
}

ModelFamily HyperparameterForm::family() const {
    return familyFromName(family_->currentData().toString().toStdString());
}

void HyperparameterForm::fillObjectives(ModelFamily f, Objective selected) {
    objective_->clear();
    const std::pair<Objective, QString> all[] = {
        {Objective::Clm, tr("next token (causal LM)")},
        {Objective::Mlm, tr("masked tokens (masked LM)")},
        {Objective::MlmNsp, tr("masked tokens + next sentence")},
        {Objective::Denoise, tr("denoising (rebuild the text)")}};
    for (const auto& [o, label] : all)
        if (supportsObjective(f, o))
            objective_->addItem(label, QString::fromStdString(objectiveName(o)));
    const int i = objective_->findData(QString::fromStdString(objectiveName(selected)));
    objective_->setCurrentIndex(i >= 0 ? i : 0);
}

void HyperparameterForm::setFamily(ModelFamily f, Objective objective) {
    family_->setCurrentIndex(std::max(0, family_->findData(QString::fromStdString(familyName(f)))));
    fillObjectives(f, objective);
    updateFamilyWidgets();
    updateSummary();
}

void HyperparameterForm::updateFamilyWidgets() {
    const ModelFamily f = family();
    const Objective o = objectiveFromName(objective_->currentData().toString().toStdString());
    const bool mlm = o == Objective::Mlm || o == Objective::MlmNsp;
    for (QWidget* w : {static_cast<QWidget*>(masking_), maskRow_}) {
        w->setVisible(mlm);
        if (auto* label = qobject_cast<QFormLayout*>(w->parentWidget()->layout())->labelForField(w))
            label->setVisible(mlm);
    }
    positions_->setEnabled(f != ModelFamily::Lstm);
    noiseBox_->setVisible(o == Objective::Denoise);
    if (auto* label = qobject_cast<QFormLayout*>(noiseBox_->parentWidget()->layout())
                          ->labelForField(noiseBox_))
        label->setVisible(o == Objective::Denoise);
    heads_->setEnabled(f != ModelFamily::Lstm);
    familyNote_->setText(familyDescription(f));
}

QSpinBox* HyperparameterForm::intField(const QString& key, int min, int max, int value,
                                       const QString& tip) {
    auto* s = new QSpinBox(this);
    s->setObjectName(key);
    s->setRange(min, max);
    s->setValue(value);
    s->setToolTip(tip);
    fields_.insert(key, s);
    return s;
}

QDoubleSpinBox* HyperparameterForm::realField(const QString& key, double min, double max,
                                              double value, int decimals, double step,
                                              const QString& tip) {
    auto* d = new QDoubleSpinBox(this);
    d->setObjectName(key);
    d->setDecimals(decimals);
    d->setRange(min, max);
    d->setSingleStep(step);
    d->setValue(value);
    d->setToolTip(tip);
    fields_.insert(key, d);
    return d;
}

void HyperparameterForm::applyPreset(int index) {
    const auto presets = sizePresets();
    if (index < 0 || index >= int(presets.size())) return;  // "custom" keeps the values
    const SizePreset& p = presets[std::size_t(index)];
    applyingPreset_ = true;
    layers_->setValue(p.model.layers);
    heads_->setValue(p.model.heads);
    embed_->setValue(p.model.embed);
    block_->setValue(p.model.block);
    batch_->setValue(p.batch);
    applyingPreset_ = false;
    updateSummary();
    Q_EMIT changed();
}

ModelConfig HyperparameterForm::model() const {
    ModelConfig size;
    size.layers = layers_->value();
    size.heads = heads_->value();
    size.embed = embed_->value();
    size.block = block_->value();
    ModelConfig m = familyDefaults(family(), size);
    m.layers = size.layers;  // the form's value wins over the family's usual depth
    m.vocabSize = vocab_;
    m.dropout = dropout_->value();
    if (m.family != ModelFamily::Lstm)
        m.positionEncoding =
            positionEncodingFromName(positions_->currentData().toString().toStdString());
    return m;
}

TrainConfig HyperparameterForm::train() const {
    TrainConfig t;
    t.batch = batch_->value();
    t.iters = iters_->value();
    t.lr = lr_->value();
    t.minLr = minLr_->value();
    t.warmup = warmup_->value();
    t.weightDecay = weightDecay_->value();
    t.beta2 = beta2_->value();
    t.gradClip = gradClip_->value();
    t.evalEvery = evalEvery_->value();
    t.evalIters = evalIters_->value();
    t.seed = std::uint64_t(seed_->value());
    t.threads = threads_->value();
    ObjectiveConfig& o = t.objective;
    o.objective = objectiveFromName(objective_->currentData().toString().toStdString());
    o.dynamicMasking = masking_->currentData().toBool();
    o.maskProb = maskRate_->value() / 100;
    o.maskUnit = maskUnitFromName(maskUnit_->currentData().toString().toStdString());
    o.textInfilling = infill_->isChecked();
    o.infillRate = infillRate_->value();
    o.tokenMasking = tokenMask_->isChecked();
    o.tokenDeletion = tokenDelete_->isChecked();
    o.sentencePermutation = permute_->isChecked();
    o.documentRotation = rotate_->isChecked();
    t.tokenizer.kind = tokenizer_->currentData().toString().toStdString();
    t.tokenizer.vocabSize = vocabSize_->value();
    return t;
}

void HyperparameterForm::setConfigs(const ModelConfig& m, const TrainConfig& t) {
    layers_->setValue(m.layers);
    heads_->setValue(m.heads);
    embed_->setValue(m.embed);
    block_->setValue(m.block);
    dropout_->setValue(m.dropout);
    batch_->setValue(t.batch);
    iters_->setValue(t.iters);
    lr_->setValue(t.lr);
    minLr_->setValue(t.minLr);
    warmup_->setValue(t.warmup);
    weightDecay_->setValue(t.weightDecay);
    beta2_->setValue(t.beta2);
    gradClip_->setValue(t.gradClip);
    evalEvery_->setValue(t.evalEvery);
    evalIters_->setValue(t.evalIters);
    seed_->setValue(int(std::min<std::uint64_t>(t.seed, 2147483647)));
    threads_->setValue(t.threads);
    if (m.vocabSize > 0) vocab_ = m.vocabSize;
    masking_->setCurrentIndex(t.objective.dynamicMasking ? 0 : 1);
    maskRate_->setValue(100 * t.objective.maskProb);
    maskUnit_->setCurrentIndex(std::max(
        0, maskUnit_->findData(QString::fromStdString(maskUnitName(t.objective.maskUnit)))));
    positions_->setCurrentIndex(std::max(
        0, positions_->findData(QString::fromStdString(positionEncodingName(m.positionEncoding)))));
    infill_->setChecked(t.objective.textInfilling);
    infillRate_->setValue(t.objective.infillRate);
    tokenMask_->setChecked(t.objective.tokenMasking);
    tokenDelete_->setChecked(t.objective.tokenDeletion);
    permute_->setChecked(t.objective.sentencePermutation);
    rotate_->setChecked(t.objective.documentRotation);
    tokenizer_->setCurrentIndex(
        std::max(0, tokenizer_->findData(QString::fromStdString(t.tokenizer.kind))));
    vocabSize_->setValue(t.tokenizer.vocabSize);
    vocabSize_->setEnabled(t.tokenizer.kind != "char");
    setFamily(m.family, t.objective.objective);
}

void HyperparameterForm::setVocabSize(int vocab) {
    vocab_ = std::max(2, vocab);
    updateSummary();
}

void HyperparameterForm::setCorpusTokens(qint64 tokens) {
    corpusTokens_ = tokens;
    updateSummary();
}

void HyperparameterForm::updateSummary() {
    // The preset follows the values: editing a field by hand makes the size "custom".
    if (!applyingPreset_) {
        int match = preset_->count() - 1;
        const auto presets = sizePresets();
        for (int i = 0; i < int(presets.size()); ++i) {
            const SizePreset& p = presets[std::size_t(i)];
            if (p.model.layers == layers_->value() && p.model.heads == heads_->value() &&
                p.model.embed == embed_->value() && p.model.block == block_->value())
                match = i;
        }
        preset_->setCurrentIndex(match);
    }
    const ModelConfig m = model();
    const TrainConfig t = train();
    if (m.embed % m.heads != 0) {
        summary_->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        summary_->setText(tr("The width (%1) must be divisible by the number of heads (%2).")
                              .arg(m.embed)
                              .arg(m.heads));
        return;
    }
    const MemoryEstimate mem = estimateTrainingMemory(m, t, corpusTokens_);
    summary_->setStyleSheet(mem.fits() ? QString() : QStringLiteral("color: #b03a2e;"));
    QString text = tr("<b>%1 parameters</b> · about %2 to train · %3 positions")
                       .arg(QString::fromStdString(formatCount(parameterCount(m))),
                            QString::fromStdString(formatBytes(mem.trainingBytes)),
                            m.family == ModelFamily::Lstm ? tr("no") : positions_->currentText());
    if (!mem.fits())
        text += tr("<br>More than the %1 of free memory: reduce the size or the batch.")
                    .arg(QString::fromStdString(formatBytes(mem.availableBytes)));
    summary_->setText(text);
}

void HyperparameterForm::saveSettings() const {
    QSettings s;
    s.setValue(kGroup + QStringLiteral("family"), family_->currentData());
    s.setValue(kGroup + QStringLiteral("objective"), objective_->currentData());
    s.setValue(kGroup + QStringLiteral("dynamicMasking"), masking_->currentData());
    s.setValue(kGroup + QStringLiteral("tokenizer"), tokenizer_->currentData());
    s.setValue(kGroup + QStringLiteral("positions"), positions_->currentData());
    s.setValue(kGroup + QStringLiteral("maskUnit"), maskUnit_->currentData());
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it) {
        if (auto* i = qobject_cast<QSpinBox*>(it.value()))
            s.setValue(kGroup + it.key(), i->value());
        if (auto* d = qobject_cast<QDoubleSpinBox*>(it.value()))
            s.setValue(kGroup + it.key(), d->value());
    }
}

void HyperparameterForm::restoreSettings() {
    QSettings s;
    try {
        const auto f =
            familyFromName(s.value(kGroup + QStringLiteral("family"), QStringLiteral("gpt"))
                               .toString()
                               .toStdString());
        const auto o =
            objectiveFromName(s.value(kGroup + QStringLiteral("objective"),
                                      QString::fromStdString(objectiveName(defaultObjective(f))))
                                  .toString()
                                  .toStdString());
        family_->setCurrentIndex(
            std::max(0, family_->findData(QString::fromStdString(familyName(f)))));
        fillObjectives(f, supportsObjective(f, o) ? o : defaultObjective(f));
    } catch (const std::exception&) {
        fillObjectives(ModelFamily::Gpt, Objective::Clm);  // damaged settings: the defaults
    }
    masking_->setCurrentIndex(
        s.value(kGroup + QStringLiteral("dynamicMasking"), true).toBool() ? 0 : 1);
    tokenizer_->setCurrentIndex(
        std::max(0, tokenizer_->findData(
                        s.value(kGroup + QStringLiteral("tokenizer"), QStringLiteral("char")))));
    vocabSize_->setEnabled(tokenizer_->currentData().toString() != QLatin1String("char"));
    positions_->setCurrentIndex(
        std::max(0, positions_->findData(s.value(kGroup + QStringLiteral("positions"),
                                                 QStringLiteral("absolute")))));
    maskUnit_->setCurrentIndex(
        std::max(0, maskUnit_->findData(
                        s.value(kGroup + QStringLiteral("maskUnit"), QStringLiteral("token")))));
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it) {
        const QVariant v = s.value(kGroup + it.key());
        if (!v.isValid()) continue;
        if (auto* i = qobject_cast<QSpinBox*>(it.value())) i->setValue(v.toInt());
        if (auto* d = qobject_cast<QDoubleSpinBox*>(it.value())) d->setValue(v.toDouble());
    }
}

}  // namespace lmw::ui
