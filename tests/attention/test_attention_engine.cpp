// The attention explorer on real models: tiny GPT, BERT and BART models built by the engine
// (untrained, saved and loaded back as TextGenerators). The head view's cells must equal the
// weights TextGenerator::attention() returns, bit for bit, for every layer and head; the
// decoders' future keys must be drawn masked; BART must give three panes of the right shapes.
// Only this test links the engine: the explorer itself stays torch-free.
#include "api/text_generator.h"
#include "api/training_session.h"
#include "attention/attention_explorer.h"
#include "attention/attention_exporter.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"

#include "engine_fixtures.h"
#include "widget_test_util.h"

#include <QFile>
#include <QtTest>

using namespace lmw;
using namespace lmw::ui;

namespace {

/// An untrained tiny model of `family`, saved to a run folder and loaded back.
TextGenerator tinyGenerator(const QTemporaryDir& dir, ModelFamily family) {
    ModelConfig m = familyDefaults(family, test::tinyModel());
    m.block = 32;
    TrainConfig t = test::tinyTraining(1);
    t.objective.objective = defaultObjective(family);
    const std::string run =
        dir.filePath(QStringLiteral("run-") + QString::fromStdString(familyName(family)))
            .toStdString();
    auto session = TrainingSession::create(m, t, test::tinyCorpus());
    session.saveCheckpoint(run);
    return TextGenerator::load(run);
}

/// Every cell of every layer and head of `kind` in the explorer equals the engine's weight;
/// returns how many cells were masked by the causal mask.
int compareAll(AttentionExplorer& e, const AttentionSnapshot& snap, const QString& kind) {
    int masked = 0;
    if (!e.setCurrentKind(kind)) {
        qWarning("no pane %s", qPrintable(kind));
        return -1;
    }
    for (const AttentionMap& m : snap.maps) {
        if (QString::fromStdString(m.kind) != kind) continue;
        for (int h = 0; h < m.heads; ++h) {
            e.selectHead(m.layer, h);
            const AttentionMatrix& shown = e.heatmap()->matrix();
            if (shown.queries != m.queries || shown.keys != m.keys) return -1;
            for (int q = 0; q < m.queries; ++q) {
                if (shown.queryTokens[q] != QString::fromStdString(m.queryTokens[std::size_t(q)])) {
                    return -1;
                }
                for (int k = 0; k < m.keys; ++k) {
                    const CellState s = e.cellState(q, k);
                    const bool future = m.causal && k > q;
                    if (future) {
                        ++masked;
                        if (s.kind != CellKind::Masked || e.heatmap()->cellImage().pixel(k, q) !=
                                                              AttentionColorScale::kMaskedColor) {
                            qWarning("cell %d,%d of %s not masked", q, k, qPrintable(kind));
                            return -1;
                        }
                    } else if (s.kind != CellKind::Weight || s.weight != m.weight(h, q, k)) {
                        qWarning("cell %d,%d of %s layer %d head %d: %g, engine %g", q, k,
                                 qPrintable(kind), m.layer, h, double(s.weight),
                                 double(m.weight(h, q, k)));
                        return -1;
                    }
                }
            }
        }
    }
    return masked;
}

}  // namespace

class TestAttentionEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        test::isolateSettings(dir_);
    }

    void gptCellsEqualEngineWeights() {
        const TextGenerator g = tinyGenerator(dir_, ModelFamily::Gpt);
        const AttentionSnapshot snap = g.attention("Once upon a time");
        QVERIFY(!snap.maps.empty());
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshot(snap);
        QCOMPARE(e.panes().size(), 1);
        QCOMPARE(e.panes()[0].kind, QStringLiteral("causal"));
        QCOMPARE(e.panes()[0].layers, g.modelConfig().layers);
        QCOMPARE(e.panes()[0].heads, g.modelConfig().heads);
        const int n = snap.maps[0].queries;
        QCOMPARE(n, 16);
        const int masked = compareAll(e, snap, QStringLiteral("causal"));
        QCOMPARE(masked, g.modelConfig().layers * g.modelConfig().heads * n * (n - 1) / 2);
        // And on screen: the future of a row is drawn in the mask colour, the past is not.
        const QImage shot = e.heatmap()->grab().toImage();
        const QPoint future = e.heatmap()->cellRect(2, 12).center().toPoint();
        const QPoint past = e.heatmap()->cellRect(12, 2).center().toPoint();
        const QColor f = shot.pixelColor(future);
        QVERIFY2(f.rgb() == QColor::fromRgba(AttentionColorScale::kMaskedColor).rgb() ||
                     f.rgb() == QColor::fromRgba(AttentionColorScale::kMaskedHatchColor).rgb(),
                 qPrintable(f.name()));
        QVERIFY(shot.pixelColor(past).rgb() !=
                QColor::fromRgba(AttentionColorScale::kMaskedColor).rgb());
        // The CSV export carries the same numbers.
        const QString csv = dir_.filePath(QStringLiteral("gpt.csv"));
        QVERIFY(e.exportCsv(csv));
        QFile f2(csv);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!f2.atEnd()) {
            f2.readLine();
            ++rows;
        }
        QCOMPARE(rows, 1 + g.modelConfig().layers * g.modelConfig().heads * n * n);
    }

    void bertIsBidirectional() {
        const TextGenerator g = tinyGenerator(dir_, ModelFamily::Bert);
        const AttentionSnapshot snap = g.attention("Once upon");
        AttentionExplorer e;
        e.setSnapshot(snap);
        QCOMPARE(e.panes().size(), 1);
        const QString kind = e.panes()[0].kind;
        QVERIFY(kind != QStringLiteral("causal"));
        QCOMPARE(compareAll(e, snap, kind), 0);  // nothing masked
        QCOMPARE(e.heatmap()->matrix().queryTokens.front(), QStringLiteral("[CLS]"));
    }

    void bartHasThreePanesOfEngineShapes() {
        const TextGenerator g = tinyGenerator(dir_, ModelFamily::Bart);
        const AttentionSnapshot snap = g.attention("The cat sat.");
        AttentionExplorer e;
        e.resize(1200, 800);
        e.setSnapshot(snap);
        const QList<AttentionExplorer::Pane> panes = e.panes();
        QCOMPARE(panes.size(), 3);
        QCOMPARE(panes[0].kind, QStringLiteral("encoder"));
        QCOMPARE(panes[1].kind, QStringLiteral("decoder"));
        QCOMPARE(panes[2].kind, QStringLiteral("cross"));
        const int source = panes[0].queries;
        const int target = panes[1].queries;
        QCOMPARE(panes[0].keys, source);
        QCOMPARE(panes[1].keys, target);
        QCOMPARE(panes[2].queries, target);  // decoder tokens ...
        QCOMPARE(panes[2].keys, source);     // ... by encoder tokens
        QCOMPARE(panes[0].layers, g.modelConfig().layers);
        QCOMPARE(panes[2].layers, g.modelConfig().decoderDepth());
        QCOMPARE(compareAll(e, snap, QStringLiteral("encoder")), 0);
        QVERIFY(compareAll(e, snap, QStringLiteral("decoder")) > 0);
        QCOMPARE(compareAll(e, snap, QStringLiteral("cross")), 0);
        QVERIFY(e.setCurrentKind(QStringLiteral("cross")));
        QCOMPARE(e.heatmap()->matrix().keyTokens.front(), QStringLiteral("<s>"));
        QCOMPARE(e.grid()->thumbnailImage(0, 0).size(), QSize(source, target));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestAttentionEngine)
#include "test_attention_engine.moc"
