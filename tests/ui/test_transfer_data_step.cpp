// Step 1 of the ULMFiT wizard: the general source decides what goes into the configuration
// (and a file or run must be named when one is chosen); the labelled files are read in the
// background and summed up under their fields; a file that cannot be used says why; changing
// how rows are read reads both files again; the general source is remembered.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "transfer/transfer_data_step.h"
#include "widget_test_util.h"
#include "widgets/dataset_options_form.h"
#include "widgets/labelled_dataset_picker.h"

using lmw::ui::TransferDataStep;
using Source = TransferDataStep::GeneralSource;

class TestTransferDataStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generalSourceGoesIntoTheConfig();
    void readsBothFiles();
    void badFileSaysWhy();
    void refusingBadRowsReadsBothAgain();
    void remembersTheGeneralSource();

private:
    QTemporaryDir dir_;
    QString train_, test_;
};

void TestTransferDataStep::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    QByteArray rows("text,label\n");
    for (int i = 0; i < 4; ++i) rows += "a cat sat here,animal\nhot soup today,food\n";
    // Line 10 has no label: skipped (or the file refused).
    train_ = QString::fromStdString(
        lmw::test::writeFile(dir_, QStringLiteral("train.csv"), rows + "no label here,\n"));
    test_ = QString::fromStdString(lmw::test::writeFile(dir_, QStringLiteral("test.csv"), rows));
}

void TestTransferDataStep::generalSourceGoesIntoTheConfig() {
    TransferDataStep step;
    QCOMPARE(step.generalSource(), Source::Stories);
    QVERIFY(!step.generalPathEdit()->isEnabled());  // the stories need no path
    lmw::UlmfitConfig c;
    step.applyTo(c);
    QVERIFY(c.generalCorpus.empty() && c.pretrainedLm.empty());

    step.setGeneralSource(Source::File, {});
    QVERIFY(step.generalPathEdit()->isEnabled());
    QVERIFY(lmw::test::errorOf([&] {
                step.applyTo(c);
            }).contains(QStringLiteral("Choose a general text file")));
    step.setGeneralSource(Source::File, QStringLiteral("  /data/wiki.txt "));
    step.applyTo(c);
    QCOMPARE(c.generalCorpus, std::string("/data/wiki.txt"));
    QVERIFY(c.pretrainedLm.empty());

    step.setGeneralSource(Source::ExistingRun, {});
    QVERIFY(lmw::test::errorOf([&] {
                step.applyTo(c);
            }).contains(QStringLiteral("Choose an LSTM run")));
    lmw::UlmfitConfig run;
    step.setGeneralSource(Source::ExistingRun, QStringLiteral("/runs/lstm-1"));
    step.applyTo(run);
    QCOMPARE(run.pretrainedLm, std::string("/runs/lstm-1"));
    QVERIFY(run.generalCorpus.empty());
    QCOMPARE(step.generalKindBox()->currentIndex(), 2);
}

void TestTransferDataStep::readsBothFiles() {
    TransferDataStep step;
    QCOMPARE(step.trainPicker()->summary()->text(), QStringLiteral("No training set loaded."));
    QCOMPARE(step.testPicker()->summary()->text(), QStringLiteral("No test set loaded."));
    QCOMPARE(step.trainPicker()->browseButton()->text(), QStringLiteral("T&rain file…"));
    QCOMPARE(step.testPicker()->browseButton()->text(), QStringLiteral("Te&st file…"));
    QVERIFY(step.trainPicker()->pathEdit()->toolTip().contains(QStringLiteral("held out")));
    QVERIFY(!step.datasetsLoaded());

    QSignalSpy ready(&step, &TransferDataStep::datasetReady);
    step.setTrainPath(train_);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QVERIFY(!step.datasetsLoaded());  // the test set is still missing
    step.setTestPath(test_);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
    QVERIFY(step.datasetsLoaded());
    QVERIFY(step.datasetError().isEmpty());
    QCOMPARE(step.trainSet().examples.size(), std::size_t(8));
    QCOMPARE(step.trainSet().skipped.size(), std::size_t(1));
    QCOMPARE(step.testSet().examples.size(), std::size_t(8));
    const QString summary = step.trainPicker()->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("8 examples")) &&
                 summary.contains(QStringLiteral("<b>animal</b>&nbsp;4")) &&
                 summary.contains(QStringLiteral("1 row skipped — line 10")),
             qPrintable(summary));
}

void TestTransferDataStep::badFileSaysWhy() {
    TransferDataStep step;
    QSignalSpy failed(&step, &TransferDataStep::datasetFailed);
    step.setTestPath(dir_.filePath(QStringLiteral("missing.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot use this dataset: ")) &&
                 message.contains(QStringLiteral("missing.csv")),
             qPrintable(message));
    QCOMPARE(step.datasetError(), message);
    QVERIFY(
        step.testPicker()->summary()->text().contains(QStringLiteral("Cannot use this dataset")));
    QVERIFY(!step.datasetsLoaded());
}

void TestTransferDataStep::refusingBadRowsReadsBothAgain() {
    TransferDataStep step;
    QCOMPARE(step.optionsForm()->badRowsBox()->currentIndex(), 0);  // skip and list
    QSignalSpy ready(&step, &TransferDataStep::datasetReady);
    QSignalSpy failed(&step, &TransferDataStep::datasetFailed);
    QSignalSpy changed(&step, &TransferDataStep::datasetsChanged);
    step.setTrainPath(train_);
    step.setTestPath(test_);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);

    step.optionsForm()->badRowsBox()->setCurrentIndex(1);  // refuse the file
    QCOMPARE(changed.count(), 1);
    QVERIFY(!step.datasetsLoaded());  // both are being read again
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1 && ready.count() == 3, 10000);
    QVERIFY2(step.datasetError().contains(QStringLiteral("line 10")),
             qPrintable(step.datasetError()));
    QVERIFY(step.testPicker()->isLoaded());
    QVERIFY(!step.datasetsLoaded());

    step.optionsForm()->badRowsBox()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 5, 10000);
    QVERIFY(step.datasetsLoaded());
    QVERIFY(step.datasetError().isEmpty());
}

void TestTransferDataStep::remembersTheGeneralSource() {
    {
        TransferDataStep step;
        step.setGeneralSource(Source::File, QStringLiteral("/data/general.txt"));
        step.saveSettings();
    }
    TransferDataStep again;
    QCOMPARE(again.generalSource(), Source::File);
    QCOMPARE(again.generalPath(), QStringLiteral("/data/general.txt"));
    QVERIFY(again.generalPathEdit()->isEnabled());
}

QTEST_MAIN(TestTransferDataStep)
#include "test_transfer_data_step.moc"
