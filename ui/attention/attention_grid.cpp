// The model view: thumbnail layout, cached thumbnail images, painting and clicks.
#include "attention/attention_grid.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace lmw::ui {

namespace {

constexpr double kMargin = 8.0;
const QColor kInk(0x26, 0x2B, 0x33);
const QColor kMutedInk(0x6B, 0x72, 0x80);
const QColor kFrame(0xC9, 0xCE, 0xD6);
const QColor kSelected(0x1F, 0x4E, 0x9A);
const QColor kHover(0xE8, 0x8A, 0x1A);
const QColor kCardBorder(0xDD, 0xE2, 0xE8);

}  // namespace

AttentionGrid::AttentionGrid(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AttentionGrid::setMaps(const std::vector<const AttentionMap*>& layers) {
    std::vector<const AttentionMap*> sorted = layers;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const AttentionMap* a, const AttentionMap* b) { return a->layer < b->layer; });
    layers_ = int(sorted.size());
    heads_ = 0;
    for (const AttentionMap* m : sorted) heads_ = std::max(heads_, m->heads);
    thumbs_.assign(std::size_t(layers_ + 1) * (heads_ + 1), Thumb());
    for (int l = -1; l < layers_; ++l) {
        for (int h = -1; h < heads_; ++h) {
            const int layer = l < 0 ? kAverage : l;
            const int head = h < 0 ? kAverage : h;
            thumbs_[std::size_t(slot(layer, head))].matrix =
                AttentionMatrices::fromLayers(sorted, layer, head);
        }
    }
    if (slot(selectedLayer_, selectedHead_) < 0) selectedLayer_ = selectedHead_ = 0;
    hoverLayer_ = hoverHead_ = -2;
    updateGeometry();
    update();
}

void AttentionGrid::clear() {
    setMaps({});
}

void AttentionGrid::setColorScale(const AttentionColorScale& scale) {
    if (scale == scale_) return;
    scale_ = scale;
    invalidateImages();
}

void AttentionGrid::setThreshold(float threshold) {
    if (threshold == threshold_) return;
    threshold_ = threshold;
    invalidateImages();
}

void AttentionGrid::setShowHeadAverage(bool on) {
    if (on == showHeadAverage_) return;
    showHeadAverage_ = on;
    update();
}

void AttentionGrid::setShowLayerAverage(bool on) {
    if (on == showLayerAverage_) return;
    showLayerAverage_ = on;
    update();
}

void AttentionGrid::setSelected(int layer, int head) {
    if (layer == selectedLayer_ && head == selectedHead_) return;
    selectedLayer_ = layer;
    selectedHead_ = head;
    update();
}

int AttentionGrid::slot(int layer, int head) const {
    if (layer < kAverage || layer >= layers_ || head < kAverage || head >= heads_) return -1;
    const int row = layer == kAverage ? layers_ : layer;
    const int column = head == kAverage ? heads_ : head;
    return row * (heads_ + 1) + column;
}

const AttentionMatrix* AttentionGrid::thumbnailMatrix(int layer, int head) const {
    const int s = slot(layer, head);
    if (s < 0 || thumbs_[std::size_t(s)].matrix.isEmpty()) return nullptr;
    return &thumbs_[std::size_t(s)].matrix;
}

QImage AttentionGrid::thumbnailImage(int layer, int head) const {
    const Thumb* t = ensureImage(layer, head);
    return t ? t->image : QImage();
}

AttentionGrid::Thumb* AttentionGrid::ensureImage(int layer, int head) const {
    const int s = slot(layer, head);
    if (s < 0) return nullptr;
    Thumb& t = thumbs_[std::size_t(s)];
    if (t.matrix.isEmpty()) return nullptr;
    if (!t.valid) {
        t.maximum = scale_.effectiveMaximum(t.matrix.maxVisibleValue());
        scale_.renderCells(t.matrix, threshold_, t.maximum, &t.image);
        t.scaled = QImage();
        t.valid = true;
        ++buildCount_;
    }
    return &t;
}

