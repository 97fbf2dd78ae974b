// Position encodings inside attention (models/positions.h): RoPE's rotation against explicit
// 2x2 rotations, its relative-position property and norms; ALiBi's slopes (Press et al.'s rule,
// powers of two and not) and bias; and, in every family with every encoding, that the model
// builds and runs, counts its parameters as parameterCount() does, has no position table
// unless absolute, and attends exactly as softmax(bias) when queries and keys are zero. GPT
// blocks without the causal mask (GptBlocksEncoder) read later tokens; GPT does not.
#include <cmath>

#include "api/error.h"
#include "models/common.h"
#include "models/gpt.h"
#include "models/positions.h"
#include "test_util.h"

using lmw::ModelConfig;
using lmw::ModelFamily;
using lmw::PositionEncoding;

namespace {

constexpr int64_t kVocab = 23, kT = 12;

ModelConfig configFor(ModelFamily family, PositionEncoding encoding, lmw::BlockLayout layout) {
    ModelConfig m;
    m.family = family;
    m.vocabSize = kVocab;
    m.layers = 2;
    m.heads = 2;
    m.embed = 16;  // head width 8
    m.block = kT;
    m.padId = 1;
    m.positionEncoding = encoding;
    m.layout = layout;
    return m;
}

lmw::Batch batchFor(const ModelConfig& m, const torch::Tensor& input) {
    lmw::Batch b;
    b.input = input;
    b.labels = input.roll(1, 1);
    if (m.family == ModelFamily::Bart) b.decoderInput = input.roll(1, 1);
    if (m.family == ModelFamily::Bert && m.layout == lmw::BlockLayout::Family)
        b.nspLabels = torch::zeros({input.size(0)}, torch::kLong);
    return b;
}

/// Rows: every family with every encoding, and BERT and RoBERTa built from GPT blocks.
void familiesAndEncodings() {
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("layout");
    for (ModelFamily f :
         {ModelFamily::Gpt, ModelFamily::Bert, ModelFamily::Roberta, ModelFamily::Bart})
        for (lmw::BlockLayout l : {lmw::BlockLayout::Family, lmw::BlockLayout::Gpt}) {
            if (l == lmw::BlockLayout::Gpt && (f == ModelFamily::Gpt || f == ModelFamily::Bart))
                continue;
            for (PositionEncoding p :
                 {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
                const std::string name = lmw::familyName(f) +
                                         (l == lmw::BlockLayout::Gpt ? " of gpt blocks" : "") +
                                         " " + lmw::positionEncodingName(p);
                QTest::newRow(name.c_str()) << int(f) << int(p) << int(l);
            }
        }
}

/// x (d) at each position 0..T-1, rotated: (T, d).
torch::Tensor rotatedAtEveryPosition(const torch::Tensor& x, const lmw::RopeTables& tables,
                                     int64_t T) {
    return lmw::applyRope(x.view({1, 1, 1, -1}).expand({1, 1, T, x.size(0)}).contiguous(),
                          tables)[0][0];
}

}  // namespace

class TestPositions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(5); }
    void ropeIsPairwiseRotation_data();
    void ropeIsPairwiseRotation();
    void ropeScoresDependOnDistanceOnly();
    void alibiSlopes();
    void alibiBias();
    void attentionPositionsFor();
    void everyFamilyWithEveryEncoding_data() { familiesAndEncodings(); }
    void everyFamilyWithEveryEncoding();
    void attentionIsSoftmaxOfTheBias_data() { familiesAndEncodings(); }
    void attentionIsSoftmaxOfTheBias();
    void gptBlocksEncoderReadsLaterTokens_data();
    void gptBlocksEncoderReadsLaterTokens();
};

void TestPositions::ropeIsPairwiseRotation_data() {
    QTest::addColumn<double>("base");
    QTest::newRow("base 10000") << 10000.0;
    QTest::newRow("base 100") << 100.0;
}

