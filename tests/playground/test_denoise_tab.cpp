// DenoiseTab, without a model: the noise it hands the engine, a given corruption shown with
// its changed tokens marked beside the reconstruction, what it exports, which models it
// suits, and its settings keys.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QtTest>

#include "playground/denoise_tab.h"
#include "playground/token_view.h"
#include "widget_test_util.h"

using lmw::ObjectiveConfig;
using lmw::ui::DenoiseTab;
using lmw::ui::PlaygroundModelInfo;
using lmw::ui::PlaygroundModeTab;

class TestDenoiseTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noiseComesFromTheControls();
    void showsTheCorruptionBesideTheReconstruction();
    void suitsBart();
    void keepsItsSettings();

private:
    QTemporaryDir dir_;
};

void TestDenoiseTab::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestDenoiseTab::noiseComesFromTheControls() {
    QSettings s;
    s.clear();
    s.beginGroup(QStringLiteral("playground"));
    DenoiseTab tab;
    tab.restoreSettings(s);  // nothing saved: BART's defaults
    const ObjectiveConfig d;
    ObjectiveConfig o = tab.noiseOptions();
    QCOMPARE(o.objective, lmw::Objective::Denoise);
    QCOMPARE(o.textInfilling, d.textInfilling);
    QCOMPARE(o.infillRate, d.infillRate);
    QCOMPARE(o.poissonLambda, d.poissonLambda);
    QCOMPARE(o.tokenMasking, d.tokenMasking);
    QCOMPARE(o.tokenDeletion, d.tokenDeletion);
    QCOMPARE(o.sentencePermutation, d.sentencePermutation);
    QCOMPARE(o.documentRotation, d.documentRotation);
    QCOMPARE(tab.noiseSeed(), std::uint64_t(1));
    QCOMPARE(tab.beams(), 1);
    tab.infillingBox()->setChecked(false);
    tab.tokenMaskingBox()->setChecked(true);
    tab.maskRateBox()->setValue(0.3);
    tab.tokenDeletionBox()->setChecked(true);
    tab.deleteRateBox()->setValue(0.2);
    tab.permutationBox()->setChecked(true);
    tab.rotationBox()->setChecked(true);
    tab.lambdaBox()->setValue(2.5);
    tab.infillRateBox()->setValue(0.45);
    tab.findChild<QSpinBox*>("noiseSeed")->setValue(9);
    tab.findChild<QSpinBox*>("denoiseBeams")->setValue(4);
    o = tab.noiseOptions();
    QVERIFY(!o.textInfilling);
    QVERIFY(o.tokenMasking && o.tokenDeletion && o.sentencePermutation && o.documentRotation);
    QCOMPARE(o.tokenMaskRate, 0.3);
    QCOMPARE(o.tokenDeleteRate, 0.2);
    QCOMPARE(o.poissonLambda, 2.5);
    QCOMPARE(o.infillRate, 0.45);
    QCOMPARE(tab.noiseSeed(), std::uint64_t(9));
    QCOMPARE(tab.beams(), 4);
    QCOMPARE(tab.text(), tab.textEdit()->toPlainText());
}

void TestDenoiseTab::showsTheCorruptionBesideTheReconstruction() {
    DenoiseTab tab;
    QVERIFY(tab.shownText().isEmpty());  // nothing yet
    const QStringList tokens{QStringLiteral("The"), QStringLiteral(" <mask>"),
                             QStringLiteral(" sat"), QStringLiteral("."), QStringLiteral(" A")};
    const QVector<bool> changed{false, true, false, false, true};
    tab.showDenoised(tokens, changed, QStringLiteral("The cat sat."));
    QCOMPARE(tab.corruptedView()->tokens(), tokens);
    QCOMPARE(tab.corruptedView()->markedTokens(), changed);
    QCOMPARE(tab.reconstructionView()->toPlainText(), QStringLiteral("The cat sat."));
    QVERIFY(tab.reconstructionView()->isReadOnly());
    QVERIFY(tab.changedNote()->text().startsWith("2 of the 5 corrupted tokens"));
    QCOMPARE(tab.shownText(), QStringLiteral("Corrupted input:\nThe <mask> sat. A\n\n"
                                             "Reconstruction:\nThe cat sat.\n"));
    // The picture holds both sides.
    QWidget* picture = tab.pictureWidget();
    QVERIFY(qobject_cast<QSplitter*>(picture));
    QVERIFY(picture->isAncestorOf(tab.corruptedView()));
    QVERIFY(picture->isAncestorOf(tab.reconstructionView()));
    tab.clearResults();
    QCOMPARE(tab.corruptedView()->tokenCount(), 0);
    QVERIFY(tab.reconstructionView()->toPlainText().isEmpty());
    QVERIFY(tab.changedNote()->text().isEmpty());
    QVERIFY(tab.shownText().isEmpty());
}

void TestDenoiseTab::suitsBart() {
    DenoiseTab tab;
    PlaygroundModelInfo info;
    info.config.family = lmw::ModelFamily::Bart;
    QVERIFY(tab.unavailableReason(info).isEmpty());
    info.config.family = lmw::ModelFamily::Lstm;
    QVERIFY(tab.unavailableReason(info).contains("this is a LSTM (ULMFiT) model"));
    QVERIFY(!tab.purpose().isEmpty());
    QSignalSpy run(&tab, &PlaygroundModeTab::runRequested);
    QSignalSpy stop(&tab, &PlaygroundModeTab::stopRequested);
    tab.runButton()->click();
    tab.setRunState(true, true);
    tab.stopButton()->click();
    QCOMPARE(run.count(), 1);
    QCOMPARE(stop.count(), 1);
}

void TestDenoiseTab::keepsItsSettings() {
    {
        QSettings s;
        s.clear();
        s.beginGroup(QStringLiteral("playground"));
        DenoiseTab tab;
        tab.restoreSettings(s);
        QVERIFY(tab.text().startsWith("Once upon a time there was a little cat."));
        tab.textEdit()->setPlainText(QStringLiteral("One. Two."));
        tab.rotationBox()->setChecked(true);
        tab.lambdaBox()->setValue(4.0);
        tab.noiseSeedBox()->setValue(17);
        tab.beamsBox()->setValue(2);
        tab.saveSettings(s);
    }
    QSettings s;
    QCOMPARE(s.value("playground/denoiseText").toString(), QStringLiteral("One. Two."));
    QCOMPARE(s.value("playground/rotate").toBool(), true);
    QCOMPARE(s.value("playground/noiseSeed").toInt(), 17);
    QCOMPARE(s.value("playground/denoiseBeams").toInt(), 2);
    s.beginGroup(QStringLiteral("playground"));
    DenoiseTab again;
    again.restoreSettings(s);
    QCOMPARE(again.text(), QStringLiteral("One. Two."));
    QVERIFY(again.rotationBox()->isChecked());
    QCOMPARE(again.lambdaBox()->value(), 4.0);
    QCOMPARE(again.noiseSeed(), std::uint64_t(17));
    QCOMPARE(again.beams(), 2);
}

QTEST_MAIN(TestDenoiseTab)
#include "test_denoise_tab.moc"
