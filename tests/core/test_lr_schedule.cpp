// Warmup + cosine learning-rate schedule: endpoints, midpoint and monotonicity.
#include <QtTest>
#include "training/lr_schedule.h"

class TestLrSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endpoints();
    void explicitDecayIters();
    void noWarmup();
};

namespace {
lmw::TrainConfig config() {
    lmw::TrainConfig t;
    t.lr = 1e-3;
    t.minLr = 1e-4;
    t.warmup = 100;
    t.iters = 2000;
    return t;
}
}  // namespace

void TestLrSchedule::endpoints() {
    const lmw::TrainConfig t = config();
    QCOMPARE(lmw::learningRateAt(0, t), 1e-3 / 101);               // first warmup step
    QCOMPARE(lmw::learningRateAt(99, t), 1e-3 * 100 / 101);        // last warmup step
    QCOMPARE(lmw::learningRateAt(100, t), 1e-3);                   // peak
    QVERIFY(qAbs(lmw::learningRateAt(1050, t) - 5.5e-4) < 1e-12);  // halfway down the cosine
    QCOMPARE(lmw::learningRateAt(2000, t), 1e-4);                  // floor at the end
    QCOMPARE(lmw::learningRateAt(5000, t), 1e-4);                  // and after
    for (long it = 101; it <= 2000; ++it)
        QVERIFY(lmw::learningRateAt(it, t) <= lmw::learningRateAt(it - 1, t));
    for (long it = 1; it <= 100; ++it)
        QVERIFY(lmw::learningRateAt(it, t) > lmw::learningRateAt(it - 1, t));
}

void TestLrSchedule::explicitDecayIters() {
    lmw::TrainConfig t = config();
    t.decayIters = 1000;
    QCOMPARE(lmw::learningRateAt(1000, t), 1e-4);
    QCOMPARE(lmw::learningRateAt(1500, t), 1e-4);
}

void TestLrSchedule::noWarmup() {
    lmw::TrainConfig t = config();
    t.warmup = 0;
    QCOMPARE(lmw::learningRateAt(0, t), 1e-3);
    t.warmup = 5000;  // warmup longer than the run: still rising at the end
    QVERIFY(lmw::learningRateAt(1999, t) < 1e-3);
}

QTEST_APPLESS_MAIN(TestLrSchedule)
#include "test_lr_schedule.moc"
