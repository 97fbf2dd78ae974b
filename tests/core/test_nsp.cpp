// Next-sentence prediction pairs (BERT §3.1, Task #2): the 50/50 label split over 20k pairs,
// [CLS]/[SEP] layout and segment ids, the length limit, where A and B really come from
// (documents built from ids that name their document, sentence and position), and the errors.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "api/error.h"
#include "data/nsp.h"
#include "test_util.h"
#include "util/rng.h"

using lmw::NspExample;
using lmw::NspPairBuilder;
using lmw::Rng;
using Ids = std::vector<std::int32_t>;
using Docs = std::vector<std::vector<Ids>>;

Q_DECLARE_METATYPE(Docs)

namespace {

constexpr std::int32_t kCls = 1, kSep = 2;

// Token t of sentence s of document d has id 100000 + 10000 d + 10 s + t (t < 10, s < 1000).
std::int32_t idOf(int d, int s, int t) {
    return 100000 + 10000 * d + 10 * s + t;
}
int docOf(std::int32_t id) {
    return (id - 100000) / 10000;
}
int sentenceOf(std::int32_t id) {
    return (id % 10000) / 10;
}
int positionOf(std::int32_t id) {
    return id % 10;
}

/// `count` documents with 1 to `maxSentences` sentences of 1 to 9 tokens; document 0 has one
/// sentence only. Returns the documents; `lengths[d][s]` gets each sentence's length.
Docs makeDocs(int count, int maxSentences, std::vector<std::vector<int>>& lengths, Rng& rng) {
    Docs docs(count);
    lengths.assign(count, {});
    for (int d = 0; d < count; ++d) {
        const int sentences = d == 0 ? 1 : 1 + int(rng.below(maxSentences));
        for (int s = 0; s < sentences; ++s) {
            const int len = 1 + int(rng.below(9));
            Ids sentence;
            for (int t = 0; t < len; ++t) sentence.push_back(idOf(d, s, t));
            docs[d].push_back(sentence);
            lengths[d].push_back(len);
        }
    }
    return docs;
}

/// The part of `input` in [from, to): non-empty, one document, consecutive tokens in order.
int checkContiguous(const Ids& input, std::size_t from, std::size_t to,
                    const std::vector<std::vector<int>>& lengths) {
    if (from >= to) return -1;
    const int d = docOf(input[from]);
    for (std::size_t i = from + 1; i < to; ++i) {
        const std::int32_t prev = input[i - 1], cur = input[i];
        if (docOf(cur) != d) return -1;
        const bool sameSentence =
            sentenceOf(cur) == sentenceOf(prev) && positionOf(cur) == positionOf(prev) + 1;
        const bool nextSentence = sentenceOf(cur) == sentenceOf(prev) + 1 && positionOf(cur) == 0 &&
                                  positionOf(prev) == lengths[d][sentenceOf(prev)] - 1;
        if (!sameSentence && !nextSentence) return -1;
    }
    return d;
}

}  // namespace

class TestNsp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairsAreWellFormed_data();
    void pairsAreWellFormed();
    void deterministicPerSeed();
    void truncationTrimsTheLongerPart();
    void ignoresEmptySentencesAndDocuments();
    void errors_data();
    void errors();
};

void TestNsp::pairsAreWellFormed_data() {
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("maxSentences");
    QTest::newRow("tight (5)") << 5 << 4;
    QTest::newRow("truncating (24)") << 24 << 8;
    QTest::newRow("roomy (128)") << 128 << 30;
}

void TestNsp::pairsAreWellFormed() {
    QFETCH(int, maxLength);
    QFETCH(int, maxSentences);
    Rng rng(2018);
    std::vector<std::vector<int>> lengths;
    const NspPairBuilder builder(makeDocs(40, maxSentences, lengths, rng), maxLength, kCls, kSep);
    QCOMPARE(builder.documentCount(), std::size_t(40));
    const int n = 20000;
    int isNext = 0, atLimit = 0;
    for (int i = 0; i < n; ++i) {
        const NspExample ex = builder.next(rng);
        const Ids& in = ex.input;
        QVERIFY(int(in.size()) <= maxLength);
        atLimit += int(in.size()) == maxLength;
        QCOMPARE(ex.tokenTypes.size(), in.size());
        QCOMPARE(in.front(), kCls);
        QCOMPARE(in.back(), kSep);
        const std::size_t sep = std::size_t(std::find(in.begin(), in.end(), kSep) - in.begin());
        QCOMPARE(std::count(in.begin(), in.end(), kSep), std::ptrdiff_t(2));
        QVERIFY(std::count(in.begin(), in.end(), kCls) == 1);
        for (std::size_t k = 0; k < in.size(); ++k) QCOMPARE(ex.tokenTypes[k], k <= sep ? 0 : 1);
        const int docA = checkContiguous(in, 1, sep, lengths);
        const int docB = checkContiguous(in, sep + 1, in.size() - 1, lengths);
        QVERIFY2(docA >= 0 && docB >= 0, "A and B are non-empty runs of one document each");
        // A ends with a whole sentence (its front may be trimmed, its end never).
        const std::int32_t lastA = in[sep - 1], firstB = in[sep + 1];
        QCOMPARE(positionOf(lastA), lengths[docA][sentenceOf(lastA)] - 1);
        if (ex.label == lmw::kIsNext) {
            ++isNext;
            QCOMPARE(docB, docA);  // B continues A's document right after A
            QCOMPARE(sentenceOf(firstB), sentenceOf(lastA) + 1);
            QCOMPARE(positionOf(firstB), 0);
        } else {
            QCOMPARE(ex.label, lmw::kNotNext);
            QVERIFY(docB != docA);  // B comes from another document
            QCOMPARE(positionOf(firstB), 0);
        }
    }
    const double share = double(isNext) / n;
    QVERIFY2(std::abs(share - 0.5) <= 0.02, qPrintable(QString::number(share)));
    if (maxLength <= 24) QVERIFY(atLimit > n / 2);  // the budget is used, not wasted
}

