// BART noising (Lewis et al. 2019, §2.2): text infilling's Poisson(3) spans and 30% coverage,
// one mask per span, zero-length spans; permutation, rotation, deletion and masking rates;
// noiseDocument's order of transforms and its target; option checks.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "api/error.h"
#include "data/noising.h"
#include "test_util.h"
#include "util/rng.h"

using lmw::NoiseOptions;
using lmw::Rng;
using Ids = std::vector<std::int32_t>;

namespace {

constexpr std::int32_t kMask = -7;  // distinct from every token of iota()

Ids iota(int n, int from = 0) {
    Ids ids(std::size_t(n), 0);
    std::iota(ids.begin(), ids.end(), from);
    return ids;
}

/// Infilled `iota` input read back: the kept tokens must be an increasing subsequence; every
/// run of masks stands for the tokens missing where it sits. A gap of missing tokens without a
/// mask, or a token out of order, fails. `isolated` gets the span lengths of masks with tokens
/// on both sides (those are exact, unlike runs of masks that share a gap).
struct Infilled {
    bool ok = true;
    long masks = 0;
    long covered = 0;
    std::vector<long> isolated;
};

Infilled readInfilled(const Ids& out, int n) {
    Infilled r;
    long expected = 0;  // the next token id not yet accounted for
    std::size_t i = 0;
    while (i < out.size()) {
        if (out[i] != kMask) {
            if (out[i] != expected) r.ok = false;
            expected = out[i] + 1;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < out.size() && out[j] == kMask) ++j;
        const long run = long(j - i);
        const long next = j < out.size() ? out[j] : n;
        const long gap = next - expected;
        if (gap < 0) r.ok = false;
        if (run == 1 && i > 0 && j < out.size()) r.isolated.push_back(gap);
        r.masks += run;
        r.covered += gap;
        expected = next;
        i = j;
    }
    if (expected != n) r.ok = false;  // tokens lost at the end without a mask
    return r;
}

double poissonPmf(int k, double lambda) {
    return std::exp(-lambda + k * std::log(lambda) - std::lgamma(k + 1.0));
}

}  // namespace

class TestNoising : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void infillingSpansArePoisson();
    void infillingEdgeCases();
    void infillingIsDeterministic();
    void permutationKeepsTheSentences();
    void rotationIsARotation();
    void deletionAndMaskingRates();
    void noiseDocumentTargetAndOrder();
    void invalidOptions_data();
    void invalidOptions();
};

void TestNoising::infillingSpansArePoisson() {
    Rng rng(2019);
    const int n = 2000;
    const Ids ids = iota(n);
    long masks = 0, covered = 0;
    std::vector<long> isolated;
    for (int sample = 0; sample < 200; ++sample) {
        const Ids out = lmw::infillSpans(ids, 0.3, 3.0, kMask, rng);
        const Infilled r = readInfilled(out, n);
        QVERIFY2(r.ok, "every missing token is under a mask, kept ones stay in order");
        QCOMPARE(r.covered, 600L);                            // exactly round(30% of 2000)
        QCOMPARE(long(out.size()), n - r.covered + r.masks);  // one mask per span
        masks += r.masks;
        covered += r.covered;
        isolated.insert(isolated.end(), r.isolated.begin(), r.isolated.end());
    }
    // Mean span length (all spans, zero-length ones included): about λ.
    const double mean = double(covered) / masks;
    QVERIFY2(std::abs(mean - 3.0) <= 0.15, qPrintable(QString::number(mean)));
    // The isolated spans show the distribution itself: Poisson(3), zero-length spans included
    // (they are masks inserted between two kept tokens).
    QVERIFY(isolated.size() > 20000);
    for (int k = 0; k <= 6; ++k) {
        const double share =
            double(std::count(isolated.begin(), isolated.end(), long(k))) / isolated.size();
        QVERIFY2(std::abs(share - poissonPmf(k, 3.0)) < 0.015,
                 qPrintable(QStringLiteral("P(%1) = %2").arg(k).arg(share)));
    }
    const double isolatedMean =
        std::accumulate(isolated.begin(), isolated.end(), 0.0) / isolated.size();
    QVERIFY(std::abs(isolatedMean - 3.0) <= 0.15);
}

