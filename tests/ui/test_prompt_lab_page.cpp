// The Prompt lab page: its evaluation equals evaluatePrompts() run directly with the same
// options, a selected record shows probabilities summing to one, Stop cancels a long
// evaluation, and an encoder or a bad dataset path gives a clear message. Training the ICL
// preset (shrunk) through the page draws one curve point per evaluation, its last point equals
// evaluatePrompts() on the saved run, Stop ends it early, and the run becomes the lab's model.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include <numeric>

#include <qcustomplot.h>

#include "api/prompting.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "promptlab/prompt_lab_page.h"
#include "widget_test_util.h"

using lmw::ui::PromptLabPage;

class TestPromptLabPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void evaluationEqualsTheEngine();
    void stopCancels();
    void clearMessages();
    void huggingFaceGpt2();
    void refusedRowNamesTheLine();
    void trainIclPreset();
    void stopIclTraining();

private:
    static lmw::IclPreset tinyPreset(int iters);
    void loadModel(PromptLabPage& page);
    /// What the page's evaluation with k = 0, 1 and `seeds` seeds on the dataset file must give:
    /// the engine run directly on the model in `model`.
    lmw::PromptEvalReport directEvaluation(const std::string& model, int seeds) const {
        lmw::PromptTask task;
        task.pool = lmw::loadLabelledDataset(datasetFile_);
        lmw::PromptEvalOptions o;
        o.prompt = lmw::iclTemplate();
        o.shots = {0, 1};
        o.seeds = seeds;
        o.limit = 0;
        return lmw::evaluatePrompts(lmw::TextGenerator::load(model), {task}, o);
    }
    QTemporaryDir dir_;
    std::string gptRun_;
    std::string datasetFile_;
};

void TestPromptLabPage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    lmw::ModelConfig m = lmw::familyDefaults(lmw::ModelFamily::Gpt, lmw::test::tinyModel());
    m.block = 32;
    lmw::TrainConfig t = lmw::test::tinyTraining(30);
    t.lr = 3e-3;
    t.evalEvery = 30;
    const auto corpus =
        lmw::CorpusSource::fromText("icl", lmw::iclCorpus(lmw::defaultIclTaskConfig(), 1, 20000));
    gptRun_ = dir_.filePath(QStringLiteral("gpt")).toStdString();
    lmw::TrainingSession::create(m, t, corpus, gptRun_).train();
    // A labelled file: one synthetic task's pool (16 examples, 3 labels) as TSV.
    const auto tasks = lmw::iclTasks(lmw::defaultIclTaskConfig(), 11, 1, 4);
    datasetFile_ =
        lmw::test::writeFile(dir_, QStringLiteral("icl.tsv"),
                             QByteArray::fromStdString(lmw::labelledDatasetTsv(tasks[0].pool)));
}

void TestPromptLabPage::loadModel(PromptLabPage& page) {
    QSignalSpy ready(&page, &PromptLabPage::modelReady);
    page.setModelPath(QString::fromStdString(gptRun_));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 20000);
    QVERIFY(page.modelLoaded());
    QVERIFY2(page.modelSummary()->text().contains(QStringLiteral("GPT")),
             qPrintable(page.modelSummary()->text()));
}

