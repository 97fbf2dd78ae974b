// Masked LM inputs (BERT §3.1 / A.1; RoBERTa §4.1): the 15% and 80/10/10 rates over 400k
// tokens, labels, special tokens, argument checks, and static versus dynamic masks per epoch.
#include <QtTest>

#include <cmath>
#include <set>
#include <vector>

#include "api/error.h"
#include "data/masking.h"
#include "test_util.h"
#include "util/rng.h"

using lmw::MaskedSequence;
using lmw::MaskingMode;
using lmw::MaskingOptions;
using lmw::MlmMasker;
using lmw::Rng;
using Ids = std::vector<std::int32_t>;

namespace {

// A 1000-token vocabulary whose first five ids are special.
constexpr std::int32_t kPad = 0, kCls = 1, kSep = 2, kMask = 3, kUnk = 4;
constexpr std::int32_t kVocab = 1000;

std::vector<bool> specials() {
    std::vector<bool> s(kVocab, false);
    for (std::int32_t id : {kPad, kCls, kSep, kMask, kUnk}) s[id] = true;
    return s;
}

/// "[CLS] ... [SEP] ... [SEP] [PAD]..." with random ordinary ids in between.
Ids sequence(Rng& rng, int length) {
    Ids ids;
    ids.push_back(kCls);
    for (int i = 1; i < length - 4; ++i) ids.push_back(std::int32_t(5 + rng.below(kVocab - 5)));
    ids.insert(ids.begin() + length / 2, kSep);
    ids.push_back(kSep);
    while (int(ids.size()) < length) ids.push_back(kPad);
    return ids;
}

/// Labels hold the original at selected positions and -100 elsewhere; unselected positions are
/// untouched; special positions are never selected.
void checkConsistent(const Ids& ids, const MaskedSequence& m) {
    QCOMPARE(m.input.size(), ids.size());
    QCOMPARE(m.labels.size(), ids.size());
    const auto special = specials();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (m.labels[i] == lmw::kIgnoreLabel) {
            QCOMPARE(m.input[i], ids[i]);
        } else {
            QCOMPARE(m.labels[i], ids[i]);
            QVERIFY(!special[ids[i]]);
        }
    }
}

bool sameMask(const MaskedSequence& a, const MaskedSequence& b) {
    return a.input == b.input && a.labels == b.labels;
}

MlmMasker masker(MaskingMode mode, int dupeFactor, std::uint64_t seed = 17) {
    return MlmMasker(MaskingOptions{}, mode, dupeFactor, seed, kMask, specials());
}

}  // namespace

class TestMasking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bertRates();
    void labelsAndSpecials();
    void extremeOptions();
    void invalidArguments_data();
    void invalidArguments();
    void staticMasksRepeatEveryDupeFactorEpochs();
    void dupeFactorOneIsFixed();
    void dynamicMasksChangeEveryEpoch();
    void maskerIsDeterministic();
    void maskerMatchesMaskSequenceWithDerivedSeed();
};

void TestMasking::bertRates() {
    Rng data(1), rng(2);
    const auto special = specials();
    long ordinary = 0, selected = 0, masked = 0, random = 0, kept = 0;
    double randomIdSum = 0;
    while (ordinary < 400000) {
        const Ids ids = sequence(data, 512);
        const MaskedSequence m = lmw::maskSequence(ids, MaskingOptions{}, kMask, special, rng);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (special[ids[i]]) {
                QCOMPARE(m.labels[i], lmw::kIgnoreLabel);  // specials are never selected
                QCOMPARE(m.input[i], ids[i]);
                continue;
            }
            ++ordinary;
            if (m.labels[i] == lmw::kIgnoreLabel) continue;
            ++selected;
            if (m.input[i] == kMask) {
                ++masked;
            } else if (m.input[i] == ids[i]) {
                ++kept;  // includes the 1-in-995 random draws that hit the original id
            } else {
                QVERIFY(!special[m.input[i]]);  // random replacements are never special
                ++random;
                randomIdSum += m.input[i];
            }
        }
    }
    const double selectRate = double(selected) / ordinary;
    QVERIFY2(std::abs(selectRate - 0.15) <= 0.01, qPrintable(QString::number(selectRate)));
    const double maskShare = double(masked) / selected;
    const double randomShare = double(random) / selected;
    const double keptShare = double(kept) / selected;
    QVERIFY2(std::abs(maskShare - 0.8) <= 0.01, qPrintable(QString::number(maskShare)));
    QVERIFY2(std::abs(randomShare - 0.1) <= 0.01, qPrintable(QString::number(randomShare)));
    QVERIFY2(std::abs(keptShare - 0.1) <= 0.01, qPrintable(QString::number(keptShare)));
    // Random ids are uniform over the non-special ids 5..999: mean 502 (std. error about 1.3).
    QVERIFY(std::abs(randomIdSum / random - 502.0) < 8.0);
}

