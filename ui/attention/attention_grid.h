// The model view: small multiples of every layer (rows) and head (columns) of one kind of
// attention, optionally with an "average over heads" column and an "average over layers" row.
// Each thumbnail is a cached cell image; clicking one selects that head for the head view.
#pragma once

#include "attention/attention_color_scale.h"
#include "attention/attention_matrix.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace lmw::ui {

class AttentionGrid : public QWidget {
    Q_OBJECT

public:
    static constexpr double kMaxThumbnail = 150.0;
    static constexpr double kGap = 6.0;
    static constexpr double kAverageGap = 14.0;  // extra space before the average row/column

    explicit AttentionGrid(QWidget* parent = nullptr);

    /// The maps of one kind (one per layer, any order). Only read during the call.
    void setMaps(const std::vector<const AttentionMap*>& layers);
    void clear();
    int layerCount() const { return layers_; }
    int headCount() const { return heads_; }

    void setColorScale(const AttentionColorScale& scale);
    const AttentionColorScale& colorScale() const { return scale_; }
    void setThreshold(float threshold);
    float threshold() const { return threshold_; }
    void setShowHeadAverage(bool on);
    bool showHeadAverage() const { return showHeadAverage_; }
    void setShowLayerAverage(bool on);
    bool showLayerAverage() const { return showLayerAverage_; }

    /// Highlights a thumbnail (layer and head may be kAverage); emits nothing.
    void setSelected(int layer, int head);
    int selectedLayer() const { return selectedLayer_; }
    int selectedHead() const { return selectedHead_; }

    /// Thumbnail of (layer, head), either may be kAverage; null if there is none.
    const AttentionMatrix* thumbnailMatrix(int layer, int head) const;
    /// Its cached cell image (one pixel per cell).
    QImage thumbnailImage(int layer, int head) const;
    /// Where it is drawn in widget coordinates (empty when hidden or absent).
    QRectF thumbnailRect(int layer, int head) const;
    bool thumbnailAt(const QPointF& pos, int* layer, int* head) const;
    /// How many thumbnail images have been rendered (caching is observable in tests).
    int imageBuildCount() const { return buildCount_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A thumbnail was clicked; layer and head may be kAverage.
    void headSelected(int layer, int head);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Thumb {
        AttentionMatrix matrix;
        QImage image;   // one pixel per cell
        QImage scaled;  // smoothly reduced copy when the thumbnail is smaller than the map
        float maximum = 1.0F;
        bool valid = false;
    };
    struct Geometry {
        QRectF cells;     // where the thumbnails are
        double left = 0;  // first thumbnail's x
        double top = 0;
        double size = 0;  // thumbnail side
        int rows = 0;
        int columns = 0;
    };

    // Averages are only worth a row or column when there is more than one layer or head.
    bool headAverageShown() const { return showHeadAverage_ && heads_ > 1; }
    bool layerAverageShown() const { return showLayerAverage_ && layers_ > 1; }
    int slot(int layer, int head) const;  // index into thumbs_, or -1
    Geometry geometry() const;
    QRectF slotRect(const Geometry& g, int row, int column) const;
    Thumb* ensureImage(int layer, int head) const;
    void invalidateImages();
    void paintThumb(QPainter& p, const QRectF& box, int layer, int head) const;
    QString rowLabel(int layer, bool shortForm) const;
    QString columnLabel(int head, bool shortForm) const;

    int layers_ = 0;
    int heads_ = 0;
    mutable std::vector<Thumb> thumbs_;  // (layers + 1) x (heads + 1); the last ones average
    AttentionColorScale scale_;
    float threshold_ = 0.0F;
    bool showHeadAverage_ = true;
    bool showLayerAverage_ = true;
    int selectedLayer_ = 0;
    int selectedHead_ = 0;
    int hoverLayer_ = -2;  // -2: none
    int hoverHead_ = -2;
    mutable int buildCount_ = 0;
};

}  // namespace lmw::ui
