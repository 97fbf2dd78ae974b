// Prompt scoring with real (tiny) decoders: verbalizer scores equal the token log-probabilities
// read directly from the model's logits, for GPT and LSTM, one-token and multi-token
// candidates; the GPT window cuts prompts and drops demonstrations from the front; evaluation
// records agree with their own prompts, are reproducible, can be cancelled, and the training
// hook measures a curve at every evaluation.
#include <cmath>
#include <set>

#include "api/error.h"
#include "api/prompting.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "checkpoint/checkpoint.h"
#include "engine_fixtures.h"
#include "models/common.h"
#include "test_util.h"

using lmw::test::errorOf;

namespace {

lmw::CorpusSource iclCorpus() {
    return lmw::CorpusSource::fromText("icl",
                                       lmw::iclCorpus(lmw::defaultIclTaskConfig(), 1, 20000));
}

/// Log-probability of `continuation` after `prompt`, computed from the model's logits on the
/// whole text at once (the last `window` tokens when the text is longer).
double directLogProb(const std::string& run, const std::string& prompt,
                     const std::string& continuation, int window = 0) {
    const lmw::LoadedCheckpoint ckpt = lmw::LoadedCheckpoint::read(run);
    lmw::ModelPtr model = ckpt.buildModel();
    model->module().eval();
    const auto& tok = *ckpt.meta().tokenizer;
    const auto p = tok.encode(prompt);
    const auto full = tok.encode(prompt + continuation);
    std::vector<int64_t> ids(full.begin(), full.end());
    std::size_t from = p.size();
    if (window > 0 && int(ids.size()) > window) {
        const std::size_t cut = ids.size() - std::size_t(window);
        ids.erase(ids.begin(), ids.begin() + std::ptrdiff_t(cut));
        from -= cut;
    }
    torch::NoGradGuard noGrad;
    lmw::Batch b;
    b.input = torch::tensor(ids, torch::kLong).unsqueeze(0);
    const auto logits = model->forward(b).logits[0].to(torch::kDouble);
    double sum = 0;
    for (std::size_t j = from; j < ids.size(); ++j) {
        const auto row = torch::log_softmax(logits[int64_t(j) - 1], -1);
        sum += row[ids[j]].item<double>();
    }
    return sum;
}

}  // namespace

class TestPromptScoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scoresEqualLogits_data();
    void scoresEqualLogits();
    void labelScoresAndNormalisation();
    void windowCutsThePromptFromTheFront();
    void badCandidatesAndModels();
    void evaluationRecordsAgreeWithTheirPrompts();
    void demonstrationsDroppedToFitTheWindow();
    void lstmEvaluation();
    void progressAndCancellation();
    void labelUnionAcrossTasks();
    void curveDuringTraining();

private:
    std::string train(const std::string& name, lmw::ModelFamily family, int iters);
    QTemporaryDir dir_;
    std::string gptRun_, lstmRun_;
};

std::string TestPromptScoring::train(const std::string& name, lmw::ModelFamily family, int iters) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 32;
    if (family == lmw::ModelFamily::Lstm) {
        m.layers = 2;
        m.hidden = 24;
    }
    lmw::TrainConfig t = lmw::test::tinyTraining(iters);
    t.lr = 3e-3;
    t.evalEvery = iters;
    const std::string run = dir_.filePath(QString::fromStdString(name)).toStdString();
    lmw::TrainingSession::create(m, t, iclCorpus(), run).train();
    return run;
}

void TestPromptScoring::initTestCase() {
    QVERIFY(dir_.isValid());
    gptRun_ = train("gpt", lmw::ModelFamily::Gpt, 40);
    lstmRun_ = train("lstm", lmw::ModelFamily::Lstm, 20);
}

void TestPromptScoring::scoresEqualLogits_data() {
    QTest::addColumn<bool>("lstm");
    QTest::newRow("gpt") << false;
    QTest::newRow("lstm") << true;
}

