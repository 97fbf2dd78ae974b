// One attention matrix ready to draw: a single head of one layer, or an average over heads
// and/or layers, with the tokens on both axes and what is masked or padding. Built from the
// engine's AttentionMap (core/api/inspect.h) and independent of any widget.
#pragma once

#include "api/inspect.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace lmw::ui {

/// Layer or head index meaning "the average over all layers / heads".
inline constexpr int kAverage = -1;

/// How one cell of a heatmap is drawn.
enum class CellKind {
    Weight,          // an attention weight, coloured by the scale
    Masked,          // the model may not look there (a future key in a causal map)
    Padding,         // the query or the key is padding
    BelowThreshold,  // a weight below the threshold, drawn empty
};

struct CellState {
    CellKind kind = CellKind::Padding;
    float weight = 0.0F;  // the (averaged) weight, 0 for masked and padding cells
    QRgb color = 0;       // the colour in the cached cell image (transparent when empty)
};

struct AttentionMatrix {
    QString kind;         // "causal", "self", "encoder", "decoder", "cross" or the engine's own
    int layer = 0;        // or kAverage
    int head = 0;         // or kAverage
    int queries = 0;      // rows
    int keys = 0;         // columns
    bool causal = false;  // keys after the query are masked
    std::vector<float> values;  // queries x keys, row-major
    QStringList queryTokens;    // as the engine gave them
    QStringList keyTokens;
    std::vector<bool> queryPadding;  // always `queries` long
    std::vector<bool> keyPadding;    // always `keys` long

    bool isEmpty() const { return queries <= 0 || keys <= 0; }
    float value(int q, int k) const { return values[std::size_t(q) * keys + k]; }
    bool isPadding(int q, int k) const {
        return queryPadding[std::size_t(q)] || keyPadding[std::size_t(k)];
    }
    bool isMasked(int q, int k) const { return causal && k > q; }
    /// The largest weight of a cell that is neither masked nor padding (0 if none), leaving
    /// out rows with a single visible key (a causal map's first token always puts its whole
    /// weight of 1 there, which would wash out the colour scale) unless there are no others.
    float maxVisibleValue() const;
};

/// Turns engine maps into drawable matrices.
class AttentionMatrices {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::AttentionMatrices)

public:
    /// One head (or kAverage) of one map.
    static AttentionMatrix fromMap(const AttentionMap& map, int head);
    /// `layers` holds the maps of one kind; `layer` indexes it (or kAverage: the mean over the
    /// layers whose shape matches the first), `head` a head or kAverage.
    static AttentionMatrix fromLayers(const std::vector<const AttentionMap*>& layers, int layer,
                                      int head);
    /// The maps of `kind` in `maps`, ordered by layer.
    static std::vector<const AttentionMap*> ofKind(const std::vector<AttentionMap>& maps,
                                                   const QString& kind);
    /// The kinds present in `maps`, in a fixed teaching order (causal, self, encoder, decoder,
    /// cross, then any other in the order met).
    static QStringList kinds(const std::vector<AttentionMap>& maps);

    /// A token as a short, visible label: whitespace made visible, newlines as ↵.
    static QString displayToken(const QString& token);
    /// Human-readable name of a kind, e.g. "Cross-attention".
    static QString kindTitle(const QString& kind);
    /// A few sentences explaining a kind's map, written to be read aloud in class.
    static QString kindCaption(const QString& kind);
    /// "Layer 2", "Average over layers", "Head 3", "Average over heads" (1-based for people).
    static QString layerName(int layer);
    static QString headName(int head);
};

}  // namespace lmw::ui
