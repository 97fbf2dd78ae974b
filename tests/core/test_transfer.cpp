// ULMFiT's stages 2 and 3 on tiny models: layer groups of every family, the freeze schedule
// (requires_grad per epoch, frozen weights bit-for-bit unchanged), concat pooling over padding,
// length buckets, overfitting a tiny labelled set, LM fine-tuning, the forgetting measure,
// checkpoint round trip through TextGenerator::classify, cancellation and bad input.
#include <QDir>
#include <QFile>
#include <atomic>
#include <cmath>
#include <set>

#include "api/error.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "api/transfer.h"
#include "checkpoint/checkpoint.h"
#include "data/char_tokenizer.h"
#include "engine_fixtures.h"
#include "models/lstm.h"
#include "test_util.h"
#include "training/fine_tune.h"

using lmw::ClassifierConfig;
using lmw::LabelledDataset;
using lmw::ModelConfig;
using lmw::ModelFamily;
using lmw::Unfreezing;
using lmw::test::errorOf;

namespace {

/// Twelve short texts, three labels told apart by their words.
LabelledDataset tinyLabelled() {
    LabelledDataset d;
    d.source = "tiny";
    d.labels = {"animal", "food", "weather"};
    const char* texts[3][4] = {{"the cat sat on the mat", "a dog ran to the park",
                                "the bird sang in a tree", "my fox hid in the den"},
                               {"we ate bread and soup", "she baked a sweet cake",
                                "he had rice with beans", "they cooked a hot stew"},
                               {"it is cold and windy", "the rain fell all day",
                                "snow came in the night", "the sun was warm today"}};
    for (int label = 0; label < 3; ++label)
        for (const char* t : texts[label]) d.examples.push_back({t, label});
    return d;
}

ModelConfig tinyLstm() {
    ModelConfig m;
    m.family = ModelFamily::Lstm;
    m.layers = 2;
    m.embed = 16;
    m.hidden = 24;
    m.block = 32;
    // Little regularisation: twelve examples are meant to be learnt by heart.
    m.embedDropout = m.inputDropout = m.hiddenDropout = m.weightDropout = m.outputDropout = 0.0;
    return m;
}

ClassifierConfig fastClassifier(int epochs) {
    ClassifierConfig c;
    c.epochs = epochs;
    c.batch = 4;
    c.lr = 0.02;
    c.threads = 1;
    c.seed = 3;
    return c;
}

std::vector<std::string> textsOf(const LabelledDataset& d) {
    std::vector<std::string> out;
    for (const auto& e : d.examples) out.push_back(e.text);
    return out;
}

}  // namespace

class TestTransfer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layerGroupsOfEveryFamily();
    void concatPoolingIgnoresPadding();
    void bucketsAndPadding();
    void freezeSchedule();
    void discriminativeRatesPerStep();
    void overfitsTwelveExamples();
    void lmFineTuningAndForgetting();
    void checkpointRoundTripThroughClassify();
    void transformerClassifiers();
    void cancellation();
    void badInput();
    void wholePipeline();

private:
    QTemporaryDir dir_;
    std::string lm_;  // a tiny LSTM LM pretrained on the stories
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
};

void TestTransfer::initTestCase() {
    QVERIFY(dir_.isValid());
    auto train = lmw::test::tinyTraining(30);
    train.lr = 5e-3;
    auto session =
        lmw::TrainingSession::create(tinyLstm(), train, lmw::test::tinyCorpus(), path("lm"));
    const lmw::RunSummary s = session.train();
    lm_ = s.checkpointPath;
    QVERIFY(QFile::exists(QString::fromStdString(lm_)));
}

