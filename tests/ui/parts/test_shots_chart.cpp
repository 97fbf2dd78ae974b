// The Prompt lab's chart of accuracy against k: accuracy with error bars, ECE, chance.
#include <QtTest>

#include "promptlab/shots_chart.h"
#include "sample_report.h"

using namespace lmw::ui;

class TestShotsChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_MAIN(TestShotsChart)
#include "test_shots_chart.moc"
