// The labelled-dataset reading options: what the fields say reaches the engine's options, an
// edit says so, and the fields are remembered per page.
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include "widget_test_util.h"
#include "widgets/dataset_options_form.h"

using lmw::ui::DatasetOptionsForm;

class TestDatasetOptionsForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
    }
    void fieldsBecomeOptions() {
        DatasetOptionsForm form(QStringLiteral("formA"));
        lmw::DatasetOptions o = form.options();
        QVERIFY(o.format == lmw::DatasetFormat::Auto);
        QVERIFY(o.badRows == lmw::BadRowPolicy::Skip);
        QSignalSpy changed(&form, &DatasetOptionsForm::changed);
        form.formatBox()->setCurrentIndex(form.formatBox()->findText(QStringLiteral("tsv")));
        form.badRowsBox()->setCurrentIndex(1);
        form.textColumnEdit()->setText(QStringLiteral(" sentence "));
        Q_EMIT form.textColumnEdit()->editingFinished();
        form.labelColumnEdit()->setText(QStringLiteral("2"));
        Q_EMIT form.labelColumnEdit()->editingFinished();
        QCOMPARE(changed.count(), 4);
        o = form.options();
        QVERIFY(o.format == lmw::DatasetFormat::Tsv);
        QVERIFY(o.badRows == lmw::BadRowPolicy::Refuse);
        QCOMPARE(o.textColumn, std::string("sentence"));  // trimmed
        QCOMPARE(o.labelColumn, std::string("2"));
    }
    void rememberedPerGroup() {
        {
            DatasetOptionsForm form(QStringLiteral("formB"));
            form.badRowsBox()->setCurrentIndex(1);
            form.labelColumnEdit()->setText(QStringLiteral("label"));
            Q_EMIT form.labelColumnEdit()->editingFinished();
        }
        DatasetOptionsForm again(QStringLiteral("formB"));
        QCOMPARE(again.badRowsBox()->currentIndex(), 1);
        QCOMPARE(again.labelColumnEdit()->text(), QStringLiteral("label"));
        DatasetOptionsForm other(QStringLiteral("formC"));
        QCOMPARE(other.badRowsBox()->currentIndex(), 0);
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestDatasetOptionsForm)
#include "test_dataset_options_form.moc"
