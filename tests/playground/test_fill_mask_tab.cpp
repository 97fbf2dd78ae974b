// FillMaskTab, without a model: the mask token it inserts and names, the most likely text and
// one chart per mask from given predictions, the masking box and its preview requests, what
// it exports, which models it suits, and its settings keys.
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "playground/fill_mask_tab.h"
#include "widget_test_util.h"
#include "widgets/masking_controls.h"
#include "widgets/probability_bars.h"

using lmw::MaskPrediction;
using lmw::ui::FillMaskTab;
using lmw::ui::PlaygroundModelInfo;
using lmw::ui::PlaygroundModeTab;

namespace {

MaskPrediction prediction(int position, std::vector<std::pair<std::string, double>> top) {
    MaskPrediction p;
    p.position = position;
    p.top = std::move(top);
    return p;
}

}  // namespace

class TestFillMaskTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void insertsTheModelsMaskToken();
    void showsEveryMask();
    void newResultsReplaceTheOld();
    void maskingBoxAsksForPreviews();
    void suitsEncoders();
    void keepsItsSettings();

private:
    QTemporaryDir dir_;
};

void TestFillMaskTab::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestFillMaskTab::insertsTheModelsMaskToken() {
    FillMaskTab tab;
    QCOMPARE(tab.insertMaskButton()->text(), QStringLiteral("Insert mask"));
    QCOMPARE(tab.maskToken(), QStringLiteral("<mask>"));
    tab.setMaskToken(QStringLiteral("[MASK]"));
    QCOMPARE(tab.insertMaskButton()->text(), QStringLiteral("Insert [MASK]"));
    QVERIFY(tab.textEdit()->placeholderText().contains("Once upon a [MASK] there was a [MASK]."));
    tab.textEdit()->setPlainText(QStringLiteral("ab"));
    QTextCursor c = tab.textEdit()->textCursor();
    c.setPosition(1);
    tab.textEdit()->setTextCursor(c);
    tab.insertMaskButton()->click();
    QCOMPARE(tab.text(), QStringLiteral("a[MASK]b"));
    QCOMPARE(tab.findChild<QSpinBox*>("fillTopK"), tab.topKBox());
    tab.topKBox()->setValue(8);
    QCOMPARE(tab.topK(), 8);
}

void TestFillMaskTab::showsEveryMask() {
    FillMaskTab tab;
    tab.setMaskToken(QStringLiteral("[MASK]"));
    const QString text = QStringLiteral("a [MASK] b[MASK]");
    tab.showFilled(text, {prediction(2, {{"cat", 0.6}, {"dog", 0.4}}),
                          prediction(5, {{" ", 0.9}, {"x", 0.05}, {"y", 0.05}})});
    QCOMPARE(tab.filledText(), QStringLiteral("a cat b "));
    // The filled blanks are marked, their spaces made visible.
    QVERIFY(tab.filledLabel()->text().startsWith("Most likely: a "));
    QVERIFY(tab.filledLabel()->text().contains("<b>cat</b>"));
    QVERIFY(tab.filledLabel()->text().contains("<b>\u2423</b>"));
    const auto bars = tab.maskBars();
    QCOMPARE(bars.size(), qsizetype(2));
    QCOMPARE(bars[0]->title(), QStringLiteral("Mask 1 (token 2)"));
    QCOMPARE(bars[1]->title(), QStringLiteral("Mask 2 (token 5)"));
    QCOMPARE(bars[0]->entries().size(), qsizetype(2));
    QCOMPARE(bars[1]->entries().size(), qsizetype(3));
    QCOMPARE(bars[0]->entries()[1].label, QStringLiteral("dog"));
    QCOMPARE(bars[0]->highlighted(), 0);  // the best candidate
    for (auto* b : bars) {
        QCOMPARE(b->objectName(), QStringLiteral("maskBars"));
        QVERIFY(tab.pictureWidget()->isAncestorOf(b));
    }
    QString expected = QStringLiteral("a cat b \n\n");
    for (auto* b : bars) expected += b->toText() + QLatin1Char('\n');
    QCOMPARE(tab.shownText(), expected);
}

