// GUI smoke test, offscreen: the window opens, Start puts points on the loss chart, Stop
// stops, a bad corpus is reported in a dialog, closing during training stops cleanly, and
// settings are remembered. With LMW_SCREENSHOT_DIR set it also saves screenshots.
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include "api/text_generator.h"
#include "attention/attention_explorer.h"
#include "attention/attention_page.h"
#include "evotree/evotree_page.h"
#include "main_window.h"
#include "playground/playground_page.h"
#include "promptlab/prompt_lab_page.h"
#include "train/chart_marks.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/runs_panel.h"
#include "train/sample_panel.h"
#include "train/train_page.h"
#include "train/training_panel.h"
#include "transfer/transfer_page.h"
#include "widget_test_util.h"

using lmw::ui::MainWindow;
using lmw::ui::TrainingController;

namespace {

void useTinyModel(MainWindow& w, int iters) {
    lmw::ModelConfig m;
    m.layers = 2;
    m.heads = 4;
    m.embed = 64;
    m.block = 64;
    lmw::TrainConfig t;
    t.batch = 16;
    t.iters = iters;
    t.evalEvery = 100;
    t.evalIters = 4;
    t.threads = 1;
    w.trainPage()->panel()->form()->setConfigs(m, t);
}

bool waitReady(MainWindow& w) {
    auto* start = w.trainPage()->panel()->startAction();
    return QTest::qWaitFor([&] { return start->isEnabled(); }, 20000);
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainsAndStops();
    void badCorpusIsReported();
    void closingDuringTrainingStopsCleanly();
    void settingsAreRemembered();
    void treePresetOpensTheTrainPage();
    void attentionTimelineFollowsTraining();
    void promptLabOpensAttention();
    void rateChangesWhilePaused();

private:
    QTemporaryDir dir_;
};

void TestMainWindow::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestMainWindow::trainsAndStops() {
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    useTinyModel(w, 100000);
    QVERIFY(waitReady(w));
    auto* page = w.trainPage();
    page->panel()->startAction()->trigger();
    QCOMPARE(page->controller()->state(), TrainingController::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(page->chart()->trainPointCount() > 150, 60000);
    QVERIFY(page->chart()->valPointCount() >= 1);
    QVERIFY(page->panel()->statusText().contains("ETA"));
    // Sampling mid-training works from a snapshot of the live weights.
    QSignalSpy sampled(page->samples(), &lmw::ui::SamplePanel::generationFinished);
    page->samples()->generate();
    QVERIFY(sampled.wait(30000));
    QVERIFY(page->samples()->output().size() > 50);
    lmw::test::maybeScreenshot(&w, "train-running");

    page->panel()->stopAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->controller()->state(), TrainingController::State::Idle, 5000);
    QVERIFY(page->panel()->statusText().contains("Stopped"));
    QTRY_COMPARE_WITH_TIMEOUT(page->runs()->runCount(), 1, 5000);
    const QString runDir =
        page->runs()->tree()->topLevelItem(0)->data(0, Qt::UserRole + 1).toString();
    QVERIFY(QFile::exists(runDir + "/checkpoint"));
    QVERIFY(QFile::exists(runDir + "/metrics.csv"));
    QVERIFY(QFile::exists(runDir + "/summary.json"));
}

void TestMainWindow::badCorpusIsReported() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* picker = w.trainPage()->panel()->corpusPicker();
    const std::string binary =
        lmw::test::writeFile(dir_, "image.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12));
    QSignalSpy checked(picker, &lmw::ui::CorpusPicker::checked);
    picker->setSelection(QString::fromStdString(binary));
    QVERIFY(checked.wait(10000));
    QVERIFY(!picker->isReady());
    QVERIFY(picker->lastCheck().error.contains("binary"));
    QVERIFY(!w.trainPage()->panel()->startAction()->isEnabled());  // cannot start on it

    // A corpus that disappears between the check and the start is reported in a dialog.
    const std::string vanishing =
        lmw::test::writeFile(dir_, "gone.txt", QByteArray("abcdefgh ").repeated(200));
    picker->setSelection(QString::fromStdString(vanishing));
    QVERIFY(checked.wait(10000));
    QVERIFY(picker->isReady());
    useTinyModel(w, 50);
    QFile::remove(QString::fromStdString(vanishing));
    QSignalSpy errors(w.trainPage(), &lmw::ui::TrainPage::errorShown);
    w.trainPage()->panel()->startAction()->trigger();
    QVERIFY(errors.wait(10000));
    QVERIFY2(errors.at(0).at(0).toString().contains("does not exist"),
             qPrintable(errors.at(0).at(0).toString()));
    auto* box = w.findChild<QMessageBox*>();
    QVERIFY(box && box->isVisible());
    box->close();
    picker->setSelection(QString::fromLatin1(lmw::ui::CorpusPicker::kBuiltin));
    QVERIFY(checked.wait(10000));
}

void TestMainWindow::closingDuringTrainingStopsCleanly() {
    auto* w = new MainWindow;
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    useTinyModel(*w, 1000000);
    QVERIFY(waitReady(*w));
    auto* page = w->trainPage();
    page->panel()->startAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page->chart()->trainPointCount() > 20, 60000);
    QElapsedTimer t;
    t.start();
    QVERIFY(w->close());
    QVERIFY(!page->controller()->isActive());
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString("%1 ms").arg(t.elapsed())));
    delete w;
}

