// Step 3 of the ULMFiT wizard, fed made-up engine events (no training): the loss plot gets a
// curve per stage under the stage's name, the rate plot stage 2's groups and then the chosen
// classifier run's (every run's kept and shown on demand, with its freeze map), the validation
// plot a curve per run; a finished report fills the table and the confusion matrix and can be
// saved as CSV; a failure and a stop say so; start() clears everything; the buttons follow the
// run state and ask the page to run and stop.
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include <qcustomplot.h>

#include "transfer/confusion_matrix_view.h"
#include "transfer/freeze_map.h"
#include "transfer/transfer_run_step.h"
#include "widget_test_util.h"

using lmw::TransferStage;
using lmw::ui::TransferRunStep;

class TestTransferRunStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buttonsFollowTheRunState();
    void curvesFollowTheStages();
    void reportFillsTableAndConfusion();
    void failureAndStopAreSaid();
    void savesEveryPlot();

private:
    QTemporaryDir dir_;
};

namespace {

const std::vector<std::string> kGroups = {"embedding", "LSTM 1", "classifier head"};

lmw::TransferStageInfo stage(const std::string& run, TransferStage s, int epochs = 0) {
    lmw::TransferStageInfo info;
    info.run = run;
    info.stage = s;
    info.epochs = epochs;
    info.totalSteps = 10;
    info.groupNames = kGroups;
    return info;
}

lmw::TransferStep step(const std::string& run, TransferStage s, int k, double headRate) {
    lmw::TransferStep t;
    t.run = run;
    t.stage = s;
    t.step = k;
    t.totalSteps = 10;
    t.loss = 2.0 / k;
    t.groupRates = {headRate / 4, headRate / 2, headRate};
    return t;
}

lmw::TransferEpoch epoch(const std::string& run, int e, std::vector<bool> trainable, double acc) {
    lmw::TransferEpoch x;
    x.run = run;
    x.stage = TransferStage::Classifier;
    x.epoch = e;
    x.epochs = 3;
    x.groupTrainable = std::move(trainable);
    x.valAccuracy = acc;
    return x;
}

lmw::UlmfitReport report() {
    lmw::UlmfitReport r;
    r.elapsedS = 12.34;
    lmw::ClassifierResult u;
    u.run = "ulmfit";
    u.family = "lstm";
    u.test.labels = {"a", "b"};
    u.test.confusion = {{5, 1}, {0, 6}};
    u.test.total = 12;
    u.test.accuracy = 11.0 / 12;
    u.test.macroF1 = 0.9123;
    u.forgettingLoss = 3.5;
    u.elapsedS = 4.26;
    lmw::ClassifierResult s = u;
    s.run = "scratch";
    s.pretrained = false;
    s.test.confusion = {{3, 3}, {2, 4}};
    s.test.accuracy = 7.0 / 12;
    s.forgettingLoss = std::nan("");
    r.classifiers = {u, s};
    return r;
}

}  // namespace

void TestTransferRunStep::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestTransferRunStep::buttonsFollowTheRunState() {
    TransferRunStep view;
    QVERIFY(!view.runButton()->isEnabled());  // no data yet
    QVERIFY(!view.stopButton()->isEnabled());
    QSignalSpy run(&view, &TransferRunStep::runRequested);
    QSignalSpy stop(&view, &TransferRunStep::stopRequested);
    view.setRunState(false, true);
    QVERIFY(view.runButton()->isEnabled());
    view.runButton()->click();
    QCOMPARE(run.count(), 1);
    view.setRunState(true, true);
    QVERIFY(!view.runButton()->isEnabled());
    QVERIFY(view.stopButton()->isEnabled());
    view.stopButton()->click();
    QCOMPARE(stop.count(), 1);
}