void TestPromptLabPage::evaluationEqualsTheEngine() {
    PromptLabPage page;
    loadModel(page);
    page.useSyntheticTask();  // sets the synthetic task's template
    QSignalSpy dataReady(&page, &PromptLabPage::datasetReady);
    page.setDatasetPath(QString::fromStdString(datasetFile_));
    QTRY_VERIFY_WITH_TIMEOUT(dataReady.count() == 1, 20000);
    QCOMPARE(page.tasks().size(), std::size_t(1));
    QVERIFY2(page.datasetSummary()->text().contains(QStringLiteral("examples")),
             qPrintable(page.datasetSummary()->text()));

    // An inline error for a bad verbalizer, gone once fixed.
    auto* verbalizers = page.findChild<QLineEdit*>(QStringLiteral("verbalizers"));
    verbalizers->setText(QStringLiteral("7=x"));
    QVERIFY(!page.templateError()->text().isEmpty());
    verbalizers->clear();
    QVERIFY(page.templateError()->text().isEmpty());

    page.findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,1"));
    page.findChild<QSpinBox*>(QStringLiteral("seeds"))->setValue(2);
    page.findChild<QSpinBox*>(QStringLiteral("limit"))->setValue(0);
    QSignalSpy finished(&page, &PromptLabPage::evaluationFinished);
    page.run();
    QVERIFY(page.running());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 25000);
    QVERIFY(!page.report().cancelled);

    // The same evaluation directly through the engine.
    const lmw::PromptEvalReport direct = directEvaluation(gptRun_, 2);
    QTableWidget* table = page.table();
    QCOMPARE(table->rowCount(), int(direct.byShots.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const lmw::ShotsResult& s = direct.byShots[std::size_t(r)];
        QCOMPARE(table->item(r, 0)->data(Qt::UserRole).toInt(), s.shots);
        QCOMPARE(table->item(r, 1)->data(Qt::UserRole).toDouble(), s.calibration.accuracy);
        QCOMPARE(table->item(r, 2)->data(Qt::UserRole).toDouble(), s.accuracyStd);
        QCOMPARE(table->item(r, 3)->data(Qt::UserRole).toDouble(), s.calibration.ece);
        QCOMPARE(table->item(r, 4)->data(Qt::UserRole).toDouble(), s.calibration.meanConfidence);
    }
    QCOMPARE(page.recordList()->count(), int(direct.records.size()));

    // Selecting a one-shot record shows its prompt and probabilities that sum to one.
    int row = -1;
    for (int i = 0; i < int(direct.records.size()); ++i)
        if (direct.records[std::size_t(i)].shots == 1) {
            row = i;
            break;
        }
    QVERIFY(row >= 0);
    page.recordList()->setCurrentRow(row);
    QCOMPARE(page.promptView()->toPlainText(),
             QString::fromStdString(direct.records[std::size_t(row)].prompt));
    const auto& p = page.bars()->probabilities();
    QCOMPARE(p.size(), direct.labels.size());
    QVERIFY(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-9);
    // "Show attention" hands the model and the exact prompt to the Attention tab.
    QVERIFY(page.attentionButton()->isEnabled());
    QSignalSpy attention(&page, &PromptLabPage::attentionRequested);
    page.attentionButton()->click();
    QCOMPARE(attention.count(), 1);
    QCOMPARE(attention.at(0).at(0).toString(), QString::fromStdString(gptRun_));
    QCOMPARE(attention.at(0).at(1).toString(),
             QString::fromStdString(direct.records[std::size_t(row)].prompt));

    // Exports.
    const QString csv = dir_.filePath(QStringLiteral("table.csv"));
    QVERIFY(page.exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n')).size(),
             1 + int(direct.byShots.size()));
    QVERIFY(page.exportPng(dir_.filePath(QStringLiteral("chart.png"))));
    QVERIFY(QFileInfo(dir_.filePath(QStringLiteral("chart.png"))).size() > 1000);

    // The form is remembered: a new page starts with what was run.
    {
        PromptLabPage again;
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("shots"))->text(),
                 QStringLiteral("0,1"));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("seeds"))->value(), 2);
    }

    page.resize(1400, 860);
    page.show();
    QCoreApplication::processEvents();
    lmw::test::maybeScreenshot(&page, QStringLiteral("prompt-lab"));
}

void TestPromptLabPage::stopCancels() {
    PromptLabPage page;
    loadModel(page);
    page.useSyntheticTask();
    page.findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,1,2,4,8"));
    page.findChild<QSpinBox*>(QStringLiteral("seeds"))->setValue(5);
    page.findChild<QSpinBox*>(QStringLiteral("limit"))->setValue(0);
    QSignalSpy finished(&page, &PromptLabPage::evaluationFinished);
    page.run();
    QVERIFY(page.running());
    QTest::qWait(50);
    page.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    QVERIFY(page.report().cancelled);
    int queries = 0;
    for (const auto& t : page.tasks()) queries += int(t.pool.examples.size());
    const int total = queries * (1 + 4 * 5);
    QVERIFY2(int(page.report().records.size()) < total,
             qPrintable(QStringLiteral("%1 of %2").arg(page.report().records.size()).arg(total)));
}

