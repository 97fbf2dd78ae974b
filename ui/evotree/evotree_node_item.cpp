// Painting and tooltips of one node box in the evolutionary tree.
#include "evotree/evotree_node_item.h"

#include "evotree/evotree_style.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace lmw::ui {

namespace {
constexpr double kRadius = 7.0;
constexpr double kMargin = 9.0;  // room around the box for halos and tags
}  // namespace

EvoTreeNodeItem::EvoTreeNodeItem(const EvoNode& node, const QRectF& box, QGraphicsItem* parent)
    : QGraphicsItem(parent) {
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(10.0);
    setNode(node, box);
}

void EvoTreeNodeItem::setNode(const EvoNode& node, const QRectF& box) {
    prepareGeometryChange();
    node_ = node;
    box_ = box;
    setPos(box.topLeft());
    setToolTip(tooltipFor(node));
    update();
}

QRectF EvoTreeNodeItem::boundingRect() const {
    return QRectF(QPointF(0, 0), box_.size()).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath EvoTreeNodeItem::shape() const {
    QPainterPath p;
    p.addRoundedRect(QRectF(QPointF(0, 0), box_.size()), kRadius, kRadius);
    return p;
}

void EvoTreeNodeItem::setFade(double strength) {
    if (qFuzzyCompare(fade_, strength)) return;
    fade_ = strength;
    update();
}

QColor EvoTreeNodeItem::ink(const QColor& c) const {
    return evostyle::faded(c, fade_);
}

void EvoTreeNodeItem::setSearchHit(bool on) {
    if (searchHit_ == on) return;
    searchHit_ = on;
    update();
}

void EvoTreeNodeItem::setFocus(Focus focus) {
    if (focus_ == focus) return;
    focus_ = focus;
    setZValue(focus == Focus::None ? 10.0 : 12.0);
    update();
}

void EvoTreeNodeItem::setMark(Mark mark) {
    if (mark_ == mark) return;
    mark_ = mark;
    update();
}

void EvoTreeNodeItem::setGhost(bool ghost) {
    if (ghost_ == ghost) return;
    ghost_ = ghost;
    setCursor(ghost ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setZValue(ghost ? 5.0 : 10.0);
    update();
}

void EvoTreeNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    hovered_ = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EvoTreeNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    hovered_ = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void EvoTreeNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    using namespace evostyle;
    const QRectF r(QPointF(0, 0), box_.size());
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);

    if (ghost_) {
        QPen pen(ink(kMuted), 1.4, Qt::DashLine);
        p->setPen(pen);
        p->setBrush(QColor(255, 255, 255, 160));
        p->drawRoundedRect(r, kRadius, kRadius);
        p->setFont(nameFont());
        p->setPen(ink(kMuted));
        p->drawText(r, Qt::AlignCenter, node_.displayLabel());
        return;
    }

    // Halos: search hit (amber) outside, selection or lineage (blue) inside it.
    if (searchHit_) {
        p->setPen(QPen(ink(kSearch), 4.0));
        p->setBrush(QColor(kSearch.red(), kSearch.green(), kSearch.blue(), 50));
        p->drawRoundedRect(r.adjusted(-6, -6, 6, 6), kRadius + 5, kRadius + 5);
    }
    if (focus_ != Focus::None) {
        const bool sel = focus_ == Focus::Selected;
        p->setPen(QPen(ink(sel ? kSelected : kLineage), sel ? 3.5 : 2.5));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(-3.5, -3.5, 3.5, 3.5), kRadius + 3, kRadius + 3);
    }

    const QColor fill = ink(branchColor(node_.branch));
    const QColor edge = ink(branchInk(node_.branch));
    const double hoverBoost = hovered_ ? 0.8 : 0.0;
    if (node_.open) {
        p->setPen(QPen(hovered_ ? edge : fill.darker(112), 1.2 + hoverBoost));
        p->setBrush(hovered_ ? fill.darker(106) : fill);
    } else {
        p->setPen(QPen(edge, 2.0 + hoverBoost));
        p->setBrush(hovered_ ? QColor(0xFA, 0xFB, 0xFD) : QColor(Qt::white));
    }
    p->drawRoundedRect(r.adjusted(0.6, 0.6, -0.6, -0.6), kRadius, kRadius);

    const QString org = node_.organizationText();
    const QRectF nameRect = org.isEmpty() ? r : QRectF(r.left(), r.top() + 3, r.width(), 19);
    p->setFont(nameFont());
    p->setPen(node_.open ? QColor(Qt::white) : ink(kText));
    p->drawText(nameRect, Qt::AlignCenter, node_.displayLabel());
    if (!org.isEmpty()) {
        p->setFont(orgFont());
        p->setPen(node_.open ? QColor(255, 255, 255, 225) : ink(kMuted));
        p->drawText(QRectF(r.left(), r.top() + 20, r.width(), 14), Qt::AlignCenter, org);
    }

    if (node_.userAdded) paintTag(p, tr("user"), kUser, true);
    if (mark_ == Mark::Added) paintTag(p, tr("new"), kNew, false);
    if (mark_ == Mark::Changed) paintTag(p, tr("changed"), kChanged, false);
}

void EvoTreeNodeItem::paintTag(QPainter* p, const QString& text, const QColor& color,
                               bool right) const {
    const QFont f = evostyle::labelFont(9, true);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(text) + 8;
    const double h = 13;
    const double x = right ? box_.width() - w + 5 : -5;
    const QRectF tag(x, -8, w, h);
    p->setPen(QPen(Qt::white, 1.2));
    p->setBrush(ink(color));
    p->drawRoundedRect(tag, 6.5, 6.5);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(tag, Qt::AlignCenter, text);
}

QString EvoTreeNodeItem::tooltipFor(const EvoNode& n) {
    QString when;
    if (n.releaseMonth() > 0) {
        when = QLocale().monthName(n.releaseMonth()) + QLatin1Char(' ') +
               QString::number(n.releaseYear());
    } else if (n.releaseYear() > 0) {
        when = QString::number(n.releaseYear());
    }
    QString html = QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    if (!n.organizationText().isEmpty())
        html += QStringLiteral(" · ") + n.organizationText().toHtmlEscaped();
    html += QStringLiteral("<br>") + branchDisplayName(n.branch) + QStringLiteral(" · ") +
            (n.open ? tr("open source") : tr("closed source"));
    if (!when.isEmpty()) html += QStringLiteral(" · ") + when.toHtmlEscaped();
    if (n.isRoot()) html += QStringLiteral("<br><i>") + tr("Before 2018 (root)") + "</i>";
    if (n.userAdded) html += QStringLiteral("<br><i>") + tr("Added from your file") + "</i>";
    if (n.train.isValid())
        html += QStringLiteral("<br>") + tr("You can train a tiny one of these.");
    html += QStringLiteral("<br><span style='color:#6b7280'>") + tr("Click for details") +
            QStringLiteral("</span>");
    return html;
}

}  // namespace lmw::ui
