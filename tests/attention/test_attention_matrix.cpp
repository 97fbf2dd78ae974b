// Tests of AttentionMatrices and AttentionColorScale: single heads and averages equal the
// engine's weights, kinds come in teaching order, tokens are made visible, and the colour
// scale is monotonic with masked, padding and empty cells in their own styles.
#include "attention/attention_color_scale.h"
#include "attention/attention_matrix.h"

#include "attention_fixtures.h"

#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

namespace {

double luminance(QRgb c) {
    return 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c);
}

}  // namespace

class TestAttentionMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void singleHeadEqualsWeights() {
        const AttentionMap map = test::randomMap("causal", 2, 3, 6, 6, true, 11);
        const AttentionMatrix m = AttentionMatrices::fromMap(map, 1);
        QCOMPARE(m.queries, 6);
        QCOMPARE(m.keys, 6);
        QCOMPARE(m.layer, 2);
        QCOMPARE(m.head, 1);
        QVERIFY(m.causal);
        for (int q = 0; q < 6; ++q) {
            for (int k = 0; k < 6; ++k) QCOMPARE(m.value(q, k), map.weight(1, q, k));
        }
        QCOMPARE(m.queryTokens.at(3), QStringLiteral("q3"));
        QCOMPARE(m.keyTokens.at(5), QStringLiteral("k5"));
    }

    void averages() {
        std::vector<AttentionMap> maps{test::randomMap("self", 0, 2, 3, 4, false, 1),
                                       test::randomMap("self", 1, 2, 3, 4, false, 2)};
        const auto layers = AttentionMatrices::ofKind(maps, QStringLiteral("self"));
        const AttentionMatrix heads = AttentionMatrices::fromLayers(layers, 1, kAverage);
        const AttentionMatrix depth = AttentionMatrices::fromLayers(layers, kAverage, 0);
        const AttentionMatrix both = AttentionMatrices::fromLayers(layers, kAverage, kAverage);
        QCOMPARE(heads.head, kAverage);
        QCOMPARE(depth.layer, kAverage);
        for (int q = 0; q < 3; ++q) {
            for (int k = 0; k < 4; ++k) {
                const float h = (maps[1].weight(0, q, k) + maps[1].weight(1, q, k)) / 2;
                const float l = (maps[0].weight(0, q, k) + maps[1].weight(0, q, k)) / 2;
                float all = 0;
                for (const AttentionMap& m : maps) all += m.weight(0, q, k) + m.weight(1, q, k);
                QVERIFY(qAbs(heads.value(q, k) - h) < 1e-6F);
                QVERIFY(qAbs(depth.value(q, k) - l) < 1e-6F);
                QVERIFY(qAbs(both.value(q, k) - all / 4) < 1e-6F);
            }
        }
        // Averaged rows still sum to 1.
        float sum = 0;
        for (int k = 0; k < 4; ++k) sum += both.value(2, k);
        QVERIFY(qAbs(sum - 1.0F) < 1e-5F);
    }

    void invalidRequestsAreEmpty() {
        const AttentionMap map = test::randomMap("self", 0, 2, 3, 3, false, 1);
        QVERIFY(AttentionMatrices::fromMap(map, 2).isEmpty());
        QVERIFY(AttentionMatrices::fromMap(map, -2).isEmpty());
        QVERIFY(AttentionMatrices::fromLayers({}, 0, 0).isEmpty());
        QVERIFY(AttentionMatrices::fromLayers({&map}, 1, 0).isEmpty());
        AttentionMap broken = map;
        broken.weights.resize(5);
        QVERIFY(AttentionMatrices::fromMap(broken, 0).isEmpty());
    }

    void paddingAndMaximum() {
        AttentionMap map = test::randomMap("self", 0, 1, 3, 3, false, 3);
        map.keyPadding = {false, false, true};
        map.queryPadding = {false};  // shorter than the map: the rest is not padding
        map.weights[2] = 5.0F;       // a huge weight on a padding key must not set the maximum
        const AttentionMatrix m = AttentionMatrices::fromMap(map, 0);
        QCOMPARE(int(m.queryPadding.size()), 3);
        QVERIFY(m.isPadding(1, 2));
        QVERIFY(!m.isPadding(1, 1));
        QVERIFY(m.maxVisibleValue() <= 1.0F);
    }

    void maximumLeavesOutRowsWithoutChoice() {
        AttentionMap map = test::randomMap("causal", 0, 1, 3, 3, true, 1);
        map.weights = {1.0F, 0.0F, 0.0F, 0.3F, 0.7F, 0.0F, 0.5F, 0.2F, 0.3F};
        AttentionMatrix m = AttentionMatrices::fromMap(map, 0);
        QCOMPARE(m.maxVisibleValue(), 0.7F);  // the first row's 1 is no choice
        map.queries = 1;
        map.keys = 1;
        map.weights = {1.0F};
        map.queryTokens.resize(1);
        map.keyTokens.resize(1);
        m = AttentionMatrices::fromMap(map, 0);
        QCOMPARE(m.maxVisibleValue(), 1.0F);  // nothing else to go by
    }

    void kindsInTeachingOrder() {
        const AttentionSnapshot s = test::bartSnapshot(0, 2, 2, 5, 4);
        QCOMPARE(AttentionMatrices::kinds(s.maps), QStringList({"encoder", "decoder", "cross"}));
        const auto cross = AttentionMatrices::ofKind(s.maps, QStringLiteral("cross"));
        QCOMPARE(int(cross.size()), 2);
        QCOMPARE(cross[0]->layer, 0);
        QCOMPARE(cross[1]->layer, 1);
        QCOMPARE(AttentionMatrices::kindTitle("cross"), QStringLiteral("Cross-attention"));
        QVERIFY(AttentionMatrices::kindCaption("causal").contains("lower-triangular"));
    }

    void displayTokens() {
        QCOMPARE(AttentionMatrices::displayToken(" "), QStringLiteral("␣"));
        QCOMPARE(AttentionMatrices::displayToken("\n"), QStringLiteral("↵"));
        QCOMPARE(AttentionMatrices::displayToken("a\nb"), QStringLiteral("a↵b"));
        QCOMPARE(AttentionMatrices::displayToken(""), QStringLiteral("∅"));
        QCOMPARE(AttentionMatrices::displayToken(" the"), QStringLiteral(" the"));
    }

    void colorScaleIsMonotonic() {
        AttentionColorScale scale;
        for (AttentionColorScale::Palette p : AttentionColorScale::palettes()) {
            scale.setPalette(p);
            double last = 1e9;
            for (int i = 0; i <= 20; ++i) {
                const double l = luminance(scale.color(i / 20.0F, 1.0F));
                QVERIFY2(l < last, qPrintable(AttentionColorScale::paletteName(p)));
                last = l;
            }
            QCOMPARE(AttentionColorScale::paletteFromKey(AttentionColorScale::paletteKey(p)), p);
        }
        // Gamma below 1 darkens small weights.
        scale.setPalette(AttentionColorScale::Palette::Blues);
        const double plain = luminance(scale.color(0.1F, 1.0F));
        scale.setGamma(0.5);
        QVERIFY(luminance(scale.color(0.1F, 1.0F)) < plain);
        QCOMPARE(scale.position(0.25, 1.0), 0.5);
        // A fixed maximum saturates above it.
        scale.setAutoMaximum(false);
        scale.setMaximum(0.5);
        QCOMPARE(scale.effectiveMaximum(0.9F), 0.5F);
        QCOMPARE(scale.color(0.7F, 0.5F), scale.color(1.0F, 1.0F));
    }

    void renderedCellStyles() {
        AttentionMap map = test::randomMap("causal", 0, 1, 4, 4, true, 5);
        map.queryPadding = {false, false, false, true};
        const AttentionMatrix m = AttentionMatrices::fromMap(map, 0);
        AttentionColorScale scale;
        QImage img;
        scale.renderCells(m, 2.0F, 1.0F, &img);  // threshold above every weight
        QCOMPARE(img.size(), QSize(4, 4));
        QCOMPARE(img.pixel(3, 0), AttentionColorScale::kMaskedColor);
        QCOMPARE(img.pixel(0, 3), AttentionColorScale::kPaddingColor);
        QCOMPARE(qAlpha(img.pixel(0, 0)), 0);  // below the threshold: empty
        scale.renderCells(m, 0.0F, 1.0F, &img);
        QCOMPARE(img.pixel(0, 0), scale.color(m.value(0, 0), 1.0F));
    }
};

QTEST_MAIN(TestAttentionMatrix)
#include "test_attention_matrix.moc"
