// Painting of the heatmap legend. Everything is drawn with plain vector primitives (gradient,
// lines, text) so that SVG exports stay crisp.
#include "attention/attention_legend.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lmw::ui {

namespace {

constexpr double kHatchSpacing = 5.0;
const QColor kInk(0x33, 0x38, 0x42);
const QColor kMutedInk(0x6B, 0x72, 0x80);
const QColor kFrame(0xB8, 0xBE, 0xC8);

QStringList swatchTexts(const AttentionLegend::Content& c) {
    QStringList out;
    if (c.masked) out << AttentionLegend::tr("masked (future)");
    if (c.padding) out << AttentionLegend::tr("padding");
    if (c.threshold > 0.0F) {
        out << AttentionLegend::tr("below %1")
                   .arg(AttentionLegend::tickText(c.threshold, c.threshold));
    }
    return out;
}

/// A round step near `raw`: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double raw) {
    if (raw <= 0.0) return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw * 0.999) return m * power;
    }
    return 10.0 * power;
}

}  // namespace

double AttentionLegend::width(const QFont& font) {
    const QFontMetricsF fm(font);
    const double ticks = kBarWidth + 6 + fm.horizontalAdvance(QStringLiteral("0.000")) + 4;
    const double swatches = fm.height() + 6 + fm.horizontalAdvance(tr("masked (future)")) + 4;
    return std::ceil(std::max({ticks, swatches, fm.horizontalAdvance(tr("weight")) + 4.0}));
}

double AttentionLegend::height(const QFont& font, const Content& content, double barHeight) {
    const QFontMetricsF fm(font);
    const int swatches = int(swatchTexts(content).size());
    return fm.height() * 1.6 + barHeight + fm.height() * 0.8 + swatches * (fm.height() + 6) +
           (swatches > 0 ? fm.height() * 0.5 : 0.0);
}

QString AttentionLegend::tickText(double v, double maximum) {
    const int decimals = maximum >= 0.1 ? 2 : maximum >= 0.01 ? 3 : 4;
    return QString::number(v, 'f', decimals);
}

void AttentionLegend::paintHatch(QPainter& p, const QVector<QRectF>& rects, QRgb color,
                                 bool cross) {
    if (rects.isEmpty()) return;
    // Each line is cut to each rectangle by hand rather than by a clip path: SVG output
    // ignores clipping, and one clip region per rectangle would be slow on screen.
    QVector<QLineF> lines;
    for (const QRectF& r : rects) {
        const double l = r.left();
        const double t = r.top();
        const double rt = r.right();
        const double b = r.bottom();
        // Lines x + y = c (rising to the right), c on a fixed lattice so neighbours join.
        for (double c = std::ceil((l + t) / kHatchSpacing) * kHatchSpacing; c < rt + b;
             c += kHatchSpacing) {
            const double x0 = std::max(l, c - b);
            const double x1 = std::min(rt, c - t);
            if (x1 > x0) lines << QLineF(x0, c - x0, x1, c - x1);
        }
        if (!cross) continue;
        // And x - y = c (falling to the right).
        for (double c = std::ceil((l - b) / kHatchSpacing) * kHatchSpacing; c < rt - t;
             c += kHatchSpacing) {
            const double x0 = std::max(l, c + t);
            const double x1 = std::min(rt, c + b);
            if (x1 > x0) lines << QLineF(x0, x0 - c, x1, x1 - c);
        }
    }
    p.save();
    p.setPen(QPen(QColor::fromRgba(color), 1.0));
    p.drawLines(lines);
    p.restore();
}

QImage AttentionLegend::hatchTile(QRgb color, bool cross) {
    const int n = int(kHatchSpacing);
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if ((x + y) % n == 0 || (cross && (x - y + n) % n == 0)) tile.setPixel(x, y, color);
        }
    }
    return tile;
}

void AttentionLegend::paint(QPainter& p, const QRectF& area, const QFont& font,
                            const AttentionColorScale& scale, const Content& c) {
    p.save();
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QStringList swatches = swatchTexts(c);
    const double fixed = height(font, c, 0.0);
    const double barHeight = std::clamp(area.height() - fixed, kMinBarHeight, kMaxBarHeight);

    // Title.
    p.setPen(kMutedInk);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("weight"));
    const QRectF bar(area.left() + 1, area.top() + fm.height() * 1.6, kBarWidth, barHeight);

    // The bar: a gradient through the palette, with the gamma baked into its stops.
    QLinearGradient g(bar.bottomLeft(), bar.topLeft());
    constexpr int kStops = 32;
    for (int i = 0; i <= kStops; ++i) {
        const double t = double(i) / kStops;
        g.setColorAt(t, QColor::fromRgb(scale.colorAtPosition(std::pow(t, scale.gamma()))));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRect(bar);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kFrame, 1.0));
    p.drawRect(bar);

    // Ticks at round values (0.05, 0.1, 0.2, 0.25, 0.5 ... apart) and at the maximum; labels
    // that would collide with one already drawn are left out.
    std::vector<double> ticks;
    const double step = niceStep(c.maximum / 4.0);
    for (int i = 0; i * step <= c.maximum * (1.0 + 1e-9); ++i) ticks.push_back(i * step);
    if (c.maximum - ticks.back() > 1e-9 * c.maximum) {
        // The maximum gets its own tick; a round one just below it would crowd it.
        if (ticks.size() > 1 && c.maximum - ticks.back() < 0.35 * step) ticks.pop_back();
        ticks.push_back(c.maximum);
    }
    std::vector<double> labelled;
    p.setPen(QPen(kInk, 1.0));
    for (int i = int(ticks.size()) - 1; i >= 0; --i) {
        const double v = ticks[std::size_t(i)];
        const double y = bar.bottom() - scale.position(v, c.maximum) * bar.height();
        p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        const bool collides = std::any_of(labelled.begin(), labelled.end(), [&](double other) {
            return std::abs(other - y) < fm.height() * 1.3;
        });
        if (collides) continue;
        p.drawText(QRectF(bar.right() + 6, y - fm.height() / 2, area.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tickText(v, c.maximum));
        labelled.push_back(y);
    }

    // Swatches for cells that carry no weight.
    double y = bar.bottom() + fm.height() * 1.3;
    const double s = fm.height();
    for (const QString& text : swatches) {
        const QRectF box(area.left() + 1, y, s, s);
        p.setPen(Qt::NoPen);
        if (text == tr("masked (future)")) {
            p.fillRect(box, QColor::fromRgba(AttentionColorScale::kMaskedColor));
            paintHatch(p, {box}, AttentionColorScale::kMaskedHatchColor, false);
        } else if (text == tr("padding")) {
            p.fillRect(box, QColor::fromRgba(AttentionColorScale::kPaddingColor));
            paintHatch(p, {box}, AttentionColorScale::kPaddingHatchColor, true);
        } else {
            p.fillRect(box, QColor::fromRgba(AttentionColorScale::kBackgroundColor));
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(kFrame, 1.0));
        p.drawRect(box);
        p.setPen(kInk);
        p.drawText(QRectF(box.right() + 6, y, area.width() - s - 6, s),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        y += s + 6;
    }
    p.restore();
}

}  // namespace lmw::ui
