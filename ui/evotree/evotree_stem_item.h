// A curved connector in the tree: a stem from a trunk or from another model's box, a root
// line under the base, or a dashed lineage link shown for the selected model.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace lmw::ui {

class EvoTreeStemItem : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 702 };
    enum class Style { Stem, Lineage };

    EvoTreeStemItem(const QPainterPath& path, const QColor& color, double width, Style style,
                    QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QPainterPath& path() const { return path_; }
    /// 1 = drawn normally; smaller values fade the stem towards the background.
    void setFade(double strength);
    double fade() const { return fade_; }
    Style style() const { return style_; }

    QString sourceId;  // node the stem starts from; empty for trunks and the base
    QString targetId;  // node the stem leads to

    /// Cubic curve from `from` to `to` that leaves vertically and arrives vertically or
    /// horizontally (`arriveHorizontally`), like the twigs of the figure.
    static QPainterPath curve(const QPointF& from, const QPointF& to, bool arriveHorizontally);
    /// Point on the edge of `box` where a connector coming from `from` should end.
    static QPointF entryPoint(const QRectF& box, const QPointF& from, bool* horizontal);

private:
    QPainterPath path_;
    QColor color_;
    QColor paintColor_;
    double fade_ = 1.0;
    double width_;
    Style style_;
    QPolygonF arrow_;
    QRectF bounds_;
};

}  // namespace lmw::ui
