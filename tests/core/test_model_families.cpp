// Every model family behind the LanguageModel interface: output shapes, causal masking for
// decoders and bidirectional attention for encoders, attention records, exact parameter
// counts, overfitting one batch, and a checkpoint round trip with identical outputs.
#include <nlohmann/json.hpp>

#include "checkpoint/checkpoint.h"
#include "data/char_tokenizer.h"
#include "models/bart.h"
#include "models/common.h"
#include "models/lstm.h"
#include "test_util.h"

using lmw::Batch;
using lmw::ModelConfig;
using lmw::ModelFamily;

namespace {

constexpr int64_t kVocab = 23, kB = 2, kT = 12;

ModelConfig configFor(ModelFamily family) {
    ModelConfig m;
    m.family = family;
    m.vocabSize = kVocab;
    m.layers = 2;
    m.heads = 2;
    m.embed = 16;
    m.block = kT;
    m.padId = 1;
    if (family == ModelFamily::Lstm) m.hidden = 24;
    if (family == ModelFamily::Bert || family == ModelFamily::Roberta) m.layerNormEps = 1e-12;
    return m;
}

Batch batchFor(ModelFamily family, torch::Tensor input) {
    Batch b;
    b.input = input;
    if (family == ModelFamily::Bart) b.decoderInput = input.roll(1, 1);
    return b;
}

Batch trainingBatch(ModelFamily family) {
    auto input = torch::randint(5, kVocab, {kB, kT}, torch::kLong);  // ids >= 5: no padding
    Batch b = batchFor(family, input);
    b.labels = torch::randint(5, kVocab, {kB, kT}, torch::kLong);
    if (family == ModelFamily::Bert) b.nspLabels = torch::tensor({0, 1}, torch::kLong);
    return b;
}

}  // namespace

class TestModelFamilies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(11); }
    void shapes_data();
    void shapes();
    void decodersAreCausal_data();
    void decodersAreCausal();
    void encodersAreBidirectional_data();
    void encodersAreBidirectional();
    void parameterCount_data();
    void parameterCount();
    void overfitsOneBatch_data();
    void overfitsOneBatch();
    void checkpointRoundTrip_data();
    void checkpointRoundTrip();
    void classificationHeads_data();
    void classificationHeads();
    void lstmLayerGroups();
    void bartBeamSearch();
    void shiftTokensRight();

private:
    void families();
};

void TestModelFamilies::families() {
    QTest::addColumn<int>("family");
    QTest::newRow("lstm") << int(ModelFamily::Lstm);
    QTest::newRow("bert") << int(ModelFamily::Bert);
    QTest::newRow("roberta") << int(ModelFamily::Roberta);
    QTest::newRow("gpt") << int(ModelFamily::Gpt);
    QTest::newRow("bart") << int(ModelFamily::Bart);
}

void TestModelFamilies::shapes_data() {
    families();
}
void TestModelFamilies::shapes() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    auto model = lmw::makeModel(configFor(f));
    model->module().eval();
    lmw::Recorder rec;
    const auto out = model->forward(trainingBatch(f), &rec);
    QCOMPARE(out.logits.sizes().vec(), (std::vector<int64_t>{kB, kT, kVocab}));
    QVERIFY(out.loss.defined() && std::isfinite(out.loss.item<double>()));
    if (f == ModelFamily::Bert)
        QCOMPARE(out.nspLogits.sizes().vec(), (std::vector<int64_t>{kB, 2}));
    // Attention records: per layer, all heads, query x key.
    const std::size_t expected = f == ModelFamily::Lstm ? 0 : f == ModelFamily::Bart ? 6 : 2;
    QCOMPARE(rec.attentions.size(), expected);
    for (const auto& r : rec.attentions) {
        QCOMPARE(r.probs.sizes().vec(), (std::vector<int64_t>{kB, 2, kT, kT}));
        QVERIFY(torch::allclose(r.probs.sum(-1), torch::ones({kB, 2, kT}), 1e-5, 1e-5));
    }
}

void TestModelFamilies::decodersAreCausal_data() {
    QTest::addColumn<int>("family");
    QTest::newRow("gpt") << int(ModelFamily::Gpt);
    QTest::newRow("lstm") << int(ModelFamily::Lstm);
    QTest::newRow("bart decoder") << int(ModelFamily::Bart);
}