void TestMainWindow::settingsAreRemembered() {
    {
        MainWindow w;
        w.show();
        auto* iters = w.findChild<QSpinBox*>(QStringLiteral("iters"));
        QVERIFY(iters);
        iters->setValue(1234);
        w.close();
    }
    MainWindow again;
    QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("iters"))->value(), 1234);
    QCOMPARE(again.trainPage()->runs()->workspace(), dir_.filePath("runs"));
}

void TestMainWindow::treePresetOpensTheTrainPage() {
    MainWindow w;
    w.show();
    w.tabs()->setCurrentIndex(0);
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.treePage()));
    w.trainPreset("gpt", "clm");
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.trainPage()));
    const lmw::ModelConfig m = w.trainPage()->panel()->form()->model();
    QCOMPARE(m.layers, lmw::sizePresets().front().model.layers);
    QCOMPARE(m.embed, lmw::sizePresets().front().model.embed);

    for (const auto& [family, objective] :
         {std::pair{"bart", "denoise"}, {"bert", "mlm+nsp"}, {"roberta", "mlm"}, {"lstm", "clm"}}) {
        w.tabs()->setCurrentIndex(0);
        w.trainPreset(family, objective);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.trainPage()));
        auto* form = w.trainPage()->panel()->form();
        QCOMPARE(QString::fromStdString(lmw::familyName(form->family())), QString(family));
        QCOMPARE(QString::fromStdString(lmw::objectiveName(form->train().objective.objective)),
                 QString(objective));
    }
    w.trainPreset("roberta", "mlm");
    QVERIFY(
        w.trainPage()->panel()->form()->train().objective.dynamicMasking);  // RoBERTa: new masks
    w.trainPreset("bert", "mlm+nsp");
    QVERIFY(
        !w.trainPage()->panel()->form()->train().objective.dynamicMasking);  // BERT: static masks
    w.trainPreset("t5", "denoise");  // unknown family: explained, not ignored
    auto* box = w.findChild<QMessageBox*>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains("t5"));
    box->close();
}