void TestPromptLabPage::clearMessages() {
    PromptLabPage page;
    QSignalSpy failed(&page, &PromptLabPage::datasetFailed);
    page.setDatasetPath(dir_.filePath(QStringLiteral("missing.tsv")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
    QVERIFY(!page.datasetLoaded());
    QVERIFY2(page.datasetSummary()->text().contains(QStringLiteral("could not be read")),
             qPrintable(page.datasetSummary()->text()));

    // Rows that cannot be read are listed with their line numbers.
    const std::string messy =
        lmw::test::writeFile(dir_, QStringLiteral("messy.tsv"),
                             QByteArrayLiteral("text\tlabel\nfine day\tpos\nno label here\n"
                                               "grey day\tneg\nsunny\tpos\n"));
    QSignalSpy ready(&page, &PromptLabPage::datasetReady);
    page.setDatasetPath(QString::fromStdString(messy));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 10000);
    const QString summary = page.datasetSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("3 examples")) &&
                 summary.contains(QStringLiteral("1 row skipped")) &&
                 summary.contains(QStringLiteral("line 3")) &&
                 summary.contains(QStringLiteral("<b>pos</b>&nbsp;2")),
             qPrintable(summary));

    // A BERT run is refused with a message naming what is needed.
    lmw::ModelConfig m = lmw::familyDefaults(lmw::ModelFamily::Bert, lmw::test::tinyModel());
    lmw::TrainConfig t = lmw::test::tinyTraining(2);
    t.objective.objective = lmw::Objective::Mlm;
    const std::string run = dir_.filePath(QStringLiteral("bert")).toStdString();
    lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run).train();
    QSignalSpy modelFailed(&page, &PromptLabPage::modelFailed);
    page.setModelPath(QString::fromStdString(run));
    QTRY_VERIFY_WITH_TIMEOUT(modelFailed.count() == 1, 20000);
    QVERIFY(!page.modelLoaded());
    QVERIFY2(page.modelSummary()->text().contains(QStringLiteral("decoder")),
             qPrintable(page.modelSummary()->text()));
    QVERIFY(page.modelSummary()->text().contains(QStringLiteral("BERT")));
}

void TestPromptLabPage::huggingFaceGpt2() {
    // An imported GPT-2 folder (weights + byte-level BPE files) is prompted like a run here.
    const QString folder = lmw::test::makeHfGpt2Folder(dir_, QStringLiteral("hf-gpt2"));
    QVERIFY(!folder.isEmpty());
    PromptLabPage page;
    QSignalSpy ready(&page, &PromptLabPage::modelReady);
    page.setModelPath(folder);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 20000);
    const QString summary = page.modelSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("Hugging Face GPT-2")) &&
                 summary.contains(QStringLiteral("97 tokens")),
             qPrintable(summary));
    page.useSyntheticTask();
    QSignalSpy dataReady(&page, &PromptLabPage::datasetReady);
    page.setDatasetPath(QString::fromStdString(datasetFile_));
    QTRY_VERIFY_WITH_TIMEOUT(dataReady.count() == 1, 20000);
    page.findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,1"));
    page.findChild<QSpinBox*>(QStringLiteral("seeds"))->setValue(1);
    page.findChild<QSpinBox*>(QStringLiteral("limit"))->setValue(0);
    QSignalSpy finished(&page, &PromptLabPage::evaluationFinished);
    page.run();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 25000);

    const lmw::PromptEvalReport direct = directEvaluation(folder.toStdString(), 1);
    QCOMPARE(page.table()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(page.table()->item(r, 1)->data(Qt::UserRole).toDouble(),
                 direct.byShots[std::size_t(r)].calibration.accuracy);
    QCOMPARE(page.recordList()->count(), int(direct.records.size()));
}

void TestPromptLabPage::refusedRowNamesTheLine() {
    PromptLabPage page;
    loadModel(page);
    auto* badRows = page.findChild<QComboBox*>(QStringLiteral("badRows"));
    QVERIFY(badRows);
    QCOMPARE(badRows->currentIndex(), 0);
    QPushButton* runButton = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Run")) runButton = b;
    QVERIFY(runButton);

    // Five rows, line 4 without a label. Skip: four examples, line 4 listed.
    const std::string file =
        lmw::test::writeFile(dir_, QStringLiteral("one-bad.csv"),
                             QByteArrayLiteral("text,label\nfine day,pos\ngrey day,neg\n"
                                               "no label here\nsunny,pos\nrainy,neg\n"));
    QSignalSpy ready(&page, &PromptLabPage::datasetReady);
    QSignalSpy failed(&page, &PromptLabPage::datasetFailed);
    page.setDatasetPath(QString::fromStdString(file));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 10000);
    QCOMPARE(page.tasks().front().pool.examples.size(), std::size_t(4));
    QCOMPARE(page.tasks().front().pool.skipped.size(), std::size_t(1));
    QCOMPARE(page.tasks().front().pool.skipped.front().line, 4);
    QVERIFY2(page.datasetSummary()->text().contains(QStringLiteral("4 examples")) &&
                 page.datasetSummary()->text().contains(QStringLiteral("1 row skipped — line 4")),
             qPrintable(page.datasetSummary()->text()));
    QVERIFY(runButton->isEnabled());

    // Refuse: the file is read again and refused by its line; nothing can run.
    badRows->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
    QVERIFY(!page.datasetLoaded());
    const QString summary = page.datasetSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("line 4")) &&
                 summary.contains(QStringLiteral("one-bad.csv")),
             qPrintable(summary));
    QVERIFY(!runButton->isEnabled());
    QSignalSpy status(&page, &PromptLabPage::statusMessage);
    page.run();
    QVERIFY(!page.running());
    QVERIFY(status.count() >= 1);
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("line 4")),
             qPrintable(status.last().first().toString()));
    page.resize(1400, 860);
    lmw::test::maybeScreenshot(&page, QStringLiteral("prompt-lab-refuse"));

    // The choice is remembered; back to skipping reads the file again.
    {
        PromptLabPage again;
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("badRows"))->currentIndex(), 1);
    }
    badRows->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2, 10000);
    QCOMPARE(page.tasks().front().pool.examples.size(), std::size_t(4));
    QVERIFY(runButton->isEnabled());
}

