#include "train/chart_marks.h"

#include <qcustomplot.h>

namespace lmw::ui {

void ChartMarks::add(double step, const QString& text) {
    const QColor colour(0xd5, 0x5e, 0x00);  // vermillion: apart from the curves' blues
    auto* line = new QCPItemStraightLine(plot_);
    line->point1->setCoords(step, 0);
    line->point2->setCoords(step, 1);
    line->setPen(QPen(colour, 1.5, Qt::DashLine));
    auto* label = new QCPItemText(plot_);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(step, 0.02);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setColor(colour);
    label->setBrush(QBrush(QColor(255, 255, 255, 220)));
    label->setText(text);
    marks_.append({step, line, label});
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ChartMarks::clear() {
    for (const Mark& m : marks_) {
        plot_->removeItem(m.line);
        plot_->removeItem(m.label);
    }
    marks_.clear();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString ChartMarks::text(int i) const {
    return marks_.value(i).label ? marks_[i].label->text() : QString();
}

double ChartMarks::step(int i) const {
    return i >= 0 && i < marks_.size() ? marks_[i].step : 0;
}

}  // namespace lmw::ui
