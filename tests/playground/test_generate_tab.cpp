// GenerateTab, without a model: the options it hands the engine, how it adapts to BART, the
// output a generation streams into (prompt first, except for BART), the context of a clicked
// token and the next-token bars it shows, what it exports, and its settings keys.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "playground/generate_tab.h"
#include "playground/token_view.h"
#include "widget_test_util.h"
#include "widgets/probability_bars.h"
#include "widgets/sampling_options_form.h"

using lmw::ui::GenerateTab;
using lmw::ui::PlaygroundModelInfo;
using lmw::ui::PlaygroundModeTab;

class TestGenerateTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void optionsComeFromTheControls();
    void bartTurnsSamplingOff();
    void outputStreamsAfterThePrompt();
    void clickedTokensAskForTheirDistribution();
    void showsTheNextTokenChoices();
    void exportsWhatItShows();
    void suitsModelsThatWriteText();
    void keepsItsSettings();

private:
    QTemporaryDir dir_;
};

void TestGenerateTab::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestGenerateTab::optionsComeFromTheControls() {
    GenerateTab tab;
    tab.promptEdit()->setPlainText(QStringLiteral("Once upon"));
    tab.findChild<QSpinBox*>("maxTokens")->setValue(42);
    tab.findChild<QDoubleSpinBox*>("temperature")->setValue(1.3);
    tab.findChild<QSpinBox*>("topK")->setValue(7);
    tab.findChild<QDoubleSpinBox*>("topP")->setValue(0.9);
    tab.findChild<QSpinBox*>("seed")->setValue(1234);
    tab.findChild<QSpinBox*>("beams")->setValue(3);
    const lmw::GenerateOptions o = tab.options();
    QCOMPARE(o.prompt, std::string("Once upon"));
    QCOMPARE(o.maxTokens, 42);
    QCOMPARE(o.temperature, 1.3);
    QCOMPARE(o.topK, 7);
    QCOMPARE(o.topP, 0.9);
    QCOMPARE(o.seed, std::uint64_t(1234));
    QCOMPARE(o.beams, 3);
    QCOMPARE(tab.samplingOptions()->topKBox()->specialValueText(), QStringLiteral("off"));
    QVERIFY(tab.runButton()->isDefault());
}

void TestGenerateTab::bartTurnsSamplingOff() {
    GenerateTab tab;
    QVERIFY(tab.hint()->text().isEmpty());  // no model yet: no hint
    tab.setModelKind(true, true);
    for (QWidget* w : {static_cast<QWidget*>(tab.samplingOptions()->temperatureBox()),
                       static_cast<QWidget*>(tab.samplingOptions()->topKBox()),
                       static_cast<QWidget*>(tab.samplingOptions()->topPBox()),
                       static_cast<QWidget*>(tab.samplingOptions()->seedBox())}) {
        QVERIFY(!w->isEnabled());
        QVERIFY(w->toolTip().contains("BART decodes greedily"));
    }
    QVERIFY(tab.samplingOptions()->beamsBox()->isEnabled());
    QVERIFY(tab.hint()->text().contains("BART reads the prompt"));
    tab.setModelKind(true, false);  // a decoder
    QVERIFY(tab.samplingOptions()->temperatureBox()->isEnabled());
    QVERIFY(tab.samplingOptions()->temperatureBox()->toolTip().contains("logits"));
    QVERIFY(tab.samplingOptions()->topPBox()->toolTip().contains("Nucleus"));
    QVERIFY(!tab.samplingOptions()->beamsBox()->isEnabled());
    QVERIFY(tab.hint()->text().contains("Click any generated token"));
    tab.setModelKind(false, false);  // an encoder: the hint stays as it was
    QVERIFY(tab.hint()->text().contains("Click any generated token"));
}

