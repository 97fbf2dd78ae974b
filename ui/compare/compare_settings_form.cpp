#include "compare/compare_settings_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <algorithm>

#include "widgets/family_text.h"
#include "widgets/masking_controls.h"

namespace lmw::ui {

namespace {

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
    {QT_TRANSLATE_NOOP("lmw::ui::CompareSettingsForm", "BERT (masked LM, static masks)"),
     ModelFamily::Bert, Objective::Mlm, false},
    {QT_TRANSLATE_NOOP("lmw::ui::CompareSettingsForm", "BERT (masked LM + next sentence)"),
     ModelFamily::Bert, Objective::MlmNsp, false},
    {QT_TRANSLATE_NOOP("lmw::ui::CompareSettingsForm", "RoBERTa (masked LM, dynamic masks)"),
     ModelFamily::Roberta, Objective::Mlm, true},
};

}  // namespace

QString CompareSettingsForm::fairnessNote(const CompareSettings& s) {
    const QString tokens =
        s.tokenizer == "char"
            ? tr("character tokens")
            : tr("%1 tokens (up to %2)").arg(QString::fromStdString(s.tokenizer)).arg(s.vocabSize);
    const QString positions =
        tr("%1 positions, %2").arg(positionEncodingLabel(s.positions), tokens);
    if (s.layout == BlockLayout::Gpt)
        return tr("Both models are the same network (%1, GPT's pre-LN blocks, %2, the same steps, "
                  "batch and learning rate); only the attention mask (both sides vs the left "
                  "only) and the objective (hidden tokens vs every next token) differ.")
            .arg(sizePresetText(s.size), positions);
    return tr("Both models have the same size, %1, steps and batch; the encoder keeps BERT's own "
              "post-LN block, so the networks differ in their layout as well as in the attention "
              "mask and the objective.")
        .arg(positions);
}

