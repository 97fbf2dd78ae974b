// The training-step slider of the attention explorer.
#include "attention/attention_timeline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

namespace lmw::ui {

AttentionTimeline::AttentionTimeline(QWidget* parent) : QWidget(parent) {
    auto* title = new QLabel(tr("Training step"), this);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("attentionTimelineSlider"));
    slider_->setToolTip(tr("Scrub through the training steps at which attention was recorded"));
    slider_->setTickPosition(QSlider::TicksBelow);
    slider_->setPageStep(1);
    step_ = new QLabel(this);
    step_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("step 0000000")));
    QFont bold = step_->font();
    bold.setBold(true);
    step_->setFont(bold);
    position_ = new QLabel(this);
    position_->setForegroundRole(QPalette::PlaceholderText);
    text_ = new QLabel(this);
    text_->setForegroundRole(QPalette::PlaceholderText);
    text_->setTextFormat(Qt::PlainText);
    text_->setMinimumWidth(120);
    text_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    text_->installEventFilter(this);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title);
    row->addWidget(slider_, 3);
    row->addWidget(step_);
    row->addWidget(position_);
    row->addSpacing(12);
    row->addWidget(text_, 2);

    connect(slider_, &QSlider::valueChanged, this, [this](int value) {
        updateLabels();
        Q_EMIT currentIndexChanged(value);
    });
    setSteps({}, -1);
}

void AttentionTimeline::setSteps(const std::vector<std::int64_t>& steps, int current) {
    steps_ = steps;
    const int last = count() - 1;
    if (current < 0 || current > last) current = last;
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, std::max(last, 0));
        slider_->setValue(std::max(current, 0));
        slider_->setTickInterval(std::max(1, count() / 20));
    }
    slider_->setEnabled(count() > 1);
    updateLabels();
}

int AttentionTimeline::currentIndex() const {
    return steps_.empty() ? -1 : slider_->value();
}

std::int64_t AttentionTimeline::currentStep() const {
    const int i = currentIndex();
    return i < 0 ? 0 : steps_[std::size_t(i)];
}

void AttentionTimeline::setCurrentIndex(int index) {
    if (steps_.empty()) return;
    slider_->setValue(std::clamp(index, 0, count() - 1));
}

void AttentionTimeline::setText(const QString& text) {
    text_->setToolTip(text);
    fullText_ = text.simplified();
    elideText();
}

void AttentionTimeline::elideText() {
    const QString line = fullText_.isEmpty() ? QString() : tr("Text: “%1”").arg(fullText_);
    text_->setText(text_->fontMetrics().elidedText(line, Qt::ElideRight, text_->width()));
}

bool AttentionTimeline::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_ && event->type() == QEvent::Resize) elideText();
    return QWidget::eventFilter(watched, event);
}

int AttentionTimeline::nearestIndex(const std::vector<std::int64_t>& steps, std::int64_t step) {
    if (steps.empty()) return -1;
    const auto it = std::lower_bound(steps.begin(), steps.end(), step);
    if (it == steps.begin()) return 0;
    if (it == steps.end()) return int(steps.size()) - 1;
    const auto before = it - 1;
    // Differences as unsigned so that extreme steps cannot overflow.
    const auto above = std::uint64_t(*it) - std::uint64_t(step);
    const auto below = std::uint64_t(step) - std::uint64_t(*before);
    return int((above < below ? it : before) - steps.begin());
}

QString AttentionTimeline::stepText() const {
    return step_->text();
}

void AttentionTimeline::updateLabels() {
    if (steps_.empty()) {
        step_->setText(tr("no snapshot"));
        position_->clear();
        return;
    }
    step_->setText(tr("step %1").arg(currentStep()));
    position_->setText(tr("(%1 of %2)").arg(currentIndex() + 1).arg(count()));
}

}  // namespace lmw::ui
