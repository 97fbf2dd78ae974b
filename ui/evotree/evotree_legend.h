// The legend drawn inside the tree (so that it is part of exported images): branch colours,
// filled = open and hollow = closed, and the marks the workbench adds.
#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace lmw::ui {

class EvoTreeLegend : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeLegend)

public:
    enum { Type = QGraphicsItem::UserType + 704 };

    explicit EvoTreeLegend(QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static constexpr double kWidth = 292.0;
    static constexpr double kHeight = 262.0;
};

}  // namespace lmw::ui
