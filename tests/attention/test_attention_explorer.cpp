// Tests of AttentionExplorer: one labelled pane per kind of attention (BART: encoder, decoder
// and cross-attention, the last decoder tokens x encoder tokens), the head view follows the
// grid, the controls and the tabs, averages and the threshold reach both views, masked and
// padding cells keep their styles, options are remembered, and the export actions work.
#include "attention/attention_controls.h"
#include "attention/attention_explorer.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"
#include "attention/attention_timeline.h"

#include "attention_fixtures.h"
#include "widget_test_util.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

class TestAttentionExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        test::isolateSettings(dir_);
    }
    void init() { QSettings().remove(QStringLiteral("attention")); }

    void decoderHasOneCausalPane() {
        AttentionExplorer e;
        e.setSnapshot(test::causalSnapshot(10, 2, 3, 7));
        const QList<AttentionExplorer::Pane> panes = e.panes();
        QCOMPARE(panes.size(), 1);
        QCOMPARE(panes[0].kind, QStringLiteral("causal"));
        QCOMPARE(panes[0].layers, 2);
        QCOMPARE(panes[0].heads, 3);
        QCOMPARE(panes[0].queries, 7);
        QCOMPARE(panes[0].keys, 7);
        QCOMPARE(e.currentKind(), QStringLiteral("causal"));
        QCOMPARE(e.cellState(2, 5).kind, CellKind::Masked);
        QCOMPARE(e.cellState(5, 2).kind, CellKind::Weight);
        QVERIFY(e.caption().contains(QStringLiteral("future")));
    }

    void bartHasThreeLabelledPanes() {
        const AttentionSnapshot s = test::bartSnapshot(40, 2, 4, 9, 5);
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshot(s);
        const QList<AttentionExplorer::Pane> panes = e.panes();
        QCOMPARE(panes.size(), 3);
        QCOMPARE(panes[0].kind, QStringLiteral("encoder"));
        QCOMPARE(panes[1].kind, QStringLiteral("decoder"));
        QCOMPARE(panes[2].kind, QStringLiteral("cross"));
        QCOMPARE(panes[0].title, QStringLiteral("Encoder self-attention"));
        QCOMPARE(panes[1].title, QStringLiteral("Decoder self-attention"));
        QCOMPARE(panes[2].title, QStringLiteral("Cross-attention"));
        // Shapes: encoder 9x9, decoder 5x5, cross decoder tokens x encoder tokens.
        QCOMPARE(QSize(panes[0].keys, panes[0].queries), QSize(9, 9));
        QCOMPARE(QSize(panes[1].keys, panes[1].queries), QSize(5, 5));
        QCOMPARE(panes[2].queries, 5);
        QCOMPARE(panes[2].keys, 9);
        for (const auto& p : panes) {
            QCOMPARE(p.layers, 2);
            QCOMPARE(p.heads, 4);
        }
        // The tabs carry the same labels.
        QTabBar* tabs = e.kindTabs();
        QCOMPARE(tabs->count(), 3);
        for (int i = 0; i < 3; ++i) QCOMPARE(tabs->tabText(i), panes[i].title);
        QVERIFY(tabs->isVisibleTo(&e));
    }

    void crossPaneShowsDecoderByEncoder() {
        const AttentionSnapshot s = test::bartSnapshot(40, 2, 2, 9, 5);
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshot(s);
        QSignalSpy kinds(&e, &AttentionExplorer::currentKindChanged);
        e.kindTabs()->setCurrentIndex(2);
        QCOMPARE(kinds.count(), 1);
        QCOMPARE(e.currentKind(), QStringLiteral("cross"));
        const AttentionMatrix& m = e.heatmap()->matrix();
        QCOMPARE(m.queries, 5);
        QCOMPARE(m.keys, 9);
        QCOMPARE(m.queryTokens.front(), QStringLiteral("tgt0"));
        QCOMPARE(m.keyTokens.back(), QStringLiteral("src8"));
        QVERIFY(e.heatmap()->title().startsWith(QStringLiteral("Cross-attention")));
        // Nothing is masked by position in cross-attention, even above the diagonal.
        const AttentionMap& cross0 = s.maps[3];  // encoder 0, encoder 1, decoder 0, cross 0
        QCOMPARE(cross0.kind, std::string("cross"));
        QCOMPARE(e.cellState(0, 8).kind, CellKind::Weight);
        QCOMPARE(e.cellState(0, 8).weight, cross0.weight(0, 0, 8));
        QCOMPARE(e.grid()->thumbnailImage(1, 1).size(), QSize(9, 5));
        // The decoder pane is causal, the encoder pane is not.
        QVERIFY(e.setCurrentKind(QStringLiteral("decoder")));
        QCOMPARE(e.cellState(0, 4).kind, CellKind::Masked);
        QVERIFY(e.setCurrentKind(QStringLiteral("encoder")));
        QCOMPARE(e.cellState(0, 8).kind, CellKind::Weight);
        QVERIFY(!e.setCurrentKind(QStringLiteral("causal")));
    }

    void kindIsKeptAcrossSnapshots() {
        AttentionExplorer e;
        e.setSnapshots(
            {test::bartSnapshot(0, 1, 2, 6, 4, 1), test::bartSnapshot(10, 1, 2, 6, 4, 2)});
        QVERIFY(e.setCurrentKind(QStringLiteral("cross")));
        e.selectStep(0);
        QCOMPARE(e.currentKind(), QStringLiteral("cross"));
        // And remembered for the next explorer.
        AttentionExplorer other;
        other.setSnapshot(test::bartSnapshot(0, 1, 2, 6, 4));
        QCOMPARE(other.currentKind(), QStringLiteral("cross"));
    }

    void bidirectionalHasNoMask() {
        AttentionSnapshot s;
        s.maps.push_back(test::randomMap("self", 0, 2, 6, 6, false, 3));
        s.maps.back().keyPadding = {false, false, false, false, true, true};
        s.maps.back().queryPadding = s.maps.back().keyPadding;
        AttentionExplorer e;
        e.setSnapshot(s);
        QCOMPARE(e.currentKind(), QStringLiteral("self"));
        QCOMPARE(e.cellState(0, 3).kind, CellKind::Weight);  // a later key is visible
        QCOMPARE(e.cellState(1, 5).kind, CellKind::Padding);
        QCOMPARE(e.cellState(5, 0).kind, CellKind::Padding);
    }

    void gridClickSelectsHeadView() {
        const AttentionSnapshot s = test::causalSnapshot(0, 3, 4, 8);
        AttentionExplorer e;
        e.resize(1300, 800);
        e.setSnapshot(s);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QSignalSpy heads(&e, &AttentionExplorer::headChanged);
        AttentionGrid* grid = e.grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->thumbnailRect(2, 3).center().toPoint());
        QCOMPARE(heads.count(), 1);
        QCOMPARE(e.currentLayer(), 2);
        QCOMPARE(e.currentHead(), 3);
        QCOMPARE(e.controls()->layer(), 2);
        QCOMPARE(e.controls()->head(), 3);
        QCOMPARE(e.cellState(6, 4).weight, s.maps[2].weight(3, 6, 4));
        QVERIFY(e.heatmap()->title().contains(QStringLiteral("Layer 3")));
        QVERIFY(e.heatmap()->title().contains(QStringLiteral("Head 4")));
        // The head average of layer 1.
        QTest::mouseClick(grid, Qt::LeftButton, {},
                          grid->thumbnailRect(1, kAverage).center().toPoint());
        QCOMPARE(e.currentHead(), kAverage);
        float mean = 0;
        for (int h = 0; h < 4; ++h) mean += s.maps[1].weight(h, 5, 2);
        QVERIFY(qAbs(e.cellState(5, 2).weight - mean / 4) < 1e-6F);
        QVERIFY(e.heatmap()->title().contains(QStringLiteral("Average over heads")));
    }

    void controlsSelectAverages() {
        const AttentionSnapshot s = test::causalSnapshot(0, 2, 2, 6);
        AttentionExplorer e;
        e.setSnapshot(s);
        QComboBox* layers = e.controls()->layerBox();
        QComboBox* heads = e.controls()->headBox();
        QCOMPARE(layers->count(), 3);  // two layers and their average
        QCOMPARE(heads->count(), 3);
        layers->setCurrentIndex(layers->findData(kAverage));
        heads->setCurrentIndex(heads->findData(1));
        QCOMPARE(e.currentLayer(), kAverage);
        QCOMPARE(e.currentHead(), 1);
        QCOMPARE(e.grid()->selectedLayer(), kAverage);
        QCOMPARE(e.grid()->selectedHead(), 1);
        const float want = (s.maps[0].weight(1, 4, 3) + s.maps[1].weight(1, 4, 3)) / 2;
        QVERIFY(qAbs(e.cellState(4, 3).weight - want) < 1e-6F);
        // Everything averaged: rows still share out 1.
        heads->setCurrentIndex(heads->findData(kAverage));
        float sum = 0;
        for (int k = 0; k < 6; ++k) sum += e.cellState(3, k).weight;
        QVERIFY(qAbs(sum - 1.0F) < 1e-5F);
        // Out-of-range selections are ignored.
        e.selectHead(5, 0);
        QCOMPARE(e.currentLayer(), kAverage);
    }

    void averageCheckboxesShowRowsAndColumns() {
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshot(test::causalSnapshot(0, 2, 2, 6));
        auto boxes = e.findChildren<QCheckBox*>();
        QCheckBox* headMean = nullptr;
        QCheckBox* layerMean = nullptr;
        for (QCheckBox* b : boxes) {
            if (b->text() == QStringLiteral("Mean of heads")) headMean = b;
            if (b->text() == QStringLiteral("Mean of layers")) layerMean = b;
        }
        QVERIFY(headMean && layerMean);
        QVERIFY(headMean->isChecked());
        QVERIFY(!e.grid()->thumbnailRect(0, kAverage).isEmpty());
        headMean->setChecked(false);
        QVERIFY(e.grid()->thumbnailRect(0, kAverage).isEmpty());
        layerMean->setChecked(false);
        QVERIFY(e.grid()->thumbnailRect(kAverage, 0).isEmpty());
        AttentionExplorer other;  // remembered
        other.resize(1200, 800);
        other.setSnapshot(test::causalSnapshot(0, 2, 2, 6));
        QVERIFY(other.grid()->thumbnailRect(0, kAverage).isEmpty());
    }

    void thresholdHidesSmallWeights() {
        AttentionSnapshot s;
        AttentionMap m = test::randomMap("self", 0, 1, 3, 3, false, 1);
        m.weights = {0.6F, 0.3F, 0.1F, 0.05F, 0.9F, 0.05F, 0.2F, 0.2F, 0.6F};
        s.maps.push_back(m);
        AttentionExplorer e;
        e.setSnapshot(s);
        QCOMPARE(e.cellState(0, 2).kind, CellKind::Weight);
        QSlider* slider = e.controls()->thresholdSlider();
        slider->setValue(slider->maximum() / 2);  // a quarter of the 0.5 maximum: 0.25
        QVERIFY(qAbs(e.threshold() - 0.25F) < 1e-6F);
        QCOMPARE(e.cellState(0, 2).kind, CellKind::BelowThreshold);
        QCOMPARE(e.cellState(2, 0).kind, CellKind::BelowThreshold);
        QCOMPARE(e.cellState(0, 1).kind, CellKind::Weight);
        QCOMPARE(e.grid()->threshold(), e.threshold());
        QCOMPARE(qAlpha(e.grid()->thumbnailImage(0, 0).pixel(2, 0)), 0);
        AttentionExplorer other;  // remembered
        QVERIFY(qAbs(other.threshold() - 0.25F) < 1e-6F);
        e.setThreshold(0.0F);
        QCOMPARE(e.cellState(0, 2).kind, CellKind::Weight);
    }

    void colourScaleReachesBothViews() {
        AttentionExplorer e;
        e.setSnapshot(test::causalSnapshot(0, 1, 1, 5));
        const QRgb before = e.heatmap()->cellImage().pixel(0, 3);
        e.controls()->paletteBox()->setCurrentIndex(
            e.controls()->paletteBox()->findData(int(AttentionColorScale::Palette::Oranges)));
        QCOMPARE(e.colorScale().palette(), AttentionColorScale::Palette::Oranges);
        QCOMPARE(e.grid()->colorScale(), e.colorScale());
        QVERIFY(e.heatmap()->cellImage().pixel(0, 3) != before);
    }

    void exportActionsAndStatus() {
        AttentionExplorer e;
        e.resize(1100, 760);
        e.setSnapshot(test::causalSnapshot(5, 2, 2, 6));
        const QList<QAction*> actions = e.exportActions();
        QCOMPARE(actions.size(), 4);
        for (QAction* a : actions) {
            QVERIFY(a);
            QVERIFY(!a->text().isEmpty());
            QVERIFY(!a->toolTip().isEmpty());
            QVERIFY(!a->shortcut().isEmpty());
        }
        QSignalSpy status(&e, &AttentionExplorer::statusMessage);
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("a.png"));
        QVERIFY(e.exportPng(png));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("a.png")));
        QCOMPARE(QImage(png).size(), e.renderImage().size());
        QVERIFY(QImage(png).width() >= 2 * 400);
        QVERIFY(!e.exportPng(out.filePath(QStringLiteral("missing/dir/b.png"))));
        QCOMPARE(status.count(), 2);
        QVERIFY(!status.at(1).at(0).toString().isEmpty());
        e.copyImageToClipboard();
        QCOMPARE(status.count(), 3);
        const QImage copied = QGuiApplication::clipboard()->image();
        if (!copied.isNull()) QCOMPARE(copied.size(), e.renderImage().size());
    }

    void emptyExplorerSaysSo() {
        AttentionExplorer e;
        e.resize(900, 600);
        QCOMPARE(e.snapshotCount(), 0);
        QVERIFY(e.panes().isEmpty());
        QVERIFY(!e.caption().isEmpty());
        QVERIFY(!e.kindTabs()->isVisibleTo(&e));
        QVERIFY(!e.grab().isNull());
        // Maps without weights or with heads out of range do not crash the views.
        AttentionSnapshot broken;
        AttentionMap m;
        m.kind = "causal";
        m.heads = 2;
        m.queries = 3;
        m.keys = 3;
        broken.maps.push_back(m);  // no weights at all
        e.setSnapshot(broken);
        QVERIFY(e.heatmap()->matrix().isEmpty());
        QVERIFY(!e.grab().isNull());
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestAttentionExplorer)
#include "test_attention_explorer.moc"
