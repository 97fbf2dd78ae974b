// Looking inside models through the seam: attention snapshots for every family (BART's three
// kinds with their shapes), per-position predictions for decoders and encoders, next-token
// distributions, BART denoising with the changed tokens marked, classification, and the
// attention timeline captured while training.
#include "api/error.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "test_util.h"

using lmw::ModelFamily;
using lmw::TextGenerator;

namespace {

TextGenerator trainedFamilyAt(const std::string& run, ModelFamily family, int steps) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 32;
    lmw::TrainConfig t = lmw::test::tinyTraining(steps);
    t.objective.objective = lmw::defaultObjective(family);
    auto s = lmw::TrainingSession::create(
        m, t, lmw::CorpusSource::fromText("s", lmw::generateStories(2, 40000)), run);
    s.train();
    return TextGenerator::load(run);
}

/// A tiny model of `family` (with a classification head of `classes` when > 0), as a generator.
TextGenerator trained(const QTemporaryDir& dir, ModelFamily family, int steps = 30,
                      int classes = 0) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 32;
    m.numClasses = classes;
    lmw::TrainConfig t = lmw::test::tinyTraining(std::max(1, steps));
    t.objective.objective = lmw::defaultObjective(family);
    const std::string run =
        dir.filePath(QString::fromStdString(lmw::familyName(family)) + QString::number(classes))
            .toStdString();
    if (classes > 0) {
        // A classifier: built from the same configuration, saved without training.
        auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus());
        s.saveCheckpoint(run);
        return TextGenerator::load(run);
    }
    return trainedFamilyAt(run, family, steps);
}

TextGenerator trainedFamily(const QTemporaryDir& dir, ModelFamily family) {
    return trainedFamilyAt(
        dir.filePath("run-" + QString::fromStdString(lmw::familyName(family))).toStdString(),
        family, 20);
}

double rowSum(const lmw::AttentionMap& m, int head, int q) {
    double sum = 0;
    for (int k = 0; k < m.keys; ++k) sum += m.weight(head, q, k);
    return sum;
}

}  // namespace

class TestInspection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void decoderAttention();
    void encoderAttention();
    void bartAttention();
    void lstmHasNoAttention();
    void decoderPredictions();
    void encoderPredictions();
    void nextTokens();
    void denoising();
    void classification();
    void timeline();

private:
    QTemporaryDir dir_;
};

void TestInspection::decoderAttention() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Gpt);
    const auto snap = g.attention("Once upon a time");
    QCOMPARE(snap.maps.size(), std::size_t(g.modelConfig().layers));
    for (const auto& m : snap.maps) {
        QCOMPARE(QString::fromStdString(m.kind), QStringLiteral("causal"));
        QVERIFY(m.causal);
        QCOMPARE(m.queries, 16);
        QCOMPARE(m.keys, 16);
        QCOMPARE(m.queryTokens.front(), std::string("O"));
        for (int h = 0; h < m.heads; ++h)
            for (int q = 0; q < m.queries; ++q) {
                QVERIFY(std::abs(rowSum(m, h, q) - 1.0) < 1e-5);
                for (int k = q + 1; k < m.keys; ++k)
                    QCOMPARE(m.weight(h, q, k), 0.0f);  // the future
                QVERIFY(m.masked(q, q + 1) || q + 1 == m.keys);
            }
    }
}

void TestInspection::encoderAttention() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Bert);
    const auto snap = g.attention("Once upon");
    QCOMPARE(snap.maps.front().queryTokens.front(), std::string("[CLS]"));
    QCOMPARE(snap.maps.front().queryTokens.back(), std::string("[SEP]"));
    QVERIFY(!snap.maps.front().causal);
    QCOMPARE(g.tokens("Once upon").size(), std::size_t(11));
}

void TestInspection::bartAttention() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Bart);
    const auto snap = g.attention("The cat sat.");
    int encoder = 0, decoder = 0, cross = 0;
    for (const auto& m : snap.maps) {
        if (m.kind == "encoder") ++encoder;
        if (m.kind == "decoder") {
            ++decoder;
            QVERIFY(m.causal);
        }
        if (m.kind == "cross") {
            ++cross;
            QCOMPARE(m.queryTokens.front(), std::string("</s>"));  // the decoder's start token
            QCOMPARE(m.keyTokens.front(), std::string("<s>"));     // the source
            QCOMPARE(int(m.keyTokens.size()), m.keys);
            QCOMPARE(int(m.queryTokens.size()), m.queries);
        }
    }
    QCOMPARE(encoder, g.modelConfig().layers);
    QCOMPARE(decoder, g.modelConfig().decoderDepth());
    QCOMPARE(cross, g.modelConfig().decoderDepth());
}

void TestInspection::lstmHasNoAttention() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Lstm);
    QVERIFY(lmw::test::errorOf([&] { g.attention("abc"); }).contains("no attention"));
}

