// The Encoder vs decoder comparison's torch-free parts: corpus entropy from direct counts, the
// first step off the unigram plateau, the two runs of a plan (one architecture, two
// objectives), validateConfig's messages for the new position, layout and masking settings,
// and the "right side decides" gaps found in the bundled stories.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>

#include "api/compare.h"
#include "api/corpus.h"
#include "api/error.h"
#include "api/gap_tasks.h"
#include "test_util.h"

using lmw::BlockLayout;
using lmw::ModelConfig;
using lmw::ModelFamily;
using lmw::Objective;
using lmw::PositionEncoding;
using lmw::TrainConfig;

namespace {

bool near(double a, double b) {
    return std::abs(a - b) < 1e-12;
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// A valid model and training pair for `family` with its own objective.
std::pair<ModelConfig, TrainConfig> valid(ModelFamily family) {
    ModelConfig m = lmw::familyDefaults(family, ModelConfig{});
    TrainConfig t;
    t.objective.objective = lmw::defaultObjective(family);
    return {m, t};
}

}  // namespace

class TestComparePlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textEntropyFromCounts();
    void corpusEntropyCountsTheTrainingPart();
    void stepsOffPlateau();
    void defaultPlanIsOneArchitecture();
    void planRefusesBadSettings();
    void names();
    void validateConfigRefuses_data();
    void validateConfigRefuses();
    void validateConfigAccepts();
    void decidedGapsInTheStories();
    void scoreByKind();
};

void TestComparePlan::textEntropyFromCounts() {
    // "abab": a and b half each; after a always b, after b always a.
    lmw::CorpusEntropy e = lmw::textEntropy("abab");
    QCOMPARE(e.tokens, std::int64_t(4));
    QVERIFY(near(e.unigram, std::log(2.0)));
    QVERIFY(near(e.bigram, 0.0));
    // "aab": a 2/3, b 1/3; the pairs aa and ab both follow an a: one bit of choice.
    e = lmw::textEntropy("aab");
    QCOMPARE(e.tokens, std::int64_t(3));
    QVERIFY(near(e.unigram, -(2.0 / 3 * std::log(2.0 / 3) + 1.0 / 3 * std::log(1.0 / 3))));
    QVERIFY(near(e.bigram, std::log(2.0)));
    // "abcabd": pairs ab ab bc ca bd; only after b is there a choice (c or d, half each), and
    // 2 of the 5 pairs start with b: H = 2/5 ln 2.
    e = lmw::textEntropy("abcabd");
    QVERIFY(
        near(e.unigram, -(2 * (2.0 / 6) * std::log(2.0 / 6) + 2 * (1.0 / 6) * std::log(1.0 / 6))));
    QVERIFY(near(e.bigram, 2.0 / 5 * std::log(2.0)));
    // Code points, not bytes: "éé" is two equal tokens.
    e = lmw::textEntropy("\xC3\xA9\xC3\xA9");
    QCOMPARE(e.tokens, std::int64_t(2));
    QVERIFY(near(e.unigram, 0.0));
    e = lmw::textEntropy("");
    QCOMPARE(e.tokens, std::int64_t(0));
    QVERIFY(near(e.unigram, 0.0) && near(e.bigram, 0.0));
}

void TestComparePlan::corpusEntropyCountsTheTrainingPart() {
    // Training part "abababab", held-out part "cccccccc".
    const auto source = lmw::CorpusSource::fromText("ab", "ababababcccccccc");
    const lmw::CorpusEntropy e = lmw::corpusEntropy(source, 0.5);
    QCOMPARE(e.tokens, std::int64_t(8));
    QVERIFY(near(e.unigram, std::log(2.0)));
    QVERIFY(near(e.bigram, 0.0));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::corpusEntropy(source, 0.0));
}

