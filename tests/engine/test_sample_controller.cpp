// The sample controller (ui/engine): streams a generation from its own thread, stops by atomic,
// reports a model that cannot be loaded, refuses a second start while one runs, and waits for
// its thread when destroyed mid-generation.
#include <QSignalSpy>
#include <QtTest>

#include "api/error.h"
#include "engine/sample_controller.h"
#include "engine_fixtures.h"
#include "widget_test_util.h"

using lmw::ui::SampleController;

class TestSampleController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamsAndEnds();
    void stopsEarly();
    void failureIsReported();
    void destructionStopsAndWaits();

private:
    lmw::ui::GeneratorFactory factory() const {
        const std::string run = run_;
        return [run] { return lmw::TextGenerator::load(run); };
    }
    QTemporaryDir dir_;
    std::string run_;
};

void TestSampleController::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    run_ = dir_.filePath("run").toStdString();
    lmw::test::trainTinyRun(run_, 10);
}

void TestSampleController::streamsAndEnds() {
    SampleController sampler;
    QSignalSpy pieces(&sampler, &SampleController::piece);
    QSignalSpy tokens(&sampler, &SampleController::tokens);
    QSignalSpy ended(&sampler, &SampleController::ended);
    lmw::GenerateOptions o;
    o.prompt = "The ";
    o.maxTokens = 40;
    QVERIFY(sampler.start(factory(), o));
    QVERIFY(sampler.isRunning());
    QVERIFY(!sampler.start(factory(), o));  // one generation at a time
    QVERIFY(ended.wait(30000));
    QVERIFY(!sampler.isRunning());
    QString text;
    for (const auto& args : pieces) text += args.at(0).toString();
    QCOMPARE(text.size(), 40);  // character model: one character per token
    int tokenCount = 0;
    for (const auto& args : tokens) tokenCount += int(args.at(0).toStringList().size());
    QCOMPARE(tokenCount, 40);
    QVERIFY(sampler.start(factory(), o));  // and again once it has ended
    QVERIFY(ended.wait(30000));
}

void TestSampleController::stopsEarly() {
    SampleController sampler;
    QSignalSpy pieces(&sampler, &SampleController::piece);
    QSignalSpy ended(&sampler, &SampleController::ended);
    lmw::GenerateOptions o;
    o.maxTokens = 20000;
    QVERIFY(sampler.start(factory(), o));
    QTRY_VERIFY_WITH_TIMEOUT(pieces.count() > 0, 30000);
    sampler.stop();
    QVERIFY(ended.wait(30000));
    QString text;
    for (const auto& args : pieces) text += args.at(0).toString();
    QVERIFY(text.size() < 20000);
}

void TestSampleController::failureIsReported() {
    SampleController sampler;
    QSignalSpy failed(&sampler, &SampleController::failed);
    QSignalSpy ended(&sampler, &SampleController::ended);
    QVERIFY(sampler.start(
        []() -> lmw::TextGenerator { throw lmw::Error("No checkpoint in 'nowhere'."); }, {}));
    QVERIFY(ended.wait(30000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("No checkpoint in 'nowhere'."));
    QVERIFY(!sampler.start({}, {}));  // no model: nothing to start
}

void TestSampleController::destructionStopsAndWaits() {
    QElapsedTimer clock;
    clock.start();
    {
        SampleController sampler;
        QSignalSpy pieces(&sampler, &SampleController::piece);
        lmw::GenerateOptions o;
        o.maxTokens = 20000;
        QVERIFY(sampler.start(factory(), o));
        QTRY_VERIFY_WITH_TIMEOUT(pieces.count() > 0, 30000);
    }  // must not hang or crash
    QVERIFY(clock.elapsed() < 60000);
}

QTEST_MAIN(TestSampleController)
#include "test_sample_controller.moc"
