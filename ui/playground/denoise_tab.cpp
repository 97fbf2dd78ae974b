// The Denoise tab: BART's noise options, the corrupted input and the reconstruction.
#include "playground/denoise_tab.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>

#include "playground/token_view.h"

namespace lmw::ui {

namespace {

QDoubleSpinBox* rateBox(QWidget* parent, double value, const QString& tip) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0.01, 0.9);
    b->setSingleStep(0.05);
    b->setValue(value);
    b->setToolTip(tip);
    return b;
}

}  // namespace

DenoiseTab::DenoiseTab(QWidget* parent) : PlaygroundModeTab(parent) {
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    text_ = inputEdit(this, tr("A text of one or more sentences to corrupt and rebuild."), 70);
    text_->setToolTip(tr("The original text: the noise below corrupts it, the model rebuilds it."));
    l->addWidget(text_);

    auto* noise = new QGroupBox(tr("Noise (BART, Lewis et al. 2019)"), this);
    auto* g = new QGridLayout(noise);
    const ObjectiveConfig d;
    infill_ = new QCheckBox(tr("text infilling"), noise);
    infill_->setToolTip(
        tr("Spans with Poisson(λ) lengths become one mask each: the model must guess how much is "
           "missing."));
    infillRate_ = rateBox(noise, d.infillRate, tr("Share of the tokens hidden in spans."));
    lambda_ = new QDoubleSpinBox(noise);
    lambda_->setRange(0.5, 10);
    lambda_->setSingleStep(0.5);
    lambda_->setValue(d.poissonLambda);
    lambda_->setPrefix(tr("λ = "));
    lambda_->setToolTip(tr("Mean span length of text infilling (span lengths ~ Poisson(λ))."));
    tokenMask_ = new QCheckBox(tr("token masking"), noise);
    tokenMask_->setToolTip(tr("Single tokens replaced by the mask token, as in BERT."));
    maskRate_ = rateBox(noise, d.tokenMaskRate, tr("Share of the tokens masked."));
    tokenDelete_ = new QCheckBox(tr("token deletion"), noise);
    tokenDelete_->setToolTip(tr("Tokens removed without a trace: the model must find where."));
    deleteRate_ = rateBox(noise, d.tokenDeleteRate, tr("Share of the tokens deleted."));
    permute_ = new QCheckBox(tr("sentence permutation"), noise);
    permute_->setToolTip(tr("The sentences are shuffled."));
    rotate_ = new QCheckBox(tr("document rotation"), noise);
    rotate_->setToolTip(tr("The text starts at a random token and wraps around."));
    noiseSeed_ = new QSpinBox(noise);
    noiseSeed_->setObjectName(QStringLiteral("noiseSeed"));
    noiseSeed_->setRange(0, 2147483647);
    noiseSeed_->setPrefix(tr("seed "));
    noiseSeed_->setToolTip(tr("Same seed, same corruption."));
    beams_ = new QSpinBox(noise);
    beams_->setObjectName(QStringLiteral("denoiseBeams"));
    beams_->setRange(1, 16);
    beams_->setPrefix(tr("beams "));
    beams_->setToolTip(tr("Beam-search width of the reconstruction (1 = greedy)."));
    g->addWidget(infill_, 0, 0);
    g->addWidget(infillRate_, 0, 1);
    g->addWidget(lambda_, 0, 2);
    g->addWidget(tokenMask_, 1, 0);
    g->addWidget(maskRate_, 1, 1);
    g->addWidget(permute_, 1, 2);
    g->addWidget(tokenDelete_, 2, 0);
    g->addWidget(deleteRate_, 2, 1);
    g->addWidget(rotate_, 2, 2);
    g->addWidget(noiseSeed_, 0, 3);
    g->addWidget(beams_, 1, 3);
    g->setColumnStretch(4, 1);
    g->addWidget(makeRunButton(tr("Corrupt and rebuild"),
                               tr("Apply the noise and let the model reconstruct the text "
                                  "(Ctrl+Return)."),
                               noise),
                 2, 3);
    g->addWidget(makeStopButton(noise), 2, 5);
    l->addWidget(noise);

    auto* split = new QSplitter(Qt::Horizontal, this);
    sideBySide_ = split;
    auto* leftBox = new QGroupBox(tr("Corrupted input (marked: changed by the noise)"), split);
    auto* lb = new QVBoxLayout(leftBox);
    corrupted_ = new TokenView(leftBox);
    corrupted_->viewport()->setCursor(Qt::IBeamCursor);
    corrupted_->setToolTip(
        tr("What the encoder reads. Marked tokens were introduced or moved by the noise."));
    lb->addWidget(corrupted_);
    auto* rightBox = new QGroupBox(tr("Reconstruction"), split);
    auto* rb = new QVBoxLayout(rightBox);
    reconstruction_ = new QPlainTextEdit(rightBox);
    reconstruction_->setReadOnly(true);
    reconstruction_->setFont(corrupted_->font());
    reconstruction_->setToolTip(tr("What the decoder writes back."));
    rb->addWidget(reconstruction_);
    split->addWidget(leftBox);
    split->addWidget(rightBox);
    l->addWidget(split, 1);
    changedNote_ = hintLabel(this);
    l->addWidget(changedNote_);
}