void TestInspection::decoderPredictions() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Gpt);
    const auto p = g.predictions("Once upon", 3);
    QCOMPARE(p.size(), std::size_t(9));
    QCOMPARE(p[0].probability, -1.0);  // nothing to the left of the first token
    for (std::size_t i = 1; i < p.size(); ++i) {
        QVERIFY(p[i].probability > 0 && p[i].probability < 1);
        QCOMPARE(p[i].top.size(), std::size_t(3));
        QVERIFY(p[i].top[0].second >= p[i].top[1].second);
    }
    // The probability of 'n' after "O" equals the next-token distribution after "O".
    for (const auto& [piece, prob] : g.nextTokens("O", 50))
        if (piece == "n") QVERIFY(std::abs(prob - p[1].probability) < 1e-6);
}

void TestInspection::encoderPredictions() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Roberta);
    const auto p = g.predictions("Once upon", 4);
    QCOMPARE(p.size(), std::size_t(9));  // the real tokens, each masked in turn
    QCOMPARE(p[0].token, std::string("O"));
    for (const auto& t : p) {
        QVERIFY(t.probability >= 0 && t.probability <= 1);
        for (const auto& [piece, prob] : t.top) QVERIFY(piece != "<mask>" && piece != "<s>");
    }
    // Masking a position and filling it gives the same distribution.
    const auto fill = g.fillMask("On<mask>e upon", 4);
    QCOMPARE(fill.size(), std::size_t(1));
    QCOMPARE(fill[0].top.front().first, p[2].top.front().first);
}

void TestInspection::nextTokens() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Gpt);
    const auto next = g.nextTokens("Once upon a ti", 10);
    QCOMPARE(next.size(), std::size_t(10));
    double total = 0;
    for (std::size_t i = 0; i < next.size(); ++i) {
        total += next[i].second;
        if (i) QVERIFY(next[i - 1].second >= next[i].second);
    }
    QVERIFY(total <= 1.0 + 1e-6);
    const TextGenerator encoder = trainedFamily(dir_, ModelFamily::Bert);
    QVERIFY(lmw::test::errorOf([&] { encoder.nextTokens("a"); }).contains("decoders"));
}

void TestInspection::denoising() {
    const TextGenerator g = trainedFamily(dir_, ModelFamily::Bart);
    lmw::ObjectiveConfig o;
    o.textInfilling = true;
    o.infillRate = 0.3;
    std::vector<std::string> corrupted;
    std::vector<bool> changed;
    g.denoise("The cat sat on the mat. The dog ran.", o, 7, &corrupted, &changed);
    QCOMPARE(corrupted.size(), changed.size());
    int masks = 0;
    for (std::size_t i = 0; i < corrupted.size(); ++i)
        if (corrupted[i] == "<mask>") {
            ++masks;
            QVERIFY(changed[i]);  // every mask is marked as introduced by the noise
        }
    QVERIFY(masks > 0);
    const TextGenerator gpt = trainedFamily(dir_, ModelFamily::Gpt);
    QVERIFY(lmw::test::errorOf([&] { gpt.denoise("x", o, 1, nullptr, nullptr); }).contains("BART"));
}

void TestInspection::classification() {
    for (ModelFamily f :
         {ModelFamily::Gpt, ModelFamily::Bert, ModelFamily::Bart, ModelFamily::Lstm}) {
        const TextGenerator g = trained(dir_, f, 0, 3);
        const auto probs = g.classify("Once upon a time");
        QCOMPARE(probs.size(), std::size_t(3));
        double total = 0;
        for (const auto& [name, p] : probs) total += p;
        QVERIFY(std::abs(total - 1.0) < 1e-5);
        QCOMPARE(probs[2].first, std::string("class 2"));
    }
    QVERIFY(lmw::test::errorOf([&] {
                trainedFamily(dir_, ModelFamily::Gpt).classify("x");
            }).contains("no classification head"));
}

void TestInspection::timeline() {
    auto s = lmw::TrainingSession::create(lmw::test::tinyModel(), lmw::test::tinyTraining(12),
                                          lmw::test::tinyCorpus());
    s.setAttentionProbe("Once upon a time", 5);
    std::vector<int64_t> steps;
    lmw::TrainingCallbacks cb;
    cb.onAttention = [&](const lmw::AttentionSnapshot& a) {
        steps.push_back(a.step);
        QCOMPARE(QString::fromStdString(a.text), QStringLiteral("Once upon a time"));
        QCOMPARE(a.maps.size(), std::size_t(1));
    };
    s.train(cb);
    QCOMPARE(steps, (std::vector<int64_t>{0, 5, 10}));
}

QTEST_APPLESS_MAIN(TestInspection)
#include "test_inspection.moc"
