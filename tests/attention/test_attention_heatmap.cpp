// Tests of AttentionHeatmap: cell values equal the map's weights (single heads and averages),
// masked, padding and below-threshold cells are drawn in their own styles (in the cached cell
// image and on screen), the image is cached, and hovering reports the cell under the pointer.
#include "attention/attention_heatmap.h"

#include "attention_fixtures.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

namespace {

/// How many pixels of `rect` (widget coordinates, shrunk by a pixel) have colour `rgb`.
int countColor(const QImage& img, const QRectF& rect, QRgb rgb) {
    int n = 0;
    const QRect r = rect.toAlignedRect().adjusted(1, 1, -1, -1);
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if ((img.pixel(x, y) | 0xFF000000) == (rgb | 0xFF000000)) ++n;
        }
    }
    return n;
}

int area(const QRectF& rect) {
    const QRect r = rect.toAlignedRect().adjusted(1, 1, -1, -1);
    return r.width() * r.height();
}

}  // namespace

class TestAttentionHeatmap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cellValuesEqualWeights() {
        const AttentionMap map = test::randomMap("causal", 0, 3, 7, 7, true, 4);
        AttentionHeatmap heatmap;
        for (int head = 0; head < 3; ++head) {
            heatmap.setMap(map, head);
            for (const auto& [q, k] : {std::pair{0, 0}, {3, 1}, {6, 6}, {5, 2}, {4, 4}}) {
                const CellState s = heatmap.cellState(q, k);
                QCOMPARE(s.kind, CellKind::Weight);
                QCOMPARE(s.weight, map.weight(head, q, k));
                QCOMPARE(heatmap.cellImage().pixel(k, q), s.color);
            }
        }
        QCOMPARE(heatmap.cellImage().size(), QSize(7, 7));
        // Out of range: nothing to draw.
        QCOMPARE(heatmap.cellState(7, 0).kind, CellKind::Padding);
        QCOMPARE(heatmap.cellState(0, -1).weight, 0.0F);
    }

    void averagesEqualMeans() {
        std::vector<AttentionMap> maps{test::randomMap("self", 0, 2, 4, 5, false, 1),
                                       test::randomMap("self", 1, 2, 4, 5, false, 2)};
        const auto layers = AttentionMatrices::ofKind(maps, QStringLiteral("self"));
        AttentionHeatmap heatmap;
        heatmap.setMatrix(AttentionMatrices::fromLayers(layers, 0, kAverage));
        QVERIFY(qAbs(heatmap.cellState(2, 3).weight -
                     (maps[0].weight(0, 2, 3) + maps[0].weight(1, 2, 3)) / 2) < 1e-6F);
        heatmap.setMatrix(AttentionMatrices::fromLayers(layers, kAverage, 1));
        QVERIFY(qAbs(heatmap.cellState(1, 4).weight -
                     (maps[0].weight(1, 1, 4) + maps[1].weight(1, 1, 4)) / 2) < 1e-6F);
        heatmap.setMatrix(AttentionMatrices::fromLayers(layers, kAverage, kAverage));
        float sum = 0;
        for (const AttentionMap& m : maps) sum += m.weight(0, 3, 0) + m.weight(1, 3, 0);
        QVERIFY(qAbs(heatmap.cellState(3, 0).weight - sum / 4) < 1e-6F);
    }

    void causalCellsDrawnMasked() {
        AttentionMap map = test::randomMap("causal", 0, 1, 8, 8, true, 9);
        map.weights[2] = 0.0F;  // (q 0, k 2) is masked; make a visible weight 0 too:
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 0);
        heatmap.resize(640, 560);
        QCOMPARE(heatmap.cellState(1, 5).kind, CellKind::Masked);
        QCOMPARE(heatmap.cellState(5, 1).kind, CellKind::Weight);
        QCOMPARE(heatmap.cellImage().pixel(5, 1), AttentionColorScale::kMaskedColor);
        // Masked is not "weight 0": a zero weight that the model could see looks different.
        AttentionMap zero = map;
        zero.weights[std::size_t(3 * 8 + 1)] = 0.0F;
        heatmap.setMap(zero, 0);
        QVERIFY(heatmap.cellState(3, 1).color != AttentionColorScale::kMaskedColor);
        QCOMPARE(heatmap.cellState(3, 1).kind, CellKind::Weight);

        // On screen: the masked cell shows the mask fill (and hatching), never a weight colour.
        const QImage shot = heatmap.grab().toImage();
        const QRectF masked = heatmap.cellRect(1, 5);
        QVERIFY(masked.width() >= AttentionHeatmap::kMinHatchCell);
        const int fill = countColor(shot, masked, AttentionColorScale::kMaskedColor);
        QVERIFY2(fill > area(masked) / 2, qPrintable(QString::number(fill)));
        QVERIFY(countColor(shot, masked, AttentionColorScale::kMaskedHatchColor) > 0);
        QCOMPARE(countColor(shot, heatmap.cellRect(5, 1), AttentionColorScale::kMaskedColor), 0);
    }

    void paddingDrawnAsPadding() {
        AttentionMap map = test::randomMap("self", 0, 1, 6, 6, false, 3);
        map.keyPadding = {false, false, false, false, true, true};
        map.queryPadding = {false, false, false, false, false, true};
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 0);
        heatmap.resize(640, 560);
        QCOMPARE(heatmap.cellState(0, 4).kind, CellKind::Padding);
        QCOMPARE(heatmap.cellState(5, 0).kind, CellKind::Padding);
        QCOMPARE(heatmap.cellState(4, 3).kind, CellKind::Weight);
        QCOMPARE(heatmap.cellImage().pixel(4, 0), AttentionColorScale::kPaddingColor);
        QCOMPARE(heatmap.cellImage().pixel(0, 5), AttentionColorScale::kPaddingColor);
        const QImage shot = heatmap.grab().toImage();
        const QRectF pad = heatmap.cellRect(2, 5);
        QVERIFY(countColor(shot, pad, AttentionColorScale::kPaddingColor) > area(pad) / 3);
        QVERIFY(countColor(shot, pad, AttentionColorScale::kPaddingHatchColor) > 0);
        QCOMPARE(countColor(shot, pad, AttentionColorScale::kMaskedColor), 0);
        // A self-attention map without padding has no masked cells at all.
        QCOMPARE(heatmap.cellState(0, 3).kind, CellKind::Weight);
    }

    void belowThresholdDrawnEmpty() {
        AttentionMap map = test::randomMap("self", 0, 1, 4, 4, false, 8);
        map.weights = {0.05F, 0.5F, 0.25F, 0.2F, 0.1F, 0.1F, 0.7F,  0.1F,
                       0.3F,  0.3F, 0.3F,  0.1F, 0.0F, 0.9F, 0.05F, 0.05F};
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 0);
        heatmap.resize(600, 520);
        heatmap.setThreshold(0.2F);
        QCOMPARE(heatmap.cellState(0, 0).kind, CellKind::BelowThreshold);
        QCOMPARE(heatmap.cellState(0, 0).weight, 0.05F);
        QCOMPARE(heatmap.cellState(0, 3).kind, CellKind::Weight);  // 0.2 is not below 0.2
        QCOMPARE(qAlpha(heatmap.cellImage().pixel(0, 0)), 0);
        const QImage shot = heatmap.grab().toImage();
        const QRectF empty = heatmap.cellRect(0, 0);
        QCOMPARE(countColor(shot, empty, AttentionColorScale::kBackgroundColor), area(empty));
        QCOMPARE(countColor(shot, heatmap.cellRect(1, 2), AttentionColorScale::kBackgroundColor),
                 0);
        heatmap.setThreshold(0.0F);
        QCOMPARE(heatmap.cellState(0, 0).kind, CellKind::Weight);
    }

    void imageIsCached() {
        AttentionHeatmap heatmap;
        heatmap.setMap(test::randomMap("causal", 0, 2, 16, 16, true, 2), 0);
        heatmap.resize(500, 450);
        heatmap.grab();
        const int builds = heatmap.imageBuildCount();
        heatmap.grab();
        heatmap.setTitle(QStringLiteral("a title"));
        heatmap.grab();
        QCOMPARE(heatmap.imageBuildCount(), builds);
        heatmap.setThreshold(0.1F);
        heatmap.grab();
        QCOMPARE(heatmap.imageBuildCount(), builds + 1);
        AttentionColorScale scale;
        scale.setPalette(AttentionColorScale::Palette::Oranges);
        heatmap.setColorScale(scale);
        heatmap.setColorScale(scale);  // unchanged: no rebuild
        heatmap.grab();
        QCOMPARE(heatmap.imageBuildCount(), builds + 2);
    }

    void hoverReportsCell() {
        const AttentionMap map = test::randomMap("causal", 0, 2, 10, 10, true, 6);
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 1);
        heatmap.resize(600, 520);
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        QSignalSpy spy(&heatmap, &AttentionHeatmap::hovered);
        QTest::mouseMove(&heatmap, heatmap.cellRect(7, 3).center().toPoint());
        QTRY_VERIFY(spy.count() >= 1);
        QList<QVariant> args = spy.takeLast();
        QCOMPARE(args.at(0).toInt(), 7);
        QCOMPARE(args.at(1).toInt(), 3);
        QCOMPARE(args.at(2).toFloat(), map.weight(1, 7, 3));
        QCOMPARE(heatmap.hoveredQuery(), 7);
        QCOMPARE(heatmap.hoveredKey(), 3);
        // A masked cell reports itself too.
        QTest::mouseMove(&heatmap, heatmap.cellRect(2, 9).center().toPoint());
        QTRY_VERIFY(spy.count() >= 1);
        args = spy.takeLast();
        QCOMPARE(args.at(0).toInt(), 2);
        QCOMPARE(args.at(1).toInt(), 9);
        QCOMPARE(args.at(2).toFloat(), 0.0F);
        // Leaving the cells clears the hover.
        QSignalSpy left(&heatmap, &AttentionHeatmap::hoverLeft);
        QTest::mouseMove(&heatmap, QPoint(2, 2));
        QTRY_COMPARE(left.count(), 1);
        QCOMPARE(heatmap.hoveredQuery(), -1);
    }

    void hoverTextNamesTokensAndWeight() {
        AttentionMap map =
            test::randomMap("causal", 0, 1, 5, 5, true, 12, {"The", "cat", "sat", "<b>", "."},
                            {"The", "cat", "sat", "<b>", "."});
        map.keyPadding = {false, false, false, false, true};
        map.queryPadding = {false, false, false, false, true};
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 0);
        const QString text = heatmap.hoverText(2, 1);
        QVERIFY2(text.contains(QStringLiteral("<b>sat</b>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>cat</b>")));
        QVERIFY(text.contains(QStringLiteral("Query 3")));
        QVERIFY(text.contains(QStringLiteral("key 2")));
        // The weight is there to full float precision: it reads back as the same float.
        const int at = text.indexOf(QStringLiteral("weight ")) + 7;
        QVERIFY(at > 7);
        bool ok = false;
        const float shown = text.mid(at).section(QLatin1Char(' '), 0, 0).toFloat(&ok);
        QVERIFY(ok);
        QCOMPARE(shown, map.weight(0, 2, 1));
        QVERIFY(heatmap.hoverText(1, 3).contains(QStringLiteral("masked")));
        QVERIFY(heatmap.hoverText(3, 4).contains(QStringLiteral("padding")));
        QVERIFY(heatmap.hoverText(3, 3).contains(QStringLiteral("&lt;b&gt;")));  // escaped
        heatmap.setThreshold(0.99F);
        QVERIFY(heatmap.hoverText(2, 1).contains(QStringLiteral("below the threshold")));
        QVERIFY(heatmap.hoverText(9, 0).isEmpty());
        heatmap.setThreshold(0.0F);
        const QString line = heatmap.hoverSummary(2, 1);
        QVERIFY2(line.startsWith(QStringLiteral("“sat” → “cat”: weight ")), qPrintable(line));
        QCOMPARE(line.section(QStringLiteral("weight "), 1).toFloat(), map.weight(0, 2, 1));
    }

    void largeMapStaysAddressable() {
        const AttentionMap map = test::randomMap("causal", 0, 1, 512, 512, true, 1);
        AttentionHeatmap heatmap;
        heatmap.setMap(map, 0);
        heatmap.resize(900, 800);
        QCOMPARE(heatmap.cellImage().size(), QSize(512, 512));
        const QRectF cell = heatmap.cellRect(400, 123);
        QVERIFY(cell.width() > 0.5 && cell.width() < 2.0);
        int q = -1;
        int k = -1;
        QVERIFY(heatmap.cellAt(cell.center(), &q, &k));
        QCOMPARE(q, 400);
        QCOMPARE(k, 123);
        QVERIFY(!heatmap.cellAt(QPointF(1, 1), &q, &k));
        QVERIFY(!heatmap.grab().isNull());
    }

    void emptyHeatmapPaints() {
        AttentionHeatmap heatmap;
        heatmap.resize(300, 200);
        QVERIFY(!heatmap.grab().isNull());
        QVERIFY(heatmap.cellImage().isNull());
        QVERIFY(heatmap.cellRect(0, 0).isEmpty());
    }
};

QTEST_MAIN(TestAttentionHeatmap)
#include "test_attention_heatmap.moc"
