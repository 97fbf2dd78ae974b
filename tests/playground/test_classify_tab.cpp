// ClassifyTab, without a model: given label probabilities become bars with the most likely
// label highlighted and returned, what it exports, which models it suits, and its settings.
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include "playground/classify_tab.h"
#include "widget_test_util.h"
#include "widgets/probability_bars.h"

using lmw::ui::ClassifyTab;
using lmw::ui::PlaygroundModelInfo;
using lmw::ui::PlaygroundModeTab;

class TestClassifyTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheLabels();
    void suitsModelsWithAHead();
    void keepsItsSettings();

private:
    QTemporaryDir dir_;
};

void TestClassifyTab::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestClassifyTab::showsTheLabels() {
    ClassifyTab tab;
    QCOMPARE(tab.classBars()->objectName(), QStringLiteral("classBars"));
    QCOMPARE(tab.classBars()->message(), QStringLiteral("Label probabilities appear here."));
    const QString best = tab.showClassified({{"negative", 0.2}, {"positive", 0.7}, {"other", 0.1}});
    QCOMPARE(best, QStringLiteral("positive"));
    const auto& entries = tab.classBars()->entries();
    QCOMPARE(entries.size(), qsizetype(3));
    QCOMPARE(entries[0].label, QStringLiteral("negative"));  // in the head's order
    QCOMPARE(entries[2].probability, 0.1);
    QCOMPARE(tab.classBars()->highlighted(), 1);
    QCOMPARE(tab.classBars()->title(), QStringLiteral("Label probabilities (sum 1.000)"));
    QCOMPARE(tab.shownText(), tab.classBars()->toText());
    QVERIFY(tab.shownText().contains("positive"));
    QCOMPARE(tab.pictureWidget(), static_cast<QWidget*>(tab.classBars()));
    // A tie keeps the first label.
    QCOMPARE(tab.showClassified({{"a", 0.5}, {"b", 0.5}}), QStringLiteral("a"));
    QVERIFY(tab.showClassified({}).isEmpty());
    QVERIFY(tab.classBars()->entries().isEmpty());
    tab.showClassified({{"a", 1.0}});
    tab.clearResults();
    QVERIFY(tab.classBars()->entries().isEmpty());
    QCOMPARE(tab.classBars()->message(), QStringLiteral("Label probabilities appear here."));
}

void TestClassifyTab::suitsModelsWithAHead() {
    ClassifyTab tab;
    PlaygroundModelInfo info;
    info.config.family = lmw::ModelFamily::Gpt;
    info.config.numClasses = 0;
    QVERIFY(tab.unavailableReason(info).contains("This GPT model has no classification head"));
    info.config.numClasses = 3;
    QVERIFY(tab.unavailableReason(info).isEmpty());
    QVERIFY(!tab.purpose().isEmpty());
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    tab.runButton()->click();
    QCOMPARE(run.count(), 1);
}

void TestClassifyTab::keepsItsSettings() {
    {
        QSettings s;
        s.clear();
        s.beginGroup(QStringLiteral("playground"));
        ClassifyTab tab;
        tab.restoreSettings(s);
        QCOMPARE(tab.text(), QStringLiteral("Once upon a time"));
        tab.textEdit()->setPlainText(QStringLiteral("A fine day."));
        tab.saveSettings(s);
    }
    QSettings s;
    QCOMPARE(s.value("playground/classifyText").toString(), QStringLiteral("A fine day."));
    s.beginGroup(QStringLiteral("playground"));
    ClassifyTab again;
    again.restoreSettings(s);
    QCOMPARE(again.text(), QStringLiteral("A fine day."));
}

QTEST_MAIN(TestClassifyTab)
#include "test_classify_tab.moc"
