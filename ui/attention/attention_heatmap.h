// The head view: one attention matrix (a head, or an average) as a heatmap with queries as
// rows and keys as columns, token labels on both axes, a colour legend, masked and padding
// cells in their own hatched styles and a hover read-out. Cells are rendered once into a
// cached image (one pixel per cell) that is scaled without smoothing when painted.
#pragma once

#include "attention/attention_color_scale.h"
#include "attention/attention_matrix.h"

#include <QImage>
#include <QWidget>

namespace lmw::ui {

class AttentionHeatmap : public QWidget {
    Q_OBJECT

public:
    static constexpr double kMaxCellSize = 44.0;  // small maps do not blow up
    static constexpr double kMinHatchCell = 4.0;  // finer cells are only tinted, not hatched
    static constexpr double kMinGridCell = 12.0;  // white gaps between cells from this size
    static constexpr double kMaxLabelWidth = 110.0;
    static constexpr int kMaxVectorCells = 128 * 128;  // SVG: rects up to this, then an image

    explicit AttentionHeatmap(QWidget* parent = nullptr);

    void setMatrix(AttentionMatrix matrix);
    /// Convenience: head `head` (or kAverage) of `map`.
    void setMap(const AttentionMap& map, int head);
    void clear();
    const AttentionMatrix& matrix() const { return matrix_; }

    void setColorScale(const AttentionColorScale& scale);
    const AttentionColorScale& colorScale() const { return scale_; }
    /// Weights below this are drawn empty (0 shows everything).
    void setThreshold(float threshold);
    float threshold() const { return threshold_; }
    /// A line above the map (kind, layer, head, step...).
    void setTitle(const QString& title);
    QString title() const { return title_; }

    /// How cell (query, key) is drawn and its weight.
    CellState cellState(int query, int key) const;
    /// The value at the top of the colour scale for the current matrix.
    float displayMaximum() const;
    /// The cached cell image: one pixel per cell, rows = queries (rebuilt only when stale).
    const QImage& cellImage() const;
    /// How often the cell image has been rebuilt (caching is observable in tests).
    int imageBuildCount() const { return buildCount_; }
    /// The cell's rectangle in widget coordinates (empty if out of range).
    QRectF cellRect(int query, int key) const;
    /// The cell under `pos` (widget coordinates); false when outside the cells.
    bool cellAt(const QPointF& pos, int* query, int* key) const;
    int hoveredQuery() const { return hoverQuery_; }
    int hoveredKey() const { return hoverKey_; }
    /// The hover read-out of cell (query, key) as rich text: both tokens with their positions
    /// and the exact weight (or why there is none). Empty when out of range.
    QString hoverText(int query, int key) const;
    /// The same on one plain line, as shown on the title row while hovering.
    QString hoverSummary(int query, int key) const;

    /// Paints the whole view (title, labels, cells, legend) into `rect`. `vector` draws cells
    /// as rectangles where possible (for SVG) instead of the scaled image.
    void paintView(QPainter& p, const QRectF& rect, bool vector) const;
    /// The part of `rect` that paintView(rect) actually draws on (title, labels, cells,
    /// legend and a margin): exports are cropped to it.
    QRectF contentRect(const QRectF& rect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The pointer is over cell (query, key) holding `weight` (0 for masked/padding cells).
    void hovered(int query, int key, float weight);
    void hoverLeft();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry {
        QRectF title;
        QRectF queryAxis;    // rotated axis title, left
        QRectF keyAxis;      // axis title, above the key labels
        QRectF queryLabels;  // right-aligned labels, left of the cells
        QRectF keyLabels;    // vertical labels, above the cells
        QRectF cells;
        QRectF legend;
        double cellW = 0;
        double cellH = 0;
        int rowStep = 1;  // every rowStep-th query label is drawn
        int colStep = 1;
    };
    struct Run {  // consecutive masked or padding cells in one row
        int query;
        int firstKey;
        int endKey;
        bool padding;
    };

    QFont labelFont() const;
    QString axisTitle(bool queries) const;
    Geometry geometryFor(const QRectF& rect) const;
    void invalidateImage();
    void rebuildImage() const;
    void measureLabels();
    void paintCells(QPainter& p, const Geometry& g, bool vector) const;
    void paintCellRects(QPainter& p, const Geometry& g) const;
    void paintHatching(QPainter& p, const Geometry& g, bool vector) const;
    void paintLabels(QPainter& p, const Geometry& g) const;
    void paintHover(QPainter& p, const Geometry& g) const;
    void setHover(int query, int key);
    QString cellDescription(int query, int key) const;

    AttentionMatrix matrix_;
    QStringList queryLabels_;  // display forms of the tokens
    QStringList keyLabels_;
    double queryLabelWidth_ = 0;
    double keyLabelWidth_ = 0;
    AttentionColorScale scale_;
    float threshold_ = 0.0F;
    QString title_;
    int hoverQuery_ = -1;
    int hoverKey_ = -1;

    mutable QImage image_;
    mutable bool imageValid_ = false;
    mutable float maximum_ = 1.0F;
    mutable std::vector<Run> runs_;
    mutable int buildCount_ = 0;
};

}  // namespace lmw::ui
