#include "widgets/entropy_lines.h"

#include <qcustomplot.h>
#include <cmath>

namespace lmw::ui {

namespace {
bool shown(double v) {
    return std::isfinite(v) && v > 0;
}
}  // namespace

EntropyLines::EntropyLines(QCustomPlot* plot) {
    for (int k = 0; k < 2; ++k) {
        auto* line = new QCPItemStraightLine(plot);
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2, k == 0 ? Qt::DashLine : Qt::DotLine));
        line->setSelectable(false);
        line->setVisible(false);
        auto* label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->setColor(QColor(0x44, 0x44, 0x44));
        QFont f = plot->font();
        f.setPointSizeF(std::max(6.0, f.pointSizeF() - 1));
        label->setFont(f);
        label->setSelectable(false);
        label->setVisible(false);
        lines_[std::size_t(k)] = line;
        labels_[std::size_t(k)] = label;
    }
}

void EntropyLines::set(double unigram, double bigram) {
    values_ = {unigram, bigram};
    const QString names[2] = {tr("unigram entropy: token frequencies only, the plateau (%1)"),
                              tr("bigram entropy: the previous token known (%1)")};
    for (std::size_t k = 0; k < 2; ++k) {
        const bool on = shown(values_[k]);
        lines_[k]->setVisible(on);
        labels_[k]->setVisible(on);
        if (!on) continue;
        // A horizontal line through two points of the same height.
        lines_[k]->point1->setCoords(0, values_[k]);
        lines_[k]->point2->setCoords(1, values_[k]);
        labels_[k]->position->setCoords(0.01, values_[k]);
        labels_[k]->setText(names[k].arg(values_[k], 0, 'f', 2));
    }
}

bool EntropyLines::visible() const {
    return shown(values_[0]) || shown(values_[1]);
}

void EntropyLines::include(double& lo, double& hi, bool& found) const {
    for (double v : values_) {
        if (!shown(v)) continue;
        lo = found ? std::min(lo, v) : v;
        hi = found ? std::max(hi, v) : v;
        found = true;
    }
}

}  // namespace lmw::ui