void TestTransfer::layerGroupsOfEveryFamily() {
    for (ModelFamily f : {ModelFamily::Lstm, ModelFamily::Gpt, ModelFamily::Bert,
                          ModelFamily::Roberta, ModelFamily::Bart}) {
        ModelConfig m = lmw::familyDefaults(f, lmw::test::tinyModel());
        m.vocabSize = 40;
        m.layers = 2;
        m.numClasses = 3;
        m.padId = 1;
        auto model = lmw::makeModel(m);
        const lmw::LayerGroups g = lmw::transferGroups(*model);
        const int blocks = f == ModelFamily::Bart ? 2 * m.layers : m.layers;
        QCOMPARE(g.size(), blocks + 2);  // embeddings, blocks, head
        QCOMPARE(int(g.names.size()), g.size());
        QCOMPARE(g.names.back(), std::string("classifier head"));
        std::set<const void*> seen;
        std::size_t n = 0;
        for (const auto& group : g.params) {
            QVERIFY(!group.empty());
            for (const auto& p : group) seen.insert(p.data_ptr()), ++n;
        }
        QCOMPARE(n, seen.size());                          // no parameter twice
        QCOMPARE(n, model->module().parameters().size());  // none left out
    }
    // LSTM classifier: the embedding first (input side), the LM: the embedding + decoder last.
    ModelConfig m = tinyLstm();
    m.vocabSize = 30;
    m.numClasses = 2;
    auto clf = std::dynamic_pointer_cast<lmw::LstmModel>(lmw::makeModel(m));
    auto g = lmw::transferGroups(*clf);
    QCOMPARE(g.names,
             (std::vector<std::string>{"embedding", "LSTM 1", "LSTM 2", "classifier head"}));
    QVERIFY(g.params.front().front().is_same(clf->net()->encoder->weight));
    m.numClasses = 0;
    auto lm = lmw::makeModel(m);
    QCOMPARE(lmw::transferGroups(*lm).names.back(), std::string("embedding + decoder"));
}

void TestTransfer::concatPoolingIgnoresPadding() {
    torch::manual_seed(1);
    auto states = torch::randn({2, 5, 3});
    auto mask = torch::tensor({{1, 1, 1, 1, 1}, {1, 1, 0, 0, 0}}, torch::kLong);
    // Padding holds huge values: none may reach the pooled vector.
    states.index_put_({1, torch::indexing::Slice(2)}, 1e6);
    auto pooled = lmw::concatPool(states, mask);
    QCOMPARE(pooled.sizes().vec(), (std::vector<int64_t>{2, 9}));
    auto alone = lmw::concatPool(
        states.index({torch::indexing::Slice(1, 2), torch::indexing::Slice(0, 2)}), {});
    QVERIFY(torch::allclose(pooled[1], alone[0]));
    QVERIFY(torch::allclose(pooled[1].narrow(0, 0, 3), states[1][1]));  // last real state
    QVERIFY(pooled[1].abs().max().item<float>() < 1e3);
    auto full = lmw::concatPool(states.narrow(0, 0, 1), {});
    QVERIFY(torch::allclose(pooled[0], full[0]));
}

void TestTransfer::bucketsAndPadding() {
    std::vector<lmw::EncodedText> data;
    for (int i = 0; i < 23; ++i)
        data.push_back({std::vector<int64_t>(std::size_t(1 + (i * 7) % 13), 5), i % 3});
    lmw::Rng rng(4);
    const auto batches = lmw::lengthBuckets(data, 5, &rng);
    std::multiset<std::size_t> all;
    for (const auto& b : batches) {
        QVERIFY(b.size() >= 2);
        all.insert(b.begin(), b.end());
    }
    QCOMPARE(all.size(), data.size());
    QCOMPARE(std::set<std::size_t>(all.begin(), all.end()).size(), data.size());  // each once
    // 23 = 4 x 5 + 3; with 21 examples the last one joins the batch before it.
    const auto sorted = lmw::lengthBuckets(
        std::vector<lmw::EncodedText>(data.begin(), data.begin() + 21), 5, nullptr);
    QCOMPARE(sorted.size(), std::size_t(4));
    QCOMPARE(sorted.back().size(), std::size_t(6));
    std::size_t prev = 1000;
    for (const auto& b : sorted)
        for (std::size_t i : b) {
            QVERIFY(data[i].ids.size() <= prev);  // longest first, without shuffling
            prev = data[i].ids.size();
        }
    const lmw::Batch b = lmw::padBatch(data, {0, 1, 2}, 9);
    const std::size_t longest =
        std::max({data[0].ids.size(), data[1].ids.size(), data[2].ids.size()});
    QCOMPARE(b.input.sizes().vec(), (std::vector<int64_t>{3, int64_t(longest)}));
    for (int r = 0; r < 3; ++r) {
        const int64_t len = int64_t(data[std::size_t(r)].ids.size());
        QCOMPARE(b.attentionMask[r].sum().item<int64_t>(), len);
        QCOMPARE(b.input[r].eq(9).sum().item<int64_t>(), b.input.size(1) - len);
        QCOMPARE(b.classLabels[r].item<int64_t>(), int64_t(data[std::size_t(r)].label));
    }
}

