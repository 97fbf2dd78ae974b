// Character tokenizer: round trips (ASCII, Chinese, astral code points), vocabulary order,
// unknown characters, and the JSON form stored in checkpoints.
#include <QtTest>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "data/char_tokenizer.h"
#include "util/utf8.h"

using lmw::CharTokenizer;

class TestCharTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void vocabularyIsSortedAndUnique();
    void unknownCharactersAreNamed();
    void jsonRoundTrip();
    void jsonRejectsGarbage();
    void utf8RejectsBadSequences();
};

void TestCharTokenizer::roundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("To be, or not to be:\nthat is the question.");
    QTest::newRow("chinese") << QStringLiteral(
        "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。");
    QTest::newRow("mixed") << QStringLiteral("GPT 模型 learns 字 by 字 — ok? ✓");
    QTest::newRow("astral") << QStringLiteral("emoji 🙂 and 𝄞 clef");
}

void TestCharTokenizer::roundTrip() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const auto decoded = lmw::utf8::decode(utf8);
    QVERIFY(decoded.ok);
    const CharTokenizer tok = CharTokenizer::fromText(decoded.text);
    const auto ids = tok.encode(utf8);
    QCOMPARE(ids.size(), decoded.text.size());  // one token per code point, not per byte
    const std::vector<std::int64_t> ids64(ids.begin(), ids.end());
    QCOMPARE(QString::fromStdString(tok.decode(ids64)), text);
}

void TestCharTokenizer::vocabularyIsSortedAndUnique() {
    const CharTokenizer tok = CharTokenizer::fromText(U"banana 香蕉 香");
    const auto& cps = tok.codePoints();
    QCOMPARE(tok.vocabSize(), 6);  // ' ', a, b, n, 香, 蕉: each once
    QVERIFY(std::is_sorted(cps.begin(), cps.end()));
    QVERIFY(std::adjacent_find(cps.begin(), cps.end()) == cps.end());
    QCOMPARE(tok.encode(std::u32string(U" "))[0], 0);  // lowest code point gets id 0
}

void TestCharTokenizer::unknownCharactersAreNamed() {
    const CharTokenizer tok = CharTokenizer::fromText(U"abc");
    try {
        tok.encode(std::string("abz"));
        QFAIL("expected an error");
    } catch (const lmw::Error& e) {
        QVERIFY2(std::string(e.what()).find("'z'") != std::string::npos, e.what());
    }
}

void TestCharTokenizer::jsonRoundTrip() {
    const CharTokenizer tok = CharTokenizer::fromText(U"hello 世界\n");
    const CharTokenizer back = CharTokenizer::fromJson(tok.toJson());
    QCOMPARE(back.codePoints(), tok.codePoints());
}

void TestCharTokenizer::jsonRejectsGarbage() {
    QVERIFY_THROWS_EXCEPTION(lmw::Error, CharTokenizer::fromJson(nlohmann::json::array()));
    QVERIFY_THROWS_EXCEPTION(lmw::Error,
                             CharTokenizer::fromJson({{"kind", "bpe"}, {"code_points", {97, 98}}}));
    QVERIFY_THROWS_EXCEPTION(
        lmw::Error, CharTokenizer::fromJson({{"kind", "char"}, {"code_points", {97, 0x110000}}}));
    // A surrogate is not a character (found by tests/fuzz: it made invalid UTF-8 downstream).
    QVERIFY_THROWS_EXCEPTION(
        lmw::Error, CharTokenizer::fromJson({{"kind", "char"}, {"code_points", {97, 0xDA95}}}));
    QVERIFY_THROWS_EXCEPTION(lmw::Error,
                             CharTokenizer::fromJson({{"kind", "char"}, {"code_points", {97}}}));
}

void TestCharTokenizer::utf8RejectsBadSequences() {
    QVERIFY(!lmw::utf8::decode("\xC3").ok);              // truncated
    QVERIFY(!lmw::utf8::decode("\xC0\xAF").ok);          // overlong '/'
    QVERIFY(!lmw::utf8::decode("\xED\xA0\x80").ok);      // surrogate
    QVERIFY(!lmw::utf8::decode("\xF4\x90\x80\x80").ok);  // past U+10FFFF
    const auto bad = lmw::utf8::decode("ab\xFF");
    QVERIFY(!bad.ok);
    QCOMPARE(bad.badOffset, std::size_t(2));
}

QTEST_APPLESS_MAIN(TestCharTokenizer)
#include "test_char_tokenizer.moc"
