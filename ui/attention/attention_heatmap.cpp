// The head view: geometry, the cached cell image, painting and hover.
#include "attention/attention_heatmap.h"

#include "attention/attention_legend.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <charconv>
#include <cmath>

namespace lmw::ui {

namespace {

constexpr double kMargin = 10.0;
constexpr double kLegendGap = 16.0;
const QColor kInk(0x26, 0x2B, 0x33);
const QColor kMutedInk(0x6B, 0x72, 0x80);
const QColor kFrame(0xB8, 0xBE, 0xC8);
const QColor kHover(0xE8, 0x8A, 0x1A);
const QColor kHoverFill(0xFF, 0xE9, 0xC7);
const QColor kCardBorder(0xDD, 0xE2, 0xE8);

}  // namespace

AttentionHeatmap::AttentionHeatmap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AttentionHeatmap::setMatrix(AttentionMatrix matrix) {
    matrix_ = std::move(matrix);
    queryLabels_.clear();
    keyLabels_.clear();
    for (const QString& t : matrix_.queryTokens) queryLabels_ << AttentionMatrices::displayToken(t);
    for (const QString& t : matrix_.keyTokens) keyLabels_ << AttentionMatrices::displayToken(t);
    measureLabels();
    if (hoverQuery_ >= matrix_.queries || hoverKey_ >= matrix_.keys) hoverQuery_ = hoverKey_ = -1;
    invalidateImage();
}

void AttentionHeatmap::setMap(const AttentionMap& map, int head) {
    setMatrix(AttentionMatrices::fromMap(map, head));
}

void AttentionHeatmap::clear() {
    setMatrix(AttentionMatrix());
}

void AttentionHeatmap::setColorScale(const AttentionColorScale& scale) {
    if (scale == scale_) return;
    scale_ = scale;
    invalidateImage();
}

void AttentionHeatmap::setThreshold(float threshold) {
    threshold = std::max(threshold, 0.0F);
    if (threshold == threshold_) return;
    threshold_ = threshold;
    invalidateImage();
}

void AttentionHeatmap::setTitle(const QString& title) {
    if (title == title_) return;
    title_ = title;
    update();
}

CellState AttentionHeatmap::cellState(int query, int key) const {
    CellState s;
    if (query < 0 || key < 0 || query >= matrix_.queries || key >= matrix_.keys) return s;
    s.weight = matrix_.value(query, key);
    if (matrix_.isPadding(query, key)) {
        s.kind = CellKind::Padding;
        s.color = AttentionColorScale::kPaddingColor;
    } else if (matrix_.isMasked(query, key)) {
        s.kind = CellKind::Masked;
        s.color = AttentionColorScale::kMaskedColor;
    } else if (s.weight < threshold_) {
        s.kind = CellKind::BelowThreshold;
        s.color = AttentionColorScale::kEmptyColor;
    } else {
        s.kind = CellKind::Weight;
        s.color = scale_.color(s.weight, displayMaximum());
    }
    return s;
}

float AttentionHeatmap::displayMaximum() const {
    cellImage();
    return maximum_;
}

const QImage& AttentionHeatmap::cellImage() const {
    if (!imageValid_) rebuildImage();
    return image_;
}

void AttentionHeatmap::invalidateImage() {
    imageValid_ = false;
    update();
}

void AttentionHeatmap::rebuildImage() const {
    imageValid_ = true;
    ++buildCount_;
    const AttentionMatrix& m = matrix_;
    maximum_ = scale_.effectiveMaximum(m.isEmpty() ? 0.0F : m.maxVisibleValue());
    scale_.renderCells(m, threshold_, maximum_, &image_);
    // Runs of masked and padding cells, for the hatching drawn over them.
    runs_.clear();
    for (int q = 0; q < m.queries; ++q) {
        if (m.queryPadding[std::size_t(q)]) {
            runs_.push_back({q, 0, m.keys, true});
            continue;
        }
        int start = -1;
        bool padding = false;
        for (int k = 0; k <= m.keys; ++k) {
            const int style = k == m.keys                    ? 0
                              : m.keyPadding[std::size_t(k)] ? 2
                              : m.isMasked(q, k)             ? 1
                                                             : 0;
            if (start >= 0 && (style == 0 || (style == 2) != padding)) {
                runs_.push_back({q, start, k, padding});
                start = -1;
            }
            if (style != 0 && start < 0) {
                start = k;
                padding = style == 2;
            }
        }
    }
}

void AttentionHeatmap::measureLabels() {
    const QFontMetricsF fm(labelFont());
    queryLabelWidth_ = 0;
    keyLabelWidth_ = 0;
    for (const QString& s : queryLabels_) {
        queryLabelWidth_ = std::max(queryLabelWidth_, fm.horizontalAdvance(s));
    }
    for (const QString& s : keyLabels_) {
        keyLabelWidth_ = std::max(keyLabelWidth_, fm.horizontalAdvance(s));
    }
}

QFont AttentionHeatmap::labelFont() const {
    QFont f = font();
    if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}

AttentionHeatmap::Geometry AttentionHeatmap::geometryFor(const QRectF& rect) const {
    Geometry g;
    const QFont f = labelFont();
    const QFontMetricsF fm(f);
    const double lh = fm.height();
    QRectF r = rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!title_.isEmpty()) {
        g.title = QRectF(r.left(), r.top(), r.width(), std::ceil(lh * 1.5));
        r.setTop(g.title.bottom() + 6);
    }
    if (matrix_.isEmpty()) return g;
    const double axis = std::ceil(lh + 6);
    const double queryLab = std::ceil(std::min(queryLabelWidth_ + 10, kMaxLabelWidth));
    const double keyLab = std::ceil(std::min(keyLabelWidth_ + 10, kMaxLabelWidth));
    const double legendW = AttentionLegend::width(f);
    const double availW = r.width() - axis - queryLab - kLegendGap - legendW;
    const double availH = r.height() - axis - keyLab;
    double cell = std::min({availW / matrix_.keys, availH / matrix_.queries, kMaxCellSize});
    cell = std::max(cell, 0.05);
    if (cell >= 3.0) cell = std::floor(cell);  // whole pixels per cell when there is room
    g.cellW = g.cellH = cell;
    const double cellsW = cell * matrix_.keys;
    const double cellsH = cell * matrix_.queries;
    const double blockW = axis + queryLab + cellsW + kLegendGap + legendW;
    const double x0 = std::floor(r.left() + std::max(0.0, (r.width() - blockW) / 2));
    const double top = std::floor(r.top());
    g.cells = QRectF(x0 + axis + queryLab, top + axis + keyLab, cellsW, cellsH);
    g.queryAxis = QRectF(x0, g.cells.top(), axis, cellsH);
    g.queryLabels = QRectF(x0 + axis, g.cells.top(), queryLab, cellsH);
    g.keyAxis = QRectF(g.cells.left(), top, cellsW, axis);
    g.keyLabels = QRectF(g.cells.left(), top + axis, cellsW, keyLab);
    const AttentionLegend::Content content{1.0F, threshold_, true, true};
    const double legendH =
        std::max(cellsH, AttentionLegend::height(f, content, AttentionLegend::kMinBarHeight));
    g.legend = QRectF(g.cells.right() + kLegendGap, g.cells.top(), legendW,
                      std::min(legendH, std::max(cellsH, r.bottom() - g.cells.top())));
    g.rowStep = std::max(1, int(std::ceil(lh / cell)));
    g.colStep = g.rowStep;
    return g;
}

