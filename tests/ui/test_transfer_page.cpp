// The ULMFiT page: a tiny three-stage run through the page shows the report's accuracy in the
// result table, the gradual-unfreezing staircase in the freeze map, one learning-rate curve per
// layer group with the ÷2.6 ratio, a confusion matrix that sums to the test size and a CSV export;
// Stop cancels a long run; a missing file gives a clear message.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

#include "api/corpus.h"
#include "api/transfer.h"
#include "transfer/transfer_page.h"
#include "widget_test_util.h"

using lmw::ui::TransferPage;

class TestTransferPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tinyRunShowsTheReport();
    void existingRunSkipsStageOne();
    void stopCancels();
    void badFileGivesAClearMessage();

private:
    void loadData(TransferPage& page);
    void tinySettings(TransferPage& page, int pretrainSteps);
    QTemporaryDir dir_;
    QString train_, test_, general_;
    QString generalLm_;  // stage 1 of the first run
};

namespace {

/// Three labels told apart by their words; `perLabel` texts each, made from word lists.
QByteArray labelledCsv(int perLabel, int offset) {
    const char* subjects[3][6] = {{"cat", "dog", "bird", "fox", "horse", "cow"},
                                  {"bread", "soup", "cake", "rice", "stew", "pie"},
                                  {"rain", "snow", "wind", "sun", "fog", "storm"}};
    // The same endings for every label: only the subject tells them apart (and lengths do not).
    const char* verbs[5] = {"was here", "came by", "was seen", "was fine", "went away"};
    const char* labels[3] = {"animal", "food", "weather"};
    QByteArray out("text,label\n");
    for (int l = 0; l < 3; ++l)
        for (int i = 0; i < perLabel; ++i) {
            const int k = i + offset;
            out += QByteArray("the ") + subjects[l][k % 6] + " " + verbs[(k / 6 + k) % 5] + " today," + labels[l] + "\n";
        }
    return out;
}

}  // namespace

void TestTransferPage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    // Rows 2-91 are good; line 92 has no label and is skipped.
    train_ = QString::fromStdString(
        lmw::test::writeFile(dir_, QStringLiteral("train.csv"), labelledCsv(30, 0) + "the owl came by,\n"));
    test_ = QString::fromStdString(lmw::test::writeFile(dir_, QStringLiteral("test.csv"), labelledCsv(6, 3)));
    general_ = QString::fromStdString(
        lmw::test::writeFile(dir_, QStringLiteral("general.txt"), QByteArray::fromStdString(lmw::generateStories(9, 8000))));
}

void TestTransferPage::loadData(TransferPage& page) {
    QSignalSpy ready(&page, &TransferPage::datasetReady);
    page.setTrainPath(train_);
    page.setTestPath(test_);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2, 10000);
    QCOMPARE(page.trainSet().examples.size(), std::size_t(90));
    QCOMPARE(page.testSet().examples.size(), std::size_t(18));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("90 examples")), qPrintable(page.trainSummary()->text()));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("<b>food</b>&nbsp;30")), qPrintable(page.trainSummary()->text()));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("1 row skipped — line 92")), qPrintable(page.trainSummary()->text()));
    QCOMPARE(page.trainSet().skipped.size(), std::size_t(1));
}

void TestTransferPage::tinySettings(TransferPage& page, int pretrainSteps) {
    page.setGeneralSource(TransferPage::GeneralSource::File, general_);
    page.setOutputFolder(dir_.filePath(QStringLiteral("out")));
    page.setThreads(1);
    page.layersBox()->setValue(2);
    page.embedBox()->setValue(16);
    page.hiddenBox()->setValue(24);
    page.blockBox()->setValue(32);
    page.tokenizerBox()->setCurrentText(QStringLiteral("char"));
    page.pretrainStepsBox()->setValue(pretrainSteps);
    page.lmEpochsBox()->setValue(1);
    page.classifierEpochsBox()->setValue(8);  // gradual unfreezing over the first four
    page.batchBox()->setValue(8);
    page.lrBox()->setValue(0.03);
    page.seedBox()->setValue(3);
    page.dropoutBox()->setValue(0.0);  // ninety short texts: no regularisation needed
}

