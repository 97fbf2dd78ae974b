// Painting of the heatmap legend. Everything is drawn with plain vector primitives (gradient,
// lines, text) so that SVG exports stay crisp.
#include "attention/attention_legend.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

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
        out << AttentionLegend::tr("below %1").arg(AttentionLegend::tickText(c.threshold, 1.0));
    }
    return out;
}

QPainterPath rectPath(const QRectF& r) {
    QPainterPath path;
    path.addRect(r);
    return path;
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
    return fm.height() * 1.6 + barHeight + fm.height() * 0.8 +
           swatches * (fm.height() + 6) + (swatches > 0 ? fm.height() * 0.5 : 0.0);
}

QString AttentionLegend::tickText(double v, double maximum) {
    const int decimals = maximum >= 0.1 ? 2 : maximum >= 0.01 ? 3 : 4;
    return QString::number(v, 'f', decimals);
}

void AttentionLegend::paintHatch(QPainter& p, const QPainterPath& area, QRgb color, bool cross) {
    if (area.isEmpty()) return;
    const QRectF rect = area.boundingRect();
    p.save();
    p.setClipPath(area, Qt::IntersectClip);
    p.setPen(QPen(QColor::fromRgba(color), 1.0));
    // Lines x + y = c (rising to the right), c on a fixed lattice so neighbouring rects join.
    const double top = rect.top();
    const double bottom = rect.bottom();
    for (double c = std::floor((rect.left() + top) / kHatchSpacing) * kHatchSpacing;
         c <= rect.right() + bottom; c += kHatchSpacing) {
        p.drawLine(QPointF(c - bottom, bottom), QPointF(c - top, top));
    }
    if (cross) {  // and x - y = c (falling to the right)
        for (double c = std::floor((rect.left() - bottom) / kHatchSpacing) * kHatchSpacing;
             c <= rect.right() - top; c += kHatchSpacing) {
            p.drawLine(QPointF(c + top, top), QPointF(c + bottom, bottom));
        }
    }
    p.restore();
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

    // Ticks at quarters of the maximum; labels that would collide are skipped.
    p.setPen(kInk);
    double lastLabelY = 1e9;
    for (int i = 4; i >= 0; --i) {
        const double v = c.maximum * i / 4.0;
        const double y = bar.bottom() - scale.position(v, c.maximum) * bar.height();
        p.setPen(QPen(kInk, 1.0));
        p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        if (std::abs(y - lastLabelY) < fm.height() * 0.95 && i != 0) continue;
        if (i == 0 && std::abs(y - lastLabelY) < fm.height() * 0.95) continue;
        p.drawText(QRectF(bar.right() + 6, y - fm.height() / 2, area.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tickText(v, c.maximum));
        lastLabelY = y;
    }

    // Swatches for cells that carry no weight.
    double y = bar.bottom() + fm.height() * 1.3;
    const double s = fm.height();
    for (const QString& text : swatches) {
        const QRectF box(area.left() + 1, y, s, s);
        p.setPen(Qt::NoPen);
        if (text == tr("masked (future)")) {
            p.fillRect(box, QColor::fromRgba(AttentionColorScale::kMaskedColor));
            paintHatch(p, rectPath(box), AttentionColorScale::kMaskedHatchColor, false);
        } else if (text == tr("padding")) {
            p.fillRect(box, QColor::fromRgba(AttentionColorScale::kPaddingColor));
            paintHatch(p, rectPath(box), AttentionColorScale::kPaddingHatchColor, true);
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
