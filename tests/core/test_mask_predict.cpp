// Filling gaps on a pattern a tiny model learns in seconds ("abcd efgh " over and over): an
// encoder of GPT blocks with rotary positions, trained with masked LM, fills 3-letter gaps by
// mask-predict from both sides; a GPT of the same blocks ranks candidate words by the
// likelihood of the whole text, and both score 100% on the pattern. An untrained encoder does
// not, so the check can fail.
#include "api/error.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "test_util.h"

using lmw::GapItem;
using lmw::GapTask;

namespace {

std::string pattern(int repeats) {
    std::string s;
    for (int k = 0; k < repeats; ++k) s += "abcd efgh ";
    return s;
}

/// Gaps at several offsets of the pattern: left context, 3 hidden characters, right context.
std::vector<GapItem> gaps() {
    const std::string text = pattern(6);
    std::vector<GapItem> items;
    for (std::size_t at : {11u, 16u, 17u, 23u, 28u}) {
        GapItem item;
        item.left = text.substr(at - 10, 10);
        item.answer = text.substr(at, 3);
        item.right = text.substr(at + 3, 10);
        item.candidates = {"fgh", "bcd", "d e", "h a", "cd ", "gh ", "efg", "abc"};
        items.push_back(item);
    }
    return items;
}

lmw::TrainingSession trained(lmw::ModelFamily family, int iters,
                             const std::string& text = pattern(400)) {
    lmw::ModelConfig m;
    m.family = family;
    m.layers = 2;
    m.heads = 2;
    m.embed = 32;
    m.block = 32;
    m.positionEncoding = lmw::PositionEncoding::Rope;
    m.layout = family == lmw::ModelFamily::Gpt ? lmw::BlockLayout::Family : lmw::BlockLayout::Gpt;
    m.layerNormEps = 1e-5;
    lmw::TrainConfig t;
    t.batch = 16;
    t.iters = iters;
    t.lr = 3e-3;
    t.minLr = 3e-4;
    t.warmup = 20;
    t.evalEvery = 1000;
    t.evalIters = 1;
    t.threads = 1;
    t.seed = 3;
    t.objective.objective =
        family == lmw::ModelFamily::Gpt ? lmw::Objective::Clm : lmw::Objective::Mlm;
    auto session = lmw::TrainingSession::create(m, t, lmw::CorpusSource::fromText("pattern", text));
    session.train();
    return session;
}

}  // namespace

class TestMaskPredict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encoderFillsGapsFromBothSides();
    void decoderRanksCandidates();
    void rankingNeedsNoNewline();
};

void TestMaskPredict::encoderFillsGapsFromBothSides() {
    const std::vector<GapItem> items = gaps();
    // Untrained (one step): guesses are noise.
    const auto before =
        trained(lmw::ModelFamily::Roberta, 1).snapshot().fillGaps(items, GapTask::Infill);
    QVERIFY(lmw::scoreGaps(before, items).wordAccuracy < 0.5);

    const lmw::TextGenerator enc = trained(lmw::ModelFamily::Roberta, 300).snapshot();
    QVERIFY(enc.isEncoder());
    QCOMPARE(enc.modelConfig().layout, lmw::BlockLayout::Gpt);
    const auto guesses = enc.fillGaps(items, GapTask::Infill);
    QCOMPARE(guesses.size(), items.size());
    QString got;
    for (const auto& g : guesses) got += QString::fromStdString("[" + g.guess + "]");
    const lmw::GapScore s = lmw::scoreGaps(guesses, items);
    QVERIFY2(s.wordAccuracy == 1.0, qPrintable(got));
    QCOMPARE(s.tokenAccuracy, 1.0);
    QVERIFY2(s.meanFirstTokenProb > 0.5, qPrintable(QString::number(s.meanFirstTokenProb)));
    for (std::size_t k = 0; k < items.size(); ++k) {
        QCOMPARE(guesses[k].tokens, 3);
        QCOMPARE(guesses[k].correctTokens, 3);
    }
    // Ranking is a decoder's way: an encoder refuses it.
    QVERIFY_THROWS_EXCEPTION(lmw::Error,
                             enc.fillGaps(items, GapTask::Infill, nullptr, lmw::GapMethod::Rank));
    // A set cancel flag stops before the first gap.
    const std::atomic<bool> cancel{true};
    QVERIFY(enc.fillGaps(items, GapTask::Infill, &cancel).empty());
}

void TestMaskPredict::decoderRanksCandidates() {
    const std::vector<GapItem> items = gaps();
    // One newline in the corpus: see rankingNeedsNoNewline.
    const lmw::TextGenerator dec =
        trained(lmw::ModelFamily::Gpt, 300, "\n" + pattern(400)).snapshot();
    QVERIFY(!dec.isEncoder());
    for (GapTask task : {GapTask::Infill, GapTask::Continue}) {
        const auto ranked = dec.fillGaps(items, task, nullptr, lmw::GapMethod::Rank);
        QString got;
        for (const auto& g : ranked) got += QString::fromStdString("[" + g.guess + "]");
        const lmw::GapScore s = lmw::scoreGaps(ranked, items);
        QVERIFY2(s.wordAccuracy == 1.0, qPrintable(got));
        QVERIFY2(s.meanFirstTokenProb > 0.5, qPrintable(QString::number(s.meanFirstTokenProb)));
    }
    // Writing from the left works here too: the left side decides this pattern.
    QCOMPARE(lmw::scoreGaps(dec.fillGaps(items, GapTask::Continue), items).wordAccuracy, 1.0);
    // A gap without candidates cannot be ranked.
    std::vector<GapItem> bare = items;
    bare[0].candidates.clear();
    QVERIFY_THROWS_EXCEPTION(lmw::Error,
                             dec.fillGaps(bare, GapTask::Infill, nullptr, lmw::GapMethod::Rank));
}

void TestMaskPredict::rankingNeedsNoNewline() {
    // A character model whose corpus has no newline can still rank candidates after a
    // non-empty left side (nothing needs a newline there).
    const lmw::TextGenerator dec = trained(lmw::ModelFamily::Gpt, 1).snapshot();
    const QString err = lmw::test::errorOf(
        [&] { dec.fillGaps(gaps(), GapTask::Infill, nullptr, lmw::GapMethod::Rank); });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(lmw::test::errorOf([&] {
                 dec.scoreContinuations("abcd e", {"fgh", "abc"});
             }).isEmpty(),
             "scoreContinuations");
}

QTEST_APPLESS_MAIN(TestMaskPredict)
#include "test_mask_predict.moc"