void AttentionGrid::invalidateImages() {
    for (Thumb& t : thumbs_) t.valid = false;
    update();
}

AttentionGrid::Geometry AttentionGrid::geometry() const {
    Geometry g;
    g.rows = layers_ + (layerAverageShown() ? 1 : 0);
    g.columns = heads_ + (headAverageShown() ? 1 : 0);
    if (layers_ == 0 || heads_ == 0) return g;
    const QFontMetricsF fm(font());
    const double labelW = fm.horizontalAdvance(rowLabel(std::max(layers_ - 1, 0), false)) + 12;
    const double labelH = fm.height() + 6;
    const double extraW = headAverageShown() ? kAverageGap : 0.0;
    const double extraH = layerAverageShown() ? kAverageGap : 0.0;
    const double availW = width() - 2 * kMargin - labelW - (g.columns - 1) * kGap - extraW;
    const double availH = height() - 2 * kMargin - labelH - (g.rows - 1) * kGap - extraH;
    g.size = std::floor(std::min({availW / g.columns, availH / g.rows, kMaxThumbnail}));
    g.size = std::max(g.size, 8.0);
    const double gridW = g.columns * g.size + (g.columns - 1) * kGap + extraW;
    const double gridH = g.rows * g.size + (g.rows - 1) * kGap + extraH;
    g.left = std::floor(kMargin + labelW + std::max(0.0, (availW - g.columns * g.size) / 2));
    g.top = kMargin + labelH;
    g.cells = QRectF(g.left, g.top, gridW, gridH);
    return g;
}

QRectF AttentionGrid::slotRect(const Geometry& g, int row, int column) const {
    const double x = g.left + column * (g.size + kGap) + (column >= heads_ ? kAverageGap : 0.0);
    const double y = g.top + row * (g.size + kGap) + (row >= layers_ ? kAverageGap : 0.0);
    return QRectF(x, y, g.size, g.size);
}

QRectF AttentionGrid::thumbnailRect(int layer, int head) const {
    if (slot(layer, head) < 0) return {};
    if ((layer == kAverage && !layerAverageShown()) || (head == kAverage && !headAverageShown())) {
        return {};
    }
    const Geometry g = geometry();
    return slotRect(g, layer == kAverage ? layers_ : layer, head == kAverage ? heads_ : head);
}

bool AttentionGrid::thumbnailAt(const QPointF& pos, int* layer, int* head) const {
    for (int l = kAverage; l < layers_; ++l) {
        for (int h = kAverage; h < heads_; ++h) {
            if (thumbnailRect(l, h).contains(pos)) {
                *layer = l;
                *head = h;
                return true;
            }
        }
    }
    return false;
}

QString AttentionGrid::rowLabel(int layer, bool shortForm) const {
    if (layer == kAverage) return shortForm ? tr("avg") : tr("Mean");
    return shortForm ? tr("L%1").arg(layer + 1) : tr("Layer %1").arg(layer + 1);
}

QString AttentionGrid::columnLabel(int head, bool shortForm) const {
    if (head == kAverage) return shortForm ? tr("avg") : tr("Mean");
    return shortForm ? tr("H%1").arg(head + 1) : tr("Head %1").arg(head + 1);
}