QString DenoiseTab::text() const {
    return text_->toPlainText();
}

ObjectiveConfig DenoiseTab::noiseOptions() const {
    ObjectiveConfig o;
    o.objective = Objective::Denoise;
    o.textInfilling = infill_->isChecked();
    o.infillRate = infillRate_->value();
    o.poissonLambda = lambda_->value();
    o.tokenMasking = tokenMask_->isChecked();
    o.tokenMaskRate = maskRate_->value();
    o.tokenDeletion = tokenDelete_->isChecked();
    o.tokenDeleteRate = deleteRate_->value();
    o.sentencePermutation = permute_->isChecked();
    o.documentRotation = rotate_->isChecked();
    return o;
}

std::uint64_t DenoiseTab::noiseSeed() const {
    return std::uint64_t(noiseSeed_->value());
}

int DenoiseTab::beams() const {
    return beams_->value();
}

void DenoiseTab::showDenoised(const QStringList& corrupted, const QVector<bool>& changed,
                              const QString& reconstruction) {
    corrupted_->setTokens(QString(), corrupted, changed);
    reconstruction_->setPlainText(reconstruction);
    const int n = int(std::count(changed.begin(), changed.end(), true));
    changedNote_->setText(
        tr("%1 of the %2 corrupted tokens were introduced or moved by the noise (marked).")
            .arg(n)
            .arg(corrupted.size()));
}

QString DenoiseTab::purpose() const {
    return tr("Corrupt a text with BART's noise and watch the model rebuild it.");
}

QString DenoiseTab::unavailableReason(const PlaygroundModelInfo& info) const {
    if (info.config.family != ModelFamily::Bart)
        return tr("Denoising needs BART, which was trained to rebuild corrupted text; this is a "
                  "%1 model.")
            .arg(familyDisplayName(info.config.family));
    return QString();
}

void DenoiseTab::restoreSettings(QSettings& s) {
    const ObjectiveConfig o;
    text_->setPlainText(
        s.value(QStringLiteral("denoiseText"),
                QStringLiteral(
                    "Once upon a time there was a little cat. She liked to play in the sun."))
            .toString());
    infill_->setChecked(s.value(QStringLiteral("infill"), o.textInfilling).toBool());
    infillRate_->setValue(s.value(QStringLiteral("infillRate"), o.infillRate).toDouble());
    lambda_->setValue(s.value(QStringLiteral("lambda"), o.poissonLambda).toDouble());
    tokenMask_->setChecked(s.value(QStringLiteral("tokenMask"), o.tokenMasking).toBool());
    maskRate_->setValue(s.value(QStringLiteral("maskRate"), o.tokenMaskRate).toDouble());
    tokenDelete_->setChecked(s.value(QStringLiteral("tokenDelete"), o.tokenDeletion).toBool());
    deleteRate_->setValue(s.value(QStringLiteral("deleteRate"), o.tokenDeleteRate).toDouble());
    permute_->setChecked(s.value(QStringLiteral("permute"), o.sentencePermutation).toBool());
    rotate_->setChecked(s.value(QStringLiteral("rotate"), o.documentRotation).toBool());
    noiseSeed_->setValue(s.value(QStringLiteral("noiseSeed"), 1).toInt());
    beams_->setValue(s.value(QStringLiteral("denoiseBeams"), 1).toInt());
}

void DenoiseTab::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("denoiseText"), text_->toPlainText());
    s.setValue(QStringLiteral("infill"), infill_->isChecked());
    s.setValue(QStringLiteral("infillRate"), infillRate_->value());
    s.setValue(QStringLiteral("lambda"), lambda_->value());
    s.setValue(QStringLiteral("tokenMask"), tokenMask_->isChecked());
    s.setValue(QStringLiteral("maskRate"), maskRate_->value());
    s.setValue(QStringLiteral("tokenDelete"), tokenDelete_->isChecked());
    s.setValue(QStringLiteral("deleteRate"), deleteRate_->value());
    s.setValue(QStringLiteral("permute"), permute_->isChecked());
    s.setValue(QStringLiteral("rotate"), rotate_->isChecked());
    s.setValue(QStringLiteral("noiseSeed"), noiseSeed_->value());
    s.setValue(QStringLiteral("denoiseBeams"), beams_->value());
}

QString DenoiseTab::shownText() const {
    QString out;
    QTextStream s(&out);
    if (!corrupted_->tokens().isEmpty())
        s << tr("Corrupted input:") << '\n'
          << corrupted_->toPlainText() << "\n\n"
          << tr("Reconstruction:") << '\n'
          << reconstruction_->toPlainText() << '\n';
    return out;
}

QWidget* DenoiseTab::pictureWidget() const {
    return sideBySide_;
}

void DenoiseTab::clearResults() {
    corrupted_->clearTokens();
    reconstruction_->clear();
    changedNote_->clear();
}

}  // namespace lmw::ui
