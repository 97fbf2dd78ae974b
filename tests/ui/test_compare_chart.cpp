// The comparison chart: the x-axis shows steps, supervised tokens or seconds from the same
// points; validation points follow their step; the entropy lines are drawn and scaled into
// view; CSV export carries every column.
#include <qcustomplot.h>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "compare/compare_chart.h"
#include "widgets/entropy_lines.h"

using lmw::ui::CompareChart;

namespace {
QVector<lmw::StepMetrics> steps(int n, std::int64_t supervisedPerStep) {
    QVector<lmw::StepMetrics> out;
    for (int s = 1; s <= n; ++s)
        out.push_back({s, n, 3.0 - 0.01 * s, 1e-3, 1000, 0.5 * s, supervisedPerStep * s});
    return out;
}
}  // namespace

class TestCompareChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xAxisModes();
    void entropyLines();
    void csvHasEveryColumn();
};

void TestCompareChart::xAxisModes() {
    CompareChart chart;
    chart.appendSteps(CompareChart::Encoder, steps(50, 150));  // ~15% of 1024 tokens
    chart.appendSteps(CompareChart::Decoder, steps(50, 1024));
    chart.appendEval(CompareChart::Encoder, {50, 2.6, 2.5});
    QCustomPlot* plot = chart.plot();
    // Graphs per side: raw, smoothed, validation (in that order).
    QCPGraph* encoderSmooth = plot->graph(1);
    QCPGraph* encoderVal = plot->graph(2);
    QCPGraph* decoderSmooth = plot->graph(4);
    QCOMPARE(encoderSmooth->data()->at(49)->key, 50.0);
    chart.setXAxis(CompareChart::SupervisedTokens);
    QCOMPARE(encoderSmooth->data()->at(49)->key, 50.0 * 150);
    QCOMPARE(decoderSmooth->data()->at(49)->key, 50.0 * 1024);
    QCOMPARE(encoderVal->data()->at(0)->key,
             50.0 * 150);  // the validation point moves with its step
    QVERIFY(plot->xAxis->label().contains(QStringLiteral("supervised")));
    chart.setXAxis(CompareChart::Seconds);
    QCOMPARE(encoderSmooth->data()->at(49)->key, 25.0);
    QCOMPARE(chart.xAxisBox()->currentIndex(), int(CompareChart::Seconds));
}

void TestCompareChart::entropyLines() {
    CompareChart chart;
    chart.appendSteps(CompareChart::Decoder, steps(20, 1024));
    chart.setEntropyLines(5.05, 1.40);
    QCOMPARE(chart.entropyLines().unigram(), 5.05);
    QCOMPARE(chart.entropyLines().bigram(), 1.40);
    QTRY_VERIFY(chart.plot()->yAxis->range().upper >= 5.05 &&
                chart.plot()->yAxis->range().lower <= 1.40);
}

void TestCompareChart::csvHasEveryColumn() {
    CompareChart chart;
    chart.appendSteps(CompareChart::Encoder, steps(3, 150));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    QVERIFY(chart.exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("model,step,supervised_tokens,seconds,train_loss,val_loss"));
    QVERIFY(lines[3].startsWith("Encoder,3,450,1.500,"));
}

QTEST_MAIN(TestCompareChart)
#include "test_compare_chart.moc"
