// Painting and geometry of the tree's connectors (stems, root lines, lineage links).
#include "evotree/evotree_stem_item.h"

#include "evotree/evotree_style.h"

#include <QPainter>
#include <QtMath>

namespace lmw::ui {

namespace {
constexpr double kArrowLength = 8.0;
constexpr double kArrowHalfWidth = 4.2;
}  // namespace

EvoTreeStemItem::EvoTreeStemItem(const QPainterPath& path, const QColor& color, double width,
                                 Style style, QGraphicsItem* parent)
    : QGraphicsItem(parent), path_(path), color_(color), width_(width), style_(style) {
    setZValue(style == Style::Lineage ? 8.0 : 2.0);
    setAcceptedMouseButtons(Qt::NoButton);
    paintColor_ = color_;
    // The arrowhead sits at the end of the path, pointing along its last direction.
    if (!path_.isEmpty()) {
        const QPointF tip = path_.pointAtPercent(1.0);
        const double angle = qDegreesToRadians(path_.angleAtPercent(0.999));
        const QPointF dir(std::cos(angle), -std::sin(angle));
        const QPointF normal(-dir.y(), dir.x());
        const QPointF back = tip - dir * kArrowLength;
        arrow_ << tip << back + normal * kArrowHalfWidth << back - normal * kArrowHalfWidth;
    }
    bounds_ = path_.boundingRect()
                  .united(arrow_.boundingRect())
                  .adjusted(-width_ - 2, -width_ - 2, width_ + 2, width_ + 2);
}

void EvoTreeStemItem::setFade(double strength) {
    if (qFuzzyCompare(fade_, strength)) return;
    fade_ = strength;
    paintColor_ = evostyle::faded(color_, strength);
    update();
}

void EvoTreeStemItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(paintColor_, width_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path_);
    if (!arrow_.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(paintColor_);
        p->drawPolygon(arrow_);
    }
}

QPainterPath EvoTreeStemItem::curve(const QPointF& from, const QPointF& to,
                                    bool arriveHorizontally) {
    QPainterPath path(from);
    if (arriveHorizontally) {
        // Rise along the trunk, then bend out sideways into the box.
        path.cubicTo(QPointF(from.x(), to.y()), QPointF((from.x() + to.x()) / 2, to.y()), to);
    } else {
        const double midY = (from.y() + to.y()) / 2;
        path.cubicTo(QPointF(from.x(), midY), QPointF(to.x(), midY), to);
    }
    return path;
}

QPointF EvoTreeStemItem::entryPoint(const QRectF& box, const QPointF& from, bool* horizontal) {
    const double margin = 6.0;
    *horizontal = false;
    if (from.y() > box.bottom() - 4) {
        // Coming from below: enter from the side when the source is clearly beside the box,
        // else through the bottom edge.
        if (from.x() < box.left() - margin) {
            *horizontal = true;
            return QPointF(box.left(), box.center().y());
        }
        if (from.x() > box.right() + margin) {
            *horizontal = true;
            return QPointF(box.right(), box.center().y());
        }
        return QPointF(qBound(box.left() + 8, from.x(), box.right() - 8), box.bottom());
    }
    if (from.y() < box.top()) return QPointF(box.center().x(), box.top());
    *horizontal = true;
    return from.x() < box.center().x() ? QPointF(box.left(), box.center().y())
                                       : QPointF(box.right(), box.center().y());
}

}  // namespace lmw::ui
