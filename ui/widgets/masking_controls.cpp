#include "widgets/masking_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include "api/error.h"
#include "engine/user_message.h"

namespace lmw::ui {

namespace {

QString escaped(const std::string& s) {
    QString t = QString::fromStdString(s).toHtmlEscaped();
    t.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    t.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    return t;
}

}  // namespace

MaskingControls::MaskingControls(QWidget* parent) : QWidget(parent) {
    rate_ = new QDoubleSpinBox(this);
    rate_->setRange(1, 50);
    rate_->setDecimals(0);
    rate_->setSuffix(QStringLiteral(" %"));
    rate_->setToolTip(
        tr("Share of the tokens the encoder hides and learns to restore (BERT: 15%; Wettig et al. "
           "2022 found 40% better for some models). Only hidden tokens give the encoder a training "
           "signal, so a higher rate means more signal per step and less context per guess."));
    maskShare_ = new QSpinBox(this);
    maskShare_->setRange(0, 100);
    maskShare_->setSuffix(QStringLiteral(" % [MASK]"));
    maskShare_->setToolTip(tr("Of the hidden tokens: the share replaced by [MASK] (BERT: 80%)"));
    randomShare_ = new QSpinBox(this);
    randomShare_->setRange(0, 100);
    randomShare_->setSuffix(tr(" % random"));
    randomShare_->setToolTip(
        tr("Of the hidden tokens: the share replaced by a random token (BERT: 10%), so the "
           "model cannot trust that every visible token is real"));
    keptShare_ = new QLabel(this);
    keptShare_->setToolTip(
        tr("Of the hidden tokens: the share left unchanged but still predicted (BERT: 10%), "
           "so the model also learns about tokens it can see"));
    unit_ = new QComboBox(this);
    unit_->addItem(tr("single tokens (BERT)"));
    unit_->addItem(tr("whole words"));
    unit_->addItem(tr("spans of words (SpanBERT)"));
    unit_->setToolTip(
        tr("What is hidden together: single tokens, all tokens of a word (whole-word masking), or "
           "runs "
           "of whole words with a geometric length (SpanBERT, Joshi et al. 2019)"));
    spanMean_ = new QDoubleSpinBox(this);
    spanMean_->setRange(1, 5.5);
    spanMean_->setDecimals(1);
    spanMean_->setSingleStep(0.5);
    spanMean_->setSuffix(tr(" words"));
    spanMean_->setToolTip(
        tr("Mean span length in words (SpanBERT: 3.8, a geometric length cut at 10 words)"));
    redraw_ = new QPushButton(tr("Draw again"), this);
    redraw_->setToolTip(tr("Mask the sentence again with a new random draw"));
    preview_ = new QLabel(this);
    preview_->setTextFormat(Qt::RichText);
    preview_->setWordWrap(true);
    preview_->setProperty("lmwShowsContent", true);  // corpus text, in its own language
    preview_->setToolTip(
        tr("The sentence as the encoder reads it: blue = [MASK], orange = a random token (the true "
           "one struck through), green = kept but still predicted. The loss counts only these."));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Hide:"), this), 0, 0);
    grid->addWidget(rate_, 0, 1);
    grid->addWidget(unit_, 0, 2);
    grid->addWidget(spanMean_, 0, 3);
    grid->addWidget(new QLabel(tr("As:"), this), 1, 0);
    grid->addWidget(maskShare_, 1, 1);
    grid->addWidget(randomShare_, 1, 2);
    grid->addWidget(keptShare_, 1, 3);
    grid->addWidget(preview_, 2, 0, 1, 4);
    grid->addWidget(redraw_, 2, 4, Qt::AlignTop);

    setSettings(defaultCompareSettings());
    for (QDoubleSpinBox* b : {rate_, spanMean_})
        connect(b, &QDoubleSpinBox::valueChanged, this, [this] {
            updatePreview();
            emit changed();
        });
    for (QSpinBox* b : {maskShare_, randomShare_})
        connect(b, &QSpinBox::valueChanged, this, [this, b] {
            QSpinBox* other = b == maskShare_ ? randomShare_ : maskShare_;
            if (b->value() + other->value() > 100) other->setValue(100 - b->value());
            updatePreview();
            emit changed();
        });
    connect(unit_, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        emit changed();
    });
    connect(redraw_, &QPushButton::clicked, this, [this] {
        ++seed_;
        updatePreview();
    });
}