void TestPromptScoring::scoresEqualLogits() {
    QFETCH(bool, lstm);
    const std::string run = lstm ? lstmRun_ : gptRun_;
    const lmw::TextGenerator gen = lmw::TextGenerator::load(run);
    const std::string prompt = "a1 b0 a";
    // One token each: read from a single pass over the prompt.
    const std::vector<std::string> single = {"1", "0", "2"};
    const auto s = gen.scoreContinuations(prompt, single);
    QCOMPARE(s.size(), single.size());
    for (std::size_t i = 0; i < single.size(); ++i) {
        QCOMPARE(s[i].tokens, std::vector<std::string>{single[i]});
        QCOMPARE(s[i].contextTokens, int(prompt.size()));
        QCOMPARE(s[i].truncatedTokens, 0);
        const double direct = directLogProb(run, prompt, single[i]);
        QVERIFY2(std::fabs(s[i].total() - direct) < 1e-6,
                 qPrintable(QString("%1 vs %2").arg(s[i].total()).arg(direct)));
        QVERIFY(s[i].total() < 0);
    }
    // Several tokens, different lengths: one padded batch.
    const std::vector<std::string> multi = {"1 b0", "2", "0 c1 a1"};
    const auto m = gen.scoreContinuations(prompt, multi);
    for (std::size_t i = 0; i < multi.size(); ++i) {
        QCOMPARE(int(m[i].logProbs.size()), int(multi[i].size()));
        const double direct = directLogProb(run, prompt, multi[i]);
        QVERIFY2(std::fabs(m[i].total() - direct) < 1e-4,
                 qPrintable(QString("%1 vs %2").arg(m[i].total()).arg(direct)));
    }
    // The first token's log-probability does not depend on what follows it.
    QVERIFY(std::fabs(m[1].total() - s[2].total()) < 1e-4);
    QVERIFY(std::fabs(m[0].logProbs[0] - s[0].total()) < 1e-4);
}

void TestPromptScoring::labelScoresAndNormalisation() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    const std::string prompt = "c2 d0 c";
    const std::vector<std::vector<std::string>> v = {{"0"}, {"1", "1 d"}, {"2 c2"}};
    const auto sum = lmw::scorePrompt(gen, prompt, v, lmw::ScoreNormalization::Sum);
    const double a = directLogProb(gptRun_, prompt, "0");
    const double b1 = directLogProb(gptRun_, prompt, "1"),
                 b2 = directLogProb(gptRun_, prompt, "1 d");
    const double c = directLogProb(gptRun_, prompt, "2 c2");
    QVERIFY(std::fabs(sum.labelScores[0] - a) < 1e-4);
    QVERIFY(std::fabs(sum.labelScores[1] - std::log(std::exp(b1) + std::exp(b2))) < 1e-4);
    QVERIFY(std::fabs(sum.labelScores[2] - c) < 1e-4);
    QCOMPARE(sum.wordTokens[2], std::vector<int>{4});
    double total = 0;
    for (double p : sum.probabilities) total += p;
    QVERIFY(std::fabs(total - 1) < 1e-12);
    const double z = std::log(std::exp(sum.labelScores[0]) + std::exp(sum.labelScores[1]) +
                              std::exp(sum.labelScores[2]));
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::fabs(sum.probabilities[std::size_t(i)] -
                          std::exp(sum.labelScores[std::size_t(i)] - z)) < 1e-12);
    const auto mean = lmw::scorePrompt(gen, prompt, v, lmw::ScoreNormalization::Mean);
    QVERIFY(std::fabs(mean.labelScores[2] - c / 4) < 1e-4);
    QVERIFY(std::fabs(mean.labelScores[1] - std::log(std::exp(b1) + std::exp(b2 / 3))) < 1e-4);
    QCOMPARE(mean.predicted,
             int(std::max_element(mean.labelScores.begin(), mean.labelScores.end()) -
                 mean.labelScores.begin()));
}

