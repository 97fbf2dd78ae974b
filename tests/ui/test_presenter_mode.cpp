// Presenter mode on the real main window: every page's text grows by the chosen factor (labels,
// widgets with fonts of their own, chart axes and legends, tooltips, the tree's view), chart
// lines widen, advanced controls hide with their labels, the window goes full screen; leaving
// restores all of it. The high-contrast palette keeps black on white.
#include <qcustomplot.h>
#include <QAction>
#include <QGraphicsView>
#include <QLabel>
#include <QTabWidget>
#include <QToolTip>
#include <QtTest>

#include "main_window.h"
#include "widget_test_util.h"
#include "widgets/presenter_mode.h"

using lmw::ui::MainWindow;
using lmw::ui::PresenterMode;
using lmw::ui::PresenterOptions;

namespace {

double size(const QFont& f) {
    return f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize();
}

/// For each page: a plain label's font size, and each chart's tick-label and line sizes.
struct Measure {
    QList<double> labels;
    QList<double> ownFonts;  // widgets with a font of their own
    QList<double> ticks;
    QList<double> legends;
    QList<double> pens;
    QList<double> views;
    double toolTip = 0;
};

/// The widgets measured: on every page, the first label that inherits its font and the first
/// widget with a font of its own, chosen once before presenting.
struct Probes {
    QList<QWidget*> labels;
    QList<QWidget*> own;
};

Probes probes(MainWindow& w) {
    Probes p;
    for (int i = 0; i < w.tabs()->count(); ++i) {
        QWidget* page = w.tabs()->widget(i);
        for (QLabel* l : page->findChildren<QLabel*>()) {
            if (!l->testAttribute(Qt::WA_SetFont) && !l->testAttribute(Qt::WA_StyleSheet)) {
                p.labels << l;
                break;
            }
        }
        for (QWidget* c : page->findChildren<QWidget*>()) {
            if (c->testAttribute(Qt::WA_SetFont)) {
                p.own << c;
                break;
            }
        }
    }
    return p;
}

Measure measure(MainWindow& w, const Probes& probes) {
    Measure m;
    for (QWidget* l : probes.labels) m.labels << size(l->font());
    for (QWidget* c : probes.own) m.ownFonts << size(c->font());
    for (int i = 0; i < w.tabs()->count(); ++i) {
        QWidget* page = w.tabs()->widget(i);
        for (QCustomPlot* p : page->findChildren<QCustomPlot*>()) {
            m.ticks << size(p->xAxis->tickLabelFont());
            m.legends << size(p->legend->font());
            if (p->plottableCount() > 0) m.pens << p->plottable(0)->pen().widthF();
        }
        for (QGraphicsView* v : page->findChildren<QGraphicsView*>())
            m.views << v->transform().m11();
    }
    m.toolTip = size(QToolTip::font());
    return m;
}

void compareRatio(const QList<double>& before, const QList<double>& after, double ratio,
                  const char* what) {
    QVERIFY2(before.size() == after.size(), what);
    for (int i = 0; i < before.size(); ++i) {
        QVERIFY2(
            qAbs(after[i] / before[i] - ratio) < 0.08,
            qPrintable(
                QStringLiteral("%1 #%2: %3 -> %4").arg(what).arg(i).arg(before[i]).arg(after[i])));
    }
}

}  // namespace

class TestPresenterMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scalesEveryPageAndRestores();
    void highContrastIsBlackOnWhite();
    void menuActionToggles();

private:
    QTemporaryDir dir_;
};

void TestPresenterMode::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestPresenterMode::scalesEveryPageAndRestores() {
    MainWindow w;
    w.resize(1300, 820);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect geometry = w.geometry();
    const Probes probe = probes(w);
    const Measure before = measure(w, probe);
    QVERIFY(before.labels.size() == w.tabs()->count());  // a label on every page
    QVERIFY(!before.ticks.isEmpty());
    QVERIFY(!before.views.isEmpty());
    QWidget* advanced = nullptr;
    for (QWidget* c : w.findChildren<QWidget*>())
        if (PresenterMode::isAdvanced(c) && !c->isHidden()) advanced = c;
    QVERIFY(advanced);

    PresenterOptions o;
    o.scale = 1.5;
    w.presenter()->enter(o);
    QVERIFY(w.presenter()->isActive());
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    const Measure during = measure(w, probe);
    compareRatio(before.labels, during.labels, 1.5, "label");
    compareRatio(before.ownFonts, during.ownFonts, 1.5, "own font");
    compareRatio(before.ticks, during.ticks, 1.5, "axis ticks");
    compareRatio(before.legends, during.legends, 1.5, "legend");
    compareRatio(before.views, during.views, 1.5, "tree view");
    for (int i = 0; i < before.pens.size(); ++i)
        QVERIFY(during.pens[i] >= 1.5 * std::max(1.0, before.pens[i]) - 1e-9);
    QVERIFY(qAbs(during.toolTip / before.toolTip - 1.5) < 0.08);
    QVERIFY(advanced->isHidden());

    // A new size while presenting replaces the old one rather than compounding it.
    o.scale = 2.0;
    w.presenter()->enter(o);
    compareRatio(before.labels, measure(w, probe).labels, 2.0, "label at 2x");

    w.presenter()->leave();
    QVERIFY(!w.presenter()->isActive());
    const Measure after = measure(w, probe);
    compareRatio(before.labels, after.labels, 1.0, "label restored");
    compareRatio(before.ownFonts, after.ownFonts, 1.0, "own font restored");
    compareRatio(before.ticks, after.ticks, 1.0, "axis ticks restored");
    compareRatio(before.views, after.views, 1.0, "tree view restored");
    QVERIFY(!advanced->isHidden());
    QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
    QTRY_COMPARE(w.geometry().size(), geometry.size());
}

void TestPresenterMode::highContrastIsBlackOnWhite() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QPalette normal = QApplication::palette();
    PresenterOptions o;
    o.highContrast = true;
    w.presenter()->enter(o);
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    w.presenter()->leave();
    QCOMPARE(QApplication::palette().color(QPalette::Window), normal.color(QPalette::Window));
}

void TestPresenterMode::menuActionToggles() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* presenting = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::Key_F11)) presenting = a;
    QVERIFY(presenting);
    presenting->trigger();
    QVERIFY(w.presenter()->isActive());
    presenting->trigger();
    QVERIFY(!w.presenter()->isActive());
}

QTEST_MAIN(TestPresenterMode)
#include "test_presenter_mode.moc"
