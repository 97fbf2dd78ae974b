// The ULMFiT page: a tiny three-stage run through the page shows the report's accuracy in the
// result table, the gradual-unfreezing staircase in the freeze map, one learning-rate curve per
// layer group with the ÷2.6 ratio, a confusion matrix that sums to the test size and a CSV export;
// Stop cancels a long run; a missing file gives a clear message.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
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
    void configCarriesTheRates();
    void refusedRowNamesTheLine();

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
            out += QByteArray("the ") + subjects[l][k % 6] + " " + verbs[(k / 6 + k) % 5] +
                   " today," + labels[l] + "\n";
        }
    return out;
}

/// Share of the pixels whose colour differs from the top-left one (the background).
double inkShare(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) ink += image.pixel(x, y) != background;
    return double(ink) / (double(image.width()) * image.height());
}

/// Pixels close to `c` (each channel within 12).
int pixelsNear(const QImage& image, QColor c) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) <= 12 && std::abs(p.green() - c.green()) <= 12 &&
                 std::abs(p.blue() - c.blue()) <= 12;
        }
    return n;
}

}  // namespace

void TestTransferPage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    // Rows 2-91 are good; line 92 has no label and is skipped.
    train_ = QString::fromStdString(lmw::test::writeFile(
        dir_, QStringLiteral("train.csv"), labelledCsv(30, 0) + "the owl came by,\n"));
    test_ = QString::fromStdString(
        lmw::test::writeFile(dir_, QStringLiteral("test.csv"), labelledCsv(6, 3)));
    general_ = QString::fromStdString(
        lmw::test::writeFile(dir_, QStringLiteral("general.txt"),
                             QByteArray::fromStdString(lmw::generateStories(9, 8000))));
}

