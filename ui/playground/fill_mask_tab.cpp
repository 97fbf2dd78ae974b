// The Fill mask tab: text, top-k, mask insertion, the masking box and one chart per mask.
#include "playground/fill_mask_tab.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>

#include "playground/playground_model_info.h"
#include "widgets/masking_controls.h"
#include "widgets/probability_bars.h"

namespace lmw::ui {

FillMaskTab::FillMaskTab(QWidget* parent)
    : PlaygroundModeTab(parent), maskToken_(maskTokenOf(ModelConfig().family)) {
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    text_ = inputEdit(this, tr("Write a text with one or more mask tokens."), 80);
    text_->setToolTip(tr("Every mask token of this text is predicted at once, from both sides."));
    l->addWidget(text_);
    auto* row = new QHBoxLayout;
    insertMask_ = new QPushButton(tr("Insert mask"), this);
    insertMask_->setToolTip(tr("Put the model's mask token at the cursor."));
    connect(insertMask_, &QPushButton::clicked, this, [this] {
        text_->insertPlainText(maskToken_);
        text_->setFocus();
    });
    topK_ = new QSpinBox(this);
    topK_->setObjectName(QStringLiteral("fillTopK"));
    topK_->setRange(1, 50);
    topK_->setValue(5);
    topK_->setPrefix(tr("top "));
    topK_->setToolTip(tr("How many candidates to show for each mask."));
    QPushButton* go =
        makeRunButton(tr("Fill masks"), tr("Predict every mask (Ctrl+Return)."), this);
    row->addWidget(insertMask_);
    row->addWidget(topK_);
    row->addStretch();
    row->addWidget(go);
    row->addWidget(makeStopButton(this));
    l->addLayout(row);

    maskingBox_ = new QGroupBox(tr("How masked LM training reads a sentence"), this);
    maskingBox_->setCheckable(true);
    maskingBox_->setChecked(false);
    maskingBox_->setToolTip(
        tr("During training an encoder sees its text with some tokens hidden: this shows one "
           "sentence in this model's own tokens, masked as training masks it"));
    auto* maskingLayout = new QVBoxLayout(maskingBox_);
    maskingSentence_ = new QLineEdit(
        QStringLiteral("The little cat sat on the warm mat and looked at the moon."), maskingBox_);
    maskingSentence_->setToolTip(tr("The sentence to mask"));
    masking_ = new MaskingControls(maskingBox_);
    maskingLayout->addWidget(maskingSentence_);
    maskingLayout->addWidget(masking_);
    const auto showBody = [this](bool on) {
        maskingSentence_->setVisible(on);
        masking_->setVisible(on);
        masking_->setSentence(on ? maskingSentence_->text() : QString());
    };
    connect(maskingBox_, &QGroupBox::toggled, this, showBody);
    connect(maskingSentence_, &QLineEdit::textChanged, this, [this] {
        if (maskingBox_->isChecked()) masking_->setSentence(maskingSentence_->text());
    });
    showBody(false);
    l->addWidget(maskingBox_);

    filled_ = new QLabel(this);
    filled_->setObjectName(QStringLiteral("filled"));
    filled_->setWordWrap(true);
    filled_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    filled_->setTextFormat(Qt::RichText);
    l->addWidget(filled_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    maskArea_ = new QWidget(scroll);
    maskGrid_ = new QGridLayout(maskArea_);
    maskGrid_->setAlignment(Qt::AlignTop);
    scroll->setWidget(maskArea_);
    l->addWidget(scroll, 1);
}

void FillMaskTab::setMaskToken(const QString& token) {
    maskToken_ = token;
    insertMask_->setText(tr("Insert %1").arg(token));
    text_->setPlaceholderText(
        tr("Write a text with one or more %1 tokens, e.g. 'Once upon a %1 there was a %1.'")
            .arg(token));
}

QString FillMaskTab::text() const {
    return text_->toPlainText();
}

int FillMaskTab::topK() const {
    return topK_->value();
}

void FillMaskTab::showFilled(const QString& text, const std::vector<MaskPrediction>& predictions) {
    clearBars();
    // The most likely text: each mask replaced by its best candidate.
    const QStringList parts = text.split(maskToken_);
    QString html, plain;
    for (int i = 0; i < parts.size(); ++i) {
        html += parts[i].toHtmlEscaped();
        plain += parts[i];
        if (i + 1 < parts.size() && std::size_t(i) < predictions.size() &&
            !predictions[std::size_t(i)].top.empty()) {
            const QString best =
                QString::fromStdString(predictions[std::size_t(i)].top.front().first);
            // Visible spaces and line breaks, so that a filled blank can be seen.
            html += QStringLiteral("<span style='background:#fad7a0'><b>%1</b></span>")
                        .arg(ProbabilityBars::visibleToken(best).toHtmlEscaped());
            plain += best;
        }
    }
    filledPlain_ = plain;
    filled_->setText(tr("Most likely: %1").arg(html));
    int n = 0;
    for (const MaskPrediction& p : predictions) {
        auto* bars = new ProbabilityBars(maskArea_);
        bars->setObjectName(QStringLiteral("maskBars"));
        QVector<ProbabilityBars::Entry> entries;
        for (const auto& [piece, prob] : p.top)
            entries.append({QString::fromStdString(piece), prob});
        bars->setEntries(tr("Mask %1 (token %2)").arg(n + 1).arg(p.position), entries, 0);
        bars->setMinimumHeight(bars->sizeHint().height());
        maskGrid_->addWidget(bars, n / 2, n % 2);
        maskBars_.append(bars);
        ++n;
    }
}

void FillMaskTab::refreshMaskingPreview() {
    if (maskingBox_->isChecked()) masking_->setSentence(maskingSentence_->text());
}

QString FillMaskTab::purpose() const {
    return tr("Encoders predict every masked token of a text at once.");
}

QString FillMaskTab::unavailableReason(const PlaygroundModelInfo& info) const {
    if (!info.encoder)
        return tr("Fill-mask needs an encoder (BERT, RoBERTa); this is a %1 model.")
            .arg(familyDisplayName(info.config.family));
    return QString();
}

void FillMaskTab::restoreSettings(QSettings& s) {
    text_->setPlainText(s.value(QStringLiteral("fillText")).toString());
    topK_->setValue(s.value(QStringLiteral("fillTopK"), 5).toInt());
}

void FillMaskTab::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("fillText"), text_->toPlainText());
    s.setValue(QStringLiteral("fillTopK"), topK_->value());
}

QString FillMaskTab::shownText() const {
    QString out;
    QTextStream s(&out);
    if (!filledPlain_.isEmpty()) s << filledPlain_ << "\n\n";
    for (const ProbabilityBars* b : maskBars_) s << b->toText() << '\n';
    return out;
}

QWidget* FillMaskTab::pictureWidget() const {
    return maskArea_;
}

void FillMaskTab::clearResults() {
    clearBars();
    filled_->clear();
    filledPlain_.clear();
}

void FillMaskTab::clearBars() {
    for (ProbabilityBars* b : maskBars_) b->deleteLater();
    maskBars_.clear();
}

}  // namespace lmw::ui
