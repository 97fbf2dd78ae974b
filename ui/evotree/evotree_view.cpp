// Zooming, panning and keyboard handling of the evolutionary tree view.
#include "evotree/evotree_view.h"

#include "evotree/evotree_node_item.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace lmw::ui {

EvoTreeView::EvoTreeView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(Qt::white);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging, arrow keys or Shift+wheel; without scroll bars the viewport
    // keeps one size, so fit-to-view is exact.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    setToolTip(QString());
}

double EvoTreeView::zoom() const {
    return transform().m11();
}

void EvoTreeView::zoomBy(double factor, const QPointF& anchor) {
    const double target = qBound(kMinZoom, zoom() * factor, kMaxZoom);
    const double f = target / zoom();
    if (qFuzzyCompare(f, 1.0)) return;
    // Keep the scene point under `anchor` where it is.
    const QPointF before = mapToScene(anchor.toPoint());
    const ViewportAnchor saved = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    scale(f, f);
    const QPointF moved = mapFromScene(before) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    setTransformationAnchor(saved);
    Q_EMIT zoomChanged(zoom());
}

void EvoTreeView::setZoom(double z) {
    zoomBy(qBound(kMinZoom, z, kMaxZoom) / zoom(), QPointF(viewport()->rect().center()));
}

void EvoTreeView::zoomIn() {
    zoomBy(kStep, QPointF(viewport()->rect().center()));
}

void EvoTreeView::zoomOut() {
    zoomBy(1.0 / kStep, QPointF(viewport()->rect().center()));
}

void EvoTreeView::resetZoom() {
    setZoom(1.0);
}

void EvoTreeView::fitAll() {
    if (!scene()) return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() < kMinZoom) setZoom(kMinZoom);
    Q_EMIT zoomChanged(zoom());
}

void EvoTreeView::reveal(const QRectF& rect) {
    if (rect.isNull()) return;
    const QRectF area = rect.adjusted(-60, -60, 60, 60);
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    if (area.width() > shown.width() || area.height() > shown.height()) {
        const double fx = viewport()->width() / area.width();
        const double fy = viewport()->height() / area.height();
        setZoom(qMin(fx, fy));
    }
    centerOn(rect.center());
}

bool EvoTreeView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) return gestureEvent(static_cast<QGestureEvent*>(event));
    if (event->type() == QEvent::NativeGesture) {
        auto* g = static_cast<QNativeGestureEvent*>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + g->value(), mapFromGlobal(g->globalPosition().toPoint()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

bool EvoTreeView::gestureEvent(QGestureEvent* event) {
    if (auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
            const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
            zoomBy(pinch->scaleFactor(), centre);
        }
        event->accept(pinch);
        return true;
    }
    return false;
}

void EvoTreeView::wheelEvent(QWheelEvent* event) {
    // Wheel zooms around the pointer; Shift+wheel pans sideways, Alt+wheel scrolls.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(notches)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kStep, notches), event->position());
    event->accept();
}

void EvoTreeView::keyPressEvent(QKeyEvent* event) {
    const int pan = 80;
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            zoomOut();
            return;
        case Qt::Key_0:
            resetZoom();
            return;
        case Qt::Key_F:
            fitAll();
            return;
        case Qt::Key_Left:
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - pan);
            return;
        case Qt::Key_Right:
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + pan);
            return;
        case Qt::Key_Up:
            verticalScrollBar()->setValue(verticalScrollBar()->value() - pan);
            return;
        case Qt::Key_Down:
            verticalScrollBar()->setValue(verticalScrollBar()->value() + pan);
            return;
        default:
            break;
    }
    QGraphicsView::keyPressEvent(event);
}

void EvoTreeView::mousePressEvent(QMouseEvent* event) {
    pressPos_ = event->pos();
    bool onNode = false;
    for (QGraphicsItem* it : items(event->pos())) {
        auto* node = qgraphicsitem_cast<EvoTreeNodeItem*>(it);
        if (node && !node->isGhost()) onNode = true;
    }
    pressOnBackground_ = !onNode;
    QGraphicsView::mousePressEvent(event);
}

void EvoTreeView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (pressOnBackground_ && event->button() == Qt::LeftButton &&
        (event->pos() - pressPos_).manhattanLength() < 4)
        Q_EMIT backgroundClicked();
    pressOnBackground_ = false;
}

}  // namespace lmw::ui
