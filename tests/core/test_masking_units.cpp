// What masked LM hides, by unit, over many draws on a character vocabulary (letters continue
// words, the space stands alone, word roles from wordRolesOf): single tokens at the asked rate
// with BERT's 80/10/10 split (and a 60/20/20 one), whole words selected all or nothing, SpanBERT
// spans of whole words at the asked rate whose lengths follow spanLengthDistribution, that
// distribution itself, and the options it refuses.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "api/error.h"
#include "data/char_tokenizer.h"
#include "data/masking.h"
#include "util/rng.h"

using lmw::MaskedSequence;
using lmw::MaskingOptions;
using lmw::MaskingUnit;
using lmw::Rng;
using lmw::WordRole;
using Ids = std::vector<std::int32_t>;

namespace {

constexpr int kSequences = 2000, kLength = 200;

/// BERT's specials ([PAD] [UNK] [CLS] [SEP] [MASK] = 0..4), then ' ' = 5 and 'a'..'z' = 6..31.
struct Vocab {
    lmw::CharTokenizer tok = lmw::CharTokenizer::fromText(
        U" abcdefghijklmnopqrstuvwxyz", lmw::specialTokensFor(lmw::ModelFamily::Bert));
    std::vector<bool> special = tok.specialMask();
    std::vector<WordRole> roles;
    std::int32_t mask = tok.specials().mask, space = tok.encode(std::string(" ")).front();
    Vocab() {
        for (std::uint8_t r : lmw::wordRolesOf(tok)) roles.push_back(WordRole(r));
    }
};

/// "[CLS] word word ... word [SEP]", `length` ids, words of 1..7 letters with one space between.
Ids sequence(const Vocab& v, Rng& rng, int length = kLength) {
    Ids ids{v.tok.specials().bos};
    while (true) {
        const int letters = 1 + int(rng.below(7));
        if (int(ids.size()) + letters + 2 > length) break;
        for (int k = 0; k < letters; ++k)
            ids.push_back(std::int32_t(v.space + 1 + int(rng.below(26))));
        ids.push_back(v.space);
    }
    ids.back() = v.tok.specials().eos;  // the last space becomes [SEP]: the text ends on a word
    while (int(ids.size()) < length) ids.insert(ids.end() - 1, v.space + 1);  // pad the last word
    return ids;
}

/// Runs of selected positions: (begin, end) pairs.
std::vector<std::pair<int, int>> selectedRuns(const MaskedSequence& m) {
    std::vector<std::pair<int, int>> runs;
    for (int i = 0; i < int(m.labels.size()); ++i) {
        if (m.labels[std::size_t(i)] == lmw::kIgnoreLabel) continue;
        if (!runs.empty() && runs.back().second == i)
            ++runs.back().second;
        else
            runs.push_back({i, i + 1});
    }
    return runs;
}

double meanOf(const std::vector<double>& d) {
    double m = 0;
    for (std::size_t k = 0; k < d.size(); ++k) m += double(k + 1) * d[k];
    return m;
}

}  // namespace

class TestMaskingUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wordRolesOfCharacters();
    void tokenRates_data();
    void tokenRates();
    void wholeWordsAllOrNothing();
    void spansOfWholeWords();
    void spanLengthsFollowTheDistribution();
    void spanLengthDistribution_data();
    void spanLengthDistribution();
    void badOptions_data();
    void badOptions();
};

void TestMaskingUnits::wordRolesOfCharacters() {
    const Vocab v;
    QCOMPARE(v.roles.size(), std::size_t(32));
    for (int id = 0; id < 5; ++id) QCOMPARE(v.roles[std::size_t(id)], WordRole::Alone);  // specials
    QCOMPARE(v.roles[std::size_t(v.space)], WordRole::Alone);
    for (int id = v.space + 1; id < 32; ++id)
        QCOMPARE(v.roles[std::size_t(id)], WordRole::Continues);
}

void TestMaskingUnits::tokenRates_data() {
    QTest::addColumn<double>("maskShare");
    QTest::addColumn<double>("randomShare");
    QTest::newRow("BERT 80/10/10") << 0.8 << 0.1;
    QTest::newRow("60/20/20") << 0.6 << 0.2;
}