void TestComparePlan::stepsOffPlateau() {
    const std::vector<std::pair<std::int64_t, double>> losses{
        {0, 3.4}, {100, 3.0}, {200, std::nan("")}, {300, 2.7}, {400, 2.2}};
    QCOMPARE(lmw::stepsOffPlateau(losses, 3.3), std::int64_t(300));  // first at least 0.5 below
    QCOMPARE(lmw::stepsOffPlateau(losses, 3.3, 1.0), std::int64_t(400));
    QCOMPARE(lmw::stepsOffPlateau(losses, 3.3, 0.2), std::int64_t(100));
    QCOMPARE(lmw::stepsOffPlateau(losses, 2.5), std::int64_t(-1));  // never
    QCOMPARE(lmw::stepsOffPlateau({}, 3.3), std::int64_t(-1));
}

void TestComparePlan::defaultPlanIsOneArchitecture() {
    const lmw::CompareSettings s = lmw::defaultCompareSettings();
    const lmw::ComparePlan p = lmw::comparePlan(s);
    const ModelConfig &enc = p.encoderModel, &dec = p.decoderModel;
    QCOMPARE(enc.family, s.encoderFamily);
    QCOMPARE(dec.family, ModelFamily::Gpt);
    QCOMPARE(enc.layers, dec.layers);
    QCOMPARE(enc.heads, dec.heads);
    QCOMPARE(enc.embed, dec.embed);
    QCOMPARE(enc.block, dec.block);
    QCOMPARE(enc.ffnWidth(), dec.ffnWidth());
    QCOMPARE(enc.layerNormEps, dec.layerNormEps);
    QCOMPARE(enc.positionEncoding, s.positions);
    QCOMPARE(dec.positionEncoding, s.positions);
    QCOMPARE(enc.layout, s.layout);
    QCOMPARE(dec.layout, s.layout);
    QCOMPARE(p.encoderTrain.objective.objective, Objective::Mlm);
    QCOMPARE(p.decoderTrain.objective.objective, Objective::Clm);
    QCOMPARE(p.encoderTrain.iters, s.steps);
    QCOMPARE(p.decoderTrain.iters, s.steps);
    QCOMPARE(p.encoderTrain.batch, p.decoderTrain.batch);
    QCOMPARE(p.encoderTrain.objective.maskProb, s.maskRate);
    QCOMPARE(p.encoderTrain.objective.maskUnit, s.maskUnit);
    // Each run is a configuration the engine accepts.
    lmw::validateConfig(enc, p.encoderTrain);
    lmw::validateConfig(dec, p.decoderTrain);
    QVERIFY(!lmw::compareFairnessNote(s).empty());

    // Another size and encoding carry over to both sides.
    lmw::CompareSettings other = s;
    other.size = "medium";
    other.positions = PositionEncoding::Alibi;
    const lmw::ComparePlan q = lmw::comparePlan(other);
    QCOMPARE(q.encoderModel.embed, 192);
    QCOMPARE(q.decoderModel.embed, 192);
    QCOMPARE(q.encoderModel.positionEncoding, PositionEncoding::Alibi);
    QCOMPARE(q.decoderModel.positionEncoding, PositionEncoding::Alibi);
}

void TestComparePlan::planRefusesBadSettings() {
    lmw::CompareSettings s = lmw::defaultCompareSettings();
    s.size = "huge";
    QVERIFY(lmw::test::errorOf([&] { lmw::comparePlan(s); }).contains(QStringLiteral("huge")));
    s = lmw::defaultCompareSettings();
    s.maskRate = 0;  // validateConfig's refusal comes through
    QVERIFY(
        lmw::test::errorOf([&] { lmw::comparePlan(s); }).contains(QStringLiteral("masking rate")));
    s = lmw::defaultCompareSettings();
    s.encoderFamily = ModelFamily::Gpt;
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::comparePlan(s));
}

