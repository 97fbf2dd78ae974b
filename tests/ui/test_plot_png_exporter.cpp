// Saving plots as PNG: every plot added gets a context menu and a tooltip line, the owner a
// Ctrl+Shift+S shortcut; saveAll writes each plot under its file name, in order, at twice the
// screen resolution and at a readable size when the plot was never shown; a path that cannot
// be written gives false (one plot) or nothing (all of them).
#include <QImage>
#include <QShortcut>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include "transfer/freeze_map.h"
#include "transfer/plot_png_exporter.h"

using lmw::ui::FreezeMap;
using lmw::ui::PlotPngExporter;

class TestPlotPngExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addsMenusAndShortcut();
    void savesEveryPlotInOrder();
    void refusesUnwritablePaths();
};

namespace {

/// A page with a line plot and a freeze map, neither shown.
struct Page {
    QWidget owner;
    QCustomPlot* plot = new QCustomPlot(&owner);
    FreezeMap* map = new FreezeMap(&owner);
    PlotPngExporter exporter{&owner, QStringLiteral("exporter-test")};

    Page() {
        plot->setToolTip(QStringLiteral("Loss."));
        QCPGraph* g = plot->addGraph();
        g->setData({1, 2, 3, 4}, {4, 2, 1.5, 1});
        plot->rescaleAxes();
        map->reset({QStringLiteral("embedding"), QStringLiteral("head")}, 2);
        map->setEpoch(1, {false, true});
        exporter.add(plot, QStringLiteral("loss.png"));
        exporter.add(map, QStringLiteral("freeze-map.png"));
    }
};

}  // namespace

void TestPlotPngExporter::addsMenusAndShortcut() {
    Page page;
    QCOMPARE(page.exporter.count(), 2);
    QCOMPARE(page.plot->contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(page.map->contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(page.plot->toolTip(), QStringLiteral("Loss. Right-click to save it as PNG."));
    QVERIFY(page.map->toolTip().endsWith(QStringLiteral(" Right-click to save it as PNG.")));
    bool shortcut = false;
    for (QShortcut* s : page.owner.findChildren<QShortcut*>())
        shortcut |= s->key() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) &&
                    s->context() == Qt::WidgetWithChildrenShortcut;
    QVERIFY(shortcut);
}

void TestPlotPngExporter::savesEveryPlotInOrder() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Page page;
    const QSize mapSize = page.map->size();
    const QString folder = dir.filePath(QStringLiteral("a/b"));  // created as needed
    const QStringList written = page.exporter.saveAll(folder);
    QCOMPARE(written, QStringList({QDir(folder).filePath(QStringLiteral("loss.png")),
                                   QDir(folder).filePath(QStringLiteral("freeze-map.png"))}));
    // Never shown: axes get 640 × 400, a painted widget 480 × 200 (at least its size hint),
    // both at twice the resolution.
    const QImage loss(written[0]);
    QCOMPARE(loss.size(), QSize(1280, 800));
    const QImage map(written[1]);
    QCOMPARE(map.size(), QSize(960, 2 * std::max(200, page.map->sizeHint().height())));
    QCOMPARE(page.map->size(), mapSize);  // resized for the picture only
    int blue = 0;
    for (int y = 0; y < map.height(); ++y)
        for (int x = 0; x < map.width(); ++x) blue += map.pixelColor(x, y) == QColor(31, 119, 180);
    QVERIFY(blue > 1000);  // the map's trainable head

    const QString single = dir.filePath(QStringLiteral("one.png"));
    QVERIFY(PlotPngExporter::savePng(page.plot, single));
    QVERIFY(!QImage(single).isNull());
}

void TestPlotPngExporter::refusesUnwritablePaths() {
    QTemporaryDir dir;
    Page page;
    QVERIFY(!PlotPngExporter::savePng(page.plot, dir.filePath(QStringLiteral("no/such/x.png"))));
    // A folder that cannot be made: its parent is a file.
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(page.exporter.saveAll(dir.filePath(QStringLiteral("file/plots"))).isEmpty());
}

QTEST_MAIN(TestPlotPngExporter)
#include "test_plot_png_exporter.moc"