void TestPromptScoring::windowCutsThePromptFromTheFront() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    QCOMPARE(gen.contextLimit(), 32);
    const std::string prompt = "a1 b0 c2 a1 b0 c2 a1 b0 c2 a1 b0 c2 a1 b0 c";  // 43 characters
    for (const std::string cand : {"2", "2 a1"}) {
        const auto s = gen.scoreContinuations(prompt, {cand});
        QCOMPARE(s[0].truncatedTokens, int(prompt.size() + cand.size()) - 32);
        QCOMPARE(s[0].contextTokens + int(cand.size()), 32);
        QVERIFY(std::fabs(s[0].total() - directLogProb(gptRun_, prompt, cand, 32)) < 1e-4);
    }
    // The LSTM reads any length.
    const lmw::TextGenerator lstm = lmw::TextGenerator::load(lstmRun_);
    QCOMPARE(lstm.contextLimit(), 0);
    QCOMPARE(lstm.scoreContinuations(prompt, {"2"})[0].truncatedTokens, 0);
}

void TestPromptScoring::badCandidatesAndModels() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    QVERIFY(errorOf([&] { gen.scoreContinuations("a", {""}); }).contains("empty continuation"));
    const QString tooLong = errorOf([&] { gen.scoreContinuations("a", {std::string(40, 'a')}); });
    QVERIFY2(tooLong.contains("at most 32"), qPrintable(tooLong));
    QVERIFY(gen.scoreContinuations("a", {}).empty());
    // An empty prompt is read as a line start.
    QCOMPARE(gen.scoreContinuations("", {"a"})[0].contextTokens, 1);
    // A character the tokenizer does not know.
    QVERIFY(!errorOf([&] { gen.scoreContinuations("a", {"\xE2\x82\xAC"}); }).isEmpty());
    QVERIFY(errorOf([&] { lmw::scorePrompt(gen, "a", {{"1"}}); }).contains("two labels"));

    lmw::ModelConfig m = lmw::familyDefaults(lmw::ModelFamily::Bert, lmw::test::tinyModel());
    const std::string run = dir_.filePath("bert").toStdString();
    lmw::TrainConfig t = lmw::test::tinyTraining(2);
    t.objective.objective = lmw::Objective::Mlm;
    lmw::TrainingSession::create(m, t, iclCorpus(), run).train();
    const lmw::TextGenerator bert = lmw::TextGenerator::load(run);
    QVERIFY(errorOf([&] { bert.scoreContinuations("a", {"1"}); }).contains("needs a decoder"));
    lmw::PromptTask task;
    task.pool = lmw::iclTasks(lmw::defaultIclTaskConfig(), 1, 1, 2)[0].pool;
    QVERIFY(errorOf([&] {
                lmw::evaluatePrompts(bert, {task}, lmw::PromptEvalOptions{});
            }).contains("decoder"));
}