void MaskingControls::setSettings(const CompareSettings& s) {
    const QSignalBlocker b1(rate_), b2(maskShare_), b3(randomShare_), b4(unit_), b5(spanMean_);
    rate_->setValue(100 * s.maskRate);
    maskShare_->setValue(int(std::lround(100 * s.maskTokenShare)));
    randomShare_->setValue(int(std::lround(100 * s.randomTokenShare)));
    unit_->setCurrentIndex(s.maskUnit == MaskUnit::WholeWord ? 1
                           : s.maskUnit == MaskUnit::Span    ? 2
                                                             : 0);
    spanMean_->setValue(s.spanMeanWords);
    updatePreview();
}

void MaskingControls::applyTo(CompareSettings& s) const {
    s.maskRate = rate_->value() / 100;
    s.maskTokenShare = maskShare_->value() / 100.0;
    s.randomTokenShare = randomShare_->value() / 100.0;
    s.maskUnit = unit_->currentIndex() == 1   ? MaskUnit::WholeWord
                 : unit_->currentIndex() == 2 ? MaskUnit::Span
                                              : MaskUnit::Token;
    s.spanMeanWords = spanMean_->value();
}

void MaskingControls::setPreviewSource(PreviewSource source, const QString& description) {
    source_ = std::move(source);
    sourceDescription_ = description;
    updatePreview();
}

void MaskingControls::setSentence(const QString& text) {
    sentence_ = text;
    updatePreview();
}

QString MaskingControls::previewHtml() const {
    return preview_->text();
}

ObjectiveConfig MaskingControls::objective() const {
    CompareSettings s;
    applyTo(s);
    ObjectiveConfig o;
    o.maskProb = s.maskRate;
    o.maskTokenShare = s.maskTokenShare;
    o.randomTokenShare = s.randomTokenShare;
    o.maskUnit = s.maskUnit;
    o.spanMeanWords = s.spanMeanWords;
    return o;
}

void MaskingControls::setPreviewRequester(PreviewRequester requester) {
    requester_ = std::move(requester);
    updatePreview();
}

void MaskingControls::updatePreview() {
    keptShare_->setText(tr("%1 % kept").arg(100 - maskShare_->value() - randomShare_->value()));
    spanMean_->setEnabled(unit_->currentIndex() == 2);
    selected_ = 0;
    if (sentence_.trimmed().isEmpty()) {
        preview_->setText(tr("<i>Type a sentence above to see it masked.</i>"));
        return;
    }
    const std::string text = sentence_.toStdString();
    if (requester_) {
        requester_(text, objective(), seed_);
        return;
    }
    try {
        showPreview(
            source_ ? source_(text, objective(), seed_) : previewMasking(text, objective(), seed_),
            source_ ? sourceDescription_
                    : tr("one per character until a model is trained; then in its own tokens"));
    } catch (const Error& e) {
        showPreviewError(messageOf(e));
    }
}

void MaskingControls::showPreviewError(const QString& message) {
    selected_ = 0;
    preview_->setText(message.toHtmlEscaped());
}

void MaskingControls::showPreview(const std::vector<MaskedToken>& tokens,
                                  const QString& description) {
    selected_ = 0;
    QString html = QStringLiteral("<span style='font-family:monospace'>");
    for (const MaskedToken& t : tokens) {
        switch (t.kind) {
            case MaskedToken::Plain:
                html += escaped(t.original);
                break;
            case MaskedToken::Masked:
                if (!t.original.empty() && t.original.front() == ' ')
                    html += QStringLiteral("&nbsp;");
                html +=
                    QStringLiteral("<span style='background:#2b6cb0;color:white'>%1</span>")
                        .arg(QString(std::max<qsizetype>(
                                         1, QString::fromStdString(t.original).trimmed().size()),
                                     QLatin1Char('_')));
                break;
            case MaskedToken::Random:
                html += QStringLiteral("<span style='background:#f6ad55'>%1<s>%2</s></span>")
                            .arg(escaped(t.shown), escaped(t.original));
                break;
            case MaskedToken::Kept:
                html += QStringLiteral("<span style='background:#9ae6b4'>%1</span>")
                            .arg(escaped(t.original));
                break;
        }
        selected_ += t.kind == MaskedToken::Plain ? 0 : 1;
    }
    html += QStringLiteral("</span><br><small>%1</small>")
                .arg(tr("%1 of %2 tokens hidden (%3): <span "
                        "style='background:#2b6cb0;color:white'>_</span> "
                        "[MASK], <span style='background:#f6ad55'>random</span>, "
                        "<span style='background:#9ae6b4'>kept</span>")
                         .arg(selected_)
                         .arg(tokens.size())
                         .arg(description));
    preview_->setText(html);
}

}  // namespace lmw::ui
