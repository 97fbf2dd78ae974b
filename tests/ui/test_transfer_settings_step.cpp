// Step 2 of the ULMFiT wizard: the defaults are the paper's where it has them; applyTo turns
// the fields into the engine's configuration (rates, schedule, dropout scale, baselines, the
// transformer baselines' size, threads); an empty output folder is refused by name; the fields
// survive saveSettings() into a new step.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "transfer/rate_spin_box.h"
#include "transfer/transfer_settings_step.h"
#include "widget_test_util.h"

using lmw::Baseline;
using lmw::ui::TransferSettingsStep;

class TestTransferSettingsStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAreThePapers();
    void configCarriesTheFields();
    void dropoutScalesEveryDropout();
    void emptyOutputFolderIsRefused();
    void fieldsAreRemembered();

private:
    QTemporaryDir dir_;
};

void TestTransferSettingsStep::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestTransferSettingsStep::init() {
    QSettings().remove(QStringLiteral("ulmfit"));
}

void TestTransferSettingsStep::defaultsAreThePapers() {
    TransferSettingsStep step;
    QCOMPARE(step.layersBox()->value(), 3);
    QCOMPARE(step.lmLrBox()->value(), 4e-3);
    QCOMPARE(step.lrBox()->value(), 0.01);
    QCOMPARE(step.lrDecayBox()->value(), 2.6);
    QCOMPARE(step.pretrainLrBox()->value(), 3e-3);
    QCOMPARE(step.transformerPretrainLrBox()->value(), 1e-3);
    QCOMPARE(step.transformerLrBox()->value(), 5e-4);
    QCOMPARE(step.dropoutBox()->value(), 1.0);
    QCOMPARE(step.classifierEpochsBox()->value(), 0);  // one per layer group, plus one
    QCOMPARE(step.tokenizerBox()->currentData().toString(), QStringLiteral("bpe"));
    for (Baseline b : {Baseline::Scratch, Baseline::AllAtOnce, Baseline::Bert, Baseline::Gpt})
        QVERIFY(!step.baselineBox(b)->isChecked());
    QVERIFY(step.outputFolder().endsWith(QStringLiteral("ulmfit")));
    // Every rate is typed and stepped like a rate.
    for (QDoubleSpinBox* box : {step.lrBox(), step.lmLrBox(), step.pretrainLrBox(),
                                step.transformerPretrainLrBox(), step.transformerLrBox()})
        QVERIFY(qobject_cast<lmw::ui::RateSpinBox*>(box));
    QVERIFY(!qobject_cast<lmw::ui::RateSpinBox*>(step.lrDecayBox()));
    QVERIFY(step.lmLrBox()->toolTip().contains(QStringLiteral("The paper: 0.004.")));
}

void TestTransferSettingsStep::configCarriesTheFields() {
    TransferSettingsStep step;
    step.setOutputFolder(dir_.filePath(QStringLiteral("out")));
    step.layersBox()->setValue(2);
    step.embedBox()->setValue(30);
    step.hiddenBox()->setValue(40);
    step.blockBox()->setValue(48);
    step.tokenizerBox()->setCurrentIndex(step.tokenizerBox()->findData(QStringLiteral("char")));
    step.pretrainStepsBox()->setValue(250);
    step.lmEpochsBox()->setValue(3);
    step.classifierEpochsBox()->setValue(5);
    step.batchBox()->setValue(16);
    step.seedBox()->setValue(7);
    step.pretrainLrBox()->setValue(2e-3);
    step.lmLrBox()->setValue(7e-3);
    step.lrBox()->setValue(0.02);
    step.lrDecayBox()->setValue(1.8);
    step.transformerPretrainLrBox()->setValue(6e-4);
    step.transformerLrBox()->setValue(2.5e-4);
    step.baselineBox(Baseline::Gpt)->setChecked(true);
    step.baselineBox(Baseline::Scratch)->setChecked(true);

    lmw::UlmfitConfig c;
    c.generalCorpus = "kept.txt";  // step 1's part is left alone
    step.applyTo(c, 3);
    QCOMPARE(c.generalCorpus, std::string("kept.txt"));
    QCOMPARE(c.outDir, dir_.filePath(QStringLiteral("out")).toStdString());
    QCOMPARE(c.lm.family, lmw::ModelFamily::Lstm);
    QCOMPARE(c.lm.layers, 2);
    QCOMPARE(c.lm.embed, 30);
    QCOMPARE(c.lm.hidden, 40);
    QCOMPARE(c.lm.block, 48);
    QCOMPARE(c.pretrain.tokenizer.kind, std::string("char"));
    QCOMPARE(c.pretrain.iters, 250);
    QCOMPARE(c.pretrain.batch, 16);
    QCOMPARE(c.pretrain.lr, 2e-3);
    QCOMPARE(c.pretrain.minLr, 2e-4);
    QCOMPARE(c.pretrain.warmup, 25);
    QCOMPARE(c.pretrain.evalEvery, 62);
    QCOMPARE(c.pretrain.seed, std::uint64_t(7));
    QCOMPARE(c.lmFineTune.epochs, 3);
    QCOMPARE(c.lmFineTune.bptt, 48);
    QCOMPARE(c.lmFineTune.lr, 7e-3);
    QCOMPARE(c.lmFineTune.lrDecay, 1.8);
    QCOMPARE(c.classifier.epochs, 5);
    QCOMPARE(c.classifier.batch, 16);
    QCOMPARE(c.classifier.lr, 0.02);
    QCOMPARE(c.classifier.lrDecay, 1.8);
    QCOMPARE(c.baselines, (std::vector<Baseline>{Baseline::Scratch, Baseline::Gpt}));
    QCOMPARE(c.transformer.layers, 2);
    QCOMPARE(c.transformer.heads, 4);
    QCOMPARE(c.transformer.embed, 28);  // a multiple of the four heads
    QCOMPARE(c.transformer.block, 48);
    QCOMPARE(c.transformerPretrain.iters, 250);
    QCOMPARE(c.transformerPretrain.lr, 6e-4);
    QCOMPARE(c.transformerPretrain.minLr, 6e-5);
    QCOMPARE(c.transformerLr, 2.5e-4);
    QCOMPARE(c.seed, std::uint64_t(7));
    for (int threads : {c.threads, c.pretrain.threads, c.lmFineTune.threads, c.classifier.threads})
        QCOMPARE(threads, 3);

    // One layer still gives the transformer baselines two.
    step.layersBox()->setValue(1);
    lmw::UlmfitConfig one;
    step.applyTo(one, 0);
    QCOMPARE(one.transformer.layers, 2);
    QCOMPARE(one.threads, 0);
}

