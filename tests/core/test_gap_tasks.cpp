// The fill-in vs continue mini task: gap items are seeded words of the text with their
// context; an encoder fills a gap as masks (the same as fill-mask), reading the right side only
// when it is given; a decoder writes the word greedily from the left (the same as greedy
// generation) and gives identical answers for both tasks; scores add up.
#include "api/error.h"
#include "api/gap_tasks.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "test_util.h"

using lmw::GapItem;
using lmw::GapTask;
using lmw::ModelFamily;
using lmw::TextGenerator;
using lmw::test::errorOf;

namespace {

TextGenerator trained(const QTemporaryDir& dir, ModelFamily family, int steps) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 48;
    lmw::TrainConfig t = lmw::test::tinyTraining(steps);
    t.objective.objective = family == ModelFamily::Gpt ? lmw::Objective::Clm : lmw::Objective::Mlm;
    const std::string run =
        dir.filePath(QString::fromStdString(lmw::familyName(family)) + QString::number(steps))
            .toStdString();
    auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run);
    s.train();
    return TextGenerator::load(run);
}

/// The last part of the training corpus (the validation split): every character is known.
std::string heldOut() {
    const std::string text = lmw::test::tinyCorpus().text;
    return text.substr(text.size() - 6000);
}

}  // namespace

class TestGapTasks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void itemsAreSeededWordsInContext();
    void itemsRefuseTooLittleText();
    void scoresAddUp();
    void encoderFillsGapsAsMasks();
    void decoderWritesFromTheLeftOnly();
    void cancelStopsEarly();

private:
    QTemporaryDir dir_;
};

void TestGapTasks::itemsAreSeededWordsInContext() {
    const std::string text = heldOut();
    lmw::GapTaskOptions o;
    o.items = 30;
    o.contextChars = 20;
    o.decidedItems = 0;  // ordinary words only (the constructions are tested apart)
    const auto a = lmw::makeGapItems(text, o);
    const auto b = lmw::makeGapItems(text, o);
    QCOMPARE(a.size(), std::size_t(30));
    int differs = 0;
    o.seed = 2;
    const auto c = lmw::makeGapItems(text, o);
    std::size_t last = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].answer, b[i].answer);
        QCOMPARE(a[i].left, b[i].left);
        differs += a[i].left != c[i].left ? 1 : 0;
        QVERIFY(a[i].answer.size() >= 3);
        for (char ch : a[i].answer) QVERIFY(std::isalpha(static_cast<unsigned char>(ch)));
        QVERIFY(a[i].left.size() <= 20 && a[i].right.size() <= 20);
        // The gap is a whole word: no letter right before or after it.
        QVERIFY(!a[i].left.empty() && !std::isalpha(static_cast<unsigned char>(a[i].left.back())));
        QVERIFY(!a[i].right.empty() &&
                !std::isalpha(static_cast<unsigned char>(a[i].right.front())));
        // left + answer + right is a piece of the text, and the items run through it in order.
        const std::size_t at = text.find(a[i].left + a[i].answer + a[i].right, last);
        QVERIFY2(at != std::string::npos, a[i].answer.c_str());
        last = at;
    }
    QVERIFY(differs > 10);
}

void TestGapTasks::itemsRefuseTooLittleText() {
    const QString e = errorOf([] { lmw::makeGapItems("a cat sat on the mat.", {}); });
    QVERIFY2(e.contains("100 are needed"), qPrintable(e));
    lmw::GapTaskOptions bad;
    bad.items = 0;
    QVERIFY(errorOf([&] { lmw::makeGapItems(heldOut(), bad); }).contains("between 1"));
}

void TestGapTasks::scoresAddUp() {
    std::vector<GapItem> items(3);
    const char* words[3][3] = {{"a ", "cat", " b"}, {"c ", "dog", " d"}, {"e ", "sun", " f"}};
    for (int i = 0; i < 3; ++i) {
        items[std::size_t(i)].left = words[i][0];
        items[std::size_t(i)].answer = words[i][1];
        items[std::size_t(i)].right = words[i][2];
    }
    std::vector<lmw::GapGuess> g(3);
    g[0] = {"cat", 3, 3, 0.5};
    g[1] = {"dig", 3, 2, 0.25};
    g[2] = {"xxx", 3, 0, 0.0};
    const auto s = lmw::scoreGaps(g, items);
    QCOMPARE(s.items, 3);
    QCOMPARE(s.wordAccuracy, 1.0 / 3.0);
    QCOMPARE(s.tokenAccuracy, 5.0 / 9.0);
    QCOMPARE(s.meanFirstTokenProb, 0.25);
    g.pop_back();
    QVERIFY(errorOf([&] { lmw::scoreGaps(g, items); }).contains("differ"));
}