void TestFillMaskTab::newResultsReplaceTheOld() {
    FillMaskTab tab;
    tab.showFilled(
        QStringLiteral("<mask> <mask> <mask>"),
        {prediction(0, {{"a", 1.0}}), prediction(2, {{"b", 1.0}}), prediction(4, {{"c", 1.0}})});
    QCOMPARE(tab.maskBars().size(), qsizetype(3));
    QCOMPARE(tab.filledText(), QStringLiteral("a b c"));
    tab.showFilled(QStringLiteral("x<mask>"), {prediction(1, {{"y", 0.7}, {"z", 0.3}})});
    QCOMPARE(tab.maskBars().size(), qsizetype(1));
    QCOMPARE(tab.filledText(), QStringLiteral("xy"));
    tab.clearResults();
    QVERIFY(tab.maskBars().isEmpty());
    QVERIFY(tab.filledText().isEmpty());
    QVERIFY(tab.filledLabel()->text().isEmpty());
    QVERIFY(tab.shownText().isEmpty());
}

void TestFillMaskTab::maskingBoxAsksForPreviews() {
    FillMaskTab tab;
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QStringList asked;
    tab.masking()->setPreviewRequester(
        [&](const std::string& text, const lmw::ObjectiveConfig&, std::uint64_t) {
            asked.append(QString::fromStdString(text));
        });
    QVERIFY(!tab.maskingBox()->isChecked());
    QVERIFY(!tab.masking()->isVisible());
    QVERIFY(!tab.maskingSentence()->isVisible());
    tab.refreshMaskingPreview();  // closed: nothing to preview
    QVERIFY(asked.isEmpty());
    tab.maskingBox()->setChecked(true);
    QVERIFY(tab.masking()->isVisible());
    QVERIFY(tab.maskingSentence()->isVisible());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last(), tab.maskingSentence()->text());
    tab.maskingSentence()->setText(QStringLiteral("The dog ran."));
    QCOMPARE(asked.last(), QStringLiteral("The dog ran."));
    const int before = int(asked.size());
    tab.refreshMaskingPreview();  // e.g. another model loaded: its own tokens
    QCOMPARE(asked.size(), before + 1);
    QCOMPARE(asked.last(), QStringLiteral("The dog ran."));
    tab.maskingBox()->setChecked(false);
    QVERIFY(!tab.masking()->isVisible());
}

void TestFillMaskTab::suitsEncoders() {
    FillMaskTab tab;
    PlaygroundModelInfo info;
    info.config.family = lmw::ModelFamily::Roberta;
    info.encoder = true;
    QVERIFY(tab.unavailableReason(info).isEmpty());
    info.config.family = lmw::ModelFamily::Gpt;
    info.encoder = false;
    QVERIFY(tab.unavailableReason(info).contains("this is a GPT model"));
    QVERIFY(!tab.purpose().isEmpty());
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    tab.runButton()->click();
    QCOMPARE(run.count(), 1);
}

void TestFillMaskTab::keepsItsSettings() {
    {
        QSettings s;
        s.clear();
        s.beginGroup(QStringLiteral("playground"));
        FillMaskTab tab;
        tab.restoreSettings(s);
        QVERIFY(tab.text().isEmpty());
        QCOMPARE(tab.topK(), 5);
        tab.textEdit()->setPlainText(QStringLiteral("a [MASK] b"));
        tab.topKBox()->setValue(12);
        tab.saveSettings(s);
    }
    QSettings s;
    QCOMPARE(s.value("playground/fillText").toString(), QStringLiteral("a [MASK] b"));
    QCOMPARE(s.value("playground/fillTopK").toInt(), 12);
    s.beginGroup(QStringLiteral("playground"));
    FillMaskTab again;
    again.restoreSettings(s);
    QCOMPARE(again.text(), QStringLiteral("a [MASK] b"));
    QCOMPARE(again.topK(), 12);
}

QTEST_MAIN(TestFillMaskTab)
#include "test_fill_mask_tab.moc"