void TestTransfer::freezeSchedule() {
    const lmw::LoadedCheckpoint ckpt = lmw::LoadedCheckpoint::read(lm_);
    ModelConfig m = ckpt.meta().model;
    m.numClasses = 3;
    torch::manual_seed(2);
    auto model = lmw::makeModel(m);
    auto source = ckpt.buildModel();
    lmw::copyMatchingWeights(source->module(), model->module());
    const auto data = lmw::encodeDataset(*model, *ckpt.meta().tokenizer, tinyLabelled());
    QCOMPARE(data.size(), std::size_t(12));

    const int G = 4;  // embedding, LSTM 1, LSTM 2, head
    std::vector<std::vector<torch::Tensor>> before;
    std::vector<std::vector<bool>> requiresGrad;
    lmw::ClassifierHooks hooks;
    hooks.beforeEpoch = [&](int, lmw::LanguageModel&, const lmw::LayerGroups& g) {
        before.assign(std::size_t(g.size()), {});
        std::vector<bool> rg;
        for (int i = 0; i < g.size(); ++i) {
            bool all = true, none = true;
            for (const auto& p : g.params[std::size_t(i)]) {
                before[std::size_t(i)].push_back(p.detach().clone());
                all = all && p.requires_grad();
                none = none && !p.requires_grad();
            }
            QVERIFY2(all || none, "a group is frozen or trainable as a whole");
            rg.push_back(all);
        }
        requiresGrad.push_back(rg);
    };
    std::vector<std::vector<bool>> changed;
    hooks.afterEpoch = [&](int, lmw::LanguageModel&, const lmw::LayerGroups& g) {
        std::vector<bool> ch;
        for (int i = 0; i < g.size(); ++i) {
            bool any = false;
            for (std::size_t k = 0; k < g.params[std::size_t(i)].size(); ++k)
                any = any || !torch::equal(g.params[std::size_t(i)][k], before[std::size_t(i)][k]);
            ch.push_back(any);
        }
        changed.push_back(ch);
    };
    std::vector<std::vector<bool>> reported;
    lmw::TransferCallbacks cb;
    cb.onEpoch = [&](const lmw::TransferEpoch& e) { reported.push_back(e.groupTrainable); };
    const auto r = lmw::trainClassifierModel(*model, data, data, {}, tinyLabelled().labels,
                                             fastClassifier(G + 1), cb, "ulmfit", hooks);
    QCOMPARE(int(requiresGrad.size()), G + 1);
    for (int e = 0; e <= G; ++e) {
        for (int g = 0; g < G; ++g) {
            const bool trainable = g >= G - std::min(e + 1, G);
            QCOMPARE(bool(requiresGrad[std::size_t(e)][std::size_t(g)]), trainable);
            QCOMPARE(bool(reported[std::size_t(e)][std::size_t(g)]), trainable);
            // Frozen weights stay bit-for-bit; trainable ones move. (The embedding's decoder
            // bias is not used by a classifier, but the embedding matrix is.)
            QCOMPARE(bool(changed[std::size_t(e)][std::size_t(g)]), trainable);
        }
    }
    QCOMPARE(r.valAccuracy.size(), std::size_t(G + 1));
    for (const auto& p : model->module().parameters())
        QVERIFY(p.requires_grad());  // restored at the end
}