QString AttentionHeatmap::axisTitle(bool queries) const {
    const bool cross = matrix_.kind == QLatin1String("cross");
    if (queries) return cross ? tr("decoder tokens (queries) ↓") : tr("queries: tokens looking ↓");
    return cross ? tr("encoder tokens (keys) →") : tr("keys: tokens looked at →");
}

QRectF AttentionHeatmap::contentRect(const QRectF& rect) const {
    const Geometry g = geometryFor(rect);
    if (matrix_.isEmpty()) return rect;
    const QFontMetricsF fm(labelFont());
    QRectF used = g.cells | g.queryLabels | g.keyLabels | g.legend | g.queryAxis;
    const double keyTitle = fm.horizontalAdvance(axisTitle(false));
    used |= QRectF(g.keyAxis.center().x() - keyTitle / 2, g.keyAxis.top(), keyTitle,
                   g.keyAxis.height());
    const double queryTitle = fm.horizontalAdvance(axisTitle(true));
    used |= QRectF(g.queryAxis.left(), g.queryAxis.center().y() - queryTitle / 2,
                   g.queryAxis.width(), queryTitle);
    if (!title_.isEmpty()) {
        QFont tf = font();
        tf.setBold(true);
        const double w = std::min(g.title.width(), QFontMetricsF(tf).horizontalAdvance(title_) + 2);
        used |= QRectF(g.title.left(), g.title.top(), w, g.title.height());
    }
    return used.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(rect);
}

QRectF AttentionHeatmap::cellRect(int query, int key) const {
    if (query < 0 || key < 0 || query >= matrix_.queries || key >= matrix_.keys) return {};
    const Geometry g = geometryFor(QRectF(rect()));
    return QRectF(g.cells.left() + key * g.cellW, g.cells.top() + query * g.cellH, g.cellW,
                  g.cellH);
}

