// Colour look-up table of the heatmaps: palettes as a few hand-picked stops blended in linear
// light, so that steps look even and the middle of the scale does not turn muddy.
#include "attention/attention_color_scale.h"

#include <cmath>

namespace lmw::ui {

namespace {

struct Stop {
    double at;
    QRgb color;
};

std::vector<Stop> stops(AttentionColorScale::Palette p) {
    using P = AttentionColorScale::Palette;
    switch (p) {
        case P::Blues:
            return {{0.0, 0xFFF4F8FC},  {0.18, 0xFFD3E3F3}, {0.40, 0xFF9CC3E4},
                    {0.62, 0xFF5A9BD2}, {0.82, 0xFF2566AE}, {1.0, 0xFF0A2F6B}};
        case P::Purples:
            return {{0.0, 0xFFF8F6FB}, {0.2, 0xFFE0DCEE},  {0.45, 0xFFB5AED6},
                    {0.7, 0xFF7F73B8}, {0.88, 0xFF55379A}, {1.0, 0xFF36106E}};
        case P::Oranges:
            return {{0.0, 0xFFFFF7EC},  {0.2, 0xFFFDE1BA},  {0.45, 0xFFFDB066},
                    {0.68, 0xFFF2711E}, {0.86, 0xFFCC4305}, {1.0, 0xFF7A2503}};
        case P::Greys:
            return {{0.0, 0xFFF8F8F8}, {0.3, 0xFFCFCFCF}, {0.65, 0xFF7E7E7E}, {1.0, 0xFF161616}};
    }
    return {{0.0, 0xFFFFFFFF}, {1.0, 0xFF000000}};
}

double toLinear(int c) {
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

int toSrgb(double l) {
    const double s = l <= 0.0031308 ? l * 12.92 : 1.055 * std::pow(l, 1.0 / 2.4) - 0.055;
    return std::clamp(int(std::lround(s * 255.0)), 0, 255);
}

QRgb blend(QRgb a, QRgb b, double f) {
    auto mix = [f](int x, int y) { return toSrgb(toLinear(x) * (1.0 - f) + toLinear(y) * f); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

QRgb sample(const std::vector<Stop>& s, double t) {
    if (t <= s.front().at) return s.front().color;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (t <= s[i].at) {
            const double f = (t - s[i - 1].at) / (s[i].at - s[i - 1].at);
            return blend(s[i - 1].color, s[i].color, f);
        }
    }
    return s.back().color;
}

}  // namespace

AttentionColorScale::AttentionColorScale() {
    rebuild();
}

void AttentionColorScale::setPalette(Palette palette) {
    if (palette == palette_) return;
    palette_ = palette;
    rebuild();
}

void AttentionColorScale::setGamma(double gamma) {
    gamma = std::clamp(gamma, kMinGamma, kMaxGamma);
    if (gamma == gamma_) return;
    gamma_ = gamma;
    rebuild();
}

void AttentionColorScale::setMaximum(double maximum) {
    maximum_ = std::clamp(maximum, kMinMaximum, 1.0);
}

float AttentionColorScale::effectiveMaximum(float dataMaximum) const {
    if (!autoMaximum_) return float(maximum_);
    return dataMaximum > 0.0F ? dataMaximum : 1.0F;
}

double AttentionColorScale::position(double value, double maximum) const {
    if (maximum <= 0.0) return 0.0;
    return std::pow(std::clamp(value / maximum, 0.0, 1.0), gamma_);
}

QRgb AttentionColorScale::colorAtPosition(double t) const {
    return sample(stops(palette_), std::clamp(t, 0.0, 1.0));
}

void AttentionColorScale::rebuild() {
    const std::vector<Stop> s = stops(palette_);
    lut_.resize(kLutSize);
    for (int i = 0; i < kLutSize; ++i) {
        const double t = double(i) / double(kLutSize - 1);
        lut_[std::size_t(i)] = sample(s, std::pow(t, gamma_));
    }
}

void AttentionColorScale::renderCells(const AttentionMatrix& m, float threshold, float maximum,
                                      QImage* image) const {
    if (m.isEmpty()) {
        *image = QImage();
        return;
    }
    if (image->width() != m.keys || image->height() != m.queries ||
        image->format() != QImage::Format_ARGB32_Premultiplied) {
        *image = QImage(m.keys, m.queries, QImage::Format_ARGB32_Premultiplied);
    }
    for (int q = 0; q < m.queries; ++q) {
        auto* line = reinterpret_cast<QRgb*>(image->scanLine(q));
        if (m.queryPadding[std::size_t(q)]) {
            std::fill(line, line + m.keys, kPaddingColor);
            continue;
        }
        const float* row = m.values.data() + std::size_t(q) * m.keys;
        for (int k = 0; k < m.keys; ++k) {
            if (m.keyPadding[std::size_t(k)]) {
                line[k] = kPaddingColor;
            } else if (m.causal && k > q) {
                line[k] = kMaskedColor;
            } else {
                line[k] = row[k] < threshold ? kEmptyColor : color(row[k], maximum);
            }
        }
    }
}

QList<AttentionColorScale::Palette> AttentionColorScale::palettes() {
    return {Palette::Blues, Palette::Purples, Palette::Oranges, Palette::Greys};
}

QString AttentionColorScale::paletteName(Palette palette) {
    switch (palette) {
        case Palette::Blues:
            return tr("Blues");
        case Palette::Purples:
            return tr("Purples");
        case Palette::Oranges:
            return tr("Oranges");
        case Palette::Greys:
            return tr("Greys");
    }
    return {};
}

QString AttentionColorScale::paletteKey(Palette palette) {
    switch (palette) {
        case Palette::Blues:
            return QStringLiteral("blues");
        case Palette::Purples:
            return QStringLiteral("purples");
        case Palette::Oranges:
            return QStringLiteral("oranges");
        case Palette::Greys:
            return QStringLiteral("greys");
    }
    return QStringLiteral("blues");
}

AttentionColorScale::Palette AttentionColorScale::paletteFromKey(const QString& key) {
    for (Palette p : palettes()) {
        if (paletteKey(p) == key) return p;
    }
    return Palette::Blues;
}

}  // namespace lmw::ui