void TestComparePlan::names() {
    for (PositionEncoding p :
         {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
        QCOMPARE(lmw::positionEncodingFromName(lmw::positionEncodingName(p)), p);
        QVERIFY(!lmw::positionEncodingDescription(p).empty());
    }
    QCOMPARE(lmw::positionEncodingName(PositionEncoding::Rope), std::string("rope"));
    QCOMPARE(lmw::blockLayoutFromName("gpt"), BlockLayout::Gpt);
    QCOMPARE(lmw::blockLayoutName(BlockLayout::Family), std::string("family"));
    for (lmw::MaskUnit u : {lmw::MaskUnit::Token, lmw::MaskUnit::WholeWord, lmw::MaskUnit::Span})
        QCOMPARE(lmw::maskUnitFromName(lmw::maskUnitName(u)), u);
    QVERIFY(lmw::test::errorOf([] {
                lmw::positionEncodingFromName("foo");
            }).contains(QStringLiteral("foo")));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::blockLayoutFromName("foo"));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::maskUnitFromName("foo"));
}

void TestComparePlan::validateConfigRefuses_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");  // a phrase of the message naming the field
    QTest::newRow("mask rate 0") << "maskProb=0"
                                 << "masking rate";
    QTest::newRow("mask rate 1") << "maskProb=1"
                                 << "masking rate";
    QTest::newRow("shares over 1") << "shares"
                                   << "random-token shares";
    QTest::newRow("negative share") << "negativeShare"
                                    << "random-token shares";
    QTest::newRow("rope, odd head width") << "oddRope"
                                          << "head width";
    QTest::newRow("rope on an LSTM") << "lstmRope"
                                     << "LSTM";
    QTest::newRow("alibi on an LSTM") << "lstmAlibi"
                                      << "LSTM";
    QTest::newRow("BART of GPT blocks") << "bartGpt"
                                        << "BART";
    QTest::newRow("GPT blocks with NSP") << "gptNsp"
                                         << "next-sentence";
    QTest::newRow("span mean 0.5") << "span"
                                   << "span length";
}

void TestComparePlan::validateConfigRefuses() {
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    auto [m, t] = valid(ModelFamily::Roberta);
    if (setting == "maskProb=0") t.objective.maskProb = 0;
    if (setting == "maskProb=1") t.objective.maskProb = 1;
    if (setting == "shares") t.objective.randomTokenShare = 0.3;  // 0.8 + 0.3
    if (setting == "negativeShare") t.objective.maskTokenShare = -0.1;
    if (setting == "oddRope") {
        m.embed = 12, m.heads = 4;  // head width 3
        m.positionEncoding = PositionEncoding::Rope;
    }
    if (setting.startsWith("lstm")) {
        std::tie(m, t) = valid(ModelFamily::Lstm);
        m.positionEncoding =
            setting == "lstmRope" ? PositionEncoding::Rope : PositionEncoding::Alibi;
    }
    if (setting == "bartGpt") {
        std::tie(m, t) = valid(ModelFamily::Bart);
        m.layout = BlockLayout::Gpt;
    }
    if (setting == "gptNsp") {
        std::tie(m, t) = valid(ModelFamily::Bert);  // mlm+nsp
        m.layout = BlockLayout::Gpt;
    }
    if (setting == "span") {
        t.objective.maskUnit = lmw::MaskUnit::Span;
        t.objective.spanMeanWords = 0.5;
    }
    const QString msg = lmw::test::errorOf([&] {
        try {
            lmw::validateConfig(m, t);
        } catch (const lmw::Error&) {
            throw;
        } catch (...) {
            QFAIL("not an lmw::Error");
        }
    });
    QVERIFY2(msg.contains(expected, Qt::CaseInsensitive), qPrintable(msg));
    QVERIFY(!msg.contains(QLatin1Char('\n')));
}

void TestComparePlan::validateConfigAccepts() {
    // The neighbours of each refused setting are fine.
    for (ModelFamily f :
         {ModelFamily::Gpt, ModelFamily::Bert, ModelFamily::Roberta, ModelFamily::Bart}) {
        for (PositionEncoding p :
             {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi}) {
            auto [m, t] = valid(f);
            m.positionEncoding = p;
            lmw::validateConfig(m, t);
        }
    }
    auto [m, t] = valid(ModelFamily::Roberta);
    m.layout = BlockLayout::Gpt;
    t.objective.maskProb = 0.5;
    t.objective.maskTokenShare = 0.6;
    t.objective.randomTokenShare = 0.4;  // adds up to exactly 1
    lmw::validateConfig(m, t);
    auto [bert, bertTrain] = valid(ModelFamily::Bert);
    bert.layout = BlockLayout::Gpt;
    bertTrain.objective.objective = Objective::Mlm;  // GPT blocks without NSP
    lmw::validateConfig(bert, bertTrain);
    auto [gpt, gptTrain] = valid(ModelFamily::Gpt);
    gpt.layout = BlockLayout::Gpt;
    gpt.embed = 16, gpt.heads = 4;  // head width 4: even
    gpt.positionEncoding = PositionEncoding::Rope;
    lmw::validateConfig(gpt, gptTrain);
}