void TestTransferRunStep::curvesFollowTheStages() {
    TransferRunStep view;
    view.start();
    QCOMPARE(view.progressBar()->maximum(), 0);  // busy until the first stage

    for (int k = 1; k <= 10; ++k) view.onPretrainStep("lm", k, 10, 5.0 - 0.1 * k);
    QCOMPARE(view.lossPlot()->graphCount(), 1);
    QCOMPARE(view.lossPlot()->graph(0)->name(), QStringLiteral("stage 1: general LM"));
    QCOMPARE(view.lossPlot()->graph(0)->dataCount(), 10);
    QCOMPARE(view.stageLabel()->text(), QStringLiteral("stage 1: general LM"));
    QCOMPARE(view.progressBar()->value(), 10);

    view.onStageStart(stage("gpt", TransferStage::GeneralLm));
    QCOMPARE(view.lossPlot()->graph(1)->name(), QStringLiteral("gpt pretraining"));

    // Stage 2: its groups' rates are shown while no classifier runs.
    view.onStageStart(stage("ulmfit", TransferStage::TargetLm));
    QCOMPARE(view.stageLabel()->text(), QStringLiteral("stage 2: target LM"));
    QCOMPARE(view.ratePlot()->graphCount(), 3);
    QCOMPARE(view.ratePlot()->graph(2)->name(), QStringLiteral("classifier head"));
    QCOMPARE(view.ratePlot()->xAxis->label(), QStringLiteral("stage 2: target LM — step"));
    view.onStep(step("ulmfit", TransferStage::TargetLm, 1, 4e-3));
    view.onStep(step("ulmfit", TransferStage::TargetLm, 2, 4e-3));
    QCOMPARE(view.ratePlot()->graph(0)->dataCount(), 2);
    QCOMPARE(view.ratePlot()->graph(0)->data()->at(1)->value, 1e-3);
    QCOMPARE(view.lossPlot()->graph(2)->dataCount(), 2);
    QCOMPARE(view.progressBar()->value(), 2);

    // ULMFiT's classifier takes over the rate plot and the freeze map.
    view.onStageStart(stage("ulmfit", TransferStage::Classifier, 3));
    QCOMPARE(view.curveRunBox()->count(), 1);
    QCOMPARE(view.curveRunBox()->currentText(), QStringLiteral("ulmfit"));
    QCOMPARE(view.ratePlot()->xAxis->label(), QStringLiteral("ulmfit classifier — step"));
    QCOMPARE(view.freezeMap()->groups().size(), 3);
    QCOMPARE(view.freezeMap()->trainable().size(), std::size_t(3));
    for (int k = 1; k <= 4; ++k) view.onStep(step("ulmfit", TransferStage::Classifier, k, 0.01));
    view.onEpoch(epoch("ulmfit", 1, {false, false, true}, 0.5));
    view.onEpoch(epoch("ulmfit", 2, {false, true, true}, 0.75));
    QCOMPARE(view.ratePlot()->graph(2)->dataCount(), 4);
    QCOMPARE(view.freezeMap()->trainable()[1], (std::vector<bool>{false, true, true}));
    QCOMPARE(view.valAccuracyPlot()->graphCount(), 1);
    QCOMPARE(view.valAccuracyPlot()->graph(0)->name(), QStringLiteral("ulmfit"));
    QCOMPARE(view.valAccuracyPlot()->graph(0)->data()->at(1)->value, 0.75);

    // A baseline's curves are kept but not shown until chosen.
    view.onStageStart(stage("all-at-once", TransferStage::Classifier, 3));
    for (int k = 1; k <= 6; ++k)
        view.onStep(step("all-at-once", TransferStage::Classifier, k, 0.02));
    view.onEpoch(epoch("all-at-once", 1, {true, true, true}, 0.25));
    QCOMPARE(view.curveRunBox()->count(), 2);
    QCOMPARE(view.curveRunBox()->currentText(), QStringLiteral("ulmfit"));
    QCOMPARE(view.ratePlot()->graph(0)->dataCount(), 4);
    QCOMPARE(view.freezeMap()->trainable()[0], (std::vector<bool>{false, false, true}));
    QCOMPARE(view.valAccuracyPlot()->graphCount(), 2);

    view.curveRunBox()->setCurrentIndex(1);
    QCOMPARE(view.ratePlot()->graph(0)->dataCount(), 6);
    QCOMPARE(view.ratePlot()->graph(2)->data()->at(0)->value, 0.02);
    QCOMPARE(view.ratePlot()->xAxis->label(), QStringLiteral("all-at-once classifier — step"));
    QCOMPARE(view.freezeMap()->trainable()[0], (std::vector<bool>{true, true, true}));
    view.curveRunBox()->setCurrentIndex(0);
    QCOMPARE(view.ratePlot()->graph(0)->dataCount(), 4);
    QCOMPARE(view.freezeMap()->trainable()[1], (std::vector<bool>{false, true, true}));
    QCOMPARE(view.lossPlot()->graphCount(), 5);

    view.showMessage(QStringLiteral("tokens <unk> seen"));
    QCOMPARE(view.runMessage()->text(), QStringLiteral("tokens &lt;unk&gt; seen"));

    // A new run starts from nothing.
    view.start();
    QCOMPARE(view.lossPlot()->graphCount(), 0);
    QCOMPARE(view.ratePlot()->graphCount(), 0);
    QCOMPARE(view.valAccuracyPlot()->graphCount(), 0);
    QCOMPARE(view.curveRunBox()->count(), 0);
    QVERIFY(view.freezeMap()->groups().isEmpty());
    QVERIFY(view.runMessage()->text().isEmpty());
}

