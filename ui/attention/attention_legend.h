// The heatmap's legend, painted next to the cells (and so part of every export): the colour
// bar with ticks from 0 to the scale's maximum, then swatches for masked, padding and
// below-threshold cells when the map has any.
#pragma once

#include "attention/attention_color_scale.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QVector>

class QPainter;

namespace lmw::ui {

class AttentionLegend {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::AttentionLegend)

public:
    struct Content {
        float maximum = 1.0F;    // the value at the top of the bar
        float threshold = 0.0F;  // > 0: show the "below threshold" swatch
        bool masked = false;     // the map has masked cells
        bool padding = false;    // the map has padding cells
    };

    static constexpr double kBarWidth = 14.0;
    static constexpr double kMaxBarHeight = 280.0;
    static constexpr double kMinBarHeight = 90.0;

    /// Width the legend needs with `font`.
    static double width(const QFont& font);
    /// Height it needs for a bar of `barHeight`.
    static double height(const QFont& font, const Content& content, double barHeight);
    /// Paints into `area` (top-left anchored); the bar is as tall as fits, within the limits.
    static void paint(QPainter& p, const QRectF& area, const QFont& font,
                      const AttentionColorScale& scale, const Content& content);
    /// Hatches `rects` with diagonal lines (`cross`: both diagonals), as masked and padding
    /// cells are drawn; the lines sit on a fixed lattice so separate rectangles line up.
    static void paintHatch(QPainter& p, const QVector<QRectF>& rects, QRgb color, bool cross);
    /// The same hatching as a transparent tile for a pattern brush (pixel-exact `color`).
    static QImage hatchTile(QRgb color, bool cross);
    /// A tick label for weight `v` on a scale ending at `maximum`.
    static QString tickText(double v, double maximum);
};

}  // namespace lmw::ui