bool AttentionHeatmap::cellAt(const QPointF& pos, int* query, int* key) const {
    if (matrix_.isEmpty()) return false;
    const Geometry g = geometryFor(QRectF(rect()));
    if (!g.cells.contains(pos)) return false;
    const int k = std::min(int((pos.x() - g.cells.left()) / g.cellW), matrix_.keys - 1);
    const int q = std::min(int((pos.y() - g.cells.top()) / g.cellH), matrix_.queries - 1);
    if (query) *query = q;
    if (key) *key = k;
    return true;
}

void AttentionHeatmap::paintView(QPainter& p, const QRectF& rect, bool vector) const {
    p.save();
    p.fillRect(rect, QColor::fromRgba(AttentionColorScale::kBackgroundColor));
    const Geometry g = geometryFor(rect);
    if (!title_.isEmpty()) {
        QFont tf = font();
        tf.setBold(true);
        p.setFont(tf);
        p.setPen(kInk);
        p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(tf).elidedText(title_, Qt::ElideRight, g.title.width()));
    }
    if (matrix_.isEmpty()) {
        p.setPen(kMutedInk);
        p.setFont(font());
        p.drawText(rect, Qt::AlignCenter, tr("No attention map to show yet."));
        p.restore();
        return;
    }
    paintCells(p, g, vector);
    paintLabels(p, g);
    AttentionLegend::Content content;
    content.maximum = displayMaximum();
    content.threshold = threshold_;
    content.masked = false;
    content.padding = false;
    for (const Run& r : runs_) (r.padding ? content.padding : content.masked) = true;
    AttentionLegend::paint(p, g.legend, labelFont(), scale_, content);
    p.restore();
}

void AttentionHeatmap::paintCells(QPainter& p, const Geometry& g, bool vector) const {
    const QImage& img = cellImage();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (!vector) {
        p.drawImage(g.cells, img);
    } else if (matrix_.queries * matrix_.keys <= kMaxVectorCells) {
        paintCellRects(p, g);
    } else {
        // Too many cells for rectangles: an image enlarged by whole pixels stays sharp enough.
        const int side = std::max(matrix_.queries, matrix_.keys);
        const int factor = std::clamp(int(std::ceil(g.cellW * 2)), 1, std::max(1, 4096 / side));
        p.drawImage(g.cells, img.scaled(img.width() * factor, img.height() * factor,
                                        Qt::IgnoreAspectRatio, Qt::FastTransformation));
    }
    if (g.cellW >= kMinHatchCell) paintHatching(p, g, vector);
    if (g.cellW >= kMinGridCell) {
        p.setPen(QPen(QColor::fromRgba(AttentionColorScale::kBackgroundColor), 1.0));
        for (int k = 1; k < matrix_.keys; ++k) {
            const double x = g.cells.left() + k * g.cellW;
            p.drawLine(QPointF(x, g.cells.top()), QPointF(x, g.cells.bottom()));
        }
        for (int q = 1; q < matrix_.queries; ++q) {
            const double y = g.cells.top() + q * g.cellH;
            p.drawLine(QPointF(g.cells.left(), y), QPointF(g.cells.right(), y));
        }
    }
    p.setPen(QPen(kFrame, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(g.cells.adjusted(-0.5, -0.5, 0.5, 0.5));
}

void AttentionHeatmap::paintCellRects(QPainter& p, const Geometry& g) const {
    const QImage& img = cellImage();
    p.setPen(Qt::NoPen);
    for (int q = 0; q < img.height(); ++q) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(q));
        int k = 0;
        while (k < img.width()) {
            int end = k + 1;
            while (end < img.width() && line[end] == line[k]) ++end;
            if (qAlpha(line[k]) != 0) {
                p.fillRect(QRectF(g.cells.left() + k * g.cellW, g.cells.top() + q * g.cellH,
                                  (end - k) * g.cellW, g.cellH),
                           QColor::fromRgba(line[k]));
            }
            k = end;
        }
    }
}