void TestTransfer::discriminativeRatesPerStep() {
    std::vector<lmw::TransferStep> steps;
    lmw::TransferCallbacks cb;
    cb.onStep = [&](const lmw::TransferStep& s) { steps.push_back(s); };
    ClassifierConfig c = fastClassifier(3);
    c.unfreezing = Unfreezing::Gradual;
    lmw::fineTuneClassifier(lm_, tinyLabelled(), {}, {}, c, "", cb);
    QCOMPARE(steps.size(), std::size_t(9));  // 12 examples / 4 per batch x 3 epochs
    for (const auto& s : steps) {
        QCOMPARE(s.groupRates.size(), std::size_t(4));
        for (std::size_t g = 0; g + 1 < 4; ++g)
            QVERIFY(qAbs(s.groupRates[g] * 2.6 - s.groupRates[g + 1]) < 1e-12);
    }
    // One slanted triangle per unfreezing stage (3 steps each, cut at step 1): low, peak, lower.
    for (int stage = 0; stage < 3; ++stage) {
        const auto& first = steps[std::size_t(3 * stage)];
        const auto& peak = steps[std::size_t(3 * stage + 1)];
        QCOMPARE(first.groupRates.back(), c.lr / c.ratio);
        QCOMPARE(peak.groupRates.back(), c.lr);
        QVERIFY(steps[std::size_t(3 * stage + 2)].groupRates.back() < c.lr);
        QCOMPARE(int(std::count(first.groupTrainable.begin(), first.groupTrainable.end(), true)),
                 stage + 1);
    }
    // All at once: one triangle over all epochs, every group trainable.
    steps.clear();
    c.unfreezing = Unfreezing::AllAtOnce;
    lmw::fineTuneClassifier(lm_, tinyLabelled(), {}, {}, c, "", cb);
    QCOMPARE(steps.size(), std::size_t(9));
    for (std::size_t k = 0; k < steps.size(); ++k)
        QCOMPARE(steps[k].groupRates.back(),
                 lmw::slantedTriangularRate(int64_t(k), 9, {c.lr, c.cutFrac, c.ratio}));
    QVERIFY(steps[8].groupRates.back() < steps[4].groupRates.back());
    for (const auto& s : steps)
        QCOMPARE(int(std::count(s.groupTrainable.begin(), s.groupTrainable.end(), true)), 4);
}

void TestTransfer::overfitsTwelveExamples() {
    // Batch norm in the head needs enough steps for its running statistics to settle.
    ClassifierConfig c = fastClassifier(50);
    c.unfreezing = Unfreezing::AllAtOnce;
    c.lr = 0.03;
    const LabelledDataset d = tinyLabelled();
    const auto r = lmw::fineTuneClassifier(lm_, d, {}, d, c, "");
    QCOMPARE(r.test.total, 12);
    QCOMPARE(r.test.accuracy, 1.0);
    QVERIFY(r.trainLoss.back() < r.trainLoss.front());
    for (int k = 0; k < 3; ++k) QCOMPARE(r.test.confusion[std::size_t(k)][std::size_t(k)], 4);
}