void TestTransferSettingsStep::dropoutScalesEveryDropout() {
    TransferSettingsStep step;
    const lmw::ModelConfig defaults;
    step.dropoutBox()->setValue(0.0);
    lmw::UlmfitConfig none;
    step.applyTo(none, 1);
    for (double d : {none.lm.embedDropout, none.lm.inputDropout, none.lm.hiddenDropout,
                     none.lm.weightDropout, none.lm.outputDropout})
        QCOMPARE(d + 1.0, 1.0);
    step.dropoutBox()->setValue(3.0);
    lmw::UlmfitConfig most;
    step.applyTo(most, 1);
    QCOMPARE(most.lm.hiddenDropout, std::min(0.9, 3.0 * defaults.hiddenDropout));
    QCOMPARE(most.lm.weightDropout, std::min(0.9, 3.0 * defaults.weightDropout));
    for (double d : {most.lm.embedDropout, most.lm.inputDropout, most.lm.hiddenDropout,
                     most.lm.weightDropout, most.lm.outputDropout})
        QVERIFY(d <= 0.9);
}

void TestTransferSettingsStep::emptyOutputFolderIsRefused() {
    TransferSettingsStep step;
    step.setOutputFolder(QStringLiteral("   "));
    lmw::UlmfitConfig c;
    QCOMPARE(lmw::test::errorOf([&] { step.applyTo(c, 0); }),
             QStringLiteral("Choose an output folder."));
}

void TestTransferSettingsStep::fieldsAreRemembered() {
    {
        TransferSettingsStep step;
        step.layersBox()->setValue(4);
        step.seedBox()->setValue(42);
        step.lrBox()->setValue(0.03);
        step.lrDecayBox()->setValue(3.0);
        step.dropoutBox()->setValue(0.5);
        step.tokenizerBox()->setCurrentIndex(
            step.tokenizerBox()->findData(QStringLiteral("unigram")));
        step.baselineBox(Baseline::AllAtOnce)->setChecked(true);
        step.setOutputFolder(QStringLiteral("/tmp/ulmfit-out"));
        TransferSettingsStep unsaved;  // nothing is remembered before saveSettings()
        QCOMPARE(unsaved.layersBox()->value(), 3);
        step.saveSettings();
    }
    TransferSettingsStep again;
    QCOMPARE(again.layersBox()->value(), 4);
    QCOMPARE(again.seedBox()->value(), 42);
    QCOMPARE(again.lrBox()->value(), 0.03);
    QCOMPARE(again.lrDecayBox()->value(), 3.0);
    QCOMPARE(again.dropoutBox()->value(), 0.5);
    QCOMPARE(again.tokenizerBox()->currentData().toString(), QStringLiteral("unigram"));
    QVERIFY(again.baselineBox(Baseline::AllAtOnce)->isChecked());
    QVERIFY(!again.baselineBox(Baseline::Bert)->isChecked());
    QCOMPARE(again.outputFolder(), QStringLiteral("/tmp/ulmfit-out"));
}

QTEST_MAIN(TestTransferSettingsStep)
#include "test_transfer_settings_step.moc"