void AttentionHeatmap::paintHatching(QPainter& p, const Geometry& g, bool vector) const {
    if (runs_.empty()) return;
    auto box = [&](const Run& r) {
        return QRectF(g.cells.left() + r.firstKey * g.cellW, g.cells.top() + r.query * g.cellH,
                      (r.endKey - r.firstKey) * g.cellW, g.cellH);
    };
    if (vector) {  // lines cut to the runs: they stay lines in an SVG
        QVector<QRectF> masked;
        QVector<QRectF> padding;
        for (const Run& r : runs_) (r.padding ? padding : masked) << box(r);
        p.setRenderHint(QPainter::Antialiasing, false);
        AttentionLegend::paintHatch(p, masked, AttentionColorScale::kMaskedHatchColor, false);
        AttentionLegend::paintHatch(p, padding, AttentionColorScale::kPaddingHatchColor, true);
        return;
    }
    // On screen: a tiled pattern of one-pixel diagonals in exactly the hatch colour, its
    // origin fixed so that the stripes of neighbouring runs join up. Much faster than
    // clipping lines to hundreds of rectangles.
    static const QBrush maskedBrush(
        AttentionLegend::hatchTile(AttentionColorScale::kMaskedHatchColor, false));
    static const QBrush paddingBrush(
        AttentionLegend::hatchTile(AttentionColorScale::kPaddingHatchColor, true));
    p.save();
    p.setBrushOrigin(QPointF(0, 0));
    for (const Run& r : runs_) p.fillRect(box(r), r.padding ? paddingBrush : maskedBrush);
    p.restore();
}

