// The sequential colour scale of the attention heatmaps: a palette from near-white to a deep
// hue, a contrast exponent (gamma) and a maximum (fixed, or the largest visible weight). Also
// the fixed styles of masked, padding and empty cells.
#pragma once

#include "attention/attention_matrix.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace lmw::ui {

class AttentionColorScale {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::AttentionColorScale)

public:
    enum class Palette { Blues, Purples, Oranges, Greys };

    static constexpr int kLutSize = 1024;
    static constexpr double kMinGamma = 0.2;
    static constexpr double kMaxGamma = 3.0;
    static constexpr double kMinMaximum = 0.001;

    // Cells that carry no weight. Masked and padding cells are opaque; empty ones (below the
    // threshold) are transparent, so the panel's background shows through.
    static constexpr QRgb kMaskedColor = 0xFFE4E6EB;        // cool light grey ...
    static constexpr QRgb kMaskedHatchColor = 0xFFC3C8D2;   // ... with diagonal hatching
    static constexpr QRgb kPaddingColor = 0xFFF1E4C8;       // pale sand ...
    static constexpr QRgb kPaddingHatchColor = 0xFFD9C49A;  // ... with a cross hatch
    static constexpr QRgb kEmptyColor = 0x00000000;         // transparent
    static constexpr QRgb kBackgroundColor = 0xFFFFFFFF;    // behind the cells

    AttentionColorScale();

    Palette palette() const { return palette_; }
    void setPalette(Palette palette);
    /// Weights are mapped as (w / maximum)^gamma: below 1 brings out small weights.
    double gamma() const { return gamma_; }
    void setGamma(double gamma);
    /// When on, the maximum is the largest visible weight of the matrix being drawn.
    bool autoMaximum() const { return autoMaximum_; }
    void setAutoMaximum(bool on) { autoMaximum_ = on; }
    double maximum() const { return maximum_; }
    void setMaximum(double maximum);

    /// The maximum to use for a matrix whose largest visible weight is `dataMaximum`.
    float effectiveMaximum(float dataMaximum) const;
    /// Colour of weight `value` on a scale ending at `maximum` (opaque).
    QRgb color(float value, float maximum) const {
        const float t = maximum > 0.0F ? value / maximum : 0.0F;
        const int i = int(std::clamp(t, 0.0F, 1.0F) * float(kLutSize - 1) + 0.5F);
        return lut_[std::size_t(i)];
    }
    /// Draws `m` into `image` (resized when needed), one pixel per cell: weights coloured on a
    /// scale ending at `maximum`, masked and padding cells in their colours, weights below
    /// `threshold` transparent.
    void renderCells(const AttentionMatrix& m, float threshold, float maximum, QImage* image) const;
    /// Where `value` sits on the legend's bar, 0 (bottom) to 1 (top).
    double position(double value, double maximum) const;
    /// Colour at bar position `t` in [0, 1] (gamma already applied).
    QRgb colorAtPosition(double t) const;

    static QList<Palette> palettes();
    static QString paletteName(Palette palette);
    static QString paletteKey(Palette palette);  // stable, for settings
    static Palette paletteFromKey(const QString& key);

    bool operator==(const AttentionColorScale& o) const {
        return palette_ == o.palette_ && gamma_ == o.gamma_ && autoMaximum_ == o.autoMaximum_ &&
               maximum_ == o.maximum_;
    }
    bool operator!=(const AttentionColorScale& o) const { return !(*this == o); }

private:
    void rebuild();

    Palette palette_ = Palette::Blues;
    double gamma_ = 1.0;
    bool autoMaximum_ = true;
    double maximum_ = 1.0;
    std::vector<QRgb> lut_;  // kLutSize colours for t = 0..1 in equal steps, gamma applied
};

}  // namespace lmw::ui
