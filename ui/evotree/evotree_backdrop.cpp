// Painting of the tree's backdrop: rows, time arrow, base, trunks, title.
#include "evotree/evotree_backdrop.h"

#include "evotree/evotree_style.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace lmw::ui {

EvoTreeBackdrop::EvoTreeBackdrop(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setZValue(-100.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void EvoTreeBackdrop::setLayout(const EvoTreeLayout& layout) {
    prepareGeometryChange();
    rect_ = layout.sceneRect();
    rows_ = layout.rows();
    rootBottom_ = layout.rootBottom();
    base_ = layout.basePoint();
    for (Branch b : kAllBranches) {
        trunkX_[static_cast<int>(b)] = layout.trunkX(b);
        branchTop_[static_cast<int>(b)] = layout.branchTop(b);
        labelRect_[static_cast<int>(b)] = layout.labelRect(b);
    }
    update();
}

void EvoTreeBackdrop::setTitle(const QString& title, const QString& subtitle) {
    title_ = title;
    subtitle_ = subtitle;
    update();
}

void EvoTreeBackdrop::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing, true);
    p->fillRect(rect_, Qt::white);
    paintRows(p);
    paintTrunks(p);
    paintAxis(p);
    paintTitle(p);
}

void EvoTreeBackdrop::paintRows(QPainter* p) const {
    using namespace evostyle;
    const double left = EvoTreeLayout::kAxisX;
    const double right = rect_.right() - 12;
    for (int i = 0; i < rows_.size(); ++i) {
        const YearRow& row = rows_.at(i);
        if (i % 2 == 1)
            p->fillRect(QRectF(left, row.top, right - left, row.bottom - row.top), kRowTint);
        QPen dash(kGrid, 1.2, Qt::DashLine);
        p->setPen(dash);
        p->drawLine(QPointF(left, row.bottom), QPointF(right, row.bottom));
    }
    // The root zone under the base: pre-2018 word embeddings.
    const QRectF roots(left, EvoTreeLayout::kGroundY + 24, right - left,
                       rootBottom_ - EvoTreeLayout::kGroundY - 12);
    p->fillRect(roots, QColor(0xF7, 0xF7, 0xF5));
}

void EvoTreeBackdrop::paintAxis(QPainter* p) const {
    using namespace evostyle;
    if (rows_.isEmpty()) return;
    const double x = EvoTreeLayout::kAxisX;
    const double top = rows_.last().top + 8;
    const double bottom = rootBottom_ + 10;
    p->setPen(QPen(kTimeline, 4.0, Qt::SolidLine, Qt::FlatCap));
    p->drawLine(QPointF(x, bottom), QPointF(x, top + 14));
    QPolygonF head;
    head << QPointF(x, top - 6) << QPointF(x - 10, top + 16) << QPointF(x + 10, top + 16);
    p->setPen(Qt::NoPen);
    p->setBrush(kTimeline);
    p->drawPolygon(head);

    auto pill = [&](double y, const QString& text) {
        const QRectF r(x - 30, y - 12, 60, 24);
        p->setPen(QPen(kTimeline, 1.6));
        p->setBrush(Qt::white);
        p->drawRoundedRect(r, 12, 12);
        p->setFont(axisFont());
        p->setPen(kTimeline);
        p->drawText(r, Qt::AlignCenter, text);
    };
    for (const YearRow& row : rows_) pill(row.bottom, QString::number(row.year));
    pill(EvoTreeLayout::kGroundY + 50, tr("< 2018"));
}

void EvoTreeBackdrop::paintTrunks(QPainter* p) const {
    using namespace evostyle;
    const double startY = EvoTreeLayout::kTrunkStartY;
    // The grey base of the tree, where everything grows from.
    QPainterPath mound;
    mound.moveTo(base_.x() - 70, base_.y() + 16);
    mound.cubicTo(base_.x() - 30, base_.y() + 2, base_.x() - 18, base_.y() - 4, base_.x(),
                  base_.y() - 6);
    mound.cubicTo(base_.x() + 18, base_.y() - 4, base_.x() + 30, base_.y() + 2, base_.x() + 70,
                  base_.y() + 16);
    mound.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(branchColor(Branch::NonTransformer));
    p->drawPath(mound);

    for (Branch branch : {Branch::EncoderOnly, Branch::EncoderDecoder, Branch::DecoderOnly}) {
        const int b = static_cast<int>(branch);
        const double x = trunkX_[b];
        const double top = qMin(branchTop_[b] - 30.0, startY - 40.0);
        QPainterPath path(base_);
        path.cubicTo(QPointF(base_.x(), startY + 26), QPointF(x, startY + 40), QPointF(x, startY));
        path.lineTo(x, top);
        const QColor c = trunkColor(branch);
        QLinearGradient fade(QPointF(x, startY), QPointF(x, top));
        fade.setColorAt(0.0, c);
        if (branch == Branch::EncoderOnly) {
            // The encoder-only branch fades out, as the figure shows its decline after 2021.
            fade.setColorAt(0.55, c);
            fade.setColorAt(1.0, QColor(c.red(), c.green(), c.blue(), 0));
        } else if (branch == Branch::EncoderDecoder) {
            fade.setColorAt(0.8, c);
            fade.setColorAt(1.0, QColor(c.red(), c.green(), c.blue(), 90));
        } else {
            fade.setColorAt(1.0, c);
        }
        const double width = EvoTreeLayout::trunkWidth(branch);
        p->setPen(QPen(QBrush(fade), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        if (branch == Branch::DecoderOnly) {
            QPolygonF head;
            head << QPointF(x, top - 34) << QPointF(x - 22, top + 2) << QPointF(x + 22, top + 2);
            p->setPen(Qt::NoPen);
            p->setBrush(c);
            p->drawPolygon(head);
        }
        // Branch name along the lower part of the trunk, reading upwards.
        const QRectF lr = labelRect_[b];
        p->save();
        p->translate(lr.left(), lr.bottom());
        p->rotate(-90);
        p->setFont(labelFont(12, true));
        p->setPen(branchInk(branch));
        p->drawText(QRectF(0, 0, lr.height(), lr.width()), Qt::AlignLeft | Qt::AlignVCenter,
                    branchDisplayName(branch));
        p->restore();
    }
}

void EvoTreeBackdrop::paintTitle(QPainter* p) const {
    using namespace evostyle;
    if (rows_.isEmpty()) return;
    const double y = rect_.top() + 20;
    p->setPen(kText);
    p->setFont(labelFont(30, true));
    p->drawText(QRectF(EvoTreeLayout::kAxisX - 20, y, 1200, 40), Qt::AlignLeft | Qt::AlignVCenter,
                title_);
    p->setFont(labelFont(15));
    p->setPen(kMuted);
    p->drawText(QRectF(EvoTreeLayout::kAxisX - 18, y + 40, 1400, 24),
                Qt::AlignLeft | Qt::AlignVCenter, subtitle_);
}

}  // namespace lmw::ui
