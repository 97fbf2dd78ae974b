// The Prompt lab's results per k: the table (one row per k, percentages, CSV) and the chart
// (accuracy with error bars, ECE, chance), and the during-training curve chart and its CSV.
#include <QFile>
#include <QtTest>

#include "promptlab/icl_curve_chart.h"
#include "promptlab/shots_chart.h"
#include "promptlab/shots_table.h"
#include "sample_report.h"

using namespace lmw::ui;

class TestShotsResults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table() {
        ShotsTable table;
        table.showReport(lmw::test::sampleReport());
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(1, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table.item(1, 1)->text(), QStringLiteral("90.0%"));
        QCOMPARE(table.item(1, 2)->text(), QStringLiteral("5.0%"));
        QCOMPARE(table.item(0, 3)->text(), QStringLiteral("0.050"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(ShotsTable::writeCsv(path, lmw::test::sampleReport()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("k,accuracy,accuracy_std,ece,mean_confidence,prompts"));
        QCOMPARE(lines[2], QStringLiteral("2,0.9,0.05,0.1,0.8,10"));
        QVERIFY(!ShotsTable::writeCsv(dir.filePath(QStringLiteral("no/such/dir/t.csv")), {}));
    }
    void chart() {
        ShotsChart chart;
        chart.showReport(lmw::test::sampleReport());
        QCOMPARE(chart.graphCount(), 3);                      // accuracy, ECE, chance
        QCOMPARE(chart.plottableCount(), 4);                  // and the error bars
        QCOMPARE(chart.graph(2)->data()->at(0)->value, 0.5);  // chance with two labels
        chart.showReport({});
        QCOMPARE(chart.graphCount(), 3);  // empty, not stale
        QCOMPARE(chart.graph(0)->data()->size(), 0);
    }
    void curve() {
        lmw::IclPreset preset = lmw::iclPreset();
        preset.eval.shots = {0, 4};
        preset.train.iters = 100;
        std::vector<lmw::IclCurvePoint> curve;
        for (int step : {0, 50, 100}) {
            lmw::IclCurvePoint p;
            p.step = step;
            p.valLoss = 3.0 - step / 100.0;
            for (int k : {0, 4}) {
                lmw::ShotsResult s;
                s.shots = k;
                s.calibration.accuracy = k == 0 ? 0.25 : 0.25 + step / 200.0;
                p.byShots.push_back(s);
            }
            curve.push_back(p);
        }
        IclCurveChart chart;
        chart.showCurve(curve, preset);
        QCOMPARE(chart.graphCount(), 4);  // k = 0, k = 4, chance, validation loss
        QCOMPARE(chart.graph(1)->data()->size(), 3);
        QCOMPARE(chart.graph(1)->data()->at(2)->value, 0.75);
        QCOMPARE(chart.xAxis->range().upper, 100.0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(IclCurveChart::writeCsv(path, curve));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);  // header + 3 points × 2 ks
        QCOMPARE(lines[6], QStringLiteral("100,2.000000,4,0.750000,0.000000,0.000000,0.000000"));
    }
};

QTEST_MAIN(TestShotsResults)
#include "test_shots_results.moc"
