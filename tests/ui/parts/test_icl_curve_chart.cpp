// The during-training chart of the ICL preset: one line per k, chance, validation loss; and
// the curve's CSV (the file icl-train writes).
#include <QFile>
#include <QtTest>

#include "promptlab/icl_curve_chart.h"

using namespace lmw::ui;

class TestIclCurveChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
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

QTEST_MAIN(TestIclCurveChart)
#include "test_icl_curve_chart.moc"
