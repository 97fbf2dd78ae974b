// Everything behind the model boxes: year bands and their dashed lines, the time arrow with
// year pills, the tree's base, the three coloured trunks and the title.
#pragma once

#include "evotree/evotree_layout.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

namespace lmw::ui {

class EvoTreeBackdrop : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeBackdrop)

public:
    enum { Type = QGraphicsItem::UserType + 703 };

    explicit EvoTreeBackdrop(QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Takes the geometry to draw; call again after the layout changes.
    void setLayout(const EvoTreeLayout& layout);
    void setTitle(const QString& title, const QString& subtitle);

private:
    void paintRows(QPainter* p) const;
    void paintAxis(QPainter* p) const;
    void paintTrunks(QPainter* p) const;
    void paintTitle(QPainter* p) const;

    QRectF rect_;
    QList<YearRow> rows_;
    double rootBottom_ = 0.0;
    QPointF base_;
    double trunkX_[kBranchCount] = {};
    double branchTop_[kBranchCount] = {};
    QRectF labelRect_[kBranchCount];
    QString title_;
    QString subtitle_;
};

}  // namespace lmw::ui
