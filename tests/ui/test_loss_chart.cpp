// The loss chart: points appear, smoothing is bias-corrected, log scale, overlays, clicks
// report steps, and every export writes a valid file.
#include <qcustomplot.h>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QtTest>
#include <cmath>

#include "train/loss_chart.h"
#include "widget_test_util.h"
#include "widgets/entropy_lines.h"

using lmw::ui::LossChart;

namespace {
QVector<lmw::StepMetrics> steps(int from, int to) {
    QVector<lmw::StepMetrics> out;
    for (int s = from; s <= to; ++s)
        out.push_back(
            {s, to, 4.0 * std::exp(-s / 50.0) + 1.0 + 0.05 * ((s * 7) % 5), 1e-3, 1000, s * 0.1});
    return out;
}

std::vector<lmw::MetricRow> rows(int n, double offset) {
    std::vector<lmw::MetricRow> r;
    r.push_back({0, 4.2, 4.2, 0, 0, 0});
    for (int s = 1; s <= n; ++s)
        r.push_back({s, 3.0 - s * 0.01 + offset,
                     s % 10 == 0 ? 3.1 - s * 0.01 + offset : std::nan(""), 1e-3, 100, s * 0.1});
    return r;
}
}  // namespace

class TestLossChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pointsAppear();
    void smoothingIsBiasCorrected();
    void logScale();
    void overlays();
    void clickReportsTheNearestStep();
    void exports();
    void entropyLines();

private:
    QTemporaryDir dir_;
};

void TestLossChart::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestLossChart::pointsAppear() {
    LossChart chart;
    chart.startRun("run", 200);
    chart.appendEval({0, 4.17, 4.18});
    chart.appendSteps(steps(1, 100));
    chart.appendEval({100, 2.0, 2.1});
    QCOMPARE(chart.trainPointCount(), 101);  // the step-0 evaluation starts the curve
    QCOMPARE(chart.valPointCount(), 2);
    QCOMPARE(chart.plot()->xAxis->range().upper, 125.0);  // ahead of the data, towards the plan
    chart.appendSteps(steps(101, 180));
    QCOMPARE(chart.plot()->xAxis->range().upper, 200.0);  // capped at the planned length
    chart.appendSteps(steps(181, 250));
    QCOMPARE(chart.plot()->xAxis->range().upper, 250.0);  // a longer run still shows all data
}

void TestLossChart::smoothingIsBiasCorrected() {
    LossChart chart;
    chart.setSmoothing(0.9);
    chart.startRun("run");
    chart.appendSteps({{1, 10, 5.0, 1e-3, 0, 0}, {2, 10, 5.0, 1e-3, 0, 0}});
    auto* smooth = chart.plot()->graph(1);
    // A plain EMA would start at 0.5 (0.1 x 5); the corrected one starts at the first value.
    QCOMPARE(smooth->data()->at(0)->value, 5.0);
    QCOMPARE(smooth->data()->at(1)->value, 5.0);
    chart.setSmoothing(0.0);
    QCOMPARE(smooth->data()->at(1)->value, 5.0);
    QVERIFY(!chart.plot()->graph(0)->visible());  // without smoothing the raw curve is the curve
}

void TestLossChart::logScale() {
    LossChart chart;
    chart.appendSteps(steps(1, 50));
    chart.setLogScale(true);
    QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(chart.plot()->yAxis->range().lower > 0);
    chart.setLogScale(false);
    QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLinear);
}

void TestLossChart::overlays() {
    LossChart chart;
    const int base = chart.plot()->graphCount();
    chart.setOverlay("/runs/a", "a", rows(100, 0.0));
    chart.setOverlay("/runs/b", "b", rows(300, 0.2));
    QCOMPARE(chart.plot()->graphCount(), base + 4);  // train and validation per overlay
    QCOMPARE(chart.overlayKeys().size(), 2);
    QCOMPARE(chart.plot()->xAxis->range().upper, 300.0);
    chart.removeOverlay("/runs/a");
    QCOMPARE(chart.plot()->graphCount(), base + 2);
}

void TestLossChart::clickReportsTheNearestStep() {
    LossChart chart;
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.appendSteps(steps(1, 100));
    chart.plot()->replot();
    QSignalSpy clicked(&chart, &LossChart::stepClicked);
    const int x = int(chart.plot()->xAxis->coordToPixel(42.2));
    const int y = int(chart.plot()->yAxis->coordToPixel(2.0));
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), qint64(42));
}

void TestLossChart::exports() {
    LossChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.startRun("current run", 100);
    chart.appendEval({0, 4.2, 4.2});
    chart.appendSteps(steps(1, 100));
    chart.appendEval({50, 2.5, 2.6});
    chart.appendEval({100, 2.0, 2.1});
    chart.setOverlay("/runs/b", "older, \"quoted\" run", rows(40, 0.1));
    QString error;

    const QString png = dir_.filePath("chart.png");
    QVERIFY2(chart.exportPng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= chart.plot()->width());  // exported at twice the screen resolution

    const QString svg = dir_.filePath("chart.svg");
    QVERIFY2(chart.exportSvg(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());

    const QString pdf = dir_.filePath("chart.pdf");
    QVERIFY2(chart.exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const QString csv = dir_.filePath("chart.csv");
    QVERIFY2(chart.exportCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("run,step,train_loss,train_loss_smoothed,val_loss,lr"));
    QCOMPARE(lines.size(), 1 + 101 + 40);  // header, current run (steps 0..100), overlay (1..40)
    QVERIFY(lines.at(1).startsWith(QStringLiteral("\"current run\",0,4.2,")));
    QVERIFY(lines.at(51).contains(QStringLiteral(",2.6,")));  // validation at step 50
    QVERIFY(lines.last().startsWith(QStringLiteral("\"older, \"\"quoted\"\" run\",40,")));

    QVERIFY(!chart.exportPng(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(error.contains("x.png"));
}

void TestLossChart::entropyLines() {
    LossChart chart;
    chart.startRun(QStringLiteral("run"), 100);
    chart.appendSteps(steps(1, 100));  // losses from about 5 down to about 2.5
    chart.setEntropyLines(3.12, 0.4);
    QCOMPARE(chart.entropyLines().unigram(), 3.12);
    QVERIFY(chart.entropyLines().visible());
    // The y axis reaches down to the bigram line, below every loss.
    QVERIFY(chart.plot()->yAxis->range().lower <= 0.4);
    chart.setEntropyLines(std::nan(""), std::nan(""));
    QVERIFY(!chart.entropyLines().visible());
}

QTEST_MAIN(TestLossChart)
#include "test_loss_chart.moc"