void TestMasking::labelsAndSpecials() {
    Rng data(3), rng(4);
    for (int n = 0; n < 50; ++n) {
        const Ids ids = sequence(data, 64);
        checkConsistent(ids, lmw::maskSequence(ids, MaskingOptions{}, kMask, specials(), rng));
    }
    // Only special tokens: nothing to select, nothing drawn.
    const Ids allSpecial{kCls, kSep, kPad, kMask};
    const MaskedSequence m =
        lmw::maskSequence(allSpecial, MaskingOptions{1.0, 1.0, 0.0}, kMask, specials(), rng);
    QCOMPARE(m.input, allSpecial);
    QCOMPARE(m.labels, Ids(4, lmw::kIgnoreLabel));
    QVERIFY(lmw::maskSequence({}, MaskingOptions{}, kMask, specials(), rng).input.empty());
}

void TestMasking::extremeOptions() {
    Rng data(5), rng(6);
    const Ids ids = sequence(data, 200);
    // Select everything, always [MASK].
    MaskedSequence m = lmw::maskSequence(ids, {1.0, 1.0, 0.0}, kMask, specials(), rng);
    for (std::size_t i = 0; i < ids.size(); ++i)
        QCOMPARE(m.input[i], specials()[ids[i]] ? ids[i] : kMask);
    // Select everything, keep everything: labels set, input untouched.
    m = lmw::maskSequence(ids, {1.0, 0.0, 0.0}, kMask, specials(), rng);
    QCOMPARE(m.input, ids);
    for (std::size_t i = 0; i < ids.size(); ++i)
        QCOMPARE(m.labels[i], specials()[ids[i]] ? lmw::kIgnoreLabel : ids[i]);
    // Select nothing.
    m = lmw::maskSequence(ids, {0.0, 0.8, 0.1}, kMask, specials(), rng);
    QCOMPARE(m.input, ids);
    QCOMPARE(m.labels, Ids(ids.size(), lmw::kIgnoreLabel));
    // Shares that sum to exactly 1 are fine.
    checkConsistent(ids, lmw::maskSequence(ids, {0.5, 0.7, 0.3}, kMask, specials(), rng));
}

void TestMasking::invalidArguments_data() {
    QTest::addColumn<double>("select");
    QTest::addColumn<double>("mask");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("maskId");
    QTest::addColumn<int>("badToken");  // appended to the sequence when >= -1
    QTest::addColumn<int>("vocab");
    QTest::addColumn<QString>("expected");
    const QString range = QStringLiteral("between 0 and 1");
    QTest::newRow("select < 0") << -0.1 << 0.8 << 0.1 << kMask << -2 << kVocab << range;
    QTest::newRow("select > 1") << 1.5 << 0.8 << 0.1 << kMask << -2 << kVocab
                                << QStringLiteral("1.5");
    QTest::newRow("select NaN") << std::nan("") << 0.8 << 0.1 << kMask << -2 << kVocab << range;
    QTest::newRow("mask > 1") << 0.15 << 1.2 << 0.0 << kMask << -2 << kVocab << range;
    QTest::newRow("random < 0") << 0.15 << 0.8 << -0.5 << kMask << -2 << kVocab << range;
    QTest::newRow("sum > 1") << 0.15 << 0.9 << 0.2 << kMask << -2 << kVocab
                             << QStringLiteral("more than 1");
    QTest::newRow("mask id too big")
        << 0.15 << 0.8 << 0.1 << kVocab << -2 << kVocab << QStringLiteral("outside the vocabulary");
    QTest::newRow("mask id negative")
        << 0.15 << 0.8 << 0.1 << -1 << -2 << kVocab << QStringLiteral("outside the vocabulary");
    QTest::newRow("mask id not special")
        << 0.15 << 0.8 << 0.1 << 7 << -2 << kVocab << QStringLiteral("special");
    QTest::newRow("token too big") << 0.15 << 0.8 << 0.1 << kMask << kVocab << kVocab
                                   << QStringLiteral("Token id 1000 at position 3");
    QTest::newRow("token negative")
        << 0.15 << 0.8 << 0.1 << kMask << -1 << kVocab << QStringLiteral("Token id -1");
    QTest::newRow("empty table") << 0.15 << 0.8 << 0.1 << kMask << -2 << 0
                                 << QStringLiteral("empty");
}

