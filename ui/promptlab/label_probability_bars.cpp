#include "promptlab/label_probability_bars.h"

#include <QPainter>
#include <algorithm>

#include "widgets/formatting.h"

namespace lmw::ui {

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

}  // namespace lmw::ui
