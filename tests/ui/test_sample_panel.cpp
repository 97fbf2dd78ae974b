// The sample box: generation streams text into the output, can be stopped, and a model that
// cannot be loaded gives a clear message instead of output.
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "api/error.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "train/sample_panel.h"
#include "widget_test_util.h"

using lmw::ui::SamplePanel;

class TestSamplePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generates();
    void canBeStopped();
    void unloadableModelIsExplained();
    void encodersFillMasks();

private:
    QTemporaryDir dir_;
    std::string run_;
};

void TestSamplePanel::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    run_ = dir_.filePath("run").toStdString();
    lmw::test::trainTinyRun(run_, 20);
}

void TestSamplePanel::generates() {
    SamplePanel panel;
    const std::string run = run_;
    panel.setSource([run] { return lmw::TextGenerator::load(run); }, "test run");
    QSignalSpy done(&panel, &SamplePanel::generationFinished);
    panel.generate();
    QVERIFY(panel.isGenerating());
    QVERIFY(done.wait(30000));
    QVERIFY(!panel.isGenerating());
    const QString prompt = QString::fromStdString(panel.options().prompt);
    QCOMPARE(panel.output().size(), prompt.size() + panel.options().maxTokens);
}

void TestSamplePanel::canBeStopped() {
    SamplePanel panel;
    const std::string run = run_;
    panel.setSource([run] { return lmw::TextGenerator::load(run); }, "test run");
    auto* lengthBox = panel.findChildren<QSpinBox*>().first();  // "Length"
    lengthBox->setValue(20000);
    QSignalSpy done(&panel, &SamplePanel::generationFinished);
    panel.generate();
    QTRY_VERIFY_WITH_TIMEOUT(panel.output().size() > 10, 30000);
    panel.stop();
    QVERIFY(done.wait(5000));
    QVERIFY(panel.output().size() < 20000);
}

void TestSamplePanel::unloadableModelIsExplained() {
    SamplePanel panel;
    panel.setSource(
        []() -> lmw::TextGenerator { throw lmw::Error("Checkpoint 'x' is truncated."); }, "broken");
    QSignalSpy done(&panel, &SamplePanel::generationFinished);
    panel.generate();
    QVERIFY(done.wait(10000));
    QVERIFY2(panel.output().contains("truncated"), qPrintable(panel.output()));
}

void TestSamplePanel::encodersFillMasks() {
    lmw::ModelConfig m = lmw::familyDefaults(lmw::ModelFamily::Bert, lmw::test::tinyModel());
    lmw::TrainConfig t = lmw::test::tinyTraining(10);
    t.objective.objective = lmw::Objective::Mlm;
    const std::string run = dir_.filePath("bert").toStdString();
    auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run);
    s.train();
    SamplePanel panel;
    panel.setSource([run] { return lmw::TextGenerator::load(run); }, "bert run");
    panel.findChild<QPlainTextEdit*>()->setPlainText(
        "On[MASK]e a [MASK]");  // [CLS] O n [MASK] e _ a _ [MASK] [SEP]
    QSignalSpy done(&panel, &SamplePanel::generationFinished);
    panel.generate();
    QVERIFY(done.wait(30000));
    QVERIFY2(
        panel.output().contains("mask 1 (token 3)") && panel.output().contains("mask 2 (token 8)"),
        qPrintable(panel.output()));
}

QTEST_MAIN(TestSamplePanel)
#include "test_sample_panel.moc"