void TestTransferPage::loadData(TransferPage& page) {
    QSignalSpy ready(&page, &TransferPage::datasetReady);
    page.setTrainPath(train_);
    page.setTestPath(test_);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2, 10000);
    QCOMPARE(page.trainSet().examples.size(), std::size_t(90));
    QCOMPARE(page.testSet().examples.size(), std::size_t(18));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("90 examples")),
             qPrintable(page.trainSummary()->text()));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("<b>food</b>&nbsp;30")),
             qPrintable(page.trainSummary()->text()));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("1 row skipped — line 92")),
             qPrintable(page.trainSummary()->text()));
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
    page.tokenizerBox()->setCurrentIndex(page.tokenizerBox()->findData(QStringLiteral("char")));
    page.pretrainStepsBox()->setValue(pretrainSteps);
    page.lmEpochsBox()->setValue(1);
    page.classifierEpochsBox()->setValue(8);  // gradual unfreezing over the first four
    page.batchBox()->setValue(8);
    page.lrBox()->setValue(0.03);
    page.seedBox()->setValue(3);
    page.dropoutBox()->setValue(0.0);  // ninety short texts: no regularisation needed
    page.lrDecayBox()->setValue(3.0);  // not the paper's 2.6: the rate plot must show this factor
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
    QCOMPARE(t->item(2, 3)->text(),
             QString::number(100.0 * r.classifiers[2].test.accuracy, 'f', 1) + QLatin1Char('%'));
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("ulmfit"));
    QCOMPARE(t->item(0, 3)->text(),
             QString::number(100.0 * u.test.accuracy, 'f', 1) + QLatin1Char('%'));
    QCOMPARE(t->item(0, 4)->text(), QString::number(u.test.macroF1, 'f', 3));

    // Freeze map: epoch e (0-based) trains the last min(e + 1, G) groups.
    const std::vector<std::vector<bool>> map =
        page.freezeMap()->trainable();  // a copy: compared again below
    const int G = 4;                    // embedding, LSTM 1, LSTM 2, head
    QCOMPARE(int(map.size()), 8);
    for (int e = 0; e < 8; ++e) {
        QCOMPARE(int(map[std::size_t(e)].size()), G);
        for (int g = 0; g < G; ++g)
            QCOMPARE(bool(map[std::size_t(e)][std::size_t(g)]), g >= G - std::min(e + 1, G));
    }

    // Learning rates: one curve per group, each lower group ÷ the factor entered (3) at every
    // step, the head's peak the stage-3 rate entered.
    QCustomPlot* rates = page.ratePlot();
    QCOMPARE(rates->graphCount(), G);
    const int steps = rates->graph(0)->dataCount();
    QCOMPARE(std::int64_t(steps), u.steps);
    for (int k : {0, steps / 2, steps - 1})
        for (int g = 0; g + 1 < G; ++g) {
            const double lower = rates->graph(g)->data()->at(k)->value;
            const double upper = rates->graph(g + 1)->data()->at(k)->value;
            QVERIFY2(std::abs(lower * 3.0 - upper) < 1e-12 * upper,
                     qPrintable(QStringLiteral("%1 %2").arg(lower).arg(upper)));
        }
    double headPeak = 0;
    for (int k = 0; k < steps; ++k)
        headPeak = std::max(headPeak, rates->graph(G - 1)->data()->at(k)->value);
    QVERIFY2(std::abs(headPeak - 0.03) < 1e-9, qPrintable(QString::number(headPeak)));
    // Another classifier run in the rate plot and the freeze map: all-at-once trains every group
    // from the first epoch, with the same factor between groups; then back to ULMFiT.
    QComboBox* curveRun = page.curveRunBox();
    QCOMPARE(curveRun->count(), 4);
    QCOMPARE(curveRun->currentText(), QStringLiteral("ulmfit"));
    QCOMPARE(curveRun->itemText(2), QStringLiteral("all-at-once"));
    curveRun->setCurrentIndex(2);
    QCOMPARE(rates->graphCount(), G);
    QCOMPARE(std::int64_t(rates->graph(0)->dataCount()), r.classifiers[2].steps);
    QVERIFY(rates->xAxis->label().contains(QStringLiteral("all-at-once")));
    {
        const int mid = rates->graph(0)->dataCount() / 2;
        const double lower = rates->graph(G - 2)->data()->at(mid)->value,
                     upper = rates->graph(G - 1)->data()->at(mid)->value;
        QVERIFY2(std::abs(lower * 3.0 - upper) < 1e-12 * upper,
                 qPrintable(QStringLiteral("%1 %2").arg(lower).arg(upper)));
    }
    const auto& allMap = page.freezeMap()->trainable();
    QCOMPARE(allMap.size(), r.classifiers[2].valAccuracy.size());
    for (const auto& epoch : allMap) QCOMPARE(epoch, std::vector<bool>(std::size_t(G), true));
    if (const QByteArray shots = qgetenv("LMW_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page.show();
        QCoreApplication::processEvents();
        lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit-all-at-once"));
        page.hide();
    }
    curveRun->setCurrentIndex(0);
    QCOMPARE(std::int64_t(rates->graph(0)->dataCount()), u.steps);
    QCOMPARE(page.freezeMap()->trainable(), map);

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

    // PNG export of every plot (the page was never shown: the plots are drawn at a default size).
    const QString pngDir = dir_.filePath(QStringLiteral("plots"));
    const QStringList pngs = page.saveAllPlotsPng(pngDir);
    QCOMPARE(pngs.size(), 5);
    for (const QString& png : pngs) {
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY2(image.width() >= 800 && image.height() >= 300,
                 qPrintable(
                     QStringLiteral("%1: %2x%3").arg(png).arg(image.width()).arg(image.height())));
        const double ink = inkShare(image);
        QVERIFY2(ink > 0.01 && ink < 0.9, qPrintable(QStringLiteral("%1: %2").arg(png).arg(ink)));
    }
    QCOMPARE(QFileInfo(pngs[0]).fileName(), QStringLiteral("loss.png"));
    // The freeze map shows trainable (blue) and frozen (grey) cells, the confusion matrix its
    // green diagonal.
    const QImage freeze(
        QDir(pngDir).filePath(TransferPage::plotFileName(TransferPage::Plot::FreezeMap)));
    QVERIFY(pixelsNear(freeze, QColor(31, 119, 180)) > 1000);
    QVERIFY(pixelsNear(freeze, QColor(200, 200, 200)) > 1000);
    const QImage confusion(
        QDir(pngDir).filePath(TransferPage::plotFileName(TransferPage::Plot::Confusion)));
    QVERIFY(pixelsNear(confusion, QColor(44, 160, 44)) +
                pixelsNear(confusion, QColor(214, 39, 40)) >
            1000);
    // One plot by itself; a folder that cannot exist is refused.
    const QString single = dir_.filePath(QStringLiteral("rates-only.png"));
    QVERIFY(page.savePlotPng(TransferPage::Plot::LearningRates, single));
    QVERIFY(!QImage(single).isNull());
    QVERIFY(!page.savePlotPng(TransferPage::Plot::Loss,
                              dir_.filePath(QStringLiteral("no/such/folder/loss.png"))));
    if (const QByteArray shots = qgetenv("LMW_SCREENSHOT_DIR"); !shots.isEmpty())
        for (const QString& png : pngs)
            QFile::copy(png, QDir(QString::fromLocal8Bit(shots))
                                 .filePath(QStringLiteral("export-") + QFileInfo(png).fileName()));

    // The settings are remembered: a new page starts with this run's.
    TransferPage again;
    QCOMPARE(again.layersBox()->value(), 2);
    QCOMPARE(again.pretrainStepsBox()->value(), 60);
    QCOMPARE(again.lrBox()->value(), 0.03);
    QCOMPARE(again.lrDecayBox()->value(), 3.0);
    QCOMPARE(again.tokenizerBox()->currentData().toString(), QStringLiteral("char"));
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
    for (auto b : {lmw::Baseline::Scratch, lmw::Baseline::AllAtOnce, lmw::Baseline::Gpt})
        page.baselineBox(b)->setChecked(false);
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
    QVERIFY2(text.contains(QStringLiteral("Cannot use this dataset")) &&
                 text.contains(QStringLiteral("no-such-file.csv")),
             qPrintable(text));
    // Running without data says what is missing.
    page.run();
    QVERIFY(!page.running());
    QVERIFY(page.runMessage()->text().contains(QStringLiteral("Load a training set")));
    // A text-file corpus without a path is refused by name.
    page.setGeneralSource(TransferPage::GeneralSource::File, {});
    QVERIFY(
        lmw::test::errorOf([&] { page.config(); }).contains(QStringLiteral("general text file")));
}

