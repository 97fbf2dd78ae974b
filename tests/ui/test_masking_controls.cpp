// The encoder's masking controls: settings round-trip, the split always adds up to 100, the
// preview marks [MASK] / random / kept positions by the engine's masking of the sentence (in
// characters, or in a model's own tokens once one is set), and it follows the rate.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QtTest>

#include "api/compare.h"
#include "widgets/masking_controls.h"

using lmw::ui::MaskingControls;

class TestMaskingControls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsRoundTrip();
    void splitStaysWithin100();
    void previewFollowsTheEngine();
    void previewInAModelsTokens();
};

void TestMaskingControls::settingsRoundTrip() {
    MaskingControls c;
    lmw::CompareSettings s;
    s.maskRate = 0.4;
    s.maskTokenShare = 0.6;
    s.randomTokenShare = 0.2;
    s.maskUnit = lmw::MaskUnit::Span;
    s.spanMeanWords = 2.5;
    c.setSettings(s);
    lmw::CompareSettings back;
    c.applyTo(back);
    QCOMPARE(back.maskRate, 0.4);
    QCOMPARE(back.maskTokenShare, 0.6);
    QCOMPARE(back.randomTokenShare, 0.2);
    QCOMPARE(back.maskUnit, lmw::MaskUnit::Span);
    QCOMPARE(back.spanMeanWords, 2.5);
    QVERIFY(c.spanMeanBox()->isEnabled());
    c.unitBox()->setCurrentIndex(0);
    QVERIFY(!c.spanMeanBox()->isEnabled());  // the span length matters for spans only
}

void TestMaskingControls::splitStaysWithin100() {
    MaskingControls c;
    c.maskShareBox()->setValue(80);
    c.randomShareBox()->setValue(30);  // 80 + 30 > 100: [MASK] gives way
    QCOMPARE(c.maskShareBox()->value() + c.randomShareBox()->value(), 100);
    QCOMPARE(c.randomShareBox()->value(), 30);
}

void TestMaskingControls::previewFollowsTheEngine() {
    MaskingControls c;
    const QString sentence =
        QStringLiteral("The little cat sat on the warm mat and looked at the moon.");
    c.rateBox()->setValue(15);
    c.setSentence(sentence);
    // The same draw as the engine's, seed 1: the count of hidden characters agrees.
    lmw::ObjectiveConfig o;
    o.maskProb = 0.15;
    int expected = 0;
    for (const auto& t : lmw::previewMasking(sentence.toStdString(), o, 1))
        expected += t.kind != lmw::MaskedToken::Plain;
    QCOMPARE(c.previewSelected(), expected);
    QVERIFY(c.previewHtml().contains(QStringLiteral("background")));
    // Half of the tokens hidden: many more than at 15%.
    c.rateBox()->setValue(50);
    QVERIFY2(c.previewSelected() > expected, qPrintable(c.previewHtml()));
    // No sentence: a hint, nothing hidden.
    c.setSentence(QString());
    QCOMPARE(c.previewSelected(), 0);
}

void TestMaskingControls::previewInAModelsTokens() {
    MaskingControls c;
    c.setSentence(QStringLiteral("two words"));
    int calls = 0;
    c.setPreviewSource(
        [&calls](const std::string&, const lmw::ObjectiveConfig&, std::uint64_t) {
            ++calls;
            lmw::MaskedToken a{"two", "[MASK]", lmw::MaskedToken::Masked};
            lmw::MaskedToken b{" words", " words", lmw::MaskedToken::Plain};
            return std::vector<lmw::MaskedToken>{a, b};
        },
        QStringLiteral("in the test's tokens"));
    QVERIFY(calls > 0);
    QCOMPARE(c.previewSelected(), 1);
    QVERIFY(c.previewHtml().contains(QStringLiteral("in the test's tokens")));
    QVERIFY(c.previewHtml().contains(QStringLiteral("2 tokens")) ||
            c.previewHtml().contains(QStringLiteral("of 2")));
}

QTEST_MAIN(TestMaskingControls)
#include "test_masking_controls.moc"
