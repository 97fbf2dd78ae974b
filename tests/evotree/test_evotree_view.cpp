// Tests of EvoTreeView: zoom by wheel, keys and methods (with limits), fit-to-view, reveal,
// keyboard panning and the background-click signal.
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeView : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

    void wheel(EvoTreeView& v, int delta) {
        const QPointF pos(v.viewport()->width() / 2.0, v.viewport()->height() / 2.0);
        QWheelEvent e(pos, v.viewport()->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(v.viewport(), &e);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void zoomMethodsAndLimits() {
        EvoTreeScene s(&model_);
        EvoTreeView v;
        v.setScene(&s);
        v.resize(900, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QSignalSpy zoomed(&v, &EvoTreeView::zoomChanged);
        v.setZoom(1.0);
        v.zoomIn();
        QVERIFY(qAbs(v.zoom() - EvoTreeView::kStep) < 1e-9);
        v.zoomOut();
        QVERIFY(qAbs(v.zoom() - 1.0) < 1e-9);
        QVERIFY(zoomed.count() >= 2);
        for (int i = 0; i < 40; ++i) v.zoomIn();
        QCOMPARE(v.zoom(), EvoTreeView::kMaxZoom);
        for (int i = 0; i < 60; ++i) v.zoomOut();
        QCOMPARE(v.zoom(), EvoTreeView::kMinZoom);
    }

    void wheelAndKeysZoom() {
        EvoTreeScene s(&model_);
        EvoTreeView v;
        v.setScene(&s);
        v.resize(900, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.setZoom(1.0);
        wheel(v, 120);
        QVERIFY(qAbs(v.zoom() - EvoTreeView::kStep) < 1e-9);
        wheel(v, -240);
        QVERIFY(qAbs(v.zoom() - 1.0 / EvoTreeView::kStep) < 1e-9);
        QTest::keyClick(&v, Qt::Key_Plus);
        QVERIFY(qAbs(v.zoom() - 1.0) < 1e-9);
        QTest::keyClick(&v, Qt::Key_Minus);
        QVERIFY(v.zoom() < 1.0);
        QTest::keyClick(&v, Qt::Key_0);
        QVERIFY(qAbs(v.zoom() - 1.0) < 1e-9);
        // Arrow keys pan.
        const int before = v.horizontalScrollBar()->value();
        QTest::keyClick(&v, Qt::Key_Right);
        QVERIFY(v.horizontalScrollBar()->value() > before);
        // F fits the whole tree.
        QTest::keyClick(&v, Qt::Key_F);
        QVERIFY(v.zoom() < 1.0);
    }

    void fitShowsEverythingAndRevealCentres() {
        EvoTreeScene s(&model_);
        EvoTreeView v;
        v.setScene(&s);
        v.resize(1000, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.fitAll();
        const QRectF shown = v.mapToScene(v.viewport()->rect()).boundingRect();
        QVERIFY(shown.adjusted(-2, -2, 2, 2).contains(s.sceneRect()));
        v.setZoom(1.5);
        const QRectF target = s.boundsOf({QStringLiteral("claude-2")});
        v.reveal(target);
        const QRectF now = v.mapToScene(v.viewport()->rect()).boundingRect();
        QVERIFY(now.contains(target));
        QVERIFY(qAbs(v.zoom() - 1.5) < 1e-9);  // no need to zoom out for one box
        // A box in the middle of the tree ends up in the middle of the view.
        const QRectF middle = s.boundsOf({QStringLiteral("gopher")});
        v.reveal(middle);
        const QPointF centre = v.mapToScene(v.viewport()->rect().center());
        QVERIFY(QLineF(centre, middle.center()).length() < 3.0);
        // A large area makes the view zoom out until it fits.
        const QRectF wide = s.boundsOf(s.visibleIds());
        v.reveal(wide);
        QVERIFY(v.zoom() < 1.5);
        QVERIFY(v.mapToScene(v.viewport()->rect())
                    .boundingRect()
                    .adjusted(-2, -2, 2, 2)
                    .contains(wide));
    }

    void backgroundClick() {
        EvoTreeScene s(&model_);
        EvoTreeView v;
        v.setScene(&s);
        v.resize(900, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.fitAll();
        QSignalSpy background(&v, &EvoTreeView::backgroundClicked);
        QSignalSpy node(&s, &EvoTreeScene::nodeClicked);
        // An empty spot: the far right of the 2018 row.
        const QPointF empty(s.sceneRect().right() - 30, s.layout().row(2018)->bottom - 5);
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, v.mapFromScene(empty));
        QCOMPARE(background.count(), 1);
        QCOMPARE(node.count(), 0);
        const QPoint onGpt1 = v.mapFromScene(s.boundsOf({QStringLiteral("gpt-1")}).center());
        QTest::mouseClick(v.viewport(), Qt::LeftButton, {}, onGpt1);
        QCOMPARE(node.count(), 1);
        QCOMPARE(background.count(), 1);
    }
};

QTEST_MAIN(TestEvoTreeView)
#include "test_evotree_view.moc"