void TestModelFamilies::decodersAreCausal() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    auto model = lmw::makeModel(configFor(f));
    model->module().eval();
    torch::NoGradGuard noGrad;
    auto input = torch::randint(5, kVocab, {1, kT}, torch::kLong);
    Batch b = batchFor(f, input);
    const auto before = model->forward(b).logits;
    for (int64_t t = 0; t + 1 < kT; ++t) {
        Batch changed = b;
        auto& seq = f == ModelFamily::Bart ? changed.decoderInput : changed.input;
        seq = seq.clone();
        seq.index_put_({0, t + 1},
                       (seq.index({0, t + 1}).item<int64_t>() + 1 - 5) % (kVocab - 5) + 5);
        const auto after = model->forward(changed).logits;
        QVERIFY2(torch::allclose(before.slice(1, 0, t + 1), after.slice(1, 0, t + 1), 1e-6, 1e-6),
                 qPrintable(QString("position <= %1 saw token %2").arg(t).arg(t + 1)));
        QVERIFY(!torch::allclose(before.select(1, t + 1), after.select(1, t + 1)));
    }
}

void TestModelFamilies::encodersAreBidirectional_data() {
    QTest::addColumn<int>("family");
    QTest::newRow("bert") << int(ModelFamily::Bert);
    QTest::newRow("roberta") << int(ModelFamily::Roberta);
    QTest::newRow("bart encoder") << int(ModelFamily::Bart);
}

void TestModelFamilies::encodersAreBidirectional() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    auto model = lmw::makeModel(configFor(f));
    model->module().eval();
    torch::NoGradGuard noGrad;
    Batch b = batchFor(f, torch::randint(5, kVocab, {1, kT}, torch::kLong));
    const auto before = model->forward(b).logits;
    Batch changed = b;
    changed.input = b.input.clone();
    changed.input.index_put_(
        {0, kT - 1}, (b.input.index({0, kT - 1}).item<int64_t>() - 5 + 1) % (kVocab - 5) + 5);
    const auto after = model->forward(changed).logits;
    // Changing the last (encoder) token changes the output at the first position.
    QVERIFY(!torch::allclose(before.select(1, 0), after.select(1, 0)));
}

void TestModelFamilies::parameterCount_data() {
    families();
    QTest::newRow("gpt classifier") << int(ModelFamily::Gpt) + 100;
    QTest::newRow("bert classifier") << int(ModelFamily::Bert) + 100;
    QTest::newRow("roberta classifier") << int(ModelFamily::Roberta) + 100;
    QTest::newRow("bart classifier") << int(ModelFamily::Bart) + 100;
    QTest::newRow("lstm classifier") << int(ModelFamily::Lstm) + 100;
}

void TestModelFamilies::parameterCount() {
    QFETCH(int, family);
    ModelConfig m = configFor(ModelFamily(family % 100));
    if (family >= 100) m.numClasses = 6;
    auto model = lmw::makeModel(m);
    int64_t n = 0;
    for (const auto& p : model->module().parameters()) n += p.numel();
    QCOMPARE(lmw::parameterCount(m), n);
}

void TestModelFamilies::overfitsOneBatch_data() {
    families();
}
void TestModelFamilies::overfitsOneBatch() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    ModelConfig m = configFor(f);
    m.embedDropout = m.inputDropout = m.hiddenDropout = m.weightDropout = m.outputDropout = 0;
    auto model = lmw::makeModel(m);
    torch::optim::AdamW opt(model->module().parameters(),
                            torch::optim::AdamWOptions(1e-2).weight_decay(0));
    const Batch b = trainingBatch(f);
    double first = 0, last = 0;
    for (int i = 0; i < 250; ++i) {
        auto loss = model->forward(b).loss;
        opt.zero_grad();
        loss.backward();
        opt.step();
        if (i == 0) first = loss.item<double>();
        last = loss.item<double>();
    }
    QVERIFY2(last < 0.15 * first, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
}

void TestModelFamilies::checkpointRoundTrip_data() {
    families();
}
void TestModelFamilies::checkpointRoundTrip() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    QTemporaryDir dir;
    lmw::CheckpointMeta meta;
    meta.model = configFor(f);
    meta.train.objective.objective = lmw::defaultObjective(f);
    std::u32string chars;
    for (int i = 0; i < kVocab - int(lmw::specialTokensFor(f).size()); ++i)
        chars += char32_t('a' + i);
    meta.tokenizer = std::make_shared<lmw::CharTokenizer>(
        lmw::CharTokenizer::fromText(chars, lmw::specialTokensFor(f)));
    QCOMPARE(meta.tokenizer->vocabSize(), int(kVocab));
    auto model = lmw::makeModel(meta.model);
    const std::string path = dir.filePath("ckpt").toStdString();
    lmw::saveCheckpoint(path, meta, *model, {});
    auto back = lmw::LoadedCheckpoint::read(path).buildModel();
    model->module().eval();
    back->module().eval();
    torch::NoGradGuard noGrad;
    const Batch b = trainingBatch(f);
    QVERIFY(torch::equal(model->forward(b).logits, back->forward(b).logits));
    QCOMPARE(back->config().family, f);
}