void TestTransferRunStep::reportFillsTableAndConfusion() {
    TransferRunStep view;
    QSignalSpy status(&view, &TransferRunStep::statusMessage);
    view.start();
    view.finish(report());
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), QStringLiteral("ULMFiT: finished in 12.3 s."));
    QCOMPARE(view.runMessage()->text(), QStringLiteral("ULMFiT: finished in 12.3 s."));
    QCOMPARE(view.stageLabel()->text(), QStringLiteral("Done."));
    QVERIFY(view.progressBar()->maximum() >= 1);  // no longer busy

    QTableWidget* t = view.resultTable();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("ulmfit"));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("stage 2"));
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("gradual"));
    QCOMPARE(t->item(0, 3)->text(), QStringLiteral("91.7%"));
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("0.912"));
    QCOMPARE(t->item(0, 5)->text(), QStringLiteral("3.500"));
    QCOMPARE(t->item(0, 6)->text(), QStringLiteral("4.3"));
    QCOMPARE(t->item(1, 1)->text(), QStringLiteral("random"));
    QCOMPARE(t->item(1, 5)->text(), QStringLiteral("–"));  // no forgetting measured

    QCOMPARE(view.confusion()->metrics().confusion, report().classifiers[0].test.confusion);
    QCOMPARE(view.confusion()->run(), QStringLiteral("ulmfit"));
    t->setCurrentCell(1, 0);
    QCOMPARE(view.confusion()->metrics().confusion, report().classifiers[1].test.confusion);
    QCOMPARE(view.confusion()->run(), QStringLiteral("scratch"));

    view.setRunState(false, true);
    bool exportEnabled = false;
    for (QPushButton* b : view.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("E&xport CSV…")) exportEnabled = b->isEnabled();
    QVERIFY(exportEnabled);

    const QString csv = dir_.filePath(QStringLiteral("results.csv"));
    QVERIFY(view.exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("run,family,pretrained,unfreezing,test_accuracy,macro_f1,"
                                  "heldout_lm_loss,seconds"));
    QVERIFY(lines[1].startsWith("ulmfit,lstm,1,gradual,"));
    QCOMPARE(lines[1].split(',')[4].toDouble(), 11.0 / 12);
    QVERIFY(lines[2].startsWith("scratch,lstm,0,gradual,"));
    QVERIFY(!view.exportCsv(dir_.filePath(QStringLiteral("no/such/folder/x.csv"))));

    view.start();
    QCOMPARE(view.resultTable()->rowCount(), 0);
    QVERIFY(view.report().classifiers.empty());
    QVERIFY(view.confusion()->metrics().labels.empty());
}

void TestTransferRunStep::failureAndStopAreSaid() {
    TransferRunStep view;
    QSignalSpy status(&view, &TransferRunStep::statusMessage);
    view.start();
    view.fail(QStringLiteral("out of <memory>"));
    QVERIFY2(
        view.runMessage()->text().contains(QStringLiteral("The run failed: out of &lt;memory&gt;")),
        qPrintable(view.runMessage()->text()));
    QCOMPARE(view.stageLabel()->text(), QStringLiteral("Failed."));
    QCOMPARE(status.last().first().toString(), QStringLiteral("The run failed: out of <memory>"));

    lmw::UlmfitReport stopped = report();
    stopped.cancelled = true;
    view.start();
    view.finish(stopped);
    QCOMPARE(view.runMessage()->text(), QStringLiteral("ULMFiT: stopped before the end."));
    QCOMPARE(view.stageLabel()->text(), QStringLiteral("Stopped."));
    QCOMPARE(view.resultTable()->rowCount(), 2);  // what finished before the stop
}

void TestTransferRunStep::savesEveryPlot() {
    TransferRunStep view;
    const auto& plots = TransferRunStep::plots();
    QCOMPARE(int(plots.size()), 5);
    QStringList names;
    for (auto plot : plots) {
        names << TransferRunStep::plotFileName(plot);
        QVERIFY(view.plotWidget(plot));
        QCOMPARE(view.plotWidget(plot)->contextMenuPolicy(), Qt::CustomContextMenu);
    }
    QCOMPARE(names, QStringList({QStringLiteral("loss.png"), QStringLiteral("learning-rates.png"),
                                 QStringLiteral("validation-accuracy.png"),
                                 QStringLiteral("freeze-map.png"),
                                 QStringLiteral("confusion-matrix.png")}));
    QCOMPARE(view.plotWidget(TransferRunStep::Plot::FreezeMap), view.freezeMap());
    QCOMPARE(view.plotWidget(TransferRunStep::Plot::Confusion), view.confusion());
    view.finish(report());
    const QStringList written = view.saveAllPlotsPng(dir_.filePath(QStringLiteral("plots")));
    QCOMPARE(written.size(), 5);
    for (const QString& png : written) QVERIFY2(!QImage(png).isNull(), qPrintable(png));
    QVERIFY(
        view.savePlotPng(TransferRunStep::Plot::Confusion, dir_.filePath(QStringLiteral("c.png"))));
}

QTEST_MAIN(TestTransferRunStep)
#include "test_transfer_run_step.moc"