void TestNoising::infillingEdgeCases() {
    Rng rng(1);
    QVERIFY(lmw::infillSpans({}, 0.3, 3.0, kMask, rng).empty());
    QCOMPARE(lmw::infillSpans(iota(50), 0.0, 3.0, kMask, rng), iota(50));
    // Everything covered: only masks remain, one per span, and the spans add up to the input.
    for (int i = 0; i < 20; ++i) {
        const Ids out = lmw::infillSpans(iota(40), 1.0, 3.0, kMask, rng);
        QVERIFY(std::all_of(out.begin(), out.end(), [](std::int32_t x) { return x == kMask; }));
        QVERIFY(!out.empty());
    }
    // A tiny λ makes mostly zero-length spans: many inserted masks, no token lost unmasked.
    const Ids out = lmw::infillSpans(iota(200), 0.1, 0.2, kMask, rng);
    const Infilled r = readInfilled(out, 200);
    QVERIFY(r.ok);
    QCOMPARE(r.covered, 20L);
    QVERIFY(r.masks > 20);  // more spans than covered tokens: zero-length ones among them
    // Short input: round(0.3 * 5) = 2 tokens covered.
    for (int i = 0; i < 50; ++i)
        QCOMPARE(readInfilled(lmw::infillSpans(iota(5), 0.3, 3.0, kMask, rng), 5).covered, 2L);
}

void TestNoising::infillingIsDeterministic() {
    Rng a(5), b(5), c(6);
    const Ids ids = iota(300);
    const Ids x = lmw::infillSpans(ids, 0.3, 3.0, kMask, a);
    QCOMPARE(lmw::infillSpans(ids, 0.3, 3.0, kMask, b), x);
    QVERIFY(lmw::infillSpans(ids, 0.3, 3.0, kMask, c) != x);
}

void TestNoising::permutationKeepsTheSentences() {
    Rng rng(3);
    const std::vector<Ids> sentences{iota(3, 0), iota(1, 10), iota(4, 20),
                                     {},         iota(2, 30), iota(3, 0)};
    auto sorted = sentences;
    std::sort(sorted.begin(), sorted.end());
    bool reordered = false;
    for (int i = 0; i < 50; ++i) {
        auto p = lmw::permuteSentences(sentences, rng);
        reordered = reordered || p != sentences;
        std::sort(p.begin(), p.end());
        QCOMPARE(p, sorted);  // the same multiset of sentences, duplicates and empties kept
    }
    QVERIFY(reordered);
    QVERIFY(lmw::permuteSentences({}, rng).empty());
}

void TestNoising::rotationIsARotation() {
    Rng rng(4);
    const Ids ids = iota(10, 100);
    std::vector<int> starts(10, 0);
    for (int i = 0; i < 5000; ++i) {
        const Ids r = lmw::rotateDocument(ids, rng);
        QCOMPARE(r.size(), ids.size());
        const int k = r[0] - 100;
        Ids expected = ids;
        std::rotate(expected.begin(), expected.begin() + k, expected.end());
        QCOMPARE(r, expected);
        ++starts[k];
    }
    for (int c : starts) QVERIFY2(std::abs(c - 500) < 100, "every start about equally likely");
    QVERIFY(lmw::rotateDocument({}, rng).empty());
    QCOMPARE(lmw::rotateDocument({9}, rng), Ids{9});
}

void TestNoising::deletionAndMaskingRates() {
    Rng rng(6);
    const Ids ids = iota(100000);
    const Ids kept = lmw::deleteTokens(ids, 0.15, rng);
    QVERIFY(std::abs(double(ids.size() - kept.size()) / ids.size() - 0.15) < 0.005);
    QVERIFY(std::is_sorted(kept.begin(), kept.end()));  // survivors keep their order
    QVERIFY(std::adjacent_find(kept.begin(), kept.end()) == kept.end());
    const Ids masked = lmw::maskTokens(ids, 0.15, kMask, rng);
    QCOMPARE(masked.size(), ids.size());
    long count = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (masked[i] == kMask) {
            ++count;
        } else {
            QCOMPARE(masked[i], ids[i]);
        }
    }
    QVERIFY(std::abs(count / 100000.0 - 0.15) < 0.005);
    QCOMPARE(lmw::deleteTokens(ids, 0.0, rng), ids);
    QVERIFY(lmw::deleteTokens(ids, 1.0, rng).empty());
    QCOMPARE(lmw::maskTokens(ids, 0.0, kMask, rng), ids);
}