lmw::IclPreset TestPromptLabPage::tinyPreset(int iters) {
    lmw::IclPreset p = lmw::iclPreset();
    p.model = lmw::familyDefaults(lmw::ModelFamily::Gpt, lmw::test::tinyModel());
    p.model.block = 32;
    p.train = lmw::test::tinyTraining(iters);
    p.train.evalEvery = 10;
    p.train.lr = 3e-3;
    p.train.tokenizer.kind = "char";
    p.corpusBytes = 20000;
    p.mappings = 2;
    p.copies = 2;
    p.eval.shots = {0, 1, 4};
    p.eval.seeds = 1;
    return p;
}

void TestPromptLabPage::trainIclPreset() {
    PromptLabPage page;
    const lmw::IclPreset preset = tinyPreset(30);
    page.setIclPreset(preset);
    QVERIFY(page.trainButton()->toolTip().contains(QStringLiteral("30 steps")));

    // A folder that cannot be made is refused with one clear message.
    const std::string file =
        lmw::test::writeFile(dir_, QStringLiteral("not-a-folder"), QByteArrayLiteral("x"));
    QSignalSpy status(&page, &PromptLabPage::statusMessage);
    QVERIFY(!page.trainIclPreset(QString::fromStdString(file)));
    QVERIFY(!page.training());
    QCOMPARE(status.count(), 1);
    QVERIFY2(
        status.last().first().toString().contains(QStringLiteral("Cannot create the run folder")),
        qPrintable(status.last().first().toString()));

    // A folder already holding a run is not reused: the next free name is taken.
    const QString parent = dir_.filePath(QStringLiteral("icl-runs"));
    QVERIFY(QDir().mkpath(parent + QStringLiteral("/icl-preset")));
    QSignalSpy finished(&page, &PromptLabPage::trainingFinished);
    QSignalSpy ready(&page, &PromptLabPage::modelReady);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(page.trainIclPreset(parent));
    QVERIFY(page.training());
    QCOMPARE(page.trainingRunDir(), parent + QStringLiteral("/icl-preset-2"));
    QVERIFY(page.chartTabs()->currentWidget() == page.trainingChart());
    QVERIFY(!page.trainButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    const qint64 trainMs = clock.elapsed();
    QVERIFY2(page.trainingError().isEmpty(), qPrintable(page.trainingError()));
    QVERIFY(!page.trainingSummary().stopped);
    QCOMPARE(page.trainingSummary().steps, qint64(30));
    QCOMPARE(page.progressBar()->value(), 30);

    // One point per evaluation (steps 0, 10, 20, 30), each with every k.
    const auto& curve = page.trainingCurve();
    QCOMPARE(int(curve.size()), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(curve[std::size_t(i)].step, qint64(10 * i));
        QCOMPARE(curve[std::size_t(i)].byShots.size(), preset.eval.shots.size());
        QVERIFY(std::isfinite(curve[std::size_t(i)].valLoss));
    }
    // The chart: one line per k with a point per evaluation, the chance line, the loss.
    QCustomPlot* chart = page.trainingChart();
    int series = 0;
    for (int g = 0; g < chart->graphCount(); ++g) {
        const QString name = chart->graph(g)->name();
        if (!name.startsWith(QStringLiteral("k = "))) continue;
        QCOMPARE(name, QStringLiteral("k = %1").arg(preset.eval.shots[std::size_t(series)]));
        QCOMPARE(chart->graph(g)->dataCount(), 4);
        const int k = preset.eval.shots[std::size_t(series)];
        QCOMPARE(chart->graph(g)->data()->at(3)->value,
                 curve[3].byShots[std::size_t(series)].calibration.accuracy);
        QCOMPARE(curve[3].byShots[std::size_t(series)].shots, k);
        ++series;
    }
    QCOMPARE(series, int(preset.eval.shots.size()));

    // The run is the lab's model, with the synthetic task selected.
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 20000);
    QCOMPARE(page.modelPath(), page.trainingRunDir());
    QVERIFY2(page.modelSummary()->text().contains(QStringLiteral("step 30")),
             qPrintable(page.modelSummary()->text()));
    QVERIFY(page.datasetLoaded());
    QCOMPARE(page.tasks().size(), std::size_t(4));  // the synthetic task's four mappings
    QVERIFY(QFileInfo::exists(page.trainingRunDir() + QStringLiteral("/icl_curve.csv")));

    // The last point equals the engine's evaluation of the saved run on the same tasks.
    const lmw::TextGenerator gen = lmw::TextGenerator::load(page.trainingRunDir().toStdString());
    QCOMPARE(gen.step(), qint64(30));
    const lmw::PromptEvalReport direct =
        lmw::evaluatePrompts(gen, PromptLabPage::iclCurveTasks(preset), preset.eval);
    QCOMPARE(direct.byShots.size(), curve.back().byShots.size());
    for (std::size_t i = 0; i < direct.byShots.size(); ++i) {
        QCOMPARE(curve.back().byShots[i].shots, direct.byShots[i].shots);
        QCOMPARE(curve.back().byShots[i].calibration.accuracy,
                 direct.byShots[i].calibration.accuracy);
        QCOMPARE(curve.back().byShots[i].calibration.ece, direct.byShots[i].calibration.ece);
    }

    // Exports of the curve: a row per point and k; the buttons export the visible tab.
    const QString csv = dir_.filePath(QStringLiteral("curve.csv"));
    QVERIFY(page.exportCurveCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 4 * int(preset.eval.shots.size()));
    QCOMPARE(lines[0],
             QStringLiteral("step,val_loss,shots,accuracy,accuracy_std,ece,mean_confidence"));
    QVERIFY(lines.last().startsWith(QStringLiteral("30,")));
    QVERIFY(page.exportCurvePng(dir_.filePath(QStringLiteral("curve.png"))));
    QVERIFY(QFileInfo(dir_.filePath(QStringLiteral("curve.png"))).size() > 1000);
    qInfo("tiny preset: %d steps with %d evaluations in %lld ms", 30, int(curve.size()),
          static_cast<long long>(trainMs));

    page.resize(1400, 860);
    page.show();
    QCoreApplication::processEvents();
    lmw::test::maybeScreenshot(&page, QStringLiteral("prompt-lab-icl-training"));
}

