// Tests of the attention timeline: the slider walks through the snapshots' steps, the nearest
// snapshot to a step is found (ties to the earlier one), and in the explorer snapshots arriving
// while training are followed unless the user has scrolled back, selectStep picks the nearest
// snapshot and scrubbing animates the grid.
#include "attention/attention_explorer.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"
#include "attention/attention_timeline.h"

#include "attention_fixtures.h"
#include "widget_test_util.h"

#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

namespace {

/// Snapshots at steps 0, 50, 100, ... with different weights each.
std::vector<AttentionSnapshot> run(int count, int every = 50) {
    std::vector<AttentionSnapshot> out;
    for (int i = 0; i < count; ++i) {
        out.push_back(test::causalSnapshot(std::int64_t(i) * every, 2, 2, 6, unsigned(i + 1)));
    }
    return out;
}

}  // namespace

class TestAttentionTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        test::isolateSettings(dir_);
    }

    void nearestIndex() {
        const std::vector<std::int64_t> steps{0, 50, 100, 150, 200};
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 0), 0);
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 74), 1);
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 75), 1);  // a tie: the earlier one
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 76), 2);
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 150), 3);
        QCOMPARE(AttentionTimeline::nearestIndex(steps, -40), 0);
        QCOMPARE(AttentionTimeline::nearestIndex(steps, 100000), 4);
        QCOMPARE(AttentionTimeline::nearestIndex({}, 10), -1);
        QCOMPARE(AttentionTimeline::nearestIndex({7}, 1000), 0);
    }

    void sliderSelectsSteps() {
        AttentionTimeline t;
        QSignalSpy spy(&t, &AttentionTimeline::currentIndexChanged);
        t.setSteps({0, 50, 100, 150}, -1);
        QCOMPARE(t.currentIndex(), 3);  // the newest
        QCOMPARE(t.currentStep(), std::int64_t(150));
        QCOMPARE(spy.count(), 0);  // setting the steps is not a user choice
        QCOMPARE(t.slider()->minimum(), 0);
        QCOMPARE(t.slider()->maximum(), 3);
        t.slider()->setValue(1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(t.currentStep(), std::int64_t(50));
        QVERIFY(t.stepText().contains(QStringLiteral("50")));
        t.setCurrentIndex(99);  // clamped
        QCOMPARE(t.currentIndex(), 3);
        t.setSteps({0, 50, 100, 150, 200}, 1);
        QCOMPARE(t.currentIndex(), 1);
        t.setSteps({}, 0);
        QCOMPARE(t.currentIndex(), -1);
        QVERIFY(!t.slider()->isEnabled());
    }

    void keyboardScrubs() {
        AttentionTimeline t;
        t.setSteps({0, 50, 100}, 2);
        t.slider()->setFocus();
        QTest::keyClick(t.slider(), Qt::Key_Left);
        QCOMPARE(t.currentStep(), std::int64_t(50));
        QTest::keyClick(t.slider(), Qt::Key_Home);
        QCOMPARE(t.currentStep(), std::int64_t(0));
    }

    void explorerSliderShowsSnapshots() {
        AttentionExplorer e;
        e.resize(1200, 800);
        const auto snaps = run(5);
        e.setSnapshots(snaps);
        QCOMPARE(e.snapshotCount(), 5);
        QCOMPARE(e.currentStep(), std::int64_t(200));
        QSignalSpy steps(&e, &AttentionExplorer::currentStepChanged);
        e.timeline()->slider()->setValue(2);
        QCOMPARE(e.currentStep(), std::int64_t(100));
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.at(0).at(0).value<std::int64_t>(), std::int64_t(100));
        // The head view and the grid now show snapshot 2's weights.
        QCOMPARE(e.cellState(4, 1).weight, snaps[2].maps[0].weight(0, 4, 1));
        QCOMPARE(e.grid()->thumbnailMatrix(1, 1)->value(5, 3), snaps[2].maps[1].weight(1, 5, 3));
        QVERIFY(e.heatmap()->title().contains(QStringLiteral("100")));
    }

    void scrubbingAnimatesTheGrid() {
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshots(run(4));
        QImage previous;
        for (int i = 0; i < 4; ++i) {
            e.timeline()->slider()->setValue(i);
            const QImage now = e.grid()->grab().toImage();
            if (i > 0) QVERIFY2(now != previous, qPrintable(QString::number(i)));
            previous = now;
        }
    }

    void selectStepPicksNearest() {
        AttentionExplorer e;
        e.setSnapshots(run(5));  // 0 .. 200
        e.selectStep(60);
        QCOMPARE(e.currentStep(), std::int64_t(50));
        QCOMPARE(e.timeline()->currentIndex(), 1);
        e.selectStep(140);
        QCOMPARE(e.currentStep(), std::int64_t(150));
        e.selectStep(-10);
        QCOMPARE(e.currentStep(), std::int64_t(0));
        e.selectStep(9999);
        QCOMPARE(e.currentStep(), std::int64_t(200));
        e.selectStep(125);  // a tie between 100 and 150
        QCOMPARE(e.currentStep(), std::int64_t(100));
        AttentionExplorer empty;
        empty.selectStep(10);  // nothing to show, nothing breaks
        QCOMPARE(empty.currentSnapshotIndex(), -1);
    }

    void addSnapshotFollowsTheNewest() {
        AttentionExplorer e;
        QSignalSpy steps(&e, &AttentionExplorer::currentStepChanged);
        const auto snaps = run(4);
        for (const AttentionSnapshot& s : snaps) {
            e.addSnapshot(s);
            QCOMPARE(e.currentStep(), s.step);
            QCOMPARE(e.timeline()->currentIndex(), e.snapshotCount() - 1);
        }
        QCOMPARE(e.snapshotCount(), 4);
        QCOMPARE(steps.count(), 4);
        QCOMPARE(e.cellState(5, 2).weight, snaps[3].maps[0].weight(0, 5, 2));
    }

    void addSnapshotKeepsScrolledBackPosition() {
        AttentionExplorer e;
        const auto snaps = run(6);
        for (int i = 0; i < 4; ++i) e.addSnapshot(snaps[std::size_t(i)]);  // 0 .. 150
        e.timeline()->slider()->setValue(1);                               // back to step 50
        e.selectHead(1, 0);
        QCOMPARE(e.currentStep(), std::int64_t(50));
        e.addSnapshot(snaps[4]);
        e.addSnapshot(snaps[5]);
        QCOMPARE(e.snapshotCount(), 6);
        QCOMPARE(e.currentStep(), std::int64_t(50));
        QCOMPARE(e.timeline()->currentIndex(), 1);
        QCOMPARE(e.timeline()->count(), 6);
        QCOMPARE(e.currentLayer(), 1);
        QCOMPARE(e.cellState(3, 2).weight, snaps[1].maps[1].weight(0, 3, 2));
        // A late snapshot with an earlier step goes into its place, and the view stays put.
        e.addSnapshot(test::causalSnapshot(25, 2, 2, 6, 77));
        QCOMPARE(e.currentStep(), std::int64_t(50));
        QCOMPARE(e.timeline()->currentIndex(), 2);
        QCOMPARE(e.timeline()->steps().at(1), std::int64_t(25));
        // Back at the end, the newest is followed again.
        e.timeline()->slider()->setValue(e.snapshotCount() - 1);
        e.addSnapshot(test::causalSnapshot(300, 2, 2, 6, 78));
        QCOMPARE(e.currentStep(), std::int64_t(300));
    }

    void clearEmpties() {
        AttentionExplorer e;
        e.setSnapshots(run(3));
        e.clear();
        QCOMPARE(e.snapshotCount(), 0);
        QCOMPARE(e.timeline()->count(), 0);
        QVERIFY(e.heatmap()->matrix().isEmpty());
        QVERIFY(e.panes().isEmpty());
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestAttentionTimeline)
#include "test_attention_timeline.moc"