void AttentionHeatmap::paintLabels(QPainter& p, const Geometry& g) const {
    const QFont f = labelFont();
    const QFontMetricsF fm(f);
    const double lh = fm.height();
    p.setFont(f);
    // Axis titles.
    const QString queryTitle = axisTitle(true);
    const QString keyTitle = axisTitle(false);
    p.setPen(kMutedInk);
    p.drawText(g.keyAxis.adjusted(-200, 0, 200, 0), Qt::AlignHCenter | Qt::AlignTop, keyTitle);
    p.save();
    p.translate(g.queryAxis.center());
    p.rotate(-90);
    p.drawText(QRectF(-g.queryAxis.height() / 2 - 200, -g.queryAxis.width() / 2,
                      g.queryAxis.height() + 400, g.queryAxis.width()),
               Qt::AlignHCenter | Qt::AlignTop, queryTitle);
    p.restore();

    // Token labels; with small cells only every rowStep-th fits (hover shows the others).
    const double qWidth = g.queryLabels.width() - 6;
    for (int q = 0; q < matrix_.queries; q += g.rowStep) {
        if (q == hoverQuery_) continue;
        const double y = g.cells.top() + (q + 0.5) * g.cellH;
        p.setPen(matrix_.queryPadding[std::size_t(q)] ? kMutedInk : kInk);
        p.drawText(QRectF(g.queryLabels.left(), y - lh / 2, qWidth, lh),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(queryLabels_[q], Qt::ElideRight, qWidth));
    }
    const double kWidth = g.keyLabels.height() - 6;
    for (int k = 0; k < matrix_.keys; k += g.colStep) {
        if (k == hoverKey_) continue;
        const double x = g.cells.left() + (k + 0.5) * g.cellW;
        p.setPen(matrix_.keyPadding[std::size_t(k)] ? kMutedInk : kInk);
        p.save();
        p.translate(x, g.keyLabels.bottom() - 4);
        p.rotate(-90);
        p.drawText(QRectF(0, -lh / 2, kWidth, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(keyLabels_[k], Qt::ElideRight, kWidth));
        p.restore();
    }
}

void AttentionHeatmap::paintHover(QPainter& p, const Geometry& g) const {
    if (hoverQuery_ < 0 || hoverKey_ < 0) return;
    const QFont f = labelFont();
    QFont bold = f;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const double lh = fm.height();
    const QRectF cell(g.cells.left() + hoverKey_ * g.cellW, g.cells.top() + hoverQuery_ * g.cellH,
                      g.cellW, g.cellH);
    p.setRenderHint(QPainter::Antialiasing, true);
    QColor band = kHover;
    band.setAlpha(110);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(band, 1.0));
    p.drawRect(QRectF(g.cells.left(), cell.top(), g.cells.width(), cell.height()));
    p.drawRect(QRectF(cell.left(), g.cells.top(), cell.width(), g.cells.height()));
    p.setPen(QPen(kHover, 2.0));
    p.drawRect(cell.adjusted(-1, -1, 1, 1));

    // The hovered row's and column's labels, always shown, on a highlight.
    p.setFont(bold);
    // Hovered labels may be longer than the others: up to the widest label allowed.
    const QString qText =
        fm.elidedText(queryLabels_[hoverQuery_], Qt::ElideRight, kMaxLabelWidth - 10);
    const double qW = fm.horizontalAdvance(qText) + 8;
    const QRectF qBox(g.queryLabels.right() - 2 - qW, cell.center().y() - lh / 2, qW, lh);
    p.setPen(Qt::NoPen);
    p.setBrush(kHoverFill);
    p.drawRoundedRect(qBox, 4, 4);
    p.setPen(kInk);
    p.drawText(qBox, Qt::AlignCenter, qText);

    const QString kText = fm.elidedText(keyLabels_[hoverKey_], Qt::ElideRight, kMaxLabelWidth - 10);
    const double kW = fm.horizontalAdvance(kText) + 8;
    p.save();
    p.translate(cell.center().x(), g.keyLabels.bottom() - 2);
    p.rotate(-90);
    const QRectF kBox(0, -lh / 2, kW, lh);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(kBox, 4, 4);
    p.setPen(kInk);
    p.drawText(kBox, Qt::AlignCenter, kText);
    p.restore();

    // The read-out, right-aligned on the title row (the tooltip says the same at the pointer).
    if (!g.title.isEmpty()) {
        const QFontMetricsF tfm(f);
        const QString text = tfm.elidedText(hoverSummary(hoverQuery_, hoverKey_), Qt::ElideMiddle,
                                            g.title.width() * 0.6);
        const double w = tfm.horizontalAdvance(text) + 14;
        const QRectF box(g.title.right() - w, g.title.center().y() - tfm.height() / 2 - 3, w,
                         tfm.height() + 6);
        p.setFont(f);
        p.setPen(QPen(kHover, 1.0));
        p.setBrush(kHoverFill);
        p.drawRoundedRect(box, 5, 5);
        p.setPen(kInk);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

namespace {

/// The shortest text that reads back as the very float the model computed.
QString exactWeight(float weight) {
    char buf[32];
    const auto written = std::to_chars(buf, buf + sizeof buf, weight);
    return QString::fromLatin1(buf, int(written.ptr - buf));
}

}  // namespace

QString AttentionHeatmap::hoverText(int query, int key) const {
    if (query < 0 || key < 0 || query >= matrix_.queries || key >= matrix_.keys) return {};
    const QString head = tr("Query %1 <b>%2</b> → key %3 <b>%4</b>")
                             .arg(query + 1)
                             .arg(queryLabels_[query].toHtmlEscaped())
                             .arg(key + 1)
                             .arg(keyLabels_[key].toHtmlEscaped());
    return head + QStringLiteral("<br>") + cellDescription(query, key);
}

QString AttentionHeatmap::hoverSummary(int query, int key) const {
    if (query < 0 || key < 0 || query >= matrix_.queries || key >= matrix_.keys) return {};
    return tr("“%1” → “%2”: %3")
        .arg(queryLabels_[query], keyLabels_[key], cellDescription(query, key));
}

QString AttentionHeatmap::cellDescription(int query, int key) const {
    const CellState s = cellState(query, key);
    switch (s.kind) {
        case CellKind::Padding:
            return tr("padding, not part of the text");
        case CellKind::Masked:
            return tr("masked, this key is in the query's future");
        case CellKind::BelowThreshold:
            return tr("weight %1 (below the threshold %2)")
                .arg(exactWeight(s.weight))
                .arg(double(threshold_));
        case CellKind::Weight:
            break;
    }
    return tr("weight %1").arg(exactWeight(s.weight));
}

void AttentionHeatmap::setHover(int query, int key) {
    if (query == hoverQuery_ && key == hoverKey_) return;
    hoverQuery_ = query;
    hoverKey_ = key;
    update();
}

void AttentionHeatmap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintView(p, QRectF(rect()), false);
    paintHover(p, geometryFor(QRectF(rect())));
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(kCardBorder);
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void AttentionHeatmap::mouseMoveEvent(QMouseEvent* event) {
    int q = -1;
    int k = -1;
    const QPointF pos = event->position();
    if (!cellAt(pos, &q, &k)) {
        if (hoverQuery_ >= 0) {
            setHover(-1, -1);
            QToolTip::hideText();
            Q_EMIT hoverLeft();
        }
        return;
    }
    if (q == hoverQuery_ && k == hoverKey_) return;
    setHover(q, k);
    QToolTip::showText(event->globalPosition().toPoint(), hoverText(q, k), this,
                       cellRect(q, k).toAlignedRect());
    Q_EMIT hovered(q, k, matrix_.value(q, k));
}

void AttentionHeatmap::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    if (hoverQuery_ < 0) return;
    setHover(-1, -1);
    Q_EMIT hoverLeft();
}

void AttentionHeatmap::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        measureLabels();
        update();
    }
}

QSize AttentionHeatmap::sizeHint() const {
    return {680, 600};
}

QSize AttentionHeatmap::minimumSizeHint() const {
    return {260, 220};
}

}  // namespace lmw::ui
