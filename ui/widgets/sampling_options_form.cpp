#include "widgets/sampling_options_form.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace lmw::ui {

SamplingOptionsForm::SamplingOptionsForm(Unit unit, bool beams, QWidget* parent)
    : QWidget(parent), unit_(unit) {
    const GenerateOptions d;
    form_ = new QFormLayout(this);
    form_->setContentsMargins(0, 0, 0, 0);
    length_ = new QSpinBox(this);
    length_->setObjectName(QStringLiteral("maxTokens"));
    length_->setRange(1, unit == Unit::Characters ? 20000 : 100000);
    length_->setValue(d.maxTokens);
    length_->setToolTip(unit == Unit::Characters ? tr("How many characters to generate.")
                                                 : tr("The most tokens to generate."));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setObjectName(QStringLiteral("temperature"));
    temperature_->setRange(0, 5);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(d.temperature);
    topK_ = new QSpinBox(this);
    topK_->setObjectName(QStringLiteral("topK"));
    topK_->setRange(0, 100000);
    topK_->setSpecialValueText(tr("off"));
    topK_->setValue(d.topK);
    topP_ = new QDoubleSpinBox(this);
    topP_->setObjectName(QStringLiteral("topP"));
    topP_->setRange(0.01, 1.0);
    topP_->setSingleStep(0.05);
    topP_->setValue(d.topP);
    seed_ = new QSpinBox(this);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, 2147483647);
    seed_->setValue(int(d.seed));
    form_->addRow(unit == Unit::Characters ? tr("&Length") : tr("Max &tokens"), length_);
    form_->addRow(tr("T&emperature"), temperature_);
    form_->addRow(tr("Top-&k"), topK_);
    form_->addRow(tr("Top-&p"), topP_);
    form_->addRow(tr("See&d"), seed_);
    if (beams) {
        beams_ = new QSpinBox(this);
        beams_->setObjectName(QStringLiteral("beams"));
        beams_->setRange(1, 16);
        beams_->setValue(d.beams);
        beams_->setToolTip(tr("BART: beam-search width (1 = greedy)."));
        beams_->setEnabled(false);
        form_->addRow(tr("&Beams"), beams_);
    }
    explainSampling();
}

void SamplingOptionsForm::explainSampling() {
    const bool chars = unit_ == Unit::Characters;
    temperature_->setToolTip(
        chars ? tr("Divides the logits: below 1 sharpens the distribution, above 1 flattens it; "
                   "0 always takes the most likely character.")
              : tr("Divides the logits: below 1 sharpens the distribution, above 1 flattens it; "
                   "0 always takes the most likely token."));
    topK_->setToolTip(chars ? tr("Sample only among the k most likely characters (off = all).")
                            : tr("Sample only among the k most likely tokens (off = all)."));
    topP_->setToolTip(chars ? tr("Nucleus sampling: keep the most likely characters until their "
                                 "probabilities add up to p (1 = off).")
                            : tr("Nucleus sampling: keep the most likely tokens until their "
                                 "probabilities add up to p (1 = off)."));
    seed_->setToolTip(tr("Same seed, same weights and settings: same text."));
}

void SamplingOptionsForm::applyTo(GenerateOptions& o) const {
    o.maxTokens = length_->value();
    o.temperature = temperature_->value();
    o.topK = topK_->value();
    o.topP = topP_->value();
    o.seed = std::uint64_t(seed_->value());
    if (beams_) o.beams = beams_->value();
}

void SamplingOptionsForm::setSampling(bool on, const QString& why) {
    for (QWidget* w : {static_cast<QWidget*>(temperature_), static_cast<QWidget*>(topK_),
                       static_cast<QWidget*>(topP_), static_cast<QWidget*>(seed_)}) {
        w->setEnabled(on);
        if (!on) w->setToolTip(why);
    }
    if (on) explainSampling();
    if (beams_) beams_->setEnabled(!on);
}

void SamplingOptionsForm::restore(QSettings& s) {
    const GenerateOptions d;
    length_->setValue(s.value(QStringLiteral("tokens"), d.maxTokens).toInt());
    temperature_->setValue(s.value(QStringLiteral("temperature"), d.temperature).toDouble());
    topK_->setValue(s.value(QStringLiteral("topK"), d.topK).toInt());
    topP_->setValue(s.value(QStringLiteral("topP"), d.topP).toDouble());
    seed_->setValue(s.value(QStringLiteral("seed"), int(d.seed)).toInt());
    if (beams_) beams_->setValue(s.value(QStringLiteral("beams"), d.beams).toInt());
}

void SamplingOptionsForm::save(QSettings& s) const {
    s.setValue(QStringLiteral("tokens"), length_->value());
    s.setValue(QStringLiteral("temperature"), temperature_->value());
    s.setValue(QStringLiteral("topK"), topK_->value());
    s.setValue(QStringLiteral("topP"), topP_->value());
    s.setValue(QStringLiteral("seed"), seed_->value());
    if (beams_) s.setValue(QStringLiteral("beams"), beams_->value());
}

}  // namespace lmw::ui
