// The runs list: it shows the workspace's runs, reopens one with its metrics, reports overlay
// ticks, and explains runs that cannot be continued.
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "api/training_session.h"
#include "engine/seam_types.h"
#include "engine_fixtures.h"
#include "train/runs_panel.h"
#include "widget_test_util.h"

using lmw::ui::RunsPanel;

class TestRunsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsRuns();
    void reopensWithMetrics();
    void overlayTicks();
    void runWithoutCheckpointCannotContinue();
    void displayNames();

private:
    QTemporaryDir dir_;
    QString workspace_;
};

void TestRunsPanel::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    lmw::ui::registerSeamTypes();
    workspace_ = dir_.filePath("runs");
    for (const char* name : {"first", "second"})
        lmw::test::trainTinyRun(lmw::makeRunDir(workspace_.toStdString(), name), 10,
                                lmw::test::tinyCorpus("tiny stories"));
    QDir().mkpath(workspace_ + "/not-a-run");
    const std::string unfinished = lmw::makeRunDir(workspace_.toStdString(), "unfinished");
    lmw::test::writeFile(
        dir_, QString::fromStdString(unfinished).mid(dir_.path().size() + 1) + "/config.json",
        R"({"model":{"layers":1,"heads":1,"embed":8,"block":8},"train":{"iters":5},"corpus":{"name":"x"}})");
}

void TestRunsPanel::listsRuns() {
    RunsPanel panel;
    panel.setWorkspace(workspace_);
    QCOMPARE(panel.runCount(), 3);
    bool sawFinished = false;
    for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i) {
        auto* item = panel.tree()->topLevelItem(i);
        if (item->text(0).endsWith(" first")) {
            sawFinished = true;
            QCOMPARE(item->text(2), QStringLiteral("10"));
            QVERIFY(!item->text(3).isEmpty());  // final validation loss
            QCOMPARE(item->text(4), QStringLiteral("tiny stories"));
        }
        if (item->text(0).endsWith(" unfinished")) QCOMPARE(item->text(2), QStringLiteral("?"));
    }
    QVERIFY(sawFinished);
}

void TestRunsPanel::reopensWithMetrics() {
    RunsPanel panel;
    panel.setWorkspace(workspace_);
    QSignalSpy opened(&panel, &RunsPanel::runOpened);
    auto items = panel.tree()->findItems(" second", Qt::MatchEndsWith);
    QCOMPARE(items.size(), 1);
    panel.tree()->setCurrentItem(items.first());
    Q_EMIT panel.tree()->itemDoubleClicked(items.first(), 0);
    QCOMPARE(opened.count(), 1);
    const auto run = opened.at(0).at(0).value<lmw::RunRecord>();
    QCOMPARE(run.metrics.size(), std::size_t(11));
    QVERIFY(run.hasCheckpoint);
}

void TestRunsPanel::overlayTicks() {
    RunsPanel panel;
    panel.setWorkspace(workspace_);
    QSignalSpy toggled(&panel, &RunsPanel::overlayToggled);
    auto* item = panel.tree()->findItems(" first", Qt::MatchEndsWith).first();
    item->setCheckState(0, Qt::Checked);
    QCOMPARE(toggled.count(), 1);
    QVERIFY(toggled.at(0).at(0).toString().endsWith("_first"));  // the folder itself
    QCOMPARE(toggled.at(0).at(1).toBool(), true);
    panel.refresh();  // ticks survive a refresh
    QCOMPARE(panel.tree()->findItems(" first", Qt::MatchEndsWith).first()->checkState(0),
             Qt::Checked);
    QCOMPARE(toggled.count(), 1);
}

void TestRunsPanel::runWithoutCheckpointCannotContinue() {
    RunsPanel panel;
    panel.setWorkspace(workspace_);
    QSignalSpy errors(&panel, &RunsPanel::errorOccurred);
    QSignalSpy continued(&panel, &RunsPanel::continueRequested);
    auto* item = panel.tree()->findItems(" unfinished", Qt::MatchEndsWith).first();
    panel.tree()->setCurrentItem(item);
    for (auto* b : panel.findChildren<QPushButton*>())
        if (b->text().remove('&') == QStringLiteral("Continue")) b->click();
    QCOMPARE(continued.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains("no checkpoint"));
}

void TestRunsPanel::displayNames() {
    QCOMPARE(RunsPanel::displayName("2026-11-28_223917_gpt-2x64"),
             QStringLiteral("11-28 22:39 gpt-2x64"));
    QCOMPARE(RunsPanel::displayName("2026-11-28_223917"), QStringLiteral("11-28 22:39"));
    QCOMPARE(RunsPanel::displayName("my experiment"), QStringLiteral("my experiment"));
}

QTEST_MAIN(TestRunsPanel)
#include "test_runs_panel.moc"