void TestPositions::ropeIsPairwiseRotation() {
    QFETCH(double, base);
    const int64_t T = 40, d = 8;
    const lmw::RopeTables tables = lmw::ropeTables(T, d, base);
    QCOMPARE(tables.cos.sizes().vec(), (std::vector<int64_t>{T, d / 2}));
    const auto x = torch::randn({2, 3, T, d});
    const auto y = lmw::applyRope(x, tables);
    QCOMPARE(y.sizes().vec(), x.sizes().vec());
    auto xa = x.accessor<float, 4>();
    auto ya = y.accessor<float, 4>();
    double worst = 0;
    for (int64_t b = 0; b < 2; ++b)
        for (int64_t h = 0; h < 3; ++h)
            for (int64_t p = 0; p < T; ++p)
                for (int64_t i = 0; i < d / 2; ++i) {
                    // Pair (x[i], x[i + d/2]) turned by p * base^(-2i/d).
                    const double angle = double(p) * std::pow(base, -2.0 * double(i) / double(d));
                    const double a = xa[b][h][p][i], c = xa[b][h][p][i + d / 2];
                    worst = std::max(worst, std::abs(ya[b][h][p][i] -
                                                     (a * std::cos(angle) - c * std::sin(angle))));
                    worst = std::max(worst, std::abs(ya[b][h][p][i + d / 2] -
                                                     (c * std::cos(angle) + a * std::sin(angle))));
                }
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    // Rotations keep lengths; position 0 is not rotated at all.
    QVERIFY(torch::allclose(y.norm(2, -1), x.norm(2, -1), 1e-5, 1e-5));
    QVERIFY(torch::allclose(y.select(2, 0), x.select(2, 0)));
    QVERIFY(!torch::allclose(y.select(2, 1), x.select(2, 1)));
    QVERIFY_THROWS_EXCEPTION(c10::Error, lmw::ropeTables(T, 7, base));  // odd head width
}

void TestPositions::ropeScoresDependOnDistanceOnly() {
    const int64_t T = 64, d = 16;
    const lmw::RopeTables tables = lmw::ropeTables(T, d, 10000.0);
    const auto q = rotatedAtEveryPosition(torch::randn({d}), tables, T);
    const auto k = rotatedAtEveryPosition(torch::randn({d}), tables, T);
    const auto score = [&](int64_t i, int64_t j) { return q[i].dot(k[j]).item<double>(); };
    for (auto [i, j] :
         std::vector<std::pair<int64_t, int64_t>>{{0, 0}, {3, 1}, {1, 3}, {10, 2}, {5, 20}})
        for (int64_t shift : {1, 7, 23, 40}) {
            QVERIFY2(std::abs(score(i + shift, j + shift) - score(i, j)) < 1e-4,
                     qPrintable(QStringLiteral("(%1, %2) + %3").arg(i).arg(j).arg(shift)));
        }
    // ... and the distance does matter.
    QVERIFY(std::abs(score(3, 1) - score(3, 2)) > 1e-3);
    QVERIFY(std::abs(score(3, 1) - score(1, 3)) > 1e-3);
}

void TestPositions::alibiSlopes() {
    const auto powers = [](std::vector<int> exponents) {
        std::vector<double> v;
        for (int e : exponents) v.push_back(std::ldexp(1.0, -e));
        return v;
    };
    QVERIFY(lmw::alibiSlopes(8) == powers({1, 2, 3, 4, 5, 6, 7, 8}));
    QVERIFY(lmw::alibiSlopes(4) == powers({2, 4, 6, 8}));
    QVERIFY(lmw::alibiSlopes(1) == powers({8}));
    // Not a power of two: the 4 slopes of 4 heads, then every other slope of 8 heads.
    QVERIFY(lmw::alibiSlopes(6) == powers({2, 4, 6, 8, 1, 3}));
    QVERIFY(lmw::alibiSlopes(5) == powers({2, 4, 6, 8, 1}));
    const std::vector<double> twelve = lmw::alibiSlopes(12);  // 8 heads, then 2^-0.5, 2^-1.5, ...
    QCOMPARE(twelve.size(), std::size_t(12));
    for (int h = 0; h < 12; ++h) {
        const double e = h < 8 ? h + 1 : 0.5 + 2 * (h - 8) * 0.5;
        QVERIFY2(std::abs(twelve[std::size_t(h)] / std::pow(2.0, -e) - 1) < 1e-12,
                 qPrintable(QString::number(h)));
    }
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::alibiSlopes(0));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::alibiSlopes(257));
}

