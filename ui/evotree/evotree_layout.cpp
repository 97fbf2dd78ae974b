// Evolutionary tree layout: year rows from the figure's proportions, greedy packing of boxes.
#include "evotree/evotree_layout.h"

#include "evotree/evotree_model.h"
#include "evotree/evotree_style.h"

#include <QFontMetricsF>
#include <QMap>
#include <algorithm>

namespace lmw::ui {

namespace {

constexpr double kGapX = 14.0;    // horizontal air between boxes
constexpr double kGapY = 10.0;    // vertical air between boxes
constexpr double kRowPad = 12.0;  // space under the first box and above the last in a row
constexpr double kPadX = 10.0;
constexpr double kMinBoxWidth = 66.0;
constexpr double kDefaultBand = 0.12;  // row height (figure fraction) for years past 2023

// Year lines of the survey figure (fraction of its height from the top) when the data has none.
QMap<int, double> defaultFigureRows() {
    return {{2018, 0.897}, {2019, 0.823}, {2020, 0.703},
            {2021, 0.608}, {2022, 0.425}, {2023, 0.138}};
}

}  // namespace

QSizeF EvoTreeLayout::boxSize(const EvoNode& node) {
    const QFontMetricsF name(evostyle::nameFont());
    const QFontMetricsF org(evostyle::orgFont());
    double w = name.horizontalAdvance(node.displayLabel());
    w = qMax(w, org.horizontalAdvance(node.organizationText()));
    for (const NodeOverride& o : node.byVersion) {
        if (!o.label.isEmpty()) w = qMax(w, name.horizontalAdvance(o.label));
        if (!o.organization.isEmpty()) w = qMax(w, org.horizontalAdvance(o.organization));
    }
    return QSizeF(qMax(kMinBoxWidth, std::ceil(w + 2 * kPadX)), kBoxHeight);
}

void EvoTreeLayout::build(const EvoTreeModel& model) {
    boxes_.clear();
    placed_.clear();
    rows_.clear();
    const double fractions[kBranchCount] = {model.trunkX(QStringLiteral("encoder-only"), 0.19),
                                            model.trunkX(QStringLiteral("encoder-decoder"), 0.30),
                                            model.trunkX(QStringLiteral("decoder-only"), 0.71),
                                            model.trunkX(QStringLiteral("base"), 0.41)};
    for (int b = 0; b < kBranchCount; ++b) {
        trunkX_[b] = xForFraction(fractions[b]);
        branchTop_[b] = kGroundY;
    }
    base_ = QPointF(trunkX(Branch::NonTransformer), kGroundY);
    // Branch names run up the lowest part of each trunk: on the left of the encoder trunks
    // and on the right of the decoder-only one. They are obstacles for the boxes.
    const QFontMetricsF labelMetrics(evostyle::labelFont(12, true));
    for (int b = 0; b < 3; ++b) {
        const Branch br = kAllBranches[b];
        const double len = labelMetrics.horizontalAdvance(branchDisplayName(br)) + 8;
        const double half = trunkWidth(br) / 2 + 3;
        const double left = br == Branch::DecoderOnly ? trunkX_[b] + half : trunkX_[b] - half - 16;
        labelRect_[b] = QRectF(left, kTrunkStartY - 6 - len, 16, len);
        placed_.append(labelRect_[b]);
    }

    const QMap<int, double> figure =
        model.figureRows().isEmpty() ? defaultFigureRows() : model.figureRows();
    const int lastFigureYear = figure.isEmpty() ? 2023 : figure.lastKey();
    auto band = [&](int year, double* bottom, double* top) {
        *bottom = figure.value(year, -1.0);
        *top = year == lastFigureYear ? 0.0 : figure.value(year + 1, -1.0);
        return *bottom >= 0.0 && *top >= 0.0 && *bottom > *top;
    };

    QMap<int, QList<Request>> byRow;
    QList<Request> roots;
    auto request = [&](const EvoNode& base, const QString& variant) {
        Request r;
        r.id = base.id;
        r.variant = variant;
        r.node = variant.isEmpty() ? base : base.resolved(variant);
        r.size = boxSize(base);
        const int year = r.node.year.value_or(0);
        if (r.node.layout) {
            r.x = xForFraction(r.node.layout->x());
            // Keep boxes beside the trunks rather than on top of them.
            for (int b = 0; b < 3 && year >= kFirstRowYear; ++b) {
                const double tx = trunkX_[b];
                const double clear = r.size.width() / 2 + trunkWidth(kAllBranches[b]) / 2 + 7;
                if (qAbs(r.x - tx) < clear) r.x = tx + (r.x >= tx ? clear : -clear);
            }
        }
        if (year < kFirstRowYear) {
            r.offset = r.node.layout ? r.node.layout->y() : 1.0;
            roots.append(r);
            return;
        }
        double bottom = 0.0;
        double top = 0.0;
        if (r.node.layout && band(year, &bottom, &top)) {
            r.offset = qBound(0.0, (bottom - r.node.layout->y()) / (bottom - top), 0.92);
        } else {
            const int month = r.node.releaseMonth();
            r.offset = month > 0 ? (month - 1) / 12.0 * 0.8 : 0.4;
        }
        byRow[year].append(r);
    };
    for (const EvoNode& n : model.nodes()) {
        request(n, QString());
        for (auto it = n.byVersion.constBegin(); it != n.byVersion.constEnd(); ++it) {
            if (it.value().movesNode()) request(n, it.key());
        }
    }

    double y = kTrunkStartY;
    const int lastYear = qMax(model.maxRowYear(), lastFigureYear);
    for (int year = kFirstRowYear; year <= lastYear; ++year) {
        double bottom = 0.0;
        double top = 0.0;
        const double nominal =
            (band(year, &bottom, &top) ? bottom - top : kDefaultBand) * kFigureHeight;
        YearRow row;
        row.year = year;
        row.bottom = y;
        QList<Request> list = byRow.value(year);
        placeRow(list, row, nominal);
        rows_.append(row);
        y = row.top;
    }
    placeRoots(roots);

    const double top = rows_.isEmpty() ? kGroundY : rows_.last().top;
    sceneRect_ = QRectF(QPointF(0.0, top - 96.0),
                        QPointF(kContentLeft + kContentWidth + 60.0, rootBottom_ + 36.0));
}

void EvoTreeLayout::placeRow(QList<Request>& requests, YearRow& row, double nominalHeight) {
    std::stable_sort(requests.begin(), requests.end(),
                     [](const Request& a, const Request& b) { return a.offset < b.offset; });
    double highest = row.bottom;
    for (const Request& r : requests) {
        const double w = r.size.width();
        const double h = r.size.height();
        const double wantBottom = row.bottom - kRowPad - r.offset * nominalHeight;
        QRectF box;
        if (r.x >= 0.0) {
            box = QRectF(r.x - w / 2, wantBottom - h, w, h);
            box.moveTop(lowestFreeTop(box, wantBottom));
        } else {
            // No position hint (user nodes): try slots on both sides of the branch's trunk
            // and take the one that stays lowest in the row.
            const double trunk = trunkX(r.node.branch);
            bool found = false;
            for (int k = 0; k < 10; ++k) {
                for (int side : {1, -1}) {
                    const double cx = trunk + side * (w / 2 + 36.0 + k * 150.0);
                    if (cx - w / 2 < kContentLeft - 40 ||
                        cx + w / 2 > kContentLeft + kContentWidth + 40)
                        continue;
                    QRectF c(cx - w / 2, wantBottom - h, w, h);
                    c.moveTop(lowestFreeTop(c, wantBottom));
                    if (!found || c.top() > box.top() + 0.5) box = c;
                    found = true;
                }
            }
            if (!found) box = QRectF(trunk - w / 2, wantBottom - h, w, h);
        }
        placed_.append(box);
        boxes_.insert(key(r.id, r.variant), box);
        highest = qMin(highest, box.top());
        const int b = static_cast<int>(r.node.branch);
        branchTop_[b] = qMin(branchTop_[b], box.top());
    }
    row.top = qMin(row.bottom - nominalHeight, highest - kRowPad);
}

void EvoTreeLayout::placeRoots(QList<Request>& requests) {
    // The pre-2018 roots hang below the base, staggered as in the figure.
    std::stable_sort(requests.begin(), requests.end(),
                     [](const Request& a, const Request& b) { return a.offset < b.offset; });
    rootBottom_ = kGroundY + 60.0;
    double nextX = base_.x() - 300.0;
    for (const Request& r : requests) {
        const double w = r.size.width();
        const double h = r.size.height();
        double cx = r.x;
        if (cx < 0.0) {
            cx = nextX;
            nextX -= w + kGapX;
        }
        const double wantTop = kGroundY + 44.0 + qMax(0.0, r.offset - 0.94) * kFigureHeight;
        QRectF box(cx - w / 2, wantTop, w, h);
        bool moved = true;
        while (moved) {
            moved = false;
            for (const QRectF& p : placed_) {
                if (box.adjusted(-kGapX, -kGapY, kGapX, kGapY).intersects(p)) {
                    box.moveTop(p.bottom() + kGapY);
                    moved = true;
                }
            }
        }
        placed_.append(box);
        boxes_.insert(key(r.id, r.variant), box);
        rootBottom_ = qMax(rootBottom_, box.bottom());
    }
}

double EvoTreeLayout::lowestFreeTop(const QRectF& candidate, double minBottom) const {
    QRectF box = candidate;
    box.moveBottom(minBottom);
    bool moved = true;
    while (moved) {
        moved = false;
        for (const QRectF& p : placed_) {
            if (box.adjusted(-kGapX, -kGapY, kGapX, kGapY).intersects(p)) {
                box.moveBottom(p.top() - kGapY - 0.01);
                moved = true;
            }
        }
    }
    return box.top();
}

QRectF EvoTreeLayout::box(const QString& id, const QString& version) const {
    const auto v = boxes_.constFind(key(id, version));
    if (v != boxes_.constEnd()) return v.value();
    return boxes_.value(id);
}

bool EvoTreeLayout::hasVariant(const QString& id, const QString& version) const {
    return boxes_.contains(key(id, version));
}

const YearRow* EvoTreeLayout::row(int year) const {
    for (const YearRow& r : rows_) {
        if (r.year == year) return &r;
    }
    return nullptr;
}

}  // namespace lmw::ui