void TestPromptLabPage::stopIclTraining() {
    PromptLabPage page;
    page.setIclPreset(tinyPreset(5000));
    QSignalSpy finished(&page, &PromptLabPage::trainingFinished);
    QSignalSpy ready(&page, &PromptLabPage::modelReady);
    const QString parent = dir_.filePath(QStringLiteral("icl-stop"));
    QVERIFY(page.trainIclPreset(parent));
    QTRY_VERIFY_WITH_TIMEOUT(page.trainingCurve().size() >= 2, 20000);
    QVERIFY(page.training());
    // Progress is coalesced (at most 20 updates a second), so it may trail the curve a little.
    QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->format().startsWith(QStringLiteral("step")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() >= 10, 5000);
    page.resize(1400, 860);
    lmw::test::maybeScreenshot(&page, QStringLiteral("prompt-lab-icl-training-live"));
    page.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    const lmw::RunSummary& s = page.trainingSummary();
    QVERIFY(s.stopped);
    QVERIFY2(s.steps >= 10 && s.steps < 5000, qPrintable(QString::number(s.steps)));
    QVERIFY(!page.training());
    QVERIFY(page.trainButton()->isEnabled());
    // The run as it stood is the model: its checkpoint is at the step training stopped.
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 20000);
    QCOMPARE(page.modelPath(), parent + QStringLiteral("/icl-preset"));
    QVERIFY2(page.modelSummary()->text().contains(QStringLiteral("step %1").arg(s.steps)),
             qPrintable(page.modelSummary()->text()));
    QVERIFY(page.trainingCurve().back().step <= s.steps);
}

QTEST_MAIN(TestPromptLabPage)
#include "test_prompt_lab_page.moc"
