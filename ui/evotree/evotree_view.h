// The view onto the tree: zoom with the wheel, pinch gestures and the keyboard (+, -, 0, F),
// pan by dragging or with the arrow keys, fit-to-view and centring on search results.
#pragma once

#include <QGraphicsView>

class QGestureEvent;

namespace lmw::ui {

class EvoTreeView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.08;
    static constexpr double kMaxZoom = 8.0;
    static constexpr double kStep = 1.2;  // one wheel notch or key press

    explicit EvoTreeView(QWidget* parent = nullptr);

    /// Current scale (1.0 = one scene unit per pixel).
    double zoom() const;
    /// Scales by `factor` around `anchor` (viewport coordinates); clamps to the limits.
    void zoomBy(double factor, const QPointF& anchor);
    void setZoom(double zoom);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Shows the whole tree.
    void fitAll();
    /// Scrolls (and zooms out if needed) so that `rect` is visible, without zooming in past
    /// a readable scale.
    void reveal(const QRectF& rect);

Q_SIGNALS:
    void zoomChanged(double zoom);
    /// A click (press and release without dragging) on an empty part of the tree.
    void backgroundClicked();

protected:
    bool viewportEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    bool gestureEvent(QGestureEvent* event);

    QPoint pressPos_;
    bool pressOnBackground_ = false;
};

}  // namespace lmw::ui