void TestPositions::alibiBias() {
    const auto b = lmw::alibiBias(2, 3, 5);  // slopes 2^-4, 2^-8
    QCOMPARE(b.sizes().vec(), (std::vector<int64_t>{2, 3, 5}));
    for (int64_t h = 0; h < 2; ++h)
        for (int64_t i = 0; i < 3; ++i)
            for (int64_t j = 0; j < 5; ++j)
                QCOMPARE(b[h][i][j].item<float>(),
                         float(-std::ldexp(1.0, h == 0 ? -4 : -8) * double(std::abs(i - j))));
}

void TestPositions::attentionPositionsFor() {
    ModelConfig m = configFor(ModelFamily::Gpt, PositionEncoding::Alibi, lmw::BlockLayout::Family);
    const lmw::AttentionPositions alibi = lmw::attentionPositionsFor(m);
    QVERIFY(torch::equal(alibi.bias(4, 6), lmw::alibiBias(2, 4, 6)));
    QVERIFY_THROWS_EXCEPTION(c10::Error, alibi.bias(kT + 1, kT + 1));
    m.positionEncoding = PositionEncoding::Rope;
    const lmw::AttentionPositions rope = lmw::attentionPositionsFor(m);
    QVERIFY(!rope.bias(4, 4).defined());
    auto q = torch::randn({1, 2, 5, 8}), k = torch::randn({1, 2, 5, 8});
    auto q2 = q.clone(), k2 = k.clone();
    rope.rotate(q2, k2);
    QVERIFY(torch::allclose(q2, lmw::applyRope(q, lmw::ropeTables(kT, 8, m.ropeBase))));
    m.positionEncoding = PositionEncoding::Absolute;
    lmw::attentionPositionsFor(m).rotate(q2, k2);  // unchanged
    QVERIFY(torch::allclose(k2, lmw::applyRope(k, lmw::ropeTables(kT, 8, m.ropeBase))));
}

void TestPositions::everyFamilyWithEveryEncoding() {
    QFETCH(int, family);
    QFETCH(int, encoding);
    QFETCH(int, layout);
    const ModelConfig m =
        configFor(ModelFamily(family), PositionEncoding(encoding), lmw::BlockLayout(layout));
    lmw::validateConfig(m, [&] {
        lmw::TrainConfig t;
        t.objective.objective = m.layout == lmw::BlockLayout::Gpt ? lmw::Objective::Mlm
                                                                  : lmw::defaultObjective(m.family);
        return t;
    }());
    auto model = lmw::makeModel(m);
    QCOMPARE(model->config().positionEncoding, m.positionEncoding);
    QCOMPARE(bool(std::dynamic_pointer_cast<lmw::GptBlocksEncoder>(model)),
             layout == int(lmw::BlockLayout::Gpt));
    std::int64_t count = 0;
    bool table = false;
    for (const auto& p : model->module().named_parameters()) {
        count += p.value().numel();
        table = table || p.key().find("wpe") != std::string::npos ||
                p.key().find("position") != std::string::npos;
    }
    QCOMPARE(lmw::parameterCount(m), count);
    QCOMPARE(table, m.positionEncoding == PositionEncoding::Absolute);
    model->module().eval();
    torch::NoGradGuard noGrad;
    lmw::Recorder rec;
    const auto out =
        model->forward(batchFor(m, torch::randint(5, kVocab, {2, kT}, torch::kLong)), &rec);
    QCOMPARE(out.logits.sizes().vec(), (std::vector<int64_t>{2, kT, kVocab}));
    QVERIFY(out.loss.defined() && std::isfinite(out.loss.item<double>()));
    // Nothing above the diagonal in causal maps (GPT, BART's decoder); something in the others.
    for (const auto& r : rec.attentions) {
        const float above = r.probs.triu(1).abs().max().item<float>();
        QVERIFY2(r.kind == "causal" || r.kind == "decoder" ? above == 0.0f : above > 0.0f,
                 r.kind.c_str());
    }
    const auto shorter =
        model->forward(batchFor(m, torch::randint(5, kVocab, {1, 5}, torch::kLong)));
    QCOMPARE(shorter.logits.sizes().vec(), (std::vector<int64_t>{1, 5, kVocab}));
}

