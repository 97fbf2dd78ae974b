// The torch-free part of transfer learning: slanted triangular learning rates (Howard & Ruder
// 2018, eq. 3), discriminative rates, the gradual-unfreezing schedule, classification metrics.
#include <QtTest>
#include <cmath>

#include "api/error.h"
#include "api/transfer.h"
#include "test_util.h"

using lmw::SlantedTriangular;
using lmw::slantedTriangularRate;

class TestTransferSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stlrStartPeakEnd();
    void stlrRisesThenFalls();
    void stlrShortRuns();
    void discriminativeRatesDivideBy2_6();
    void gradualUnfreezing();
    void metricsFromAConfusionMatrix();
    void metricsRejectBadInput();
    void names();
};

void TestTransferSchedule::stlrStartPeakEnd() {
    const SlantedTriangular s{0.01, 0.1, 32};
    const std::int64_t T = 1000;  // cut = 100
    QCOMPARE(slantedTriangularRate(0, T, s), 0.01 / 32);
    QCOMPARE(slantedTriangularRate(100, T, s), 0.01);
    QVERIFY(qAbs(slantedTriangularRate(T, T, s) - 0.01 / 32) < 1e-15);
    // Halfway up: p = 0.5 -> lrMax * (1 + 0.5 * 31) / 32.
    QVERIFY(qAbs(slantedTriangularRate(50, T, s) - 0.01 * 16.5 / 32) < 1e-15);
    // Halfway down: t = cut + 450, p = 1 - 450 / 900 = 0.5.
    QVERIFY(qAbs(slantedTriangularRate(550, T, s) - 0.01 * 16.5 / 32) < 1e-15);
    // Never below the floor, also past the end.
    QVERIFY(qAbs(slantedTriangularRate(2 * T, T, s) - 0.01 / 32) < 1e-15);
}

void TestTransferSchedule::stlrRisesThenFalls() {
    const SlantedTriangular s{3e-3, 0.2, 10};
    const std::int64_t T = 250, cut = 50;
    double prev = 0;
    for (std::int64_t t = 0; t <= cut; ++t) {
        const double lr = slantedTriangularRate(t, T, s);
        QVERIFY2(lr > prev, "the rate rises until the cut");
        prev = lr;
    }
    QCOMPARE(prev, 3e-3);
    for (std::int64_t t = cut + 1; t <= T; ++t) {
        const double lr = slantedTriangularRate(t, T, s);
        QVERIFY2(lr < prev, "then falls until the end");
        prev = lr;
    }
    QVERIFY(qAbs(prev - 3e-4) < 1e-15);
}

void TestTransferSchedule::stlrShortRuns() {
    // Fewer steps than 1 / cutFrac: the peak is the second step, not a division by zero.
    const SlantedTriangular s{0.01, 0.1, 32};
    QCOMPARE(slantedTriangularRate(0, 5, s), 0.01 / 32);
    QCOMPARE(slantedTriangularRate(1, 5, s), 0.01);
    for (std::int64_t t = 0; t <= 5; ++t) QVERIFY(std::isfinite(slantedTriangularRate(t, 5, s)));
    QVERIFY(std::isfinite(slantedTriangularRate(0, 0, s)));
}

void TestTransferSchedule::discriminativeRatesDivideBy2_6() {
    const auto r = lmw::discriminativeRates(0.01, 5);
    QCOMPARE(r.size(), std::size_t(5));
    QCOMPARE(r[4], 0.01);  // the output side gets the top rate
    for (int g = 0; g < 4; ++g)
        QVERIFY(qAbs(r[std::size_t(g)] * 2.6 - r[std::size_t(g) + 1]) < 1e-15);
    QVERIFY(qAbs(r[0] - 0.01 / std::pow(2.6, 4)) < 1e-15);
    const auto same = lmw::discriminativeRates(0.5, 3, 1.0);
    QCOMPARE(same, std::vector<double>({0.5, 0.5, 0.5}));
    QVERIFY(lmw::discriminativeRates(0.1, 0).empty());
}

void TestTransferSchedule::gradualUnfreezing() {
    using lmw::Unfreezing;
    QCOMPARE(lmw::trainableGroupCount(Unfreezing::Gradual, 0, 5), 1);  // the head only
    QCOMPARE(lmw::trainableGroupCount(Unfreezing::Gradual, 1, 5), 2);
    QCOMPARE(lmw::trainableGroupCount(Unfreezing::Gradual, 4, 5), 5);
    QCOMPARE(lmw::trainableGroupCount(Unfreezing::Gradual, 9, 5), 5);
    QCOMPARE(lmw::trainableGroupCount(Unfreezing::AllAtOnce, 0, 5), 5);
    QCOMPARE(lmw::unfreezingName(Unfreezing::Gradual), std::string("gradual"));
    QCOMPARE(lmw::unfreezingName(Unfreezing::AllAtOnce), std::string("all-at-once"));
}

void TestTransferSchedule::metricsFromAConfusionMatrix() {
    // Three labels; "c" is never predicted, so its precision is undefined.
    const std::vector<int> truth{0, 0, 0, 1, 1, 2};
    const std::vector<int> pred{0, 0, 1, 1, 1, 1};
    const auto m = lmw::classificationMetrics(truth, pred, {"a", "b", "c"});
    QCOMPARE(m.total, 6);
    QCOMPARE(m.accuracy, 4.0 / 6.0);
    QCOMPARE(m.confusion, (std::vector<std::vector<int>>{{2, 1, 0}, {0, 2, 0}, {0, 1, 0}}));
    QCOMPARE(m.precision[0], 1.0);
    QCOMPARE(m.recall[0], 2.0 / 3.0);
    QCOMPARE(m.precision[1], 0.5);
    QCOMPARE(m.recall[1], 1.0);
    QVERIFY(std::isnan(m.precision[2]));
    QCOMPARE(m.recall[2], 0.0);
    QVERIFY(std::isnan(m.f1[2]));
    QVERIFY(qAbs(m.f1[0] - 0.8) < 1e-12);
    QVERIFY(qAbs(m.f1[1] - 2.0 / 3.0) < 1e-12);
    QVERIFY(qAbs(m.macroF1 - (0.8 + 2.0 / 3.0) / 2) < 1e-12);
}

void TestTransferSchedule::metricsRejectBadInput() {
    using lmw::test::errorOf;
    QVERIFY(errorOf([] {
                lmw::classificationMetrics({0, 1}, {0}, {"a", "b"});
            }).contains("predictions"));
    QVERIFY(errorOf([] {
                lmw::classificationMetrics({0, 3}, {0, 1}, {"a", "b"});
            }).contains("outside"));
    const auto empty = lmw::classificationMetrics({}, {}, {"a", "b"});
    QCOMPARE(empty.total, 0);
    QVERIFY(std::isnan(empty.accuracy));
}

void TestTransferSchedule::names() {
    for (auto b : {lmw::Baseline::Scratch, lmw::Baseline::AllAtOnce, lmw::Baseline::Bert,
                   lmw::Baseline::Gpt})
        QCOMPARE(lmw::baselineFromName(lmw::baselineName(b)), b);
    QVERIFY(lmw::test::errorOf([] {
                lmw::baselineFromName("elmo");
            }).contains("Unknown baseline 'elmo'"));
    QCOMPARE(lmw::transferStageName(lmw::TransferStage::TargetLm), std::string("target-lm"));
}

QTEST_GUILESS_MAIN(TestTransferSchedule)
#include "test_transfer_schedule.moc"