void AttentionGrid::paintThumb(QPainter& p, const QRectF& box, int layer, int head) const {
    Thumb* t = ensureImage(layer, head);
    p.fillRect(box, QColor::fromRgba(AttentionColorScale::kBackgroundColor));
    if (t) {
        // Keep the map's aspect ratio (cross-attention need not be square).
        const double sx = box.width() / t->matrix.keys;
        const double sy = box.height() / t->matrix.queries;
        const double s = std::min(sx, sy);
        const QSizeF size(s * t->matrix.keys, s * t->matrix.queries);
        const QRectF target(box.center().x() - size.width() / 2,
                            box.center().y() - size.height() / 2, size.width(), size.height());
        if (s >= 1.0) {
            p.drawImage(target, t->image);
        } else {  // more cells than pixels: average them down rather than skip some
            if (t->scaled.size() != target.size().toSize()) {
                t->scaled = t->image.scaled(target.size().toSize(), Qt::IgnoreAspectRatio,
                                            Qt::SmoothTransformation);
            }
            p.drawImage(target.topLeft(), t->scaled);
        }
    }
    const bool selected = layer == selectedLayer_ && head == selectedHead_;
    const bool hovered = layer == hoverLayer_ && head == hoverHead_;
    p.setBrush(Qt::NoBrush);
    if (selected) {
        p.setPen(QPen(kSelected, 2.5));
        p.drawRect(box.adjusted(-1.5, -1.5, 1.5, 1.5));
    } else if (hovered) {
        p.setPen(QPen(kHover, 2.0));
        p.drawRect(box.adjusted(-1, -1, 1, 1));
    } else {
        p.setPen(QPen(kFrame, 1.0));
        p.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
}

void AttentionGrid::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor::fromRgba(AttentionColorScale::kBackgroundColor));
    p.setPen(kCardBorder);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const Geometry g = geometry();
    if (layers_ == 0 || heads_ == 0) {
        p.setPen(kMutedInk);
        p.drawText(rect(), Qt::AlignCenter, tr("No layers to show."));
        return;
    }
    const QFontMetricsF fm(font());
    const bool shortColumns = fm.horizontalAdvance(columnLabel(heads_ - 1, false)) > g.size;
    QFont italic = font();
    italic.setItalic(true);
    for (int c = 0; c < g.columns; ++c) {
        const int head = c >= heads_ ? kAverage : c;
        const QRectF box = slotRect(g, 0, c);
        p.setFont(head == kAverage ? italic : font());
        p.setPen(head == kAverage ? kMutedInk : kInk);
        p.drawText(QRectF(box.left() - kGap / 2, kMargin, box.width() + kGap, fm.height() + 4),
                   Qt::AlignCenter, columnLabel(head, shortColumns));
    }
    for (int r = 0; r < g.rows; ++r) {
        const int layer = r >= layers_ ? kAverage : r;
        const QRectF box = slotRect(g, r, 0);
        p.setFont(layer == kAverage ? italic : font());
        p.setPen(layer == kAverage ? kMutedInk : kInk);
        p.drawText(QRectF(0, box.top(), g.left - 8, box.height()),
                   Qt::AlignRight | Qt::AlignVCenter, rowLabel(layer, false));
        for (int c = 0; c < g.columns; ++c) {
            paintThumb(p, slotRect(g, r, c), layer, c >= heads_ ? kAverage : c);
        }
    }
}

void AttentionGrid::mousePressEvent(QMouseEvent* event) {
    int layer = 0;
    int head = 0;
    if (event->button() != Qt::LeftButton || !thumbnailAt(event->position(), &layer, &head)) {
        QWidget::mousePressEvent(event);
        return;
    }
    setSelected(layer, head);
    Q_EMIT headSelected(layer, head);
}

void AttentionGrid::mouseMoveEvent(QMouseEvent* event) {
    int layer = -2;
    int head = -2;
    if (!thumbnailAt(event->position(), &layer, &head)) layer = head = -2;
    if (layer == hoverLayer_ && head == hoverHead_) return;
    hoverLayer_ = layer;
    hoverHead_ = head;
    update();
    if (layer == -2) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("%1 · %2 — click to show it in the head view")
            .arg(AttentionMatrices::layerName(layer), AttentionMatrices::headName(head)),
        this, thumbnailRect(layer, head).toAlignedRect());
}

void AttentionGrid::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    if (hoverLayer_ == -2) return;
    hoverLayer_ = hoverHead_ = -2;
    update();
}

QSize AttentionGrid::sizeHint() const {
    return {420, 420};
}

QSize AttentionGrid::minimumSizeHint() const {
    return {180, 160};
}

}  // namespace lmw::ui
