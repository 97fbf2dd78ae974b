// Tests of AttentionGrid (the model view): one thumbnail per layer and head, thumbnails hold the
// weights of their head, the average row and column hold the means, thumbnails are laid out in
// a grid that clicks map back to, clicking selects (layer, head), and images are cached.
#include "attention/attention_grid.h"

#include "attention_fixtures.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

namespace {

std::vector<const AttentionMap*> pointers(const std::vector<AttentionMap>& maps) {
    std::vector<const AttentionMap*> out;
    for (const AttentionMap& m : maps) out.push_back(&m);
    return out;
}

}  // namespace

class TestAttentionGrid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneThumbnailPerLayerAndHead() {
        const AttentionSnapshot s = test::causalSnapshot(0, 3, 4, 9);
        AttentionGrid grid;
        grid.resize(700, 600);
        grid.setMaps(pointers(s.maps));
        QCOMPARE(grid.layerCount(), 3);
        QCOMPARE(grid.headCount(), 4);
        for (int l = 0; l < 3; ++l) {
            for (int h = 0; h < 4; ++h) {
                const AttentionMatrix* m = grid.thumbnailMatrix(l, h);
                QVERIFY(m);
                QCOMPARE(m->layer, l);
                QCOMPARE(m->head, h);
                for (const auto& [q, k] : {std::pair{0, 0}, {4, 2}, {8, 8}, {6, 1}}) {
                    QCOMPARE(m->value(q, k), s.maps[std::size_t(l)].weight(h, q, k));
                }
                QCOMPARE(grid.thumbnailImage(l, h).size(), QSize(9, 9));
                QVERIFY(!grid.thumbnailRect(l, h).isEmpty());
            }
        }
        QVERIFY(!grid.thumbnailMatrix(3, 0));
        QVERIFY(!grid.thumbnailMatrix(0, 4));
        QVERIFY(grid.thumbnailRect(3, 0).isEmpty());
    }

    void layersSortedByLayerIndex() {
        AttentionSnapshot s = test::causalSnapshot(0, 3, 2, 5);
        std::swap(s.maps[0], s.maps[2]);  // given out of order
        AttentionGrid grid;
        grid.setMaps(pointers(s.maps));
        QCOMPARE(grid.thumbnailMatrix(0, 1)->value(3, 1), s.maps[2].weight(1, 3, 1));
        QCOMPARE(grid.thumbnailMatrix(2, 0)->value(4, 0), s.maps[0].weight(0, 4, 0));
    }

    void averagesAreMeans() {
        const AttentionSnapshot s = test::causalSnapshot(0, 2, 3, 6, 4);
        AttentionGrid grid;
        grid.resize(700, 600);
        grid.setMaps(pointers(s.maps));
        const auto& m0 = s.maps[0];
        const auto& m1 = s.maps[1];
        // Mean over the heads of layer 1.
        const AttentionMatrix* heads = grid.thumbnailMatrix(1, kAverage);
        QVERIFY(heads);
        const float wantHeads = (m1.weight(0, 5, 2) + m1.weight(1, 5, 2) + m1.weight(2, 5, 2)) / 3;
        QVERIFY(qAbs(heads->value(5, 2) - wantHeads) < 1e-6F);
        // Mean over the layers of head 2.
        const AttentionMatrix* layers = grid.thumbnailMatrix(kAverage, 2);
        QVERIFY(layers);
        QVERIFY(qAbs(layers->value(3, 3) - (m0.weight(2, 3, 3) + m1.weight(2, 3, 3)) / 2) < 1e-6F);
        // Mean over everything: each row still sums to 1.
        const AttentionMatrix* all = grid.thumbnailMatrix(kAverage, kAverage);
        QVERIFY(all);
        for (int q = 0; q < 6; ++q) {
            float sum = 0;
            for (int k = 0; k < 6; ++k) sum += all->value(q, k);
            QVERIFY2(qAbs(sum - 1.0F) < 1e-5F, qPrintable(QString::number(sum)));
        }
        // Shown by default, hidden on request.
        QVERIFY(!grid.thumbnailRect(kAverage, 0).isEmpty());
        QVERIFY(!grid.thumbnailRect(0, kAverage).isEmpty());
        grid.setShowHeadAverage(false);
        QVERIFY(grid.thumbnailRect(0, kAverage).isEmpty());
        QVERIFY(!grid.thumbnailRect(kAverage, 0).isEmpty());
        grid.setShowLayerAverage(false);
        QVERIFY(grid.thumbnailRect(kAverage, 0).isEmpty());
    }

    void thumbnailsFormAGrid() {
        const AttentionSnapshot s = test::causalSnapshot(0, 4, 4, 16);
        AttentionGrid grid;
        grid.resize(800, 700);
        grid.setMaps(pointers(s.maps));
        // Rows are layers, columns heads; all thumbnails have one size and do not overlap.
        const QRectF a = grid.thumbnailRect(0, 0);
        const QRectF right = grid.thumbnailRect(0, 1);
        const QRectF below = grid.thumbnailRect(1, 0);
        QCOMPARE(right.top(), a.top());
        QVERIFY(right.left() >= a.right());
        QCOMPARE(below.left(), a.left());
        QVERIFY(below.top() >= a.bottom());
        QCOMPARE(grid.thumbnailRect(3, 3).size(), a.size());
        QVERIFY(!grid.thumbnailRect(2, 1).intersects(grid.thumbnailRect(2, 2)));
        // The averages sit after the last head and below the last layer.
        QVERIFY(grid.thumbnailRect(0, kAverage).left() > grid.thumbnailRect(0, 3).right());
        QVERIFY(grid.thumbnailRect(kAverage, 0).top() > grid.thumbnailRect(3, 0).bottom());
        // Every thumbnail lies inside the widget.
        for (int l = kAverage; l < 4; ++l) {
            for (int h = kAverage; h < 4; ++h) {
                QVERIFY(QRectF(grid.rect()).contains(grid.thumbnailRect(l, h)));
            }
        }
        // Hit-testing maps centres back to their thumbnails, gaps to nothing.
        int layer = -5;
        int head = -5;
        QVERIFY(grid.thumbnailAt(grid.thumbnailRect(2, 3).center(), &layer, &head));
        QCOMPARE(layer, 2);
        QCOMPARE(head, 3);
        QVERIFY(grid.thumbnailAt(grid.thumbnailRect(kAverage, 1).center(), &layer, &head));
        QCOMPARE(layer, kAverage);
        QCOMPARE(head, 1);
        const QPointF gap((a.right() + right.left()) / 2, a.center().y());
        QVERIFY(!grid.thumbnailAt(gap, &layer, &head));
    }

    void clickSelectsHead() {
        const AttentionSnapshot s = test::causalSnapshot(0, 3, 4, 8);
        AttentionGrid grid;
        grid.resize(700, 600);
        grid.setMaps(pointers(s.maps));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QSignalSpy spy(&grid, &AttentionGrid::headSelected);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.thumbnailRect(2, 1).center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 1);
        QCOMPARE(grid.selectedLayer(), 2);
        QCOMPARE(grid.selectedHead(), 1);
        QTest::mouseClick(&grid, Qt::LeftButton, {},
                          grid.thumbnailRect(1, kAverage).center().toPoint());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(1).toInt(), kAverage);
        // Outside the thumbnails and with the other button: nothing.
        QTest::mouseClick(&grid, Qt::LeftButton, {}, QPoint(2, 2));
        QTest::mouseClick(&grid, Qt::RightButton, {}, grid.thumbnailRect(0, 0).center().toPoint());
        QCOMPARE(spy.count(), 2);
        // Selecting from outside emits nothing.
        grid.setSelected(0, 3);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(grid.selectedHead(), 3);
    }

    void selectedThumbnailIsFramed() {
        const AttentionSnapshot s = test::causalSnapshot(0, 2, 2, 8);
        AttentionGrid grid;
        grid.resize(500, 450);
        grid.setMaps(pointers(s.maps));
        grid.setSelected(1, 0);
        const QImage shot = grid.grab().toImage();
        // The selection frame sits just outside the thumbnail, on its left edge's middle.
        auto frameAt = [&](int layer, int head) {
            const QRectF r = grid.thumbnailRect(layer, head);
            return shot.pixelColor(QPoint(int(r.left()) - 2, int(r.center().y())));
        };
        const QColor selected = frameAt(1, 0);
        const QColor plain = frameAt(0, 1);
        QVERIFY2(selected.blue() > selected.red() + 60,
                 qPrintable(selected.name()));  // the dark blue selection colour
        QVERIFY(plain != selected);
    }

    void thumbnailPixelsShowWeights() {
        const AttentionSnapshot s = test::causalSnapshot(0, 1, 2, 6, 3);
        AttentionGrid grid;
        grid.resize(500, 400);
        grid.setMaps(pointers(s.maps));
        const QImage img = grid.thumbnailImage(0, 1);
        const AttentionMatrix* m = grid.thumbnailMatrix(0, 1);
        const float maximum = grid.colorScale().effectiveMaximum(m->maxVisibleValue());
        QCOMPARE(img.pixel(2, 4), grid.colorScale().color(m->value(4, 2), maximum));
        QCOMPARE(img.pixel(5, 1), AttentionColorScale::kMaskedColor);  // future key
        grid.setThreshold(0.99F);
        QCOMPARE(qAlpha(grid.thumbnailImage(0, 1).pixel(1, 4)), 0);
    }

    void imagesAreCached() {
        const AttentionSnapshot s = test::causalSnapshot(0, 2, 2, 12);
        AttentionGrid grid;
        grid.resize(600, 500);
        grid.setMaps(pointers(s.maps));
        grid.grab();
        const int builds = grid.imageBuildCount();
        QCOMPARE(builds, 9);  // 2x2 heads, 2 head means, 2 layer means and the overall mean
        grid.grab();
        grid.setSelected(1, 1);
        grid.grab();
        QCOMPARE(grid.imageBuildCount(), builds);
        grid.setThreshold(0.2F);
        grid.grab();
        QCOMPARE(grid.imageBuildCount(), 2 * builds);
    }

    void crossAttentionKeepsAspect() {
        const AttentionSnapshot s = test::bartSnapshot(0, 1, 2, 12, 6);
        std::vector<const AttentionMap*> cross;
        for (const AttentionMap& m : s.maps) {
            if (m.kind == "cross") cross.push_back(&m);
        }
        AttentionGrid grid;
        grid.resize(500, 400);
        grid.setMaps(cross);
        QCOMPARE(grid.thumbnailImage(0, 0).size(), QSize(12, 6));  // keys wide, queries high
        QVERIFY(!grid.grab().isNull());
    }

    void emptyGrid() {
        AttentionGrid grid;
        grid.resize(300, 200);
        grid.setMaps({});
        QCOMPARE(grid.layerCount(), 0);
        QVERIFY(!grid.thumbnailMatrix(0, 0));
        int layer = 0;
        int head = 0;
        QVERIFY(!grid.thumbnailAt(QPointF(100, 100), &layer, &head));
        QVERIFY(!grid.grab().isNull());
    }
};

QTEST_MAIN(TestAttentionGrid)
#include "test_attention_grid.moc"