void TestTransferPage::configCarriesTheRates() {
    TransferPage page;
    page.setGeneralSource(TransferPage::GeneralSource::File, general_);
    page.setOutputFolder(dir_.filePath(QStringLiteral("out-rates")));
    // The paper's values are the defaults where it has them (a fresh page after the settings
    // are cleared).
    {
        QSettings().remove(QStringLiteral("ulmfit"));
        TransferPage fresh;
        QCOMPARE(fresh.lmLrBox()->value(), 4e-3);
        QCOMPARE(fresh.lrBox()->value(), 0.01);
        QCOMPARE(fresh.lrDecayBox()->value(), 2.6);
        QCOMPARE(fresh.pretrainLrBox()->value(), 3e-3);
        QCOMPARE(fresh.transformerPretrainLrBox()->value(), 1e-3);
        QCOMPARE(fresh.transformerLrBox()->value(), 5e-4);
    }
    page.pretrainLrBox()->setValue(2e-3);
    page.lmLrBox()->setValue(7e-3);
    page.lrBox()->setValue(0.02);
    page.lrDecayBox()->setValue(1.8);
    page.transformerPretrainLrBox()->setValue(6e-4);
    page.transformerLrBox()->setValue(2.5e-4);
    const lmw::UlmfitConfig c = page.config();
    QCOMPARE(c.pretrain.lr, 2e-3);
    QCOMPARE(c.pretrain.minLr, 2e-4);
    QCOMPARE(c.lmFineTune.lr, 7e-3);
    QCOMPARE(c.lmFineTune.lrDecay, 1.8);
    QCOMPARE(c.classifier.lr, 0.02);
    QCOMPARE(c.classifier.lrDecay, 1.8);
    QCOMPARE(c.transformerPretrain.lr, 6e-4);
    QCOMPARE(c.transformerPretrain.minLr, 6e-5);
    QCOMPARE(c.transformerLr, 2.5e-4);

    // Out-of-range values are held to the boxes' ranges.
    page.pretrainLrBox()->setValue(5.0);
    QCOMPARE(page.pretrainLrBox()->value(), 0.1);
    page.transformerLrBox()->setValue(-1.0);
    QCOMPARE(page.transformerLrBox()->value(), 1e-6);
    page.lrDecayBox()->setValue(0.5);
    QCOMPARE(page.lrDecayBox()->value(), 1.0);
    QCOMPARE(page.config().lmFineTune.lrDecay, 1.0);

    // The rate boxes: scientific text both ways, the arrows step the leading digit.
    auto* box = qobject_cast<lmw::ui::RateSpinBox*>(page.lmLrBox());
    QVERIFY(box);
    QCOMPARE(box->textFromValue(2.5e-4), QStringLiteral("2.5e-04"));
    QCOMPARE(box->textFromValue(0.004), QStringLiteral("0.004"));
    QCOMPARE(box->valueFromText(QStringLiteral("4e-3")), 0.004);
    QString text = QStringLiteral("4e-3x");
    int pos = 0;
    QCOMPARE(box->validate(text, pos), QValidator::Invalid);
    text = QStringLiteral("4e-");
    QCOMPARE(box->validate(text, pos), QValidator::Intermediate);
    text = QStringLiteral("3e-2");
    QCOMPARE(box->validate(text, pos), QValidator::Acceptable);
    text = QStringLiteral("3");  // above the range
    QCOMPARE(box->validate(text, pos), QValidator::Intermediate);
    box->setValue(4e-3);
    box->stepBy(1);
    QCOMPARE(box->value(), 5e-3);
    box->setValue(0.01);
    box->stepBy(-1);
    QCOMPARE(box->value(), 9e-3);
    box->stepBy(2);
    QCOMPARE(box->value(), 0.02);

    page.resize(1100, 700);
    page.showStep(1);
    lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit-settings-rates"));
}

