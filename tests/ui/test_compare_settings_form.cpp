// The Encoder vs decoder settings: the defaults are the comparison's (one architecture, rotary
// positions, subword tokens); an encoder of GPT blocks has no next-sentence head, so choosing
// both switches to masked LM; the settings survive a save and a load; the sentence under them
// says what the models share.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "compare/compare_settings_form.h"

using lmw::ui::CompareSettingsForm;

class TestCompareSettingsForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheComparisons();
    void gptBlocksHaveNoNextSentenceHead();
    void saveAndLoad();
};

void TestCompareSettingsForm::defaultsAreTheComparisons() {
    CompareSettingsForm form;
    const lmw::CompareSettings s = form.settings(), d = lmw::defaultCompareSettings();
    QCOMPARE(s.layout, d.layout);
    QCOMPARE(s.positions, d.positions);
    QCOMPARE(s.tokenizer, d.tokenizer);
    QCOMPARE(s.steps, d.steps);
    QCOMPARE(s.maskRate, d.maskRate);
    bool said = false;
    for (QLabel* l : form.findChildren<QLabel*>())
        said |= l->text().contains("only the attention mask");
    QVERIFY(said);
    form.sharedLayoutBox()->setChecked(false);
    said = false;
    for (QLabel* l : form.findChildren<QLabel*>()) said |= l->text().contains("post-LN");
    QVERIFY(said);  // the sentence follows the choice
}

void TestCompareSettingsForm::gptBlocksHaveNoNextSentenceHead() {
    CompareSettingsForm form;
    form.sharedLayoutBox()->setChecked(false);
    form.encoderBox()->setCurrentIndex(1);  // BERT, masked LM + next sentence
    QCOMPARE(form.encoderObjective(), lmw::Objective::MlmNsp);
    form.sharedLayoutBox()->setChecked(true);
    QCOMPARE(form.encoderObjective(), lmw::Objective::Mlm);
    QCOMPARE(form.settings().encoderFamily, lmw::ModelFamily::Roberta);
}

void TestCompareSettingsForm::saveAndLoad() {
    QTemporaryDir dir;
    QSettings s(dir.filePath("s.ini"), QSettings::IniFormat);
    {
        CompareSettingsForm form;
        form.stepsBox()->setValue(777);
        form.positionsBox()->setCurrentIndex(
            form.positionsBox()->findData(int(lmw::PositionEncoding::Alibi)));
        form.tokensBox()->setCurrentIndex(form.tokensBox()->findData(QStringLiteral("char")));
        form.saveSettings(s);
    }
    CompareSettingsForm again;
    again.loadSettings(s);
    QCOMPARE(again.settings().steps, 777);
    QCOMPARE(again.settings().positions, lmw::PositionEncoding::Alibi);
    QCOMPARE(again.settings().tokenizer, std::string("char"));
}

QTEST_MAIN(TestCompareSettingsForm)
#include "test_compare_settings_form.moc"
