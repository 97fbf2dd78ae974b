// Saving what the attention explorer shows: the head view as a PNG (rendered at a scale) or
// an SVG (cells as rectangles, so it stays crisp), and every weight of one kind of attention
// as CSV.
//
// CSV columns: kind,layer,head,query,key,query_token,key_token,weight,masked — one row per
// layer, head, query and key, all counted from 0. `masked` is 1 where the model could not
// look (a future key in a causal map, or a padding key) and the weight is then written as 0.
// Tokens are quoted when they hold a comma, quote, line break or outer space (RFC 4180).
#pragma once

#include "api/inspect.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <vector>

namespace lmw::ui {

class AttentionHeatmap;

class AttentionExporter {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::AttentionExporter)

public:
    static constexpr double kPngScale = 2.0;

    /// A CSV field, quoted when needed.
    static QString csvField(const QString& text);
    static QString csvHeader();
    static bool writeCsv(const std::vector<const AttentionMap*>& maps, const QString& path,
                         QString* error = nullptr);

    /// Where the heatmap's view laid out in `size` draws (title, labels, cells, legend):
    /// images and drawings are cropped to it, so small or wide maps carry no empty margins.
    static QRectF exportRect(const AttentionHeatmap& heatmap, const QSize& size);
    /// The heatmap's view laid out in `size`, cropped to exportRect, at `scale` pixels per unit.
    static QImage renderImage(const AttentionHeatmap& heatmap, const QSize& size,
                              double scale = kPngScale);
    static bool writePng(const AttentionHeatmap& heatmap, const QSize& size, const QString& path,
                         QString* error = nullptr);
    static bool writeSvg(const AttentionHeatmap& heatmap, const QSize& size, const QString& path,
                         QString* error = nullptr);
};

}  // namespace lmw::ui