void TestNoising::noiseDocumentTargetAndOrder() {
    const std::vector<Ids> sentences{iota(5, 0), iota(5, 5), iota(5, 10), iota(5, 15)};
    const Ids original = iota(20);
    Rng rng(7);
    // Default: infilling only.
    auto d = lmw::noiseDocument(sentences, NoiseOptions{}, kMask, rng);
    QCOMPARE(d.target, original);
    QCOMPARE(readInfilled(d.source, 20).covered, 6L);
    QVERIFY(readInfilled(d.source, 20).ok);
    // Nothing enabled: source == target.
    NoiseOptions none;
    none.textInfilling = false;
    d = lmw::noiseDocument(sentences, none, kMask, rng);
    QCOMPARE(d.source, original);
    QCOMPARE(d.target, original);
    // Permutation only: whole sentences moved, target still in the original order.
    NoiseOptions perm = none;
    perm.sentencePermutation = true;
    d = lmw::noiseDocument(sentences, perm, kMask, rng);
    QCOMPARE(d.target, original);
    Ids sortedSource = d.source;
    std::sort(sortedSource.begin(), sortedSource.end());
    QCOMPARE(sortedSource, original);
    for (std::size_t i = 0; i < 20; i += 5) QCOMPARE(d.source[i] % 5, 0);
    // All five transforms, same generator state: same result (the documented order is fixed).
    NoiseOptions all;
    all.tokenMasking = all.tokenDeletion = all.sentencePermutation = all.documentRotation = true;
    Rng a(8), b(8);
    const auto x = lmw::noiseDocument(sentences, all, kMask, a);
    QCOMPARE(x.target, original);
    // The same, step by step in the documented order.
    Ids manual;
    for (const Ids& s : lmw::permuteSentences(sentences, b))
        manual.insert(manual.end(), s.begin(), s.end());
    manual = lmw::maskTokens(manual, all.maskRate, kMask, b);
    manual = lmw::deleteTokens(manual, all.deleteRate, b);
    manual = lmw::infillSpans(manual, all.infillRate, all.poissonLambda, kMask, b);
    manual = lmw::rotateDocument(manual, b);
    QCOMPARE(x.source, manual);
    QVERIFY(lmw::noiseDocument({}, all, kMask, rng).source.empty());
}

void TestNoising::invalidOptions_data() {
    QTest::addColumn<int>("field");  // 0 maskRate, 1 deleteRate, 2 infillRate, 3 lambda
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mask rate > 1") << 0 << 1.5 << QStringLiteral("token masking rate");
    QTest::newRow("delete rate < 0") << 1 << -0.1 << QStringLiteral("token deletion rate");
    QTest::newRow("infill rate NaN") << 2 << std::nan("") << QStringLiteral("text infilling rate");
    QTest::newRow("lambda 0") << 3 << 0.0 << QStringLiteral("λ");
    QTest::newRow("lambda negative") << 3 << -3.0 << QStringLiteral("(got -3)");
    QTest::newRow("lambda huge") << 3 << 1e9 << QStringLiteral("at most 1000");
}

void TestNoising::invalidOptions() {
    QFETCH(int, field);
    QFETCH(double, value);
    QFETCH(QString, expected);
    NoiseOptions o;
    o.tokenMasking = o.tokenDeletion = true;
    double* fields[] = {&o.maskRate, &o.deleteRate, &o.infillRate, &o.poissonLambda};
    *fields[field] = value;
    Rng rng(1);
    const std::vector<Ids> doc{iota(10)};
    const QString msg = lmw::test::errorOf([&] { lmw::noiseDocument(doc, o, kMask, rng); });
    QVERIFY2(msg.contains(expected), qPrintable(msg));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::validateNoiseOptions(o));
    // The single transforms check the same.
    const QString single = lmw::test::errorOf([&] {
        switch (field) {
            case 0:
                lmw::maskTokens(iota(3), value, kMask, rng);
                break;
            case 1:
                lmw::deleteTokens(iota(3), value, rng);
                break;
            case 2:
                lmw::infillSpans(iota(3), value, 3.0, kMask, rng);
                break;
            default:
                lmw::infillSpans(iota(3), 0.3, value, kMask, rng);
                break;
        }
    });
    QCOMPARE(single, msg);
    // A disabled transform's settings are not checked.
    o.tokenMasking = o.tokenDeletion = o.textInfilling = false;
    lmw::validateNoiseOptions(o);
}

QTEST_APPLESS_MAIN(TestNoising)
#include "test_noising.moc"