void TestGapTasks::encoderFillsGapsAsMasks() {
    const TextGenerator bert = trained(dir_, ModelFamily::Bert, 150);
    lmw::GapTaskOptions o;
    o.items = 8;
    o.contextChars = 12;
    o.decidedItems = 0;
    const auto items = lmw::makeGapItems(heldOut(), o);
    const auto infill = bert.fillGaps(items, GapTask::Infill);
    const auto cont = bert.fillGaps(items, GapTask::Continue);
    QCOMPARE(infill.size(), items.size());
    // Mask-predict by hand with fill-mask: one mask per character; each round the mask whose
    // best filler is most probable takes it.
    const auto maskPredict = [&](const std::string& left, std::size_t n, const std::string& right) {
        std::vector<std::string> filled(n);
        for (std::size_t round = 0; round < n; ++round) {
            std::string text = left;
            std::vector<std::size_t> open;
            for (std::size_t k = 0; k < n; ++k) {
                if (filled[k].empty()) open.push_back(k);
                text += filled[k].empty() ? std::string("[MASK]") : filled[k];
            }
            const auto fill = bert.fillMask(text + right, 1);
            if (fill.size() != open.size()) return std::string("(wrong number of masks)");
            std::size_t best = 0;
            for (std::size_t j = 1; j < fill.size(); ++j)
                if (fill[j].top.front().second > fill[best].top.front().second) best = j;
            filled[open[best]] = fill[best].top.front().first;
        }
        std::string out;
        for (const auto& f : filled) out += f;
        return out;
    };
    int differ = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string masked = items[i].left;
        for (std::size_t k = 0; k < items[i].answer.size(); ++k) masked += "[MASK]";
        const std::string top = maskPredict(items[i].left, items[i].answer.size(), items[i].right);
        QCOMPARE(infill[i].guess, top);
        QCOMPARE(infill[i].tokens, int(items[i].answer.size()));
        int correct = 0;
        for (std::size_t k = 0; k < top.size(); ++k)
            correct += top[k] == items[i].answer[k] ? 1 : 0;
        QCOMPARE(infill[i].correctTokens, correct);
        // Continuing: the masks come last, with nothing after them.
        QCOMPARE(cont[i].guess, maskPredict(items[i].left, items[i].answer.size(), ""));
        QVERIFY(infill[i].firstTokenProb > 0.0 && infill[i].firstTokenProb < 1.0);
        // Without the right side the encoder sees less, so its beliefs change.
        differ += std::abs(infill[i].firstTokenProb - cont[i].firstTokenProb) > 1e-6 ? 1 : 0;
    }
    QVERIFY(differ > 0);
}

void TestGapTasks::decoderWritesFromTheLeftOnly() {
    const TextGenerator gpt = trained(dir_, ModelFamily::Gpt, 40);
    lmw::GapTaskOptions o;
    o.items = 8;
    o.contextChars = 12;
    const auto items = lmw::makeGapItems(heldOut(), o);
    const auto infill = gpt.fillGaps(items, GapTask::Infill);
    const auto cont = gpt.fillGaps(items, GapTask::Continue);
    for (std::size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(infill[i].guess, cont[i].guess);
        QCOMPARE(infill[i].firstTokenProb, cont[i].firstTokenProb);
        lmw::GenerateOptions g;
        g.prompt = items[i].left;
        g.maxTokens = int(items[i].answer.size());
        g.greedy = true;
        QCOMPARE(infill[i].guess, gpt.generate(g));
        const auto next = gpt.nextTokens(items[i].left, 200);
        double p = 0;
        for (const auto& [piece, prob] : next)
            if (piece == items[i].answer.substr(0, 1)) p = prob;
        QVERIFY(std::abs(p - infill[i].firstTokenProb) < 1e-6);
    }
}

void TestGapTasks::cancelStopsEarly() {
    const TextGenerator gpt = trained(dir_, ModelFamily::Gpt, 1);
    const auto items = lmw::makeGapItems(heldOut(), {});
    std::atomic<bool> cancel{true};
    QCOMPARE(gpt.fillGaps(items, GapTask::Continue, &cancel).size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestGapTasks)
#include "test_gap_tasks.moc"