void TestTransfer::lmFineTuningAndForgetting() {
    lmw::LmFineTuneConfig c;
    c.epochs = 3;
    c.batch = 8;
    c.bptt = 16;
    c.lr = 1e-2;
    c.threads = 1;
    c.valFraction = 0.25;
    std::vector<std::string> texts;
    for (int rep = 0; rep < 6; ++rep)
        for (const auto& t : textsOf(tinyLabelled())) texts.push_back(t);
    const std::string stage2 = path("stage2");
    const auto r = lmw::fineTuneLanguageModel(lm_, texts, c, stage2);
    QCOMPARE(r.valLoss.size(), std::size_t(3));
    QVERIFY(std::isfinite(r.initialValLoss));
    QVERIFY2(r.valLoss.back() < r.initialValLoss, "the LM adapts to the task's texts");
    QCOMPARE(lmw::LoadedCheckpoint::read(stage2).meta().model.family, ModelFamily::Lstm);

    // Forgetting: a classifier whose encoder stayed frozen reads general text exactly like the
    // stage-2 LM; one trained all at once does not.
    const std::string general = lmw::generateStories(11, 4000);
    const double own = lmw::encoderLmLoss(stage2, stage2, general, 16, 8, 1);
    QVERIFY(std::isfinite(own) && own > 0);
    ClassifierConfig frozen = fastClassifier(1);
    frozen.unfreezing = Unfreezing::Gradual;  // one epoch: the head only
    lmw::fineTuneClassifier(stage2, tinyLabelled(), {}, {}, frozen, path("frozen.ckpt"));
    QCOMPARE(lmw::encoderLmLoss(path("frozen.ckpt"), stage2, general, 16, 8, 1), own);
    ClassifierConfig all = fastClassifier(4);
    all.unfreezing = Unfreezing::AllAtOnce;
    lmw::fineTuneClassifier(stage2, tinyLabelled(), {}, {}, all, path("all.ckpt"));
    const double after = lmw::encoderLmLoss(path("all.ckpt"), stage2, general, 16, 8, 1);
    QVERIFY(std::isfinite(after));
    QVERIFY(after != own);
    QVERIFY(errorOf([&] {
                lmw::encoderLmLoss(stage2, stage2, "too short", 16, 8, 1);
            }).contains("too short"));
}

void TestTransfer::checkpointRoundTripThroughClassify() {
    ClassifierConfig c = fastClassifier(3);
    const LabelledDataset d = tinyLabelled();
    const std::string out = path("classifier.ckpt");
    const auto r = lmw::fineTuneClassifier(lm_, d, d, d, c, out);
    QCOMPARE(r.checkpointPath, out);
    const lmw::TextGenerator gen = lmw::TextGenerator::load(out);
    QCOMPARE(gen.modelConfig().numClasses, 3);
    for (std::size_t i = 0; i < d.examples.size(); ++i) {
        const auto probs = gen.classify(d.examples[i].text);
        QCOMPARE(probs.size(), std::size_t(3));
        for (std::size_t k = 0; k < 3; ++k) {
            QCOMPARE(probs[k].first, d.labels[k]);  // names, not "class 0"
            QVERIFY2(std::abs(probs[k].second - r.testProbabilities[i][k]) < 1e-5,
                     "same probabilities after loading");
        }
    }
    // The label names are in the header; a count that does not match the head is refused.
    QCOMPARE(lmw::LoadedCheckpoint::read(out).meta().labels, d.labels);
}

void TestTransfer::transformerClassifiers() {
    // A tiny GPT and a tiny BERT, pretrained a few steps, fine-tuned all at once with their heads.
    // (The one-layer, width-16 BERT learns this set slowly from its [CLS] token: it only has to
    // beat chance here; GPT reads the last token and fits it.)
    for (ModelFamily f : {ModelFamily::Gpt, ModelFamily::Bert}) {
        ModelConfig m = lmw::familyDefaults(f, lmw::test::tinyModel());
        auto t = lmw::test::tinyTraining(5);
        t.objective.objective = f == ModelFamily::Bert ? lmw::Objective::Mlm : lmw::Objective::Clm;
        const std::string dir = path(f == ModelFamily::Bert ? "bert" : "gpt");
        lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), dir).train();
        ClassifierConfig c = fastClassifier(25);
        c.unfreezing = Unfreezing::AllAtOnce;
        c.lr = 3e-3;
        c.lrDecay = 1.0;
        const LabelledDataset d = tinyLabelled();
        const auto r = lmw::fineTuneClassifier(
            dir, d, {}, d, c, path(f == ModelFamily::Bert ? "bert.ckpt" : "gpt.ckpt"), {},
            lmw::familyName(f));
        QCOMPARE(r.family, lmw::familyName(f));
        QCOMPARE(r.valAccuracy.size(), std::size_t(25));
        const double needed = f == ModelFamily::Gpt ? 0.99 : 0.5;
        QVERIFY2(r.test.accuracy > needed, qPrintable(QString("%1 on the tiny set: %2")
                                                          .arg(QString::fromStdString(r.family))
                                                          .arg(r.test.accuracy)));
        const auto gen = lmw::TextGenerator::load(r.checkpointPath);
        for (std::size_t i = 0; i < d.examples.size(); i += 5) {
            const auto probs = gen.classify(d.examples[i].text);
            for (std::size_t k = 0; k < 3; ++k) {
                QCOMPARE(probs[k].first, d.labels[k]);
                QVERIFY(std::abs(probs[k].second - r.testProbabilities[i][k]) < 1e-4);
            }
        }
    }
}