CompareSettingsForm::CompareSettingsForm(QWidget* parent) : QWidget(parent) {
    size_ = new QComboBox(this);
    for (const SizePreset& p : sizePresets())
        size_->addItem(sizePresetText(p.name), sizePresetText(p.description));
    size_->setToolTip(tr("Model size used for both models (layers, heads, width, context)"));
    encoderKind_ = new QComboBox(this);
    for (const EncoderKind& k : kEncoderKinds) encoderKind_->addItem(tr(k.label));
    encoderKind_->setToolTip(
        tr("The encoder's pretraining objective; the decoder always learns to predict the next "
           "token"));
    steps_ = new QSpinBox(this);
    steps_->setRange(20, 100000);
    steps_->setSingleStep(100);
    steps_->setValue(kDefaultSteps);
    steps_->setToolTip(
        tr("Optimizer steps for each model. A decoder leaves the plateau of letter frequencies "
           "within a "
           "hundred steps; an encoder must first learn to look at its neighbours, which rotary "
           "positions "
           "make quick (a few hundred steps at the tiny size)."));
    positions_ = new QComboBox(this);
    for (PositionEncoding p :
         {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
        positions_->addItem(positionEncodingLabel(p), int(p));
        positions_->setItemData(positions_->count() - 1, positionEncodingTooltip(p),
                                Qt::ToolTipRole);
    }
    positions_->setToolTip(
        tr("How both models know where each token is: learned absolute positions (the papers'), "
           "rotary (RoPE) or ALiBi. With absolute positions an encoder needs thousands of steps to "
           "learn to look at its neighbours."));
    tokens_ = new QComboBox(this);
    tokens_->addItem(tr("subwords (BPE, 500)"), QStringLiteral("bpe"));
    tokens_->addItem(tr("characters"), QStringLiteral("char"));
    tokens_->setToolTip(tr(
        "How both models cut text into tokens: subwords learned from the corpus (most words of the "
        "stories are one token, as in BERT and GPT-2), or single characters (a word is several "
        "masks for the encoder, which makes filling a word far harder)"));
    sharedLayout_ = new QCheckBox(tr("One architecture"), this);
    sharedLayout_->setToolTip(
        tr("Build the encoder from the decoder's own blocks (GPT's pre-LN layout), so the two "
           "differ only in the attention mask and the objective. Off: BERT's post-LN encoder."));
    masking_ = new MaskingControls(this);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Size:"), this));
    options->addWidget(size_);
    options->addWidget(new QLabel(tr("Encoder:"), this));
    options->addWidget(encoderKind_);
    options->addWidget(new QLabel(tr("Steps:"), this));
    options->addWidget(steps_);
    options->addWidget(new QLabel(tr("Positions:"), this));
    options->addWidget(positions_);
    options->addWidget(new QLabel(tr("Tokens:"), this));
    options->addWidget(tokens_);
    options->addWidget(sharedLayout_);
    form->addRow(options);
    form->addRow(tr("Encoder masking:"), masking_);
    fairness_ = new QLabel(this);
    fairness_->setWordWrap(true);
    fairness_->setStyleSheet(QStringLiteral("color: #2f4f2f;"));
    form->addRow(fairness_);
    const auto updateFairness = [this] {
        fairness_->setText(fairnessNote(settings()));
        // An encoder of GPT blocks has no next-sentence head.
        if (sharedLayout_->isChecked() && encoderKind_->currentIndex() == 1)
            encoderKind_->setCurrentIndex(2);
    };
    connect(positions_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(sharedLayout_, &QCheckBox::toggled, this, updateFairness);
    connect(tokens_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(encoderKind_, &QComboBox::currentIndexChanged, this, updateFairness);
    connect(size_, &QComboBox::currentIndexChanged, this, updateFairness);
    // The comparison's defaults until settings are loaded.
    const CompareSettings d = defaultCompareSettings();
    encoderKind_->setCurrentIndex(2);
    positions_->setCurrentIndex(std::max(0, positions_->findData(int(d.positions))));
    tokens_->setCurrentIndex(std::max(0, tokens_->findData(QString::fromStdString(d.tokenizer))));
    sharedLayout_->setChecked(d.layout == BlockLayout::Gpt);
    updateFairness();
}

CompareSettings CompareSettingsForm::settings() const {
    CompareSettings s = defaultCompareSettings();
    const auto presets = sizePresets();
    s.size =
        presets[std::size_t(std::clamp(size_->currentIndex(), 0, int(presets.size()) - 1))].name;
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

Objective CompareSettingsForm::encoderObjective() const {
    return kEncoderKinds[std::clamp(encoderKind_->currentIndex(), 0, 2)].objective;
}

void CompareSettingsForm::setSettings(const CompareSettings& s, Objective encoderObjective) {
    const auto presets = sizePresets();
    for (std::size_t i = 0; i < presets.size(); ++i)
        if (presets[i].name == s.size) size_->setCurrentIndex(int(i));
    for (int i = 0; i < int(std::size(kEncoderKinds)); ++i) {
        const EncoderKind& k = kEncoderKinds[i];
        if (k.family == s.encoderFamily && k.objective == encoderObjective)
            encoderKind_->setCurrentIndex(i);
    }
    steps_->setValue(s.steps);
    positions_->setCurrentIndex(std::max(0, positions_->findData(int(s.positions))));
    sharedLayout_->setChecked(s.layout == BlockLayout::Gpt);
    tokens_->setCurrentIndex(std::max(0, tokens_->findData(QString::fromStdString(s.tokenizer))));
    masking_->setSettings(s);
    fairness_->setText(fairnessNote(settings()));
}

void CompareSettingsForm::loadSettings(QSettings& s) {
    size_->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("size"), 0).toInt(), 0, size_->count() - 1));
    encoderKind_->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("encoder"), 2).toInt(), 0, encoderKind_->count() - 1));
    steps_->setValue(s.value(QStringLiteral("steps"), kDefaultSteps).toInt());
    const CompareSettings d = defaultCompareSettings();
    const int positions = s.value(QStringLiteral("positions"), int(d.positions)).toInt();
    positions_->setCurrentIndex(std::max(0, positions_->findData(positions)));
    sharedLayout_->setChecked(
        s.value(QStringLiteral("sharedLayout"), d.layout == BlockLayout::Gpt).toBool());
    tokens_->setCurrentIndex(std::max(
        0,
        tokens_->findData(s.value(QStringLiteral("tokens"), QString::fromStdString(d.tokenizer)))));
    CompareSettings m = d;
    m.maskRate = s.value(QStringLiteral("maskRate"), d.maskRate).toDouble();
    m.maskTokenShare = s.value(QStringLiteral("maskTokenShare"), d.maskTokenShare).toDouble();
    m.randomTokenShare = s.value(QStringLiteral("randomTokenShare"), d.randomTokenShare).toDouble();
    m.maskUnit =
        MaskUnit(std::clamp(s.value(QStringLiteral("maskUnit"), int(d.maskUnit)).toInt(), 0, 2));
    m.spanMeanWords = s.value(QStringLiteral("spanMean"), d.spanMeanWords).toDouble();
    masking_->setSettings(m);
    fairness_->setText(fairnessNote(settings()));
}

void CompareSettingsForm::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("size"), size_->currentIndex());
    s.setValue(QStringLiteral("encoder"), encoderKind_->currentIndex());
    s.setValue(QStringLiteral("steps"), steps_->value());
    const CompareSettings c = settings();
    s.setValue(QStringLiteral("positions"), int(c.positions));
    s.setValue(QStringLiteral("sharedLayout"), c.layout == BlockLayout::Gpt);
    s.setValue(QStringLiteral("tokens"), QString::fromStdString(c.tokenizer));
    s.setValue(QStringLiteral("maskRate"), c.maskRate);
    s.setValue(QStringLiteral("maskTokenShare"), c.maskTokenShare);
    s.setValue(QStringLiteral("randomTokenShare"), c.randomTokenShare);
    s.setValue(QStringLiteral("maskUnit"), int(c.maskUnit));
    s.setValue(QStringLiteral("spanMean"), c.spanMeanWords);
}

}  // namespace lmw::ui