void TestTransferPage::refusedRowNamesTheLine() {
    TransferPage page;
    QCOMPARE(page.badRowsBox()->currentIndex(), 0);  // skip and list by default
    // Skip: the file's 91 rows give 90 examples and line 92 is listed (loadData checks both).
    loadData(page);
    QPushButton* runButton = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Run")) runButton = b;
    QVERIFY(runButton);
    QVERIFY(runButton->isEnabled());

    // Refuse: choosing it reloads both files; the training file is refused by its line.
    QSignalSpy failed(&page, &TransferPage::datasetFailed);
    QSignalSpy ready(&page, &TransferPage::datasetReady);
    page.badRowsBox()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1 && ready.count() == 1,
                             10000);  // the test file has no bad row
    const QString error = failed.first().first().toString();
    QVERIFY2(
        error.contains(QStringLiteral("line 92")) && error.contains(QStringLiteral("train.csv")),
        qPrintable(error));
    QVERIFY2(page.trainSummary()->text().contains(QStringLiteral("line 92")),
             qPrintable(page.trainSummary()->text()));
    QVERIFY(!page.trainSummary()->text().contains(QStringLiteral("examples")));
    QVERIFY(!runButton->isEnabled());
    page.resize(1100, 700);
    page.showStep(0);
    lmw::test::maybeScreenshot(&page, QStringLiteral("ulmfit-data-refuse"));
    tinySettings(page, 60);
    page.run();
    QVERIFY(!page.running());
    QVERIFY2(page.runMessage()->text().contains(QStringLiteral("line 92")),
             qPrintable(page.runMessage()->text()));

    // The choice is remembered.
    {
        TransferPage again;
        QCOMPARE(again.badRowsBox()->currentIndex(), 1);
    }
    // A file without bad rows is read under Refuse too.
    page.setTrainPath(test_);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2, 10000);
    QCOMPARE(page.trainSet().examples.size(), std::size_t(18));
    QVERIFY(page.trainSet().skipped.empty());
    QVERIFY(runButton->isEnabled());

    // Back to skipping (and the remembered setting with it).
    page.badRowsBox()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 4, 10000);
}

QTEST_MAIN(TestTransferPage)
#include "test_transfer_page.moc"
