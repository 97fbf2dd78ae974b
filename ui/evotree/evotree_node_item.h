// The box of one model in the tree scene: filled (open) or hollow (closed), in its branch's
// colour, with the organisation under the name and marks for search hits, selection,
// lineage, user-added nodes and what changed in the chosen figure version.
#pragma once

#include "evotree/evotree_node.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QRectF>

namespace lmw::ui {

class EvoTreeNodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeNodeItem)

public:
    enum { Type = QGraphicsItem::UserType + 701 };
    enum class Mark { None, Added, Changed };
    enum class Focus { None, Lineage, Selected };

    EvoTreeNodeItem(const EvoNode& node, const QRectF& box, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& id() const { return node_.id; }
    const EvoNode& node() const { return node_; }
    QRectF box() const { return box_; }
    /// Node as drawn in the current version, and where.
    void setNode(const EvoNode& node, const QRectF& box);

    /// 1 = drawn normally; smaller values fade the box towards the background.
    void setFade(double strength);
    double fade() const { return fade_; }
    void setSearchHit(bool on);
    bool isSearchHit() const { return searchHit_; }
    void setFocus(Focus focus);
    Focus focus() const { return focus_; }
    void setMark(Mark mark);
    Mark mark() const { return mark_; }
    /// A dashed outline where a node was in the previous version (removed or moved).
    void setGhost(bool ghost);
    bool isGhost() const { return ghost_; }

    /// Rich-text tooltip for a node (also used by tests).
    static QString tooltipFor(const EvoNode& node);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void paintTag(QPainter* p, const QString& text, const QColor& color, bool right) const;
    QColor ink(const QColor& c) const;

    EvoNode node_;
    QRectF box_;
    double fade_ = 1.0;
    bool searchHit_ = false;
    bool hovered_ = false;
    bool ghost_ = false;
    Focus focus_ = Focus::None;
    Mark mark_ = Mark::None;
};

}  // namespace lmw::ui