void TestPromptScoring::evaluationRecordsAgreeWithTheirPrompts() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    const auto tasks = lmw::iclTasks(lmw::defaultIclTaskConfig(), 4, 2, 3);  // 2 pools of 12
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {0, 1, 4};
    o.seeds = 2;
    o.limit = 5;
    const lmw::PromptEvalReport r = lmw::evaluatePrompts(gen, tasks, o);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.queries, 10);
    QCOMPARE(r.labels, (std::vector<std::string>{"0", "1", "2"}));
    QCOMPARE(int(r.records.size()), 10 * (1 + 2 + 2));
    QCOMPARE(r.contextTokens, 32);
    QCOMPARE(int(r.byShots.size()), 3);
    for (const lmw::PromptRecord& rec : r.records) {
        const auto& pool = tasks[std::size_t(rec.task)].pool;
        QCOMPARE(int(rec.demonstrations.size()), rec.shots);
        for (int d : rec.demonstrations) QVERIFY(d != rec.query);  // never the query itself
        QCOMPARE(rec.text, pool.examples[std::size_t(rec.query)].text);
        QCOMPARE(rec.trueLabel, pool.examples[std::size_t(rec.query)].label);
        // The stored prompt is the template filled with the stored demonstrations.
        std::vector<std::pair<std::string, std::string>> demos;
        for (int d : rec.demonstrations)
            demos.emplace_back(pool.examples[std::size_t(d)].text,
                               pool.labels[std::size_t(pool.examples[std::size_t(d)].label)]);
        QCOMPARE(rec.prompt, lmw::buildPrompt(o.prompt, r.verbalizers, demos, rec.text));
        // Its probabilities are the scores of that prompt.
        const auto again = lmw::scorePrompt(gen, rec.prompt, r.verbalizers);
        for (std::size_t l = 0; l < 3; ++l)
            QVERIFY(std::fabs(again.probabilities[l] - rec.probabilities[l]) < 1e-9);
        QCOMPARE(rec.predicted, again.predicted);
    }
    for (const lmw::ShotsResult& s : r.byShots) {
        int correct = 0, n = 0;
        for (const auto& rec : r.records)
            if (rec.shots == s.shots) {
                correct += rec.correct();
                ++n;
            }
        QCOMPARE(s.calibration.count, n);
        QVERIFY(std::fabs(s.calibration.accuracy - double(correct) / n) < 1e-12);
        QCOMPARE(int(s.seedAccuracies.size()), s.shots == 0 ? 1 : 2);
        QCOMPARE(s.meanDemonstrations, double(s.shots));
    }
    // Reproducible: the same options give the same records.
    const lmw::PromptEvalReport again = lmw::evaluatePrompts(gen, tasks, o);
    QCOMPARE(again.records.size(), r.records.size());
    for (std::size_t i = 0; i < r.records.size(); ++i) {
        QCOMPARE(again.records[i].prompt, r.records[i].prompt);
        QCOMPARE(again.records[i].probabilities, r.records[i].probabilities);
    }
    // Another seed draws other demonstrations.
    o.seed = 99;
    const lmw::PromptEvalReport other = lmw::evaluatePrompts(gen, tasks, o);
    int differing = 0;
    for (std::size_t i = 0; i < r.records.size(); ++i)
        differing += other.records[i].prompt != r.records[i].prompt;
    QVERIFY(differing > 0);
}

void TestPromptScoring::demonstrationsDroppedToFitTheWindow() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    const auto tasks = lmw::iclTasks(lmw::defaultIclTaskConfig(), 2, 1, 4);  // 16 examples
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {9, 10, 12};
    o.seeds = 1;
    o.limit = 3;
    const auto r = lmw::evaluatePrompts(gen, tasks, o);
    // k demonstrations take 3k characters, the query 1, the label 1; the window holds 32.
    for (const auto& rec : r.records) {
        const int fit = std::min(rec.shots, (32 - 2) / 3);
        QCOMPARE(int(rec.demonstrations.size()), fit);
        QCOMPARE(rec.droppedDemonstrations, rec.shots - fit);
        QCOMPARE(rec.truncatedTokens, 0);
        QVERIFY(int(rec.prompt.size()) + 1 <= 32);
    }
    QCOMPARE(r.byShots[0].promptsWithDroppedDemos, 0);
    QCOMPARE(r.byShots[1].promptsWithDroppedDemos, 0);
    QCOMPARE(r.byShots[2].promptsWithDroppedDemos, 3);
    QCOMPARE(r.byShots[2].meanDemonstrations, 10.0);
}

void TestPromptScoring::lstmEvaluation() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(lstmRun_);
    const auto tasks = lmw::iclTasks(lmw::defaultIclTaskConfig(), 3, 1, 4);
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {0, 12};
    o.seeds = 1;
    o.limit = 4;
    o.normalization = lmw::ScoreNormalization::Mean;
    o.verbalizers = {{"0"}, {"1"}, {"2", "2 "}};
    const auto r = lmw::evaluatePrompts(gen, tasks, o);
    QCOMPARE(r.contextTokens, 0);
    QCOMPARE(int(r.records.size()), 8);
    for (const auto& rec : r.records) {
        QCOMPARE(int(rec.demonstrations.size()), rec.shots);  // nothing dropped without a window
        QCOMPARE(rec.droppedDemonstrations, 0);
        double total = 0;
        for (double p : rec.probabilities) total += p;
        QVERIFY(std::fabs(total - 1) < 1e-12);
    }
}

