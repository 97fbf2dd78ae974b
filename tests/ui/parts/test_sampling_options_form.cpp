// The sampling-options form shared by the Train page's sample box and the Playground: values
// reach GenerateOptions, the wording follows the unit, BART switches sampling off and beams on,
// and values are remembered under the caller's settings group.
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

#include "widget_test_util.h"
#include "widgets/sampling_options_form.h"

using lmw::ui::SamplingOptionsForm;
using Unit = SamplingOptionsForm::Unit;

class TestSamplingOptionsForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
    }
    void startsAtTheEngineDefaultsAndAppliesItsValues() {
        SamplingOptionsForm form(Unit::Tokens, true);
        lmw::GenerateOptions o;
        o.prompt = "kept";
        o.beams = 3;
        form.applyTo(o);
        const lmw::GenerateOptions d;
        QCOMPARE(o.prompt, std::string("kept"));
        QCOMPARE(o.maxTokens, d.maxTokens);
        QCOMPARE(o.temperature, d.temperature);
        QCOMPARE(o.beams, d.beams);
        form.lengthBox()->setValue(77);
        form.temperatureBox()->setValue(0.4);
        form.topKBox()->setValue(9);
        form.topPBox()->setValue(0.5);
        form.seedBox()->setValue(3);
        form.beamsBox()->setValue(4);
        form.applyTo(o);
        QCOMPARE(o.maxTokens, 77);
        QCOMPARE(o.temperature, 0.4);
        QCOMPARE(o.topK, 9);
        QCOMPARE(o.topP, 0.5);
        QCOMPARE(o.seed, std::uint64_t(3));
        QCOMPARE(o.beams, 4);
        QCOMPARE(form.topKBox()->specialValueText(), QStringLiteral("off"));
    }
    void wordingFollowsTheUnit() {
        SamplingOptionsForm chars(Unit::Characters, false);
        SamplingOptionsForm tokens(Unit::Tokens, false);
        QVERIFY(chars.topKBox()->toolTip().contains(QStringLiteral("characters")));
        QVERIFY(tokens.topKBox()->toolTip().contains(QStringLiteral("tokens")));
        QVERIFY(chars.beamsBox() == nullptr);
        QCOMPARE(chars.formLayout()->rowCount(), 5);
        QCOMPARE(chars.lengthBox()->maximum(), 20000);
        QCOMPARE(tokens.lengthBox()->maximum(), 100000);
        // A caller's own row goes below the options.
        chars.formLayout()->addRow(new QWidget(&chars));
        QCOMPARE(chars.formLayout()->rowCount(), 6);
    }
    void samplingOffForBeamSearch() {
        SamplingOptionsForm form(Unit::Tokens, true);
        QVERIFY(form.temperatureBox()->isEnabled());
        QVERIFY(!form.beamsBox()->isEnabled());
        form.setSampling(false, QStringLiteral("BART decodes with beams."));
        QVERIFY(!form.temperatureBox()->isEnabled());
        QVERIFY(!form.seedBox()->isEnabled());
        QCOMPARE(form.topPBox()->toolTip(), QStringLiteral("BART decodes with beams."));
        QVERIFY(form.beamsBox()->isEnabled());
        form.setSampling(true);
        QVERIFY(form.topPBox()->isEnabled());
        QVERIFY(form.topPBox()->toolTip().contains(QStringLiteral("Nucleus")));
        QVERIFY(!form.beamsBox()->isEnabled());
    }
    void rememberedUnderTheCallersGroup() {
        {
            SamplingOptionsForm form(Unit::Tokens, true);
            form.lengthBox()->setValue(55);
            form.topPBox()->setValue(0.75);
            form.beamsBox()->setValue(5);
            QSettings s;
            s.beginGroup(QStringLiteral("groupA"));
            form.save(s);
        }
        QSettings s;
        SamplingOptionsForm other(Unit::Tokens, true);
        s.beginGroup(QStringLiteral("groupB"));
        other.restore(s);  // nothing there: the defaults
        QCOMPARE(other.lengthBox()->value(), lmw::GenerateOptions{}.maxTokens);
        s.endGroup();
        s.beginGroup(QStringLiteral("groupA"));
        other.restore(s);
        QCOMPARE(other.lengthBox()->value(), 55);
        QCOMPARE(other.topPBox()->value(), 0.75);
        QCOMPARE(other.beamsBox()->value(), 5);
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestSamplingOptionsForm)
#include "test_sampling_options_form.moc"
