// Painting of the tree's legend.
#include "evotree/evotree_legend.h"

#include "evotree/evotree_node.h"
#include "evotree/evotree_style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace lmw::ui {

EvoTreeLegend::EvoTreeLegend(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setZValue(20.0);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF EvoTreeLegend::boundingRect() const {
    return QRectF(0, 0, kWidth, kHeight);
}

void EvoTreeLegend::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    using namespace evostyle;
    p->setRenderHint(QPainter::Antialiasing, true);
    const QRectF frame = boundingRect().adjusted(1, 1, -1, -1);
    p->setPen(QPen(QColor(0xD5, 0xDA, 0xE1), 1.2));
    p->setBrush(QColor(255, 255, 255, 235));
    p->drawRoundedRect(frame, 10, 10);

    double y = 14;
    const double x = 16;
    auto heading = [&](const QString& text) {
        p->setFont(labelFont(12, true));
        p->setPen(kMuted);
        p->drawText(QPointF(x, y + 11), text.toUpper());
        y += 20;
    };
    auto swatch = [&](const QRectF& r, const QColor& fill, const QColor& pen, double width) {
        p->setPen(QPen(pen, width));
        p->setBrush(fill);
        p->drawRoundedRect(r, 5, 5);
    };
    auto text = [&](double tx, const QString& s) {
        p->setFont(labelFont(12));
        p->setPen(kText);
        p->drawText(QPointF(tx, y + 12), s);
    };

    heading(tr("Branches"));
    for (int i = 0; i < kBranchCount; ++i) {
        const Branch b = kAllBranches[i];
        const double col = (i % 2) * 134;
        swatch(QRectF(x + col, y + 1, 26, 15), branchColor(b), branchColor(b).darker(112), 1);
        text(x + col + 33, branchDisplayName(b));
        if (i % 2 == 1) y += 22;
    }
    y += 6;
    heading(tr("Source"));
    const QColor grey(0x8C, 0x93, 0x9E);
    swatch(QRectF(x, y + 1, 26, 15), grey, grey.darker(112), 1);
    text(x + 33, tr("Filled: open source"));
    y += 22;
    swatch(QRectF(x, y + 1, 26, 15), Qt::white, grey.darker(120), 2);
    text(x + 33, tr("Hollow: closed source"));
    y += 28;

    heading(tr("Marks"));
    auto tag = [&](const QString& s, const QColor& c) {
        const QFont f = labelFont(9, true);
        const double w = QFontMetricsF(f).horizontalAdvance(s) + 10;
        const QRectF r(x, y + 2, qMax(26.0, w), 14);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(r, 7, 7);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(r, Qt::AlignCenter, s);
    };
    tag(tr("new"), kNew);
    text(x + 64, tr("Added in the chosen version"));
    y += 20;
    tag(tr("changed"), kChanged);
    text(x + 64, tr("Moved, renamed or new logo"));
    y += 20;
    tag(tr("user"), kUser);
    text(x + 64, tr("Added from your file"));
    y += 22;
    p->setPen(QPen(kSearch, 3));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(QRectF(x + 1, y + 2, 24, 13), 5, 5);
    text(x + 33, tr("Search match"));
    p->setPen(QPen(kLineage, 2.4));
    p->drawLine(QPointF(x + 134, y + 9), QPointF(x + 160, y + 9));
    text(x + 167, tr("Lineage"));
}

}  // namespace lmw::ui