void TestTransfer::cancellation() {
    std::atomic<bool> cancel{false};
    lmw::TransferCallbacks cb;
    cb.cancel = &cancel;
    int steps = 0;
    cb.onStep = [&](const lmw::TransferStep&) {
        if (++steps == 3) cancel.store(true);
    };
    const std::string out = path("cancelled.ckpt");
    const auto r = lmw::fineTuneClassifier(lm_, tinyLabelled(), tinyLabelled(), tinyLabelled(),
                                           fastClassifier(5), out, cb);
    QVERIFY(r.cancelled);
    QCOMPARE(r.steps, std::int64_t(3));
    QCOMPARE(r.test.total, 0);
    QVERIFY(!QFile::exists(QString::fromStdString(out)));

    cancel.store(false);
    steps = 0;
    lmw::LmFineTuneConfig lc;
    lc.bptt = 8;
    lc.batch = 2;
    lc.threads = 1;
    const auto lr =
        lmw::fineTuneLanguageModel(lm_, textsOf(tinyLabelled()), lc, path("cancelled-lm.ckpt"), cb);
    QVERIFY(lr.cancelled);
    QCOMPARE(lr.steps, std::int64_t(3));
    QVERIFY(!QFile::exists(QString::fromStdString(path("cancelled-lm.ckpt"))));
}

void TestTransfer::badInput() {
    const LabelledDataset good = tinyLabelled();
    const ClassifierConfig c = fastClassifier(1);
    auto fails = [&](const LabelledDataset& train, const ClassifierConfig& cfg,
                     const char* expected) {
        const QString e = errorOf([&] { lmw::fineTuneClassifier(lm_, train, {}, {}, cfg, ""); });
        QVERIFY2(e.contains(expected), qPrintable(e));
    };
    LabelledDataset empty = good;
    empty.examples.clear();
    fails(empty, c, "has no examples");
    LabelledDataset oneLabel = good;
    for (auto& e : oneLabel.examples) e.label = 1;
    fails(oneLabel, c, "at least two labels");
    LabelledDataset outOfRange = good;
    outOfRange.examples[0].label = 7;
    fails(outOfRange, c, "label id 7");
    ClassifierConfig bad = c;
    bad.batch = 0;
    fails(good, bad, "batch size");
    bad = c;
    bad.epochs = 1000000;
    fails(good, bad, "epochs");
    bad = c;
    bad.maxTokens = 0;
    fails(good, bad, "text length");
    bad = c;
    bad.lr = -1;
    fails(good, bad, "learning rate");
    bad = c;
    bad.lrDecay = 0.5;
    fails(good, bad, "discriminative factor");
    LabelledDataset badTest = good;
    badTest.examples[0].label = -1;
    QVERIFY(errorOf([&] {
                lmw::fineTuneClassifier(lm_, good, {}, badTest, c, "");
            }).contains("test set"));
    QVERIFY(errorOf([&] {
                lmw::fineTuneClassifier(path("missing"), good, {}, {}, c, "");
            }).contains("Checkpoint"));

    lmw::LmFineTuneConfig lc;
    lc.threads = 1;
    QVERIFY(errorOf([&] { lmw::fineTuneLanguageModel(lm_, {}, lc, ""); }).contains("no texts"));
    QVERIFY(errorOf([&] { lmw::fineTuneLanguageModel(lm_, {"tiny"}, lc, ""); }).contains("tokens"));
    lc.bptt = 1 << 20;
    QVERIFY(errorOf([&] { lmw::fineTuneLanguageModel(lm_, {"tiny"}, lc, ""); }).contains("bptt"));
    lc = {};
    lc.epochs = 0;
    QVERIFY(errorOf([&] { lmw::fineTuneLanguageModel(lm_, {"tiny"}, lc, ""); }).contains("epochs"));
    lc = {};
    const std::string clf = path("bad-input.ckpt");
    lmw::fineTuneClassifier(lm_, good, {}, {}, c, clf);
    QVERIFY(
        errorOf([&] { lmw::fineTuneLanguageModel(clf, {"tiny"}, lc, ""); }).contains("classifier"));

    lmw::UlmfitConfig u;
    u.pretrainedLm = lm_;
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, good, good); }).contains("output folder"));
    u.outDir = path("u");
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, empty, good); }).contains("has no examples"));
    u.pretrainedLm.clear();
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, good, good); }).contains("general corpus"));
    u.pretrainedLm = clf;
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, good, good); }).contains("not an LSTM language model"));
    u.pretrainedLm = lm_;
    u.baselines = {lmw::Baseline::Bert};
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, good, good); }).contains("bert baseline"));
    LabelledDataset foreign = good;
    foreign.labels = {"animal", "food", "sport"};
    u.baselines.clear();
    QVERIFY(errorOf([&] { lmw::runUlmfit(u, good, foreign); }).contains("sport"));
}