void TestPositions::attentionIsSoftmaxOfTheBias() {
    QFETCH(int, family);
    QFETCH(int, encoding);
    QFETCH(int, layout);
    const ModelConfig m =
        configFor(ModelFamily(family), PositionEncoding(encoding), lmw::BlockLayout(layout));
    auto model = lmw::makeModel(m);
    model->module().eval();
    torch::NoGradGuard noGrad;
    // Zero queries and keys: every score is 0, so attention is softmax(ALiBi bias + mask).
    for (auto& p : model->module().named_parameters())
        for (const char* name : {"c_attn", "q_proj", "k_proj"})
            if (p.key().find(name) != std::string::npos) p.value().zero_();
    lmw::Recorder rec;
    model->forward(batchFor(m, torch::randint(5, kVocab, {1, kT}, torch::kLong)), &rec);
    QVERIFY(!rec.attentions.empty());
    const std::vector<double> slopes = lmw::alibiSlopes(int(m.heads));
    for (const auto& r : rec.attentions) {
        const bool causal = r.kind == "causal" || r.kind == "decoder";
        const bool alibi = m.positionEncoding == PositionEncoding::Alibi && r.kind != "cross";
        QCOMPARE(causal, m.family == ModelFamily::Gpt || r.kind == "decoder");
        auto expected = torch::zeros({1, m.heads, kT, kT}, torch::kDouble);
        for (int64_t h = 0; h < m.heads; ++h)
            for (int64_t i = 0; i < kT; ++i)
                for (int64_t j = 0; j < kT; ++j)
                    if (!causal || j <= i)
                        expected[0][h][i][j] = std::exp(
                            alibi ? -slopes[std::size_t(h)] * double(std::abs(i - j)) : 0.0);
        expected = expected / expected.sum(-1, true);
        QVERIFY2(torch::allclose(r.probs.to(torch::kDouble), expected, 1e-5, 1e-6),
                 qPrintable(QString::fromStdString(r.kind + " layer " + std::to_string(r.layer))));
    }
}

void TestPositions::gptBlocksEncoderReadsLaterTokens_data() {
    QTest::addColumn<int>("encoding");
    QTest::newRow("absolute") << int(PositionEncoding::Absolute);
    QTest::newRow("rope") << int(PositionEncoding::Rope);
    QTest::newRow("alibi") << int(PositionEncoding::Alibi);
}

void TestPositions::gptBlocksEncoderReadsLaterTokens() {
    QFETCH(int, encoding);
    const auto p = PositionEncoding(encoding);
    auto encoder = lmw::makeModel(configFor(ModelFamily::Roberta, p, lmw::BlockLayout::Gpt));
    auto decoder = lmw::makeModel(configFor(ModelFamily::Gpt, p, lmw::BlockLayout::Family));
    QVERIFY(!encoder->isCausal() && decoder->isCausal());
    encoder->module().eval();
    decoder->module().eval();
    torch::NoGradGuard noGrad;
    lmw::Batch b;
    b.input = torch::randint(5, kVocab, {1, kT}, torch::kLong);
    for (int64_t t = 1; t < kT; t += 3) {
        lmw::Batch changed;
        changed.input = b.input.clone();
        changed.input.index_put_({0, t},
                                 5 + (b.input.index({0, t}).item<int64_t>() - 4) % (kVocab - 5));
        // Encoder: every position before t sees the change.
        const auto e0 = encoder->forward(b).logits, e1 = encoder->forward(changed).logits;
        for (int64_t s = 0; s < t; ++s) QVERIFY(!torch::allclose(e0.select(1, s), e1.select(1, s)));
        // Decoder: none does.
        const auto d0 = decoder->forward(b).logits, d1 = decoder->forward(changed).logits;
        QVERIFY(torch::equal(d0.slice(1, 0, t), d1.slice(1, 0, t)));
        QVERIFY(!torch::allclose(d0.select(1, t), d1.select(1, t)));
    }
}

QTEST_APPLESS_MAIN(TestPositions)
#include "test_positions.moc"
