// GPT-style decoder: shapes, causal masking, attention records, parameter count, overfitting.
#include "models/gpt.h"

using lmw::Gpt;
using lmw::ModelConfig;

namespace {
ModelConfig tinyConfig(bool bias = true) {
    ModelConfig m;
    m.vocabSize = 11;
    m.layers = 2;
    m.heads = 2;
    m.embed = 16;
    m.block = 12;
    m.bias = bias;
    return m;
}
}  // namespace

class TestGptDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }
    void shapes();
    void causalMask();
    void attentionRecords();
    void parameterCountMatchesTheModel_data();
    void parameterCountMatchesTheModel();
    void overfitsOneBatch();
    void cloneIsIndependent();
};

void TestGptDecoder::shapes() {
    Gpt net(tinyConfig());
    auto logits = net->forward(torch::randint(0, 11, {3, 12}, torch::kLong));
    QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{3, 12, 11}));
    auto shorter = net->forward(torch::randint(0, 11, {1, 5}, torch::kLong));
    QCOMPARE(shorter.sizes().vec(), (std::vector<int64_t>{1, 5, 11}));
    QVERIFY_THROWS_EXCEPTION(c10::Error, net->forward(torch::zeros({1, 13}, torch::kLong)));
}

void TestGptDecoder::causalMask() {
    Gpt net(tinyConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    auto idx = torch::randint(0, 11, {1, 12}, torch::kLong);
    const auto before = net->forward(idx);
    for (int64_t t = 0; t + 1 < 12; ++t) {
        auto changed = idx.clone();
        changed.index_put_({0, t + 1}, (idx.index({0, t + 1}).item<int64_t>() + 1) % 11);
        const auto after = net->forward(changed);
        // Positions <= t cannot see token t+1 ...
        QVERIFY(torch::equal(before.slice(1, 0, t + 1), after.slice(1, 0, t + 1)));
        // ... and position t+1 does.
        QVERIFY(!torch::allclose(before.select(1, t + 1), after.select(1, t + 1)));
    }
}

void TestGptDecoder::attentionRecords() {
    Gpt net(tinyConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> probs;
    auto idx = torch::randint(0, 11, {2, 7}, torch::kLong);
    const auto withRecord = net->forward(idx, &probs);
    QCOMPARE(probs.size(), std::size_t(2));  // one per layer
    for (const auto& p : probs) {
        QCOMPARE(p.sizes().vec(), (std::vector<int64_t>{2, 2, 7, 7}));            // (B, H, T, T)
        QVERIFY(torch::allclose(p.sum(-1), torch::ones({2, 2, 7}), 1e-5, 1e-6));  // rows sum to 1
        QCOMPARE(p.triu(1).abs().max().item<float>(), 0.0f);                      // no look-ahead
    }
    QVERIFY(torch::equal(withRecord, net->forward(idx)));  // recording changes nothing
}

void TestGptDecoder::parameterCountMatchesTheModel_data() {
    QTest::addColumn<bool>("bias");
    QTest::newRow("with biases") << true;
    QTest::newRow("without biases") << false;
}

void TestGptDecoder::parameterCountMatchesTheModel() {
    QFETCH(bool, bias);
    const ModelConfig m = tinyConfig(bias);
    Gpt net(m);
    int64_t n = 0;
    for (const auto& p : net->parameters()) n += p.numel();
    QCOMPARE(lmw::parameterCount(m), n);
}

void TestGptDecoder::overfitsOneBatch() {
    Gpt net(tinyConfig());
    torch::optim::AdamW opt(net->parameters(), torch::optim::AdamWOptions(1e-2).weight_decay(0.0));
    auto x = torch::randint(0, 11, {4, 12}, torch::kLong);
    auto y = torch::randint(0, 11, {4, 12}, torch::kLong);
    double first = 0, last = 0;
    for (int i = 0; i < 300; ++i) {
        auto loss = lmw::languageModelLoss(net->forward(x), y);
        opt.zero_grad();
        loss.backward();
        opt.step();
        if (i == 0) first = loss.item<double>();
        last = loss.item<double>();
    }
    QVERIFY2(first > 2.0, qPrintable(QString::number(first)));  // ~ln(11) at the start
    QVERIFY2(last < 0.1, qPrintable(QString::number(last)));
}

void TestGptDecoder::cloneIsIndependent() {
    Gpt net(tinyConfig());
    auto copy = std::dynamic_pointer_cast<lmw::GptImpl>(net->clone());
    QVERIFY(copy);
    auto idx = torch::randint(0, 11, {1, 6}, torch::kLong);
    net->eval();
    copy->eval();
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(net->forward(idx), copy->forward(idx)));
    net->wte->weight.add_(1.0);
    QVERIFY(!torch::equal(net->forward(idx), copy->forward(idx)));
}

QTEST_APPLESS_MAIN(TestGptDecoder)
#include "test_gpt_decoder.moc"
