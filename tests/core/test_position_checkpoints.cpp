// Checkpoints keep the position encoding and block layout: a tiny model of each kind trains two
// steps into a run folder; TextGenerator::load gets back the same encoding, layout and rotary
// base and the very predictions of the session's own snapshot; resuming keeps the masking
// settings (unit, span length, 80/10/10 shares) as well.
#include <QFile>

#include "api/error.h"
#include "api/hf.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "test_util.h"

using lmw::BlockLayout;
using lmw::ModelFamily;
using lmw::PositionEncoding;

namespace {

const std::string kProbe = "Once upon a ";  // fits the context of 16 with [CLS] and [SEP]

/// Predictions agree: the same tokens, probabilities and alternatives.
bool samePredictions(const std::vector<lmw::TokenPrediction>& a,
                     const std::vector<lmw::TokenPrediction>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].token != b[i].token || std::abs(a[i].probability - b[i].probability) > 1e-6)
            return false;
        if (a[i].top.size() != b[i].top.size()) return false;
        for (std::size_t k = 0; k < a[i].top.size(); ++k)
            if (a[i].top[k].first != b[i].top[k].first ||
                std::abs(a[i].top[k].second - b[i].top[k].second) > 1e-6)
                return false;
    }
    return true;
}

}  // namespace

class TestPositionCheckpoints : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestPositionCheckpoints::roundTrip_data() {
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("layout");
    QTest::addColumn<double>("ropeBase");
    QTest::newRow("gpt rope") << int(ModelFamily::Gpt) << int(PositionEncoding::Rope)
                              << int(BlockLayout::Family) << 10000.0;
    QTest::newRow("gpt rope base 500") << int(ModelFamily::Gpt) << int(PositionEncoding::Rope)
                                       << int(BlockLayout::Family) << 500.0;
    QTest::newRow("gpt alibi") << int(ModelFamily::Gpt) << int(PositionEncoding::Alibi)
                               << int(BlockLayout::Family) << 10000.0;
    QTest::newRow("roberta of gpt blocks, alibi")
        << int(ModelFamily::Roberta) << int(PositionEncoding::Alibi) << int(BlockLayout::Gpt)
        << 10000.0;
    QTest::newRow("roberta of gpt blocks, rope")
        << int(ModelFamily::Roberta) << int(PositionEncoding::Rope) << int(BlockLayout::Gpt)
        << 10000.0;
    QTest::newRow("bert rope") << int(ModelFamily::Bert) << int(PositionEncoding::Rope)
                               << int(BlockLayout::Family) << 10000.0;
}

void TestPositionCheckpoints::roundTrip() {
    QFETCH(int, family);
    QFETCH(int, encoding);
    QFETCH(int, layout);
    QFETCH(double, ropeBase);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    lmw::ModelConfig m = lmw::test::tinyModel();
    m.family = ModelFamily(family);
    m.positionEncoding = PositionEncoding(encoding);
    m.layout = BlockLayout(layout);
    m.ropeBase = ropeBase;
    lmw::TrainConfig t = lmw::test::tinyTraining(2);
    const bool encoder = m.family != ModelFamily::Gpt;
    t.objective.objective = m.family == ModelFamily::Gpt    ? lmw::Objective::Clm
                            : m.family == ModelFamily::Bert ? lmw::Objective::MlmNsp
                                                            : lmw::Objective::Mlm;
    if (encoder) {  // settings that must survive a resume
        t.objective.maskUnit = lmw::MaskUnit::Span;
        t.objective.spanMeanWords = 2.5;
        t.objective.maskTokenShare = 0.6;
        t.objective.randomTokenShare = 0.2;
    }
    const std::string run = dir.filePath("run").toStdString();
    const auto corpus = lmw::test::tinyCorpus();
    auto session = lmw::TrainingSession::create(m, t, corpus, run);
    session.train();
    QCOMPARE(session.step(), std::int64_t(2));

    const lmw::TextGenerator live = session.snapshot();
    const lmw::TextGenerator loaded = lmw::TextGenerator::load(run);
    QCOMPARE(loaded.step(), std::int64_t(2));
    QCOMPARE(loaded.isEncoder(), encoder);
    QCOMPARE(loaded.modelConfig().family, m.family);
    QCOMPARE(loaded.modelConfig().positionEncoding, m.positionEncoding);
    QCOMPARE(loaded.modelConfig().layout, m.layout);
    QCOMPARE(loaded.modelConfig().ropeBase, m.ropeBase);
    QCOMPARE(loaded.modelConfig().layers, m.layers);
    const auto expected = live.predictions(kProbe, 3);
    QCOMPARE(expected.size(), kProbe.size());  // one per character
    QVERIFY(samePredictions(loaded.predictions(kProbe, 3), expected));
    // Attention maps too (they show the ALiBi bias and the rotary angles).
    const lmw::AttentionSnapshot a = live.attention(kProbe), b = loaded.attention(kProbe);
    QCOMPARE(a.maps.size(), std::size_t(m.layers));
    QCOMPARE(b.maps.size(), a.maps.size());
    for (std::size_t k = 0; k < a.maps.size(); ++k) {
        QCOMPARE(b.maps[k].causal, !encoder);
        QCOMPARE(b.maps[k].kind, std::string(encoder ? "self" : "causal"));
        QCOMPARE(b.maps[k].weights.size(), a.maps[k].weights.size());
        for (std::size_t w = 0; w < a.maps[k].weights.size(); ++w)
            QVERIFY(std::abs(a.maps[k].weights[w] - b.maps[k].weights[w]) < 1e-6f);
    }

    // Another run of the same kind gives other predictions: the comparison can tell.
    t.seed = 99;
    auto other = lmw::TrainingSession::create(m, t, corpus);
    other.train();
    QVERIFY(!samePredictions(other.snapshot().predictions(kProbe, 3), expected));

    // Resuming keeps the architecture and the masking settings.
    auto resumed = lmw::TrainingSession::resume(run, corpus, 3);
    QCOMPARE(resumed.modelConfig().positionEncoding, m.positionEncoding);
    QCOMPARE(resumed.modelConfig().layout, m.layout);
    QCOMPARE(resumed.modelConfig().ropeBase, m.ropeBase);
    const lmw::ObjectiveConfig& o = resumed.trainConfig().objective;
    QCOMPARE(o.objective, t.objective.objective);
    QCOMPARE(o.maskUnit, t.objective.maskUnit);
    QCOMPARE(o.spanMeanWords, t.objective.spanMeanWords);
    QCOMPARE(o.maskTokenShare, t.objective.maskTokenShare);
    QCOMPARE(o.randomTokenShare, t.objective.randomTokenShare);
    QVERIFY(samePredictions(resumed.snapshot().predictions(kProbe, 3), expected));
    resumed.train();
    QCOMPARE(resumed.step(), std::int64_t(3));

    // No Hugging Face class has these layouts: export says so in one sentence, writes nothing.
    const std::string hf = dir.filePath("hf").toStdString();
    try {
        lmw::exportHuggingFace(run, hf);
        QFAIL("exported a layout Hugging Face does not have");
    } catch (const lmw::Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(m.layout == BlockLayout::Gpt ? "GPT blocks" : "positions") &&
                     message.contains("cannot be exported") && !message.contains('\n'),
                 e.what());
    }
    QVERIFY(!QFile::exists(QString::fromStdString(hf + "/model.safetensors")));
}

QTEST_APPLESS_MAIN(TestPositionCheckpoints)
#include "test_position_checkpoints.moc"