void TestNsp::deterministicPerSeed() {
    Rng docsRng(1);
    std::vector<std::vector<int>> lengths;
    const NspPairBuilder builder(makeDocs(10, 6, lengths, docsRng), 32, kCls, kSep);
    Rng a(77), b(77), c(78);
    bool differs = false;
    for (int i = 0; i < 200; ++i) {
        const NspExample x = builder.next(a), y = builder.next(b), z = builder.next(c);
        QCOMPARE(x.input, y.input);
        QCOMPARE(x.label, y.label);
        differs = differs || x.input != z.input;
    }
    QVERIFY(differs);
}

void TestNsp::truncationTrimsTheLongerPart() {
    // One two-sentence document, so every pair starts A = [10 11 12].
    const Docs docs{{{10, 11, 12}, {13, 14, 15}}, {{20, 21, 22, 23, 24, 25, 26}}};
    struct Case {
        int maxLength;
        Ids isNext;
    };
    // Budget 5 (8 - 3): 3 + 3 tokens, a tie, so B loses its last token. Budget 4: then A is the
    // longer one and loses its first. Budget 2: one token each, either side of the boundary.
    const Case cases[] = {{8, {kCls, 10, 11, 12, kSep, 13, 14, kSep}},
                          {7, {kCls, 11, 12, kSep, 13, 14, kSep}},
                          {5, {kCls, 12, kSep, 13, kSep}}};
    for (const Case& c : cases) {
        const NspPairBuilder builder(docs, c.maxLength, kCls, kSep);
        Rng rng(5);
        int seen = 0;
        for (int i = 0; i < 100; ++i) {
            const NspExample ex = builder.next(rng);
            if (ex.label != lmw::kIsNext) continue;
            QCOMPARE(ex.input, c.isNext);
            ++seen;
        }
        QVERIFY(seen > 20);
    }
}

void TestNsp::ignoresEmptySentencesAndDocuments() {
    // Empty sentences and documents do not count: three documents, the second one empty.
    const Docs docs{{{}, {10, 11}, {}, {12}}, {{}, {}}, {{20}}};
    const NspPairBuilder builder(docs, 16, kCls, kSep);
    QCOMPARE(builder.documentCount(), std::size_t(2));
    Rng rng(3);
    for (int i = 0; i < 200; ++i) {
        const NspExample ex = builder.next(rng);
        if (ex.label == lmw::kIsNext) {
            QCOMPARE(ex.input, (Ids{kCls, 10, 11, kSep, 12, kSep}));
        } else {
            QCOMPARE(ex.input, (Ids{kCls, 10, 11, kSep, 20, kSep}));
        }
    }
}

void TestNsp::errors_data() {
    QTest::addColumn<Docs>("docs");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    const QString twoDocs = QStringLiteral("at least two documents separated by a blank line");
    QTest::newRow("no documents") << Docs{} << 64 << twoDocs;
    QTest::newRow("one document") << Docs{{{11}, {12}, {13}}} << 64 << twoDocs;
    QTest::newRow("one non-empty document") << Docs{{{11}, {12}}, {{}}} << 64 << twoDocs;
    QTest::newRow("single sentences") << Docs{{{11}}, {{12}}, {{13, 14}}} << 64
                                      << QStringLiteral("a document with at least two sentences");
    QTest::newRow("too short") << Docs{{{11}, {12}}, {{13}}} << 4
                               << QStringLiteral("maximum length of at least 5");
}

void TestNsp::errors() {
    QFETCH(Docs, docs);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString msg = lmw::test::errorOf([&] { NspPairBuilder(docs, maxLength, kCls, kSep); });
    QVERIFY2(msg.startsWith(QStringLiteral("Next-sentence prediction needs")), qPrintable(msg));
    QVERIFY2(msg.contains(expected), qPrintable(msg));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, NspPairBuilder(docs, maxLength, kCls, kSep));
}

QTEST_APPLESS_MAIN(TestNsp)
#include "test_nsp.moc"
