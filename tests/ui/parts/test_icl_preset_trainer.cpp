// Training the ICL preset off the GUI thread: progress in steps, one curve point per evaluation
// with every k, the summary at the end; stopping keeps the run; the tooltip names the sizes.
#include <QSignalSpy>
#include <QtTest>

#include "api/configs.h"
#include "engine_fixtures.h"
#include "promptlab/icl_preset_trainer.h"
#include "widget_test_util.h"

using lmw::ui::IclPresetTrainer;

namespace {

lmw::IclPreset tinyPreset(int iters) {
    lmw::IclPreset p = lmw::iclPreset();
    p.model = lmw::familyDefaults(lmw::ModelFamily::Gpt, lmw::test::tinyModel());
    p.model.block = 32;
    p.train = lmw::test::tinyTraining(iters);
    p.train.evalEvery = 10;
    p.train.tokenizer.kind = "char";
    p.corpusBytes = 20000;
    p.mappings = 2;
    p.copies = 2;
    p.eval.shots = {0, 2};
    p.eval.seeds = 1;
    return p;
}

}  // namespace

class TestIclPresetTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
    }
    void trainsAndMeasures() {
        IclPresetTrainer trainer;
        QSignalSpy points(&trainer, &IclPresetTrainer::curvePoint);
        QSignalSpy progress(&trainer, &IclPresetTrainer::progress);
        QSignalSpy finished(&trainer, &IclPresetTrainer::finished);
        const QString dir = dir_.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(dir));
        trainer.start(tinyPreset(20), dir.toStdString());
        QVERIFY(trainer.isRunning());
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!trainer.isRunning(), 10000);
        QVERIFY2(finished.first().at(1).toString().isEmpty(),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(finished.first().at(0).value<lmw::RunSummary>().steps, qint64(20));
        QCOMPARE(points.count(), 3);  // steps 0, 10, 20
        const auto last = points.last().first().value<lmw::IclCurvePoint>();
        QCOMPARE(last.step, qint64(20));
        QCOMPARE(last.byShots.size(), std::size_t(2));
        QVERIFY(progress.count() >= 1);
        QVERIFY(progress.last().at(1).toString().startsWith(QStringLiteral("step 20 / 20")));
        QVERIFY(!QDir(dir).isEmpty());  // the run was recorded
    }
    void stopKeepsTheRun() {
        IclPresetTrainer trainer;
        QSignalSpy points(&trainer, &IclPresetTrainer::curvePoint);
        QSignalSpy finished(&trainer, &IclPresetTrainer::finished);
        const QString dir = dir_.filePath(QStringLiteral("stopped"));
        QVERIFY(QDir().mkpath(dir));
        trainer.start(tinyPreset(5000), dir.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(points.count() >= 2, 60000);
        trainer.stop();
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().at(0).value<lmw::RunSummary>();
        QVERIFY(summary.stopped);
        QVERIFY(summary.steps >= 10 && summary.steps < 5000);
    }
    void describesThePreset() {
        const QString text = IclPresetTrainer::describe(tinyPreset(123));
        QVERIFY2(text.contains(QStringLiteral("for 123 steps")) &&
                     text.contains(QStringLiteral("k = 0, 2")),
                 qPrintable(text));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestIclPresetTrainer)
#include "test_icl_preset_trainer.moc"
