#include "transfer/freeze_map.h"

#include <QPainter>
#include <algorithm>

namespace lmw::ui {

namespace {
const QColor kTrainable(31, 119, 180);
const QColor kFrozen(200, 200, 200);
}  // namespace

FreezeMap::FreezeMap(QWidget* parent) : QWidget(parent) {
    setToolTip(
        tr("Which layer groups the chosen classifier run trained (pick the run above the "
           "learning-rate plot): each row is a layer group (the head on top), each column an "
           "epoch. Blue: trainable in that epoch; grey: frozen. ULMFiT's gradual unfreezing "
           "trains only the head in epoch 1 and unfreezes one more group each epoch; the "
           "all-at-once baseline trains everything from the start."));
    setMinimumHeight(110);
}

void FreezeMap::reset(const QStringList& groups, int epochs) {
    groups_ = groups;
    trainable_.assign(std::size_t(std::max(0, epochs)), {});
    update();
}

void FreezeMap::setEpoch(int epoch, const std::vector<bool>& trainable) {
    if (epoch < 1) return;
    if (std::size_t(epoch) > trainable_.size()) trainable_.resize(std::size_t(epoch));
    trainable_[std::size_t(epoch - 1)] = trainable;
    update();
}

QSize FreezeMap::sizeHint() const {
    return {300, std::max(110, 30 + 22 * int(groups_.size()))};
}

void FreezeMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    if (groups_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The freeze map appears when the classifier starts."));
        return;
    }
    int labelW = 0;
    for (const QString& g : groups_) labelW = std::max(labelW, fm.horizontalAdvance(g));
    labelW += 10;
    const int rows = int(groups_.size());
    const int cols = std::max(1, int(trainable_.size()));
    const int top = 4, bottom = fm.height() + 6;
    const double cellH = std::min(24.0, double(height() - top - bottom) / rows);
    const double cellW = std::min(48.0, double(width() - labelW - 6) / cols);
    p.setPen(palette().color(QPalette::WindowText));
    for (int r = 0; r < rows; ++r) {
        const int g = rows - 1 - r;  // output side on top
        p.drawText(QRectF(0, top + r * cellH, labelW - 6, cellH), Qt::AlignRight | Qt::AlignVCenter,
                   groups_[g]);
    }
    for (int c = 0; c < cols; ++c) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(labelW + c * cellW, top + rows * cellH + 2, cellW, fm.height()),
                   Qt::AlignCenter, QString::number(c + 1));
        const std::vector<bool>* col =
            std::size_t(c) < trainable_.size() ? &trainable_[std::size_t(c)] : nullptr;
        for (int r = 0; r < rows; ++r) {
            const int g = rows - 1 - r;
            QColor fill = palette().color(QPalette::Base);
            if (col && std::size_t(g) < col->size())
                fill = (*col)[std::size_t(g)] ? kTrainable : kFrozen;
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(fill);
            p.drawRect(QRectF(labelW + c * cellW, top + r * cellH, cellW - 2, cellH - 2));
        }
    }
}

}  // namespace lmw::ui
