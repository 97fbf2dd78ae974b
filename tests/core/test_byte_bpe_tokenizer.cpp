// GPT-2's byte-level BPE: the byte alphabet, the word pattern, merges applied by rank, exact
// round trips, added tokens, and reading Hugging Face's tokenizer files (good and damaged).
#include <QtTest>

#include <nlohmann/json.hpp>
#include <set>

#include "api/error.h"
#include "data/byte_bpe_tokenizer.h"
#include "test_util.h"
#include "util/utf8.h"

using lmw::ByteBpeTokenizer;
using lmw::test::errorOf;

namespace {

std::string sym(unsigned char b) {
    return lmw::utf8::encode(ByteBpeTokenizer::byteSymbol(b));
}

/// Pieces: the 256 byte symbols (id = byte), then the merge results in order.
std::vector<std::string> basePieces() {
    std::vector<std::string> pieces;
    for (int b = 0; b < 256; ++b) pieces.push_back(sym(static_cast<unsigned char>(b)));
    return pieces;
}

const std::vector<std::pair<std::string, std::string>>& testMerges() {
    static const std::vector<std::pair<std::string, std::string>> merges = {
        {"l", "l"}, {"h", "e"}, {"e", "l"}, {"he", "ll"}, {"Ġ", "t"}, {"Ġt", "he"}};
    return merges;
}

ByteBpeTokenizer testTokenizer() {
    auto pieces = basePieces();
    for (const auto& [a, b] : testMerges()) pieces.push_back(a + b);  // ids 256..261
    pieces.push_back("<|endoftext|>");                                // id 262
    return ByteBpeTokenizer(pieces, testMerges(), {{"<|endoftext|>", 262}});
}

QStringList words(const std::string& text) {
    QStringList out;
    for (const auto& w : ByteBpeTokenizer::splitWords(lmw::utf8::decode(text).text))
        out << QString::fromStdString(lmw::utf8::encode(w));
    return out;
}

}  // namespace

class TestByteBpeTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void alphabet() {
        // GPT-2's printable stand-ins: space Ġ (U+0120), newline Ċ (U+010A), soft hyphen Ń.
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol(' ')), 0x120u);
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol('\n')), 0x10Au);
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol(0)), 0x100u);
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol(0x7F)), 0x121u);
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol(0xAD)), 0x143u);
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol('A')), uint('A'));
        QCOMPARE(uint(ByteBpeTokenizer::byteSymbol(0xE9)), 0xE9u);
        std::set<char32_t> seen;
        for (int b = 0; b < 256; ++b) {
            const char32_t s = ByteBpeTokenizer::byteSymbol(static_cast<unsigned char>(b));
            QVERIFY(seen.insert(s).second);
            QCOMPARE(ByteBpeTokenizer::symbolByte(s), b);
        }
        QCOMPARE(ByteBpeTokenizer::symbolByte(U' '), -1);  // a raw space is not in the alphabet
        QCOMPARE(ByteBpeTokenizer::symbolByte(0x144), -1);
    }

    void wordPattern() {
        QCOMPARE(words("Hello world's 123!!  x"),
                 QStringList({"Hello", " world", "'s", " 123", "!!", " ", " x"}));
        QCOMPARE(words("Hello\n\nWorld"), QStringList({"Hello", "\n", "\n", "World"}));
        QCOMPARE(words("don't we'll I'M"),
                 QStringList({"don", "'t", " we", "'ll", " I", "'", "M"}));
        QCOMPARE(words("hi  "), QStringList({"hi", "  "}));
        QCOMPARE(words("abc123def"), QStringList({"abc", "123", "def"}));
        QCOMPARE(words("你好 世界。"), QStringList({"你好", " 世界", "。"}));
        QCOMPARE(words("x ١٢٣"), QStringList({"x", " ١٢٣"}));
        QCOMPARE(words("café\tz"), QStringList({"café", "\t", "z"}));
        QCOMPARE(words(" "), QStringList({" "}));
        QCOMPARE(words(""), QStringList());
    }

    void mergesFollowRank() {
        const ByteBpeTokenizer t = testTokenizer();
        QCOMPARE(t.vocabSize(), 263);
        // "hello": ll (rank 0) first, then he (1), then he+ll (3): hell + o. Merging left to
        // right instead would start with he and el and give a different split.
        const std::vector<int32_t> hello = t.encode("hello");
        QCOMPARE(hello, (std::vector<int32_t>{259, int32_t('o')}));
        QCOMPARE(t.piece(259), std::string("hell"));
        QCOMPARE(t.encode(" the"), std::vector<int32_t>{261});
        QCOMPARE(t.encode("the"), (std::vector<int32_t>{int32_t('t'), 257}));  // no Ġ, no Ġt
        QCOMPARE(t.encode("a the"), (std::vector<int32_t>{int32_t('a'), 261}));
    }

    void longWordsStayFast() {
        // One "word" of 200,000 letters: merged by rank with a heap, not a pass per merge (which
        // took seconds per 100k characters). l+l first everywhere, then he+ll where it fits.
        const ByteBpeTokenizer t = testTokenizer();
        const std::vector<int32_t> ids = t.encode(std::string(200000, 'l'));
        QCOMPARE(ids, std::vector<int32_t>(100000, 256));
        std::string hells;
        for (int i = 0; i < 50000; ++i) hells += "hell";
        QCOMPARE(t.encode(hells), std::vector<int32_t>(50000, 259));
        // Overlapping pairs merge from the left: "lll" is ll + l.
        QCOMPARE(t.encode("lll"), (std::vector<int32_t>{256, int32_t('l')}));
    }

    void roundTripsAnyText() {
        const ByteBpeTokenizer t = testTokenizer();
        const std::vector<std::string> texts = {
            "hello the world\n\n  tabs\there", "你好，世界 🙂 ünïcödé",
            std::string("ctrl \x01\x7f bytes", 13), "   ", "'s'S'"};
        for (const auto& text : texts) {
            std::vector<int64_t> ids;
            for (int32_t id : t.encode(text)) ids.push_back(id);
            QCOMPARE(t.decode(ids), text);
        }
        // A multi-byte character falls into byte tokens that are not whole characters alone.
        const auto ids = t.encode("é");
        QCOMPARE(ids.size(), std::size_t(2));
        QCOMPARE(t.piece(ids[0]), std::string("\xC3"));
    }

    void addedTokensMatchWhole() {
        const ByteBpeTokenizer t = testTokenizer();
        const auto ids = t.encode("hello<|endoftext|> the");
        QCOMPARE(ids, (std::vector<int32_t>{259, int32_t('o'), 262, 261}));
        QCOMPARE(t.decode({262}), std::string("<|endoftext|>"));
    }

    void missingBytesAreExplained() {
        std::vector<std::string> pieces = {sym('a'), sym('b'), sym(' ')};
        const ByteBpeTokenizer t(pieces, {});
        QCOMPARE(t.encode("ab ba"), (std::vector<int32_t>{0, 1, 2, 1, 0}));
        const QString e = errorOf([&] { t.encode("abc"); });
        QVERIFY2(e.contains("byte 0x63") && e.contains("lacks"), qPrintable(e));
        QVERIFY(errorOf([&] { t.encode(std::string("a\xff", 2)); }).contains("UTF-8"));
        QVERIFY(errorOf([&] { t.piece(3); }).contains("out of range"));
    }

    void badVocabulariesAreRefused() {
        QVERIFY(errorOf([] { ByteBpeTokenizer({}, {}); }).contains("empty"));
        QVERIFY(errorOf([] { ByteBpeTokenizer({"a", "a"}, {}); }).contains("twice"));
        QVERIFY(errorOf([] {
                    ByteBpeTokenizer({"a", "b"}, {{"a", "b"}});
                }).contains("not in the vocabulary"));
        QVERIFY(errorOf([] { ByteBpeTokenizer({"a"}, {}, {{"<x>", 5}}); }).contains("no valid id"));
    }

    void jsonRoundTrip() {
        const ByteBpeTokenizer t = testTokenizer();
        const auto back = lmw::Tokenizer::fromJson(t.toJson());
        QCOMPARE(back->kind(), std::string("byte-bpe"));
        QCOMPARE(back->vocabSize(), t.vocabSize());
        const std::string text = "hello the<|endoftext|>你好";
        QCOMPARE(back->encode(text), t.encode(text));
        QVERIFY(errorOf([] {
                    lmw::Tokenizer::fromJson({{"kind", "byte-bpe"}, {"pieces", 3}});
                }).contains("damaged"));
    }

    void readsHuggingFaceFiles() {
        QTemporaryDir dir;
        const ByteBpeTokenizer expected = testTokenizer();
        nlohmann::json vocab = nlohmann::json::object();
        for (int id = 0; id < expected.vocabSize(); ++id) {
            const std::string p = id < 256
                                      ? sym(static_cast<unsigned char>(id))
                                      : (id < 262 ? testMerges()[std::size_t(id - 256)].first +
                                                        testMerges()[std::size_t(id - 256)].second
                                                  : std::string("<|endoftext|>"));
            vocab[p] = id;
        }
        std::string merges = "#version: 0.2\n";
        for (const auto& [a, b] : testMerges()) merges += a + " " + b + "\r\n";
        const std::string text = "hello the<|endoftext|> 你好\n";

        // vocab.json + merges.txt (GPT-2's original files).
        QDir(dir.path()).mkdir("files");
        const QString files = dir.filePath("files");
        QVERIFY(!ByteBpeTokenizer::folderHasFiles(files.toStdString()));
        lmw::test::writeFile(dir, "files/vocab.json", QByteArray::fromStdString(vocab.dump()));
        QVERIFY(!ByteBpeTokenizer::folderHasFiles(files.toStdString()));
        lmw::test::writeFile(dir, "files/merges.txt", QByteArray::fromStdString(merges));
        QVERIFY(ByteBpeTokenizer::folderHasFiles(files.toStdString()));
        QCOMPARE(ByteBpeTokenizer::fromFolder(files.toStdString())->encode(text),
                 expected.encode(text));

        // tokenizer.json (the fast tokenizer's file), merges as pairs.
        nlohmann::json merged = nlohmann::json::array();
        for (const auto& [a, b] : testMerges()) merged.push_back({a, b});
        nlohmann::json tj = {
            {"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merged}}},
            {"pre_tokenizer", {{"type", "ByteLevel"}, {"add_prefix_space", false}}},
            {"added_tokens", {{{"id", 262}, {"content", "<|endoftext|>"}, {"special", true}}}}};
        QDir(dir.path()).mkdir("fast");
        lmw::test::writeFile(dir, "fast/tokenizer.json", QByteArray::fromStdString(tj.dump()));
        const std::string fast = dir.filePath("fast").toStdString();
        QCOMPARE(ByteBpeTokenizer::fromFolder(fast)->encode(text), expected.encode(text));

        // Damaged or foreign files: one clear message each.
        tj["pre_tokenizer"] = {{"type", "Metaspace"}};
        lmw::test::writeFile(dir, "fast/tokenizer.json", QByteArray::fromStdString(tj.dump()));
        QVERIFY(
            errorOf([&] { ByteBpeTokenizer::fromFolder(fast); }).contains("not a byte-level BPE"));
        lmw::test::writeFile(dir, "fast/tokenizer.json", "{\"model\": ");
        QVERIFY(errorOf([&] { ByteBpeTokenizer::fromFolder(fast); }).contains("not valid JSON"));
        lmw::test::writeFile(dir, "files/merges.txt", "#version: 0.2\nh e l\n");
        QVERIFY(errorOf([&] {
                    ByteBpeTokenizer::fromFolder(files.toStdString());
                }).contains("two pieces"));
        lmw::test::writeFile(dir, "files/merges.txt", "h zz\n");
        QVERIFY(errorOf([&] {
                    ByteBpeTokenizer::fromFolder(files.toStdString());
                }).contains("not in the vocabulary"));
        lmw::test::writeFile(dir, "files/vocab.json", "{\"a\": -4}");
        QVERIFY(errorOf([&] {
                    ByteBpeTokenizer::fromFolder(files.toStdString());
                }).contains("not a valid token id"));
        QVERIFY(errorOf([&] {
                    ByteBpeTokenizer::fromFolder(dir.filePath("none").toStdString());
                }).contains("no tokenizer"));
    }

    void completeUtf8Prefix() {
        using lmw::utf8::completePrefixLength;
        const std::string ni = "你";  // three bytes
        QCOMPARE(completePrefixLength("a" + ni.substr(0, 2)), std::size_t(1));
        QCOMPARE(completePrefixLength("a" + ni), std::size_t(4));
        QCOMPARE(completePrefixLength(std::string("\xC3")), std::size_t(0));
        QCOMPARE(completePrefixLength("abc"), std::size_t(3));
        QCOMPARE(completePrefixLength(""), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestByteBpeTokenizer)
#include "test_byte_bpe_tokenizer.moc"