void TestTransferPage::tinyRunShowsTheReport() {
    TransferPage page;
    page.resize(1300, 900);
    loadData(page);
    tinySettings(page, 60);
    page.baselineBox(lmw::Baseline::Scratch)->setChecked(true);
    page.baselineBox(lmw::Baseline::AllAtOnce)->setChecked(true);
    page.baselineBox(lmw::Baseline::Gpt)->setChecked(true);
    page.showStep(0);
    lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit-data"));
    page.showStep(1);
    lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit-settings"));
    QSignalSpy finished(&page, &TransferPage::runFinished);
    page.run();
    QVERIFY(page.running());
    QCOMPARE(page.currentStep(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QVERIFY2(!page.report().classifiers.empty(), qPrintable(page.runMessage()->text()));
    const lmw::UlmfitReport& r = page.report();
    QVERIFY(!r.cancelled);
    const lmw::ClassifierResult& u = r.classifiers.front();
    QCOMPARE(u.run, std::string("ulmfit"));
    generalLm_ = QString::fromStdString(r.generalLm);

    // Result table: the report's accuracy and macro F1.
    QTableWidget* t = page.resultTable();
    QCOMPARE(t->rowCount(), 4);
    QCOMPARE(t->item(3, 0)->text(), QStringLiteral("gpt"));
    QCOMPARE(t->item(3, 1)->text(), QStringLiteral("pretrained"));
    QCOMPARE(t->item(1, 0)->text(), QStringLiteral("scratch"));
    QCOMPARE(t->item(2, 0)->text(), QStringLiteral("all-at-once"));
    QCOMPARE(t->item(2, 3)->text(), QString::number(100.0 * r.classifiers[2].test.accuracy, 'f', 1) + QLatin1Char('%'));
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("ulmfit"));
    QCOMPARE(t->item(0, 3)->text(), QString::number(100.0 * u.test.accuracy, 'f', 1) + QLatin1Char('%'));
    QCOMPARE(t->item(0, 4)->text(), QString::number(u.test.macroF1, 'f', 3));

    // Freeze map: epoch e (0-based) trains the last min(e + 1, G) groups.
    const auto& map = page.freezeMap()->trainable();
    const int G = 4;  // embedding, LSTM 1, LSTM 2, head
    QCOMPARE(int(map.size()), 8);
    for (int e = 0; e < 8; ++e) {
        QCOMPARE(int(map[std::size_t(e)].size()), G);
        for (int g = 0; g < G; ++g) QCOMPARE(bool(map[std::size_t(e)][std::size_t(g)]), g >= G - std::min(e + 1, G));
    }

    // Learning rates: one curve per group, each lower group ÷ 2.6 at every step.
    QCustomPlot* rates = page.ratePlot();
    QCOMPARE(rates->graphCount(), G);
    const int steps = rates->graph(0)->dataCount();
    QCOMPARE(std::int64_t(steps), u.steps);
    for (int k : {0, steps / 2, steps - 1})
        for (int g = 0; g + 1 < G; ++g) {
            const double lower = rates->graph(g)->data()->at(k)->value;
            const double upper = rates->graph(g + 1)->data()->at(k)->value;
            QVERIFY2(std::abs(lower * 2.6 - upper) < 1e-12 * upper, qPrintable(QStringLiteral("%1 %2").arg(lower).arg(upper)));
        }
    // Loss curves: stage 1, GPT pretraining, stage 2 and the four classifiers.
    QCOMPARE(page.lossPlot()->graphCount(), 7);
    QVERIFY(page.lossPlot()->graph(2)->dataCount() > 0);

    // Confusion matrix: sums to the test size and matches the report.
    const lmw::ClassificationMetrics& m = page.confusion()->metrics();
    int sum = 0;
    for (const auto& row : m.confusion)
        for (int v : row) sum += v;
    QCOMPARE(sum, 18);
    QCOMPARE(m.confusion, u.test.confusion);
    t->setCurrentCell(1, 0);  // another run's matrix
    QCOMPARE(page.confusion()->metrics().confusion, r.classifiers[1].test.confusion);
    t->setCurrentCell(0, 0);
    // Validation accuracy: one curve per run, one point per epoch, the report's values.
    QCustomPlot* val = page.valAccuracyPlot();
    QCOMPARE(val->graphCount(), 4);
    QCOMPARE(val->graph(0)->name(), QStringLiteral("ulmfit"));
    QCOMPARE(std::size_t(val->graph(0)->dataCount()), u.valAccuracy.size());
    QCOMPARE(val->graph(0)->data()->at(7)->value, u.valAccuracy[7]);

    // CSV export of the table.
    const QString csv = dir_.filePath(QStringLiteral("results.csv"));
    QVERIFY(page.exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[1].startsWith("ulmfit,lstm,1,gradual,"));
    QCOMPARE(lines[1].split(',')[4].toDouble(), u.test.accuracy);
    lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit"));

    // The settings are remembered: a new page starts with this run's.
    TransferPage again;
    QCOMPARE(again.layersBox()->value(), 2);
    QCOMPARE(again.pretrainStepsBox()->value(), 60);
    QCOMPARE(again.lrBox()->value(), 0.03);
    QCOMPARE(again.tokenizerBox()->currentText(), QStringLiteral("char"));
    QVERIFY(again.baselineBox(lmw::Baseline::AllAtOnce)->isChecked());
    QVERIFY(!again.baselineBox(lmw::Baseline::Bert)->isChecked());
    QVERIFY(again.baselineBox(lmw::Baseline::Gpt)->isChecked());
}

void TestTransferPage::existingRunSkipsStageOne() {
    QVERIFY(!generalLm_.isEmpty());
    TransferPage page;
    loadData(page);
    tinySettings(page, 60);
    page.setGeneralSource(TransferPage::GeneralSource::ExistingRun, generalLm_);
    page.setOutputFolder(dir_.filePath(QStringLiteral("out2")));
    for (auto b : {lmw::Baseline::Scratch, lmw::Baseline::AllAtOnce, lmw::Baseline::Gpt}) page.baselineBox(b)->setChecked(false);
    QSignalSpy finished(&page, &TransferPage::runFinished);
    page.run();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(page.report().classifiers.size(), std::size_t(1));
    QCOMPARE(page.report().generalLm, generalLm_.toStdString());
    // No stage-1 curve: stage 2 comes first.
    QCOMPARE(page.lossPlot()->graphCount(), 2);
    QCOMPARE(page.lossPlot()->graph(0)->name(), QStringLiteral("stage 2: target LM"));
}

void TestTransferPage::stopCancels() {
    TransferPage page;
    loadData(page);
    tinySettings(page, 100000);
    QSignalSpy finished(&page, &TransferPage::runFinished);
    QElapsedTimer clock;
    clock.start();
    page.run();
    QVERIFY(page.running());
    QTest::qWait(1500);
    page.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    QVERIFY(clock.elapsed() < 20000);
    QVERIFY(!page.running());
    QVERIFY2(page.report().cancelled, qPrintable(page.runMessage()->text()));
    QVERIFY(page.runMessage()->text().contains(QStringLiteral("stopped")));
}

void TestTransferPage::badFileGivesAClearMessage() {
    TransferPage page;
    QSignalSpy failed(&page, &TransferPage::datasetFailed);
    const QString missing = dir_.filePath(QStringLiteral("no-such-file.csv"));
    page.setTrainPath(missing);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
    const QString text = page.trainSummary()->text();
    QVERIFY2(text.contains(QStringLiteral("Cannot use this dataset")) && text.contains(QStringLiteral("no-such-file.csv")),
             qPrintable(text));
    // Running without data says what is missing.
    page.run();
    QVERIFY(!page.running());
    QVERIFY(page.runMessage()->text().contains(QStringLiteral("Load a training set")));
    // A text-file corpus without a path is refused by name.
    page.setGeneralSource(TransferPage::GeneralSource::File, {});
    QVERIFY(lmw::test::errorOf([&] { page.config(); }).contains(QStringLiteral("general text file")));
}

QTEST_MAIN(TestTransferPage)
#include "test_transfer_page.moc"