void TestMasking::invalidArguments() {
    QFETCH(double, select);
    QFETCH(double, mask);
    QFETCH(double, random);
    QFETCH(int, maskId);
    QFETCH(int, badToken);
    QFETCH(int, vocab);
    QFETCH(QString, expected);
    std::vector<bool> table = specials();
    table.resize(std::size_t(vocab));
    Ids ids{kCls, 10, 11};
    if (badToken >= -1) ids.push_back(badToken);
    const MaskingOptions options{select, mask, random};
    Rng rng(1);
    const QString msg = lmw::test::errorOf([&] {
        try {
            lmw::maskSequence(ids, options, maskId, table, rng);
        } catch (const lmw::Error&) {
            throw;
        } catch (...) {
            QFAIL("not an lmw::Error");
        }
    });
    QVERIFY2(msg.contains(expected), qPrintable(msg));
    QVERIFY(!msg.contains(QLatin1Char('\n')));
    if (badToken < -1) {  // the masker checks the same at construction
        const QString ctorMsg = lmw::test::errorOf(
            [&] { MlmMasker(options, MaskingMode::Dynamic, 1, 0, maskId, table); });
        QCOMPARE(ctorMsg, msg);
    } else {
        const MlmMasker m(MaskingOptions{}, MaskingMode::Dynamic, 1, 0, kMask, table);
        QCOMPARE(lmw::test::errorOf([&] { m.mask(ids, 0, 0); }), msg);
    }
}

void TestMasking::staticMasksRepeatEveryDupeFactorEpochs() {
    Rng data(7);
    const Ids ids = sequence(data, 512);
    const MlmMasker m = masker(MaskingMode::Static, 10);
    QCOMPARE(m.roundOf(23), std::uint64_t(3));
    std::vector<MaskedSequence> first;
    for (std::uint64_t e = 0; e < 10; ++e) first.push_back(m.mask(ids, 5, e));
    for (std::uint64_t e = 0; e < 10; ++e) {
        checkConsistent(ids, first[e]);
        QVERIFY(sameMask(m.mask(ids, 5, e + 10), first[e]));
        QVERIFY(sameMask(m.mask(ids, 5, e + 30), first[e]));
        for (std::uint64_t f = e + 1; f < 10; ++f) QVERIFY(!sameMask(first[e], first[f]));
    }
    QVERIFY(!sameMask(m.mask(ids, 5, 0), m.mask(ids, 6, 0)));  // other sequence, other mask
    QVERIFY_THROWS_EXCEPTION(lmw::Error, masker(MaskingMode::Static, 0));
}

void TestMasking::dupeFactorOneIsFixed() {
    Rng data(8);
    const Ids ids = sequence(data, 512);
    const MlmMasker m = masker(MaskingMode::Static, 1);
    const MaskedSequence once = m.mask(ids, 42, 0);
    QVERIFY(once.input != ids);
    for (std::uint64_t e = 1; e < 40; ++e) QVERIFY(sameMask(m.mask(ids, 42, e), once));
}

void TestMasking::dynamicMasksChangeEveryEpoch() {
    Rng data(9);
    const Ids ids = sequence(data, 512);
    const MlmMasker m = masker(MaskingMode::Dynamic, 0);  // dupeFactor is ignored
    QCOMPARE(m.roundOf(23), std::uint64_t(23));
    std::set<Ids> seen;
    for (std::uint64_t e = 0; e < 40; ++e) {
        const MaskedSequence x = m.mask(ids, 5, e);
        checkConsistent(ids, x);
        QVERIFY(seen.insert(x.labels).second);  // no two epochs select the same positions
    }
}

void TestMasking::maskerIsDeterministic() {
    Rng data(10);
    const Ids ids = sequence(data, 256);
    for (MaskingMode mode : {MaskingMode::Static, MaskingMode::Dynamic}) {
        const MlmMasker a = masker(mode, 10), b = masker(mode, 10);
        for (std::uint64_t e = 0; e < 25; e += 3) {
            QVERIFY(sameMask(a.mask(ids, 3, e), b.mask(ids, 3, e)));
            QVERIFY(sameMask(a.mask(ids, 3, e), a.mask(ids, 3, e)));  // no hidden state
        }
        QVERIFY(!sameMask(a.mask(ids, 3, 1), masker(mode, 10, 18).mask(ids, 3, 1)));  // seed
    }
}

void TestMasking::maskerMatchesMaskSequenceWithDerivedSeed() {
    Rng data(11);
    const Ids ids = sequence(data, 300);
    const MlmMasker m = masker(MaskingMode::Static, 4);
    Rng derived(Rng::mix(Rng::mix(17, 9), 6 % 4));
    const MaskedSequence expected =
        lmw::maskSequence(ids, MaskingOptions{}, kMask, specials(), derived);
    QVERIFY(sameMask(m.mask(ids, 9, 6), expected));
}

QTEST_APPLESS_MAIN(TestMasking)
#include "test_masking.moc"