void TestPromptScoring::progressAndCancellation() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    const auto tasks = lmw::iclTasks(lmw::defaultIclTaskConfig(), 5, 2, 2);  // 2 x 8 queries
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {0, 2};
    o.seeds = 3;
    std::atomic<bool> cancel{false};
    std::vector<lmw::PromptEvalProgress> seen;
    auto r = lmw::evaluatePrompts(
        gen, tasks, o,
        [&](const lmw::PromptEvalProgress& p) {
            seen.push_back(p);
            if (p.done == 20) cancel.store(true);
        },
        &cancel);
    QVERIFY(r.cancelled);
    QCOMPARE(int(r.records.size()), 20);
    QCOMPARE(int(seen.size()), 20);
    QCOMPARE(seen.front().total, 16 * (1 + 3));
    QCOMPARE(seen.back().shots, 2);
    QCOMPARE(int(r.byShots.size()), 2);  // k = 0 complete, k = 2 partial
    QCOMPARE(r.byShots[1].calibration.count, 4);
    // Bad options are refused before any scoring.
    o.shots = {16};
    QVERIFY(
        errorOf([&] { lmw::evaluatePrompts(gen, tasks, o); }).contains("offers 7 demonstrations"));
    o.shots = {1};
    o.prompt.example = "{text}";
    QVERIFY(errorOf([&] { lmw::evaluatePrompts(gen, tasks, o); }).contains("{label}"));
    QVERIFY(errorOf([&] {
                lmw::evaluatePrompts(gen, {}, lmw::PromptEvalOptions{});
            }).contains("at least one task"));
}

void TestPromptScoring::labelUnionAcrossTasks() {
    const lmw::TextGenerator gen = lmw::TextGenerator::load(gptRun_);
    lmw::PromptTask a, b;
    a.pool.labels = {"1", "0"};
    a.pool.examples = {{"a", 0}, {"b", 1}, {"a", 0}, {"b", 1}};
    b.pool.labels = {"2", "0"};
    b.pool.examples = {{"c", 0}, {"d", 1}, {"c", 0}};
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {2};
    o.seeds = 1;
    const auto r = lmw::evaluatePrompts(gen, {a, b}, o);
    QCOMPARE(r.labels, (std::vector<std::string>{"1", "0", "2"}));
    for (const auto& rec : r.records) {
        const std::string truth =
            rec.task == 0 ? (rec.text == "a" ? "1" : "0") : (rec.text == "c" ? "2" : "0");
        QCOMPARE(r.labels[std::size_t(rec.trueLabel)], truth);
        QCOMPARE(rec.probabilities.size(), std::size_t(3));
    }
    QVERIFY(std::fabs(r.majorityAccuracy - 3.0 / 7) < 1e-12);  // "0" is the truth of 3 of 7 queries
}

void TestPromptScoring::curveDuringTraining() {
    lmw::ModelConfig m = lmw::test::tinyModel();
    m.block = 32;
    lmw::TrainConfig t = lmw::test::tinyTraining(10);
    auto session = lmw::TrainingSession::create(m, t, iclCorpus());
    lmw::PromptEvalOptions o;
    o.prompt = lmw::iclTemplate();
    o.shots = {0, 2};
    o.seeds = 1;
    std::vector<lmw::IclCurvePoint> points;
    lmw::TrainingCallbacks cb;
    cb.onEval =
        lmw::promptEvalAtEvaluations(session, lmw::iclTasks(lmw::defaultIclTaskConfig(), 1, 2, 2),
                                     o, [&](const lmw::IclCurvePoint& p) { points.push_back(p); });
    session.train(cb);
    QCOMPARE(int(points.size()), 3);  // steps 0, 5, 10
    QCOMPARE(points[0].step, qint64(0));
    QCOMPARE(points[2].step, qint64(10));
    for (const auto& p : points) {
        QCOMPARE(int(p.byShots.size()), 2);
        QCOMPARE(p.byShots[1].calibration.count, 16);
        QVERIFY(std::isfinite(p.valLoss));
    }
}

QTEST_GUILESS_MAIN(TestPromptScoring)
#include "test_prompt_scoring.moc"
