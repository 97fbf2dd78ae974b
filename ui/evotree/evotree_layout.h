// Scene geometry of the evolutionary tree: year rows (time runs upwards), the root zone, the
// trunk positions and one box per node. Boxes start at the figure's positions and are then
// packed so that none overlap; rows grow with their content, as in the figure.
#pragma once

#include "evotree/evotree_node.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace lmw::ui {

class EvoTreeModel;

/// One year band. Scene y grows downwards, so `top` < `bottom`.
struct YearRow {
    int year = 0;
    double top = 0.0;
    double bottom = 0.0;
};

class EvoTreeLayout {
public:
    static constexpr double kAxisX = 54.0;         // the time arrow
    static constexpr double kContentLeft = 120.0;  // x of figure fraction 0
    static constexpr double kContentWidth = 1560.0;
    static constexpr double kFigureHeight = 820.0;  // scales the figure's row heights
    static constexpr double kBoxHeight = 38.0;
    static constexpr double kGroundY = 0.0;        // where the trunks leave the base
    static constexpr double kTrunkStartY = -64.0;  // straight trunks start here (below 2018)
    static constexpr int kFirstRowYear = 2018;

    /// Lays out every node of every version (so switching versions moves nothing), plus the
    /// extra positions some versions give a node (GLM in the first README figure).
    void build(const EvoTreeModel& model);

    /// Box of a node as drawn in `version`; a null rect when the node is unknown.
    QRectF box(const QString& id, const QString& version) const;
    /// True when `version` draws the node somewhere other than its usual place.
    bool hasVariant(const QString& id, const QString& version) const;

    const QList<YearRow>& rows() const { return rows_; }
    /// Row whose band contains `year`, or nullptr.
    const YearRow* row(int year) const;
    double rootBottom() const { return rootBottom_; }
    QRectF sceneRect() const { return sceneRect_; }
    /// Where the three branches and the grey stems leave the tree's base.
    QPointF basePoint() const { return base_; }
    double trunkX(Branch b) const { return trunkX_[static_cast<int>(b)]; }
    /// Top of the highest box of a branch (the trunk ends a little above it).
    double branchTop(Branch b) const { return branchTop_[static_cast<int>(b)]; }
    double xForFraction(double f) const { return kContentLeft + f * kContentWidth; }
    /// Line width of a branch's trunk (the decoder-only trunk is the thickest, as drawn).
    static double trunkWidth(Branch b) { return b == Branch::DecoderOnly ? 18.0 : 9.0; }
    /// Where the branch's name is written along its trunk; boxes keep clear of it.
    QRectF labelRect(Branch b) const { return labelRect_[static_cast<int>(b)]; }

    /// Size of a node's box: wide enough for its longest label and organisation.
    static QSizeF boxSize(const EvoNode& node);

private:
    struct Request {
        QString id;
        QString variant;  // empty = usual place, else the version id
        EvoNode node;     // resolved for the variant
        QSizeF size;
        double x = -1.0;      // preferred centre; < 0 = choose near the trunk
        double offset = 0.0;  // preferred height above the row's bottom, 0..1 of the band
    };

    void placeRow(QList<Request>& requests, YearRow& row, double nominalHeight);
    void placeRoots(QList<Request>& requests);
    double lowestFreeTop(const QRectF& candidate, double minBottom) const;
    QString key(const QString& id, const QString& variant) const {
        return variant.isEmpty() ? id : id + QLatin1Char('@') + variant;
    }

    QHash<QString, QRectF> boxes_;
    QList<QRectF> placed_;
    QList<YearRow> rows_;
    double rootBottom_ = 0.0;
    QRectF sceneRect_;
    QPointF base_;
    double trunkX_[kBranchCount] = {};
    double branchTop_[kBranchCount] = {};
    QRectF labelRect_[kBranchCount];
};

}  // namespace lmw::ui