void TestGenerateTab::outputStreamsAfterThePrompt() {
    GenerateTab tab;
    tab.promptEdit()->setPlainText(QStringLiteral("Once"));
    tab.startOutput(false);
    QCOMPARE(tab.output()->prefix(), QStringLiteral("Once"));
    QCOMPARE(tab.output()->tokenCount(), 0);
    tab.appendTokens({QStringLiteral(" up"), QStringLiteral("on")});
    tab.appendTokens({QStringLiteral(" a")});
    QCOMPARE(tab.output()->tokenCount(), 3);
    QCOMPARE(tab.output()->toPlainText(), QStringLiteral("Once upon a"));
    QCOMPARE(tab.contextOf(2), QStringLiteral("Once upon"));
    QVERIFY(tab.nextTokenBars()->message().contains("Click a generated token"));
    // BART's output stands alone; its context starts with the line break generation starts from.
    tab.startOutput(true);
    QVERIFY(tab.output()->prefix().isEmpty());
    QVERIFY(tab.nextTokenBars()->message().contains("BART writes its whole output"));
    tab.appendTokens({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(tab.contextOf(0), QStringLiteral("\n"));
    QCOMPARE(tab.contextOf(1), QStringLiteral("\na"));
    tab.clearResults();
    QCOMPARE(tab.output()->tokenCount(), 0);
    QVERIFY(tab.nextTokenBars()->entries().isEmpty());
}

void TestGenerateTab::clickedTokensAskForTheirDistribution() {
    GenerateTab tab;
    tab.resize(900, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.promptEdit()->setPlainText(QStringLiteral("Hi"));
    tab.startOutput(false);
    tab.appendTokens({QStringLiteral(" there"), QStringLiteral(" you"), QStringLiteral(" are")});
    QSignalSpy asked(&tab, &GenerateTab::nextTokensRequested);
    QTest::mouseClick(tab.output()->viewport(), Qt::LeftButton, {}, tab.output()->tokenCenter(1));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toInt(), 1);
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    tab.runButton()->click();
    QCOMPARE(run.count(), 1);
}

void TestGenerateTab::showsTheNextTokenChoices() {
    GenerateTab tab;
    tab.showNextTokenChoices(4, QStringLiteral(" cat"), {{"the", 0.5}, {" cat", 0.3}, {"\n", 0.1}});
    const auto& entries = tab.nextTokenBars()->entries();
    QCOMPARE(entries.size(), qsizetype(3));
    QCOMPARE(entries[1].label, QStringLiteral(" cat"));
    QCOMPARE(entries[2].probability, 0.1);
    QCOMPARE(tab.nextTokenBars()->highlighted(), 1);  // the token the model wrote
    QVERIFY(tab.nextTokenBars()->title().startsWith("Token 5 '\u2423cat'"));
    tab.showNextTokenChoices(0, QStringLiteral("x"), {{"a", 0.6}, {"b", 0.4}});
    QCOMPARE(tab.nextTokenBars()->highlighted(), -1);  // not among the top ones
    tab.showNextTokensMessage(QStringLiteral("Only for decoders."));
    QVERIFY(tab.nextTokenBars()->entries().isEmpty());
    QCOMPARE(tab.nextTokenBars()->message(), QStringLiteral("Only for decoders."));
}

void TestGenerateTab::exportsWhatItShows() {
    GenerateTab tab;
    tab.promptEdit()->setPlainText(QStringLiteral("A"));
    tab.startOutput(false);
    tab.appendTokens({QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(tab.shownText(), QStringLiteral("Abc"));
    QCOMPARE(tab.pictureWidget(), static_cast<QWidget*>(tab.output()));
    tab.showNextTokenChoices(1, QStringLiteral("c"), {{"c", 0.75}, {"d", 0.25}});
    QCOMPARE(tab.shownText(), QStringLiteral("Abc\n\n") + tab.nextTokenBars()->toText());
    QCOMPARE(tab.pictureWidget(), static_cast<QWidget*>(tab.nextTokenBars()));
}

void TestGenerateTab::suitsModelsThatWriteText() {
    GenerateTab tab;
    PlaygroundModelInfo info;
    info.config.family = lmw::ModelFamily::Gpt;
    QVERIFY(tab.unavailableReason(info).isEmpty());
    info.config.family = lmw::ModelFamily::Bert;
    info.encoder = true;
    const QString why = tab.unavailableReason(info);
    QVERIFY(why.contains("BERT is an encoder"));
    QVERIFY(!tab.purpose().isEmpty());
}

void TestGenerateTab::keepsItsSettings() {
    {
        QSettings s;
        s.clear();
        s.beginGroup(QStringLiteral("playground"));
        GenerateTab tab;
        tab.restoreSettings(s);  // nothing saved: the defaults
        const lmw::GenerateOptions d;
        QCOMPARE(tab.promptEdit()->toPlainText(), QStringLiteral("Once upon a time"));
        QCOMPARE(tab.samplingOptions()->lengthBox()->value(), d.maxTokens);
        QCOMPARE(tab.samplingOptions()->temperatureBox()->value(), d.temperature);
        tab.promptEdit()->setPlainText(QStringLiteral("Hello"));
        tab.samplingOptions()->lengthBox()->setValue(77);
        tab.samplingOptions()->temperatureBox()->setValue(0.4);
        tab.samplingOptions()->topKBox()->setValue(9);
        tab.samplingOptions()->topPBox()->setValue(0.5);
        tab.samplingOptions()->seedBox()->setValue(3);
        tab.samplingOptions()->beamsBox()->setValue(4);
        tab.saveSettings(s);
    }
    QSettings s;
    QCOMPARE(s.value("playground/prompt").toString(), QStringLiteral("Hello"));
    QCOMPARE(s.value("playground/tokens").toInt(), 77);
    QCOMPARE(s.value("playground/topK").toInt(), 9);
    s.beginGroup(QStringLiteral("playground"));
    GenerateTab again;
    again.restoreSettings(s);
    QCOMPARE(again.promptEdit()->toPlainText(), QStringLiteral("Hello"));
    QCOMPARE(again.samplingOptions()->lengthBox()->value(), 77);
    QCOMPARE(again.samplingOptions()->temperatureBox()->value(), 0.4);
    QCOMPARE(again.samplingOptions()->topKBox()->value(), 9);
    QCOMPARE(again.samplingOptions()->topPBox()->value(), 0.5);
    QCOMPARE(again.samplingOptions()->seedBox()->value(), 3);
    QCOMPARE(again.samplingOptions()->beamsBox()->value(), 4);
}

QTEST_MAIN(TestGenerateTab)
#include "test_generate_tab.moc"