void TestTransfer::wholePipeline() {
    // Stage 1 reused, stages 2 and 3, two baselines, forgetting on held-out general text.
    LabelledDataset train = tinyLabelled();
    for (int rep = 0; rep < 2; ++rep)
        for (std::size_t i = 0; i < 12; ++i) train.examples.push_back(train.examples[i]);
    const std::string general = lmw::test::writeFile(
        dir_, "general.txt", QByteArray::fromStdString(lmw::generateStories(9, 6000)));
    lmw::UlmfitConfig u;
    u.pretrainedLm = lm_;
    u.heldOutFile = general;
    u.forgettingWindows = 8;
    u.lmFineTune.epochs = 1;
    u.lmFineTune.batch = 4;
    u.lmFineTune.bptt = 16;
    u.classifier = fastClassifier(0);  // one epoch per group + 1
    u.valFraction = 0.25;
    u.baselines = {lmw::Baseline::Scratch, lmw::Baseline::AllAtOnce};
    u.outDir = path("pipeline");
    u.threads = 1;
    std::vector<std::string> stages;
    lmw::TransferCallbacks cb;
    cb.onStageStart = [&](const lmw::TransferStageInfo& s) {
        stages.push_back(s.run + ":" + lmw::transferStageName(s.stage));
    };
    const lmw::UlmfitReport r = lmw::runUlmfit(u, train, tinyLabelled(), cb);
    QCOMPARE(stages, (std::vector<std::string>{"lm:target-lm", "ulmfit:classifier",
                                               "scratch:classifier", "all-at-once:classifier"}));
    QCOMPARE(r.valExamples, 9);
    QCOMPARE(r.trainExamples, 27);
    QCOMPARE(r.classifiers.size(), std::size_t(3));
    QCOMPARE(r.classifiers[0].valAccuracy.size(), std::size_t(5));  // 4 groups + 1
    QCOMPARE(r.classifiers[0].test.total, 12);
    QVERIFY(std::isfinite(r.targetLmForgettingLoss));
    QVERIFY(std::isfinite(r.classifiers[0].forgettingLoss));
    QVERIFY(std::isnan(r.classifiers[1].forgettingLoss));  // scratch: no pretrained encoder
    QVERIFY(std::isfinite(r.classifiers[2].forgettingLoss));
    QVERIFY(!r.classifiers[1].pretrained);
    QVERIFY(QFile::exists(QString::fromStdString(r.resultsPath)));
    QVERIFY(QFile::exists(QString::fromStdString(u.outDir + "/ulmfit/checkpoint")));
    QFile f(QString::fromStdString(r.resultsPath));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("\"confusion\""));
    QVERIFY(json.contains("\"all-at-once\""));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "test_transfer.moc"