void TestModelFamilies::classificationHeads_data() {
    families();
}
void TestModelFamilies::classificationHeads() {
    QFETCH(int, family);
    const auto f = ModelFamily(family);
    ModelConfig m = configFor(f);
    m.numClasses = 3;
    m.embedDropout = m.inputDropout = m.hiddenDropout = m.weightDropout = m.outputDropout = 0;
    auto model = lmw::makeModel(m);
    // Eight sequences, right-padded to different lengths, three classes.
    Batch b = batchFor(f, torch::randint(5, kVocab, {8, kT}, torch::kLong));
    b.attentionMask = torch::ones({8, kT}, torch::kLong);
    for (int64_t r = 0; r < 8; ++r) b.attentionMask[r].slice(0, kT - r).fill_(0);
    b.input = b.input.masked_fill(b.attentionMask.eq(0), 1);  // padding id
    b.decoderInput = torch::Tensor();                         // BART reads the source twice
    b.classLabels = torch::tensor({0, 1, 2, 0, 1, 2, 0, 1}, torch::kLong);
    const auto first = model->forward(b);
    QCOMPARE(first.classLogits.sizes().vec(), (std::vector<int64_t>{8, 3}));
    QVERIFY(!first.logits.defined());  // no language-model output without token labels
    torch::optim::AdamW opt(model->module().parameters(),
                            torch::optim::AdamWOptions(1e-2).weight_decay(0));
    for (int i = 0; i < 150; ++i) {
        auto loss = model->forward(b).loss;
        opt.zero_grad();
        loss.backward();
        opt.step();
    }
    model->module().eval();
    torch::NoGradGuard noGrad;
    const auto predicted = model->forward(b).classLogits.argmax(1);
    QVERIFY2(torch::equal(predicted, b.classLabels), "the head fits eight labelled examples");
}

void TestModelFamilies::lstmLayerGroups() {
    ModelConfig m = configFor(ModelFamily::Lstm);
    m.layers = 3;
    auto model = lmw::makeModel(m);
    const auto groups = model->layerGroups();
    QCOMPARE(groups.size(), std::size_t(4));  // three LSTM layers, then embedding + decoder
    int64_t n = 0;
    for (const auto& g : groups)
        for (const auto& p : g) n += p.numel();
    QCOMPARE(n, lmw::parameterCount(m));  // every parameter in exactly one group
    m.numClasses = 3;
    QCOMPARE(lmw::makeModel(m)->layerGroups().size(), std::size_t(5));  // + the classifier
}

void TestModelFamilies::bartBeamSearch() {
    auto model =
        std::dynamic_pointer_cast<lmw::BartModel>(lmw::makeModel(configFor(ModelFamily::Bart)));
    model->module().eval();
    auto source = torch::randint(5, kVocab, {1, 8}, torch::kLong);
    lmw::Seq2SeqOptions greedy;
    greedy.maxTokens = 6;
    greedy.stopAtEos = false;
    const auto g = model->generate(source, greedy);
    QCOMPARE(g.size(), std::size_t(6));
    lmw::Seq2SeqOptions beam = greedy;
    beam.beams = 4;
    const auto b = model->generate(source, beam);
    QCOMPARE(b.size(), std::size_t(6));
    // Beam search never finds a less likely sequence than greedy decoding.
    auto logProb = [&](const std::vector<int64_t>& ids) {
        std::vector<int64_t> dec{greedy.startId};
        dec.insert(dec.end(), ids.begin(), ids.end() - 1);
        Batch batch;
        batch.input = source;
        batch.decoderInput = torch::tensor(dec, torch::kLong).unsqueeze(0);
        auto lp = torch::log_softmax(model->forward(batch).logits[0], -1);
        double sum = 0;
        for (std::size_t i = 0; i < ids.size(); ++i) sum += lp[int64_t(i)][ids[i]].item<double>();
        return sum;
    };
    torch::NoGradGuard noGrad;
    QVERIFY(logProb(b) >= logProb(g) - 1e-5);
}

void TestModelFamilies::shiftTokensRight() {
    auto labels = torch::tensor({{5, 6, 7, -100}}, torch::kLong);
    auto shifted = lmw::shiftTokensRight(labels, /*pad=*/1, /*start=*/2);
    QVERIFY(torch::equal(shifted, torch::tensor({{2, 5, 6, 7}}, torch::kLong)));
    auto tail = lmw::shiftTokensRight(torch::tensor({{5, -100, -100}}, torch::kLong), 1, 2);
    QVERIFY(torch::equal(tail, torch::tensor({{2, 5, 1}}, torch::kLong)));
}

QTEST_APPLESS_MAIN(TestModelFamilies)
#include "test_model_families.moc"