void TestMaskingUnits::tokenRates() {
    QFETCH(double, maskShare);
    QFETCH(double, randomShare);
    const Vocab v;
    const MaskingOptions o{0.15, maskShare, randomShare, MaskingUnit::Token, 3.8};
    Rng data(1), rng(2);
    long ordinary = 0, selected = 0, masked = 0, random = 0, kept = 0;
    for (int s = 0; s < kSequences; ++s) {
        const Ids ids = sequence(v, data);
        const MaskedSequence m = lmw::maskSequence(ids, o, v.mask, v.special, v.roles, rng);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (v.special[std::size_t(ids[i])]) {
                QCOMPARE(m.labels[i], lmw::kIgnoreLabel);
                continue;
            }
            ++ordinary;
            if (m.labels[i] == lmw::kIgnoreLabel) {
                QCOMPARE(m.input[i], ids[i]);
                continue;
            }
            QCOMPARE(m.labels[i], ids[i]);
            ++selected;
            if (m.input[i] == v.mask)
                ++masked;
            else if (m.input[i] == ids[i])
                ++kept;
            else
                ++random;
        }
    }
    QVERIFY(ordinary > 390000);
    // A random token is one of the 27 ordinary ids, so 1 in 27 repeats the original: "kept".
    const double hit = 1.0 / 27.0;
    const double rate = double(selected) / ordinary, m = double(masked) / selected,
                 r = double(random) / selected, k = double(kept) / selected;
    const QString got =
        QStringLiteral("rate %1 mask %2 random %3 kept %4").arg(rate).arg(m).arg(r).arg(k);
    QVERIFY2(std::abs(rate - 0.15) < 0.003, qPrintable(got));
    QVERIFY2(std::abs(m - maskShare) < 0.008, qPrintable(got));
    QVERIFY2(std::abs(r - randomShare * (1 - hit)) < 0.008, qPrintable(got));
    QVERIFY2(std::abs(k - (1 - maskShare - randomShare) - randomShare * hit) < 0.008,
             qPrintable(got));
}

void TestMaskingUnits::wholeWordsAllOrNothing() {
    const Vocab v;
    const MaskingOptions o{0.15, 0.8, 0.1, MaskingUnit::WholeWord, 3.8};
    Rng data(3), rng(4);
    long words = 0, selectedWords = 0, multiLetterSelected = 0, spaces = 0, selectedSpaces = 0;
    for (int s = 0; s < kSequences; ++s) {
        const Ids ids = sequence(v, data);
        const MaskedSequence m = lmw::maskSequence(ids, o, v.mask, v.special, v.roles, rng);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] == v.space) {
                ++spaces;
                selectedSpaces += m.labels[i] != lmw::kIgnoreLabel;
                continue;
            }
            if (v.special[std::size_t(ids[i])]) continue;
            // A word: letters from i to j.
            std::size_t j = i;
            while (j < ids.size() && !v.special[std::size_t(ids[j])] && ids[j] != v.space) ++j;
            int chosen = 0;
            for (std::size_t k = i; k < j; ++k) chosen += m.labels[k] != lmw::kIgnoreLabel;
            QVERIFY2(
                chosen == 0 || chosen == int(j - i),
                qPrintable(
                    QStringLiteral("%1 of %2 letters of a word selected").arg(chosen).arg(j - i)));
            ++words;
            if (chosen > 0) {
                ++selectedWords;
                multiLetterSelected += j - i > 1;
            }
            i = j - 1;
        }
    }
    const double wordRate = double(selectedWords) / words,
                 spaceRate = double(selectedSpaces) / spaces;
    QVERIFY2(std::abs(wordRate - 0.15) < 0.005, qPrintable(QString::number(wordRate)));
    QVERIFY2(std::abs(spaceRate - 0.15) < 0.005,
             qPrintable(QString::number(spaceRate)));  // alone: a unit
    QVERIFY(multiLetterSelected > selectedWords / 2);
}

namespace {

/// Span masking of `count` sequences of `length` tokens: the selected share, and how many runs
/// of k words (rate 0 when a run breaks a word, is longer than 10 words or overshoots the budget).
struct SpanStats {
    double rate = 0;
    std::vector<long> runs = std::vector<long>(11, 0);
};

SpanStats spanStats(std::uint64_t seed, int count, int length) {
    const Vocab v;
    const MaskingOptions o{0.15, 0.8, 0.1, MaskingUnit::Span, 3.8};
    Rng data(seed), rng(seed + 1);
    long ordinary = 0, selected = 0;
    SpanStats st;
    for (int s = 0; s < count; ++s) {
        const Ids ids = sequence(v, data, length);
        const MaskedSequence m = lmw::maskSequence(ids, o, v.mask, v.special, v.roles, rng);
        long here = 0, chosen = 0, word = 0, longest = 0;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            here += !v.special[std::size_t(ids[i])];
            chosen += m.labels[i] != lmw::kIgnoreLabel;
            word = (ids[i] == v.space || v.special[std::size_t(ids[i])]) ? 0 : word + 1;
            longest = std::max(longest, word);
        }
        // Spans stop at a budget of round(15% of the tokens); the last one is cut to the words
        // that fit, so only a single word of it may pass the budget.
        if (chosen > std::lround(0.15 * double(here)) + longest) return {};
        ordinary += here;
        selected += chosen;
        for (const auto& [b, e] : selectedRuns(m)) {
            // Whole words: a run starts after a space or [CLS] and ends before a space or [SEP].
            const auto before = ids[std::size_t(b - 1)], first = ids[std::size_t(b)];
            const auto last = ids[std::size_t(e - 1)], after = ids[std::size_t(e)];
            if (first == v.space || last == v.space) return {};
            if (!(before == v.space || v.special[std::size_t(before)])) return {};
            if (!(after == v.space || v.special[std::size_t(after)])) return {};
            const long words = 1 + std::count(ids.begin() + b, ids.begin() + e, v.space);
            if (words > 10) return {};  // clipped at 10 words
            ++st.runs[std::size_t(words)];
        }
    }
    st.rate = double(selected) / double(ordinary);
    return st;
}

}  // namespace