void TestComparePlan::decidedGapsInTheStories() {
    const std::string text = lmw::generateStories();
    lmw::GapTaskOptions o;
    o.items = 20;
    o.decidedItems = 50;
    const std::vector<lmw::GapItem> items = lmw::makeGapItems(text, o);
    QCOMPARE(items.size(), std::size_t(70));
    int decided = 0;
    for (const lmw::GapItem& item : items) {
        QVERIFY(std::find(item.candidates.begin(), item.candidates.end(), item.answer) !=
                item.candidates.end());
        if (item.kind == lmw::GapKind::Ordinary) {
            QVERIFY(item.candidates.size() > 1 && int(item.candidates.size()) <= o.distractors + 1);
            continue;
        }
        ++decided;
        // The construction it comes from: the one whose words are the candidates.
        const lmw::DecidedWords* pattern = nullptr;
        for (const lmw::DecidedWords& d : lmw::storyDecidedWords())
            if (d.words.size() == item.candidates.size() &&
                d.words.front().first == item.candidates.front())
                pattern = &d;
        QVERIFY2(pattern, item.answer.c_str());
        QVERIFY(endsWith(item.left, pattern->lead));
        const auto word = std::find_if(pattern->words.begin(), pattern->words.end(),
                                       [&](const auto& w) { return w.first == item.answer; });
        QVERIFY(word != pattern->words.end());
        QVERIFY2(startsWith(item.right, word->second),
                 qPrintable(QString::fromStdString(item.answer + "|" + item.right)));
    }
    QCOMPARE(decided, 50);
    // Text without the constructions: ordinary gaps only.
    std::string plain;
    for (int k = 0; k < 20; ++k) plain += "The quick brown fox jumps over the lazy dog. ";
    o.items = 5;
    const auto ordinary = lmw::makeGapItems(plain, o);
    QCOMPARE(ordinary.size(), std::size_t(5));
    for (const lmw::GapItem& item : ordinary) QCOMPARE(item.kind, lmw::GapKind::Ordinary);
}

void TestComparePlan::scoreByKind() {
    std::vector<lmw::GapItem> items(3);
    items[0].answer = "cow";
    items[0].kind = lmw::GapKind::RightDecided;
    items[1].answer = "dog";
    items[2].answer = "broom";
    items[2].kind = lmw::GapKind::RightDecided;
    std::vector<lmw::GapGuess> guesses(3);
    guesses[0] = {"cow", 3, 3, 0.5};
    guesses[1] = {"cat", 3, 1, 0.1};
    guesses[2] = {"mop", 5, 0, 0.2};
    const lmw::GapScore d = lmw::scoreGaps(guesses, items, lmw::GapKind::RightDecided);
    QCOMPARE(d.items, 2);
    QVERIFY(near(d.wordAccuracy, 0.5));
    QVERIFY(near(d.tokenAccuracy, 3.0 / 8));
    QVERIFY(near(d.meanFirstTokenProb, 0.35));
    const lmw::GapScore o = lmw::scoreGaps(guesses, items, lmw::GapKind::Ordinary);
    QCOMPARE(o.items, 1);
    QVERIFY(near(o.wordAccuracy, 0.0));
    QCOMPARE(lmw::scoreGaps(guesses, items).items, 3);
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::scoreGaps({}, items, lmw::GapKind::Ordinary));
}

QTEST_APPLESS_MAIN(TestComparePlan)
#include "test_compare_plan.moc"