void TestMainWindow::attentionTimelineFollowsTraining() {
    MainWindow w;
    w.resize(1400, 860);
    QCOMPARE(w.tabs()->count(), 7);
    w.attentionPage()->setTimeline(QStringLiteral("Once upon a time"), 20);
    useTinyModel(w, 100);
    QVERIFY(waitReady(w));
    auto* page = w.trainPage();
    page->panel()->startAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->controller()->state(), TrainingController::State::Idle, 60000);
    // Captured before training and every 20 steps: 0, 20, 40, 60, 80, 100.
    auto* explorer = w.attentionPage()->explorer();
    QCOMPARE(explorer->snapshotCount(), 6);
    QCOMPARE(explorer->currentStep(), qint64(100));
    QCOMPARE(explorer->currentSnapshot()->text, std::string("Once upon a time"));
    // A click on the loss curve at step 47 shows the nearest snapshot, on the Attention tab.
    Q_EMIT page->chart()->stepClicked(47);
    QCOMPARE(explorer->currentStep(), qint64(40));
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.attentionPage()));
    lmw::test::maybeScreenshot(&w, "attention-tab");

    // On the Playground, Ctrl+Return runs the Playground, not the training.
    auto* start = page->panel()->startAction();
    const QKeySequence keys = start->shortcut();
    QVERIFY(!keys.isEmpty());
    w.tabs()->setCurrentWidget(w.playgroundPage());
    QVERIFY(start->shortcut().isEmpty());
    w.tabs()->setCurrentWidget(page);
    QCOMPARE(start->shortcut(), keys);
    // The same on the Prompt lab, which runs its evaluation with Ctrl+Return.
    w.tabs()->setCurrentWidget(w.promptLabPage());
    QVERIFY(start->shortcut().isEmpty());
    w.tabs()->setCurrentWidget(page);
    QCOMPARE(start->shortcut(), keys);
    // And on the ULMFiT page, which starts its run with Ctrl+Return.
    w.tabs()->setCurrentWidget(w.transferPage());
    QVERIFY(start->shortcut().isEmpty());
    w.tabs()->setCurrentWidget(page);
    QCOMPARE(start->shortcut(), keys);
}

void TestMainWindow::promptLabOpensAttention() {
    // "Show attention" on a prompt: the Attention tab opens that model on the prompt, line
    // breaks included (a Hugging Face GPT-2 folder here).
    const QString folder = lmw::test::makeHfGpt2Folder(dir_, QStringLiteral("hf-gpt2"));
    QVERIFY(!folder.isEmpty());
    MainWindow w;
    const QString prompt = QStringLiteral("ab A\ncd B\nab");
    Q_EMIT w.promptLabPage()->attentionRequested(folder, prompt);
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.attentionPage()));
    auto* explorer = w.attentionPage()->explorer();
    QTRY_VERIFY_WITH_TIMEOUT(
        explorer->currentSnapshot() && explorer->currentSnapshot()->text == prompt.toStdString(),
        20000);
    const lmw::TextGenerator gen = lmw::TextGenerator::load(folder.toStdString());
    QCOMPARE(explorer->currentSnapshot()->maps.front().queryTokens,
             gen.tokens(prompt.toStdString()));
    QCOMPARE(w.attentionPage()->probeText(), prompt);
}

void TestMainWindow::rateChangesWhilePaused() {
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    useTinyModel(w, 400);
    QVERIFY(waitReady(w));
    auto* page = w.trainPage();
    QAction* change = page->panel()->scheduleAction();
    QVERIFY(!change->isEnabled());  // only while paused
    QString runDir;
    connect(page->controller(), &TrainingController::started, this,
            [&runDir](const lmw::ui::TrainingStartInfo& info) { runDir = info.runDir; });
    page->panel()->startAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page->chart()->trainPointCount() > 20, 30000);
    page->panel()->pauseAction()->trigger();
    QCOMPARE(page->controller()->state(), TrainingController::State::Paused);
    QVERIFY(change->isEnabled());
    bool changed = false;  // QTRY evaluates its condition once more at the end
    QTRY_VERIFY_WITH_TIMEOUT(changed || (changed = page->changeSchedule(4e-4, 2e-5)), 5000);
    QCOMPARE(page->chart()->marks().count(), 1);
    QVERIFY(page->chart()->marks().text(0).contains(QStringLiteral("0.0004")));
    page->panel()->pauseAction()->trigger();  // resume
    QTRY_COMPARE_WITH_TIMEOUT(page->controller()->state(), TrainingController::State::Idle, 60000);
    QVERIFY(!runDir.isEmpty());
    QFile changes(runDir + QStringLiteral("/schedule_changes.csv"));
    QVERIFY(changes.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(changes.readAll()).contains(QStringLiteral(",0.0004,2e-05")));
    // Reopened later, the run shows its mark again.
    page->chart()->clear();
    QCOMPARE(page->chart()->marks().count(), 0);
    page->openRun(lmw::loadRun(runDir.toStdString()));
    QCOMPARE(page->chart()->marks().count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