void TestMaskingUnits::spansOfWholeWords() {
    const SpanStats st = spanStats(5, kSequences, kLength);
    QVERIFY2(st.rate > 0, "a span broke a word, overshot the budget or exceeded 10 words");
    QVERIFY2(std::abs(st.rate - 0.15) < 0.01, qPrintable(QString::number(st.rate)));
    long multiWord = 0;
    for (int k = 2; k <= 10; ++k) multiWord += st.runs[std::size_t(k)];
    QVERIFY(multiWord > 0);
}

void TestMaskingUnits::spanLengthsFollowTheDistribution() {
    // Sequences of 2000 tokens: a budget of 300 tokens leaves room for spans of every length
    // (10 words of up to 7 letters), so the budget itself shapes few of them.
    const SpanStats st = spanStats(7, kSequences / 10, kLength * 10);
    QVERIFY(st.rate > 0);
    const std::vector<double> expected = lmw::spanLengthDistribution(3.8);
    const long runs = std::accumulate(st.runs.begin(), st.runs.end(), 0L);
    double mean = 0;
    QString hist = QStringLiteral(" (words:observed/expected)");
    for (int k = 1; k <= 10; ++k) {
        const double share = double(st.runs[std::size_t(k)]) / double(runs);
        mean += double(k) * share;
        hist += QStringLiteral(" %1:%2/%3")
                    .arg(k)
                    .arg(share, 0, 'f', 3)
                    .arg(expected[std::size_t(k - 1)], 0, 'f', 3);
    }
    // Runs are the spans drawn (neighbouring spans keep a space between them), so their
    // lengths in words should follow the distribution: mean 3.8 words, each share near its own
    // (the span that spends the rest of a budget is cut to fit, which adds short ones).
    QVERIFY2(std::abs(mean - 3.8) < 0.5, qPrintable(QStringLiteral("mean %1").arg(mean) + hist));
    for (int k = 1; k <= 10; ++k)
        QVERIFY2(std::abs(double(st.runs[std::size_t(k)]) / double(runs) -
                          expected[std::size_t(k - 1)]) < 0.08,
                 qPrintable(QStringLiteral("%1 words:").arg(k) + hist));
}

void TestMaskingUnits::spanLengthDistribution_data() {
    QTest::addColumn<double>("mean");
    QTest::newRow("1") << 1.0;
    QTest::newRow("2") << 2.0;
    QTest::newRow("3.8 (SpanBERT)") << 3.8;
    QTest::newRow("5.5 (uniform)") << 5.5;
}

void TestMaskingUnits::spanLengthDistribution() {
    QFETCH(double, mean);
    const std::vector<double> d = lmw::spanLengthDistribution(mean);
    QCOMPARE(d.size(), std::size_t(10));
    for (double x : d) QVERIFY(x >= 0 && x <= 1);
    QVERIFY(std::abs(std::accumulate(d.begin(), d.end(), 0.0) - 1.0) < 1e-9);
    QVERIFY2(std::abs(meanOf(d) - mean) < 1e-6, qPrintable(QString::number(meanOf(d))));
    // Geometric below the clip: each P(L = k + 1) / P(L = k) is the same (1 - p).
    if (mean > 1.0 && mean < 5.5)
        for (int k = 1; k + 1 < 9; ++k)
            QVERIFY(std::abs(d[std::size_t(k + 1)] / d[std::size_t(k)] - d[1] / d[0]) < 1e-9);
}

void TestMaskingUnits::badOptions_data() {
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("spanMean");
    QTest::newRow("span mean 0.5") << int(MaskingUnit::Span) << 0.5;
    QTest::newRow("span mean 6") << int(MaskingUnit::Span) << 6.0;
    QTest::newRow("span mean NaN") << int(MaskingUnit::Span) << std::nan("");
}

void TestMaskingUnits::badOptions() {
    QFETCH(int, unit);
    QFETCH(double, spanMean);
    const Vocab v;
    Rng data(7), rng(8);
    const Ids ids = sequence(v, data);
    const MaskingOptions o{0.15, 0.8, 0.1, MaskingUnit(unit), spanMean};
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::validateMaskingOptions(o));
    QVERIFY_THROWS_EXCEPTION(lmw::Error,
                             lmw::maskSequence(ids, o, v.mask, v.special, v.roles, rng));
    QVERIFY_THROWS_EXCEPTION(
        lmw::Error, lmw::MlmMasker(o, lmw::MaskingMode::Dynamic, 1, 0, v.mask, v.special, v.roles));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::spanLengthDistribution(spanMean));
}

QTEST_APPLESS_MAIN(TestMaskingUnits)
#include "test_masking_units.moc"
