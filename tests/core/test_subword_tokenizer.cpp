// Subword tokenizers (SentencePiece BPE and unigram, Kudo & Richardson 2018): training on small
// English and Chinese texts, exact round trips, special tokens in front, unknown characters,
// determinism, the JSON form stored in checkpoints, vocabulary sizes, base64, and loadCorpus
// with a subword tokenizer.
#include <QtTest>

#include <unistd.h>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "api/corpus.h"
#include "api/error.h"
#include "data/corpus.h"
#include "data/subword_tokenizer.h"
#include "data/tokenizer_factory.h"
#include "test_util.h"
#include "util/base64.h"
#include "util/system.h"
#include "util/utf8.h"

using lmw::SpecialToken;
using lmw::SubwordTokenizer;

namespace {

const char* const kMixed = "GPT 模型 learns 字 by 字, ok?\n  Two  spaces,\ttab, trailing \r\n\n";
// Tabs, control characters, other spaces (no-break, ideographic, em), a joiner, an emoji.
const char* const kOdd =
    "a\t\tb\x01x\x1f\x7fy\xC2\xA0z\xE3\x80\x80w\xE2\x80\x8Dv \xF0\x9F\x99\x82"
    "\xE2\x80\x83t\tend\t";

std::vector<int64_t> wide(const std::vector<int32_t>& ids) {
    return {ids.begin(), ids.end()};
}

std::vector<SpecialToken> bertSpecials() {
    return lmw::specialTokensFor(lmw::ModelFamily::Bert);
}
std::vector<SpecialToken> robertaSpecials() {
    return lmw::specialTokensFor(lmw::ModelFamily::Roberta);
}

int64_t characterCount(const std::string& text) {
    return int64_t(lmw::utf8::decode(text).text.size());
}

/// What `fn` writes to stdout and stderr (file descriptors 1 and 2) while it runs.
template <typename Fn>
std::string capturedOutput(Fn fn) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::FILE* sink = std::tmpfile();
    if (sink == nullptr) return "(no temporary file)";
    const int savedOut = dup(1), savedErr = dup(2);
    dup2(fileno(sink), 1);
    dup2(fileno(sink), 2);
    fn();
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    std::string out;
    std::rewind(sink);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, sink)) > 0) out.append(buffer, n);
    std::fclose(sink);
    return out;
}

}  // namespace

class TestSubwordTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fewerTokensThanCharacters_data();
    void fewerTokensThanCharacters();
    void roundTrip_data();
    void roundTrip();
    void longLinesAreLearnedToo();
    void largeTextsAreSampled();
    void specialsComeFirst_data();
    void specialsComeFirst();
    void specialTextsAreNeverPieces();
    void unknownCharacters();
    void sameTextSameTokenizer();
    void jsonRoundTrip();
    void jsonRejectsDamage();
    void automaticSize();
    void absurdSizeIsOneClearError();
    void badArguments();
    void base64Codec();
    void factoryBuildsEachKind();
    void loadCorpusWithBpe();
    void loadCorpusStillRejectsOneCharacter();

private:
    const SubwordTokenizer& trained(const QString& kind) const {
        return kind == "bpe" ? *bpe_ : *unigram_;
    }

    std::string stories_;  // ~30 KB of English
    std::string chinese_;  // tests/data/chinese.txt
    std::string corpus_;   // both, and the mixed sample
    std::optional<SubwordTokenizer> bpe_, unigram_;
};

void TestSubwordTokenizer::initTestCase() {
    stories_ = lmw::generateStories(1, 30000);
    chinese_ = lmw::sys::readFile(lmw::test::dataPath("chinese.txt"), 1 << 20);
    QVERIFY(chinese_.size() > 1000);
    corpus_ = stories_ + chinese_ + kMixed + kOdd;
    bpe_ = SubwordTokenizer::train(corpus_, "bpe", 400, bertSpecials());
    unigram_ = SubwordTokenizer::train(corpus_, "unigram", 400, bertSpecials());
    QCOMPARE(bpe_->kind(), std::string("bpe"));
    QCOMPARE(unigram_->kind(), std::string("unigram"));
    QCOMPARE(bpe_->vocabSize(), 400);
    QCOMPARE(unigram_->vocabSize(), 400);
}

void TestSubwordTokenizer::fewerTokensThanCharacters_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("chineseText");
    QTest::newRow("bpe english") << "bpe" << false;
    QTest::newRow("unigram english") << "unigram" << false;
    QTest::newRow("bpe chinese") << "bpe" << true;
    QTest::newRow("unigram chinese") << "unigram" << true;
}

void TestSubwordTokenizer::fewerTokensThanCharacters() {
    QFETCH(QString, kind);
    QFETCH(bool, chineseText);
    const std::string& text = chineseText ? chinese_ : stories_;
    const SubwordTokenizer tok = SubwordTokenizer::train(text, kind.toStdString(), 0, {});
    const auto ids = tok.encode(text);
    QVERIFY2(int64_t(ids.size()) < characterCount(text),
             qPrintable(
                 QString("%1 tokens for %2 characters").arg(ids.size()).arg(characterCount(text))));
    if (!chineseText)  // English merges well: at least a third fewer tokens than characters
        QVERIFY(int64_t(ids.size()) * 3 < characterCount(text) * 2);
    QCOMPARE(tok.decode(wide(ids)), text);
}

void TestSubwordTokenizer::roundTrip_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    for (const char* kind : {"bpe", "unigram"}) {
        const QString k = QString::fromLatin1(kind);
        QTest::newRow(qPrintable(k + " english"))
            << k << QStringLiteral("Once upon a time, a little fox saw the moon.\nThe end.");
        QTest::newRow(qPrintable(k + " chinese"))
            << k << QStringLiteral("春天来了，小河里的冰化了。\n小鸭子说：\"小鸟，你好！\"");
        QTest::newRow(qPrintable(k + " mixed")) << k << QString::fromUtf8(kMixed);
        QTest::newRow(qPrintable(k + " odd characters")) << k << QString::fromUtf8(kOdd);
        QTest::newRow(qPrintable(k + " spaces"))
            << k << QStringLiteral("  two leading\n\n\nthree blank   lines   \n ");
        QTest::newRow(qPrintable(k + " empty")) << k << QString();
        QTest::newRow(qPrintable(k + " newline")) << k << QStringLiteral("\n");
    }
}

void TestSubwordTokenizer::roundTrip() {
    QFETCH(QString, kind);
    QFETCH(QString, text);
    const SubwordTokenizer& tok = trained(kind);
    const std::string utf8 = text.toStdString();
    const auto ids = tok.encode(utf8);
    for (int32_t id : ids) {
        QVERIFY(id >= 5 && id < tok.vocabSize());  // no special, no unknown
    }
    QCOMPARE(QString::fromStdString(tok.decode(wide(ids))), text);
    QCOMPARE(QString::fromStdString(tok.decode(wide(ids), true)), text);
    // Specials around the text are shown as written, or dropped.
    std::vector<int64_t> framed = wide(ids);
    framed.insert(framed.begin(), tok.specials().bos);
    framed.push_back(tok.specials().eos);
    QCOMPARE(QString::fromStdString(tok.decode(framed, true)), text);
    // Shown with specials, a line's text keeps the space that separates it from [CLS].
    const QString shown = text.isEmpty() || text.startsWith('\n') ? text : " " + text;
    QCOMPARE(QString::fromStdString(tok.decode(framed)), "[CLS]" + shown + "[SEP]");
}

void TestSubwordTokenizer::longLinesAreLearnedToo() {
    // One line of ~20 KB without a newline: training cuts it into sentences SentencePiece takes.
    std::string line;
    for (char c : chinese_)
        if (c != '\n') line += c;
    line = line + line + line + line + line + line + line + line + line + line;
    QVERIFY(line.size() > 15000);
    for (const char* kind : {"bpe", "unigram"}) {
        const SubwordTokenizer tok = SubwordTokenizer::train(line, kind, 0, {});
        const auto ids = tok.encode(line);
        QVERIFY(int64_t(ids.size()) < characterCount(line));
        QCOMPARE(tok.decode(wide(ids)), line);
    }
}

void TestSubwordTokenizer::largeTextsAreSampled() {
    // Over 8 MB, training reads evenly spaced parts of the text; characters found only between
    // them (here at ~140 KB, after the first part of 128 KB and before the second at ~156 KB)
    // still get pieces of their own.
    std::string text;
    while (text.size() < 140000) text += stories_;
    text += "\xE2\x98\x83 snow \xE2\x9D\x84\n";  // U+2603, U+2744: nowhere else
    while (text.size() < 10000000) text += stories_;
    const SubwordTokenizer tok = SubwordTokenizer::train(text, "bpe", 300, bertSpecials());
    QCOMPARE(tok.vocabSize(), 300);
    const std::string rare = "a \xE2\x98\x83 and \xE2\x9D\x84";
    const auto ids = tok.encode(rare);
    QVERIFY(std::find(ids.begin(), ids.end(), tok.specials().unk) == ids.end());
    QCOMPARE(tok.decode(wide(ids)), rare);
}

void TestSubwordTokenizer::specialsComeFirst_data() {
    QTest::addColumn<QString>("family");
    QTest::newRow("bert") << "bert";
    QTest::newRow("roberta") << "roberta";
}

void TestSubwordTokenizer::specialsComeFirst() {
    QFETCH(QString, family);
    const auto specials = family == "bert" ? bertSpecials() : robertaSpecials();
    const std::string text = "[CLS] the fox [MASK] ran [SEP] <s> home <mask> </s> [PAD] <pad>";
    const SubwordTokenizer tok = SubwordTokenizer::train(stories_ + text, "bpe", 300, specials);
    QCOMPARE(tok.vocabSize(), 300);
    QCOMPARE(tok.specialTokens().size(), std::size_t(5));
    for (std::size_t i = 0; i < specials.size(); ++i) {
        QCOMPARE(tok.piece(int64_t(i)), specials[i].text);
        QVERIFY(tok.isSpecial(int64_t(i)));
    }
    QVERIFY(!tok.isSpecial(5));
    if (family == "bert") {
        QCOMPARE(tok.specials().pad, 0);
        QCOMPARE(tok.specials().unk, 1);
        QCOMPARE(tok.specials().bos, 2);
        QCOMPARE(tok.specials().eos, 3);
        QCOMPARE(tok.specials().mask, 4);
    } else {
        QCOMPARE(tok.specials().bos, 0);
        QCOMPARE(tok.specials().pad, 1);
        QCOMPARE(tok.specials().eos, 2);
        QCOMPARE(tok.specials().unk, 3);
        QCOMPARE(tok.specials().mask, 4);
    }
    // Ordinary text never gives special ids, even when it spells them out.
    for (int32_t id : tok.encode(stories_.substr(0, 2000) + text)) QVERIFY(id >= 5);
    // Every id has a piece, none of them empty.
    for (int64_t id = 0; id < tok.vocabSize(); ++id) QVERIFY(!tok.piece(id).empty());
    QCOMPARE(tok.specialMask().size(), std::size_t(300));
}

void TestSubwordTokenizer::specialTextsAreNeverPieces() {
    // A text full of special token spellings: SentencePiece may not turn them into pieces.
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "the [MASK] sat on <mask> and [CLS] then <s> cat </s> [SEP] [PAD] <pad> [UNK]\n";
    text += stories_.substr(0, 5000);
    for (const auto& specials : {bertSpecials(), robertaSpecials()}) {
        for (const char* kind : {"bpe", "unigram"}) {
            const SubwordTokenizer tok = SubwordTokenizer::train(text, kind, 0, specials);
            for (int64_t id = int64_t(specials.size()); id < tok.vocabSize(); ++id) {
                std::string p = tok.piece(id);
                if (!p.empty() && p[0] == ' ') p.erase(0, 1);
                for (const auto& s : lmw::specialTokensFor(lmw::ModelFamily::Bert))
                    QVERIFY2(p != s.text, (std::string(kind) + " learned " + p).c_str());
                for (const auto& s : lmw::specialTokensFor(lmw::ModelFamily::Roberta))
                    QVERIFY2(p != s.text, (std::string(kind) + " learned " + p).c_str());
            }
            for (int32_t id : tok.encode(text)) QVERIFY(id >= int32_t(specials.size()));
        }
    }
}

void TestSubwordTokenizer::unknownCharacters() {
    // With an unknown token of our own (BERT: id 1), unseen characters map to it.
    const std::string text = "snow \xE2\x98\x83 man";  // U+2603, not in the corpus
    for (const SubwordTokenizer* tok : {&*bpe_, &*unigram_}) {
        const auto ids = tok->encode(text);
        QCOMPARE(std::count(ids.begin(), ids.end(), tok->specials().unk), 1);
        for (int32_t id : ids) QVERIFY(id == tok->specials().unk || id >= 5);
        QCOMPARE(tok->decode(wide(ids)), std::string("snow [UNK] man"));
    }
    // RoBERTa's <unk> is id 3.
    const SubwordTokenizer roberta =
        SubwordTokenizer::train(stories_, "unigram", 0, robertaSpecials());
    QVERIFY(lmw::test::errorOf([&] { roberta.encode(text); }).isEmpty());
    const auto rids = roberta.encode(text);
    QCOMPARE(std::count(rids.begin(), rids.end(), 3), 1);
    // Without one (GPT), SentencePiece's unknown piece is an ordinary token and there is no error.
    const SubwordTokenizer gpt = SubwordTokenizer::train(stories_, "bpe", 0, {});
    const auto gids = gpt.encode(text);
    int unknown = 0;
    for (int32_t id : gids) {
        QVERIFY(id >= 0 && id < gpt.vocabSize());
        if (gpt.piece(id) == "\xE2\x81\x87") ++unknown;
    }
    QCOMPARE(unknown, 1);
    QVERIFY_THROWS_EXCEPTION(lmw::Error, gpt.encode("bad \xFF byte"));
}

void TestSubwordTokenizer::sameTextSameTokenizer() {
    for (const char* kind : {"bpe", "unigram"}) {
        const auto a = SubwordTokenizer::train(corpus_, kind, 500, robertaSpecials());
        const auto b = SubwordTokenizer::train(corpus_, kind, 500, robertaSpecials());
        QCOMPARE(a.toJson().dump(), b.toJson().dump());
        QCOMPARE(a.encode(corpus_), b.encode(corpus_));
    }
}

void TestSubwordTokenizer::jsonRoundTrip() {
    for (const SubwordTokenizer* tok : {&*bpe_, &*unigram_}) {
        const nlohmann::json j = nlohmann::json::parse(tok->toJson().dump());
        QCOMPARE(j["kind"].get<std::string>(), tok->kind());
        QVERIFY(j["model"].is_string());
        QCOMPARE(j["specials"].size(), std::size_t(5));
        const auto back = lmw::Tokenizer::fromJson(j);  // through the general factory
        QCOMPARE(back->kind(), tok->kind());
        QCOMPARE(back->vocabSize(), tok->vocabSize());
        QCOMPARE(back->specialTokens().size(), std::size_t(5));
        QCOMPARE(back->encode(corpus_), tok->encode(corpus_));
        for (int64_t id = 0; id < tok->vocabSize(); ++id) QCOMPARE(back->piece(id), tok->piece(id));
        QCOMPARE(back->toJson(), tok->toJson());
    }
}

void TestSubwordTokenizer::jsonRejectsDamage() {
    const nlohmann::json good = bpe_->toJson();
    const std::string model = *lmw::base64::decode(good["model"].get<std::string>());
    auto damaged = [&](const char* key, const nlohmann::json& value) {
        nlohmann::json j = good;
        if (value.is_null()) {
            j.erase(key);
        } else {
            j[key] = value;
        }
        return j;
    };
    auto errorOf = [](const nlohmann::json& j) {
        return lmw::test::errorOf([&] { SubwordTokenizer::fromJson(j); });
    };
    auto factoryErrorOf = [](const nlohmann::json& j) {
        return lmw::test::errorOf([&] { lmw::Tokenizer::fromJson(j); });
    };
    QVERIFY(errorOf(good).isEmpty());
    QVERIFY(errorOf(damaged("model", "not base64!")).contains("base64"));
    QVERIFY(errorOf(damaged("model", "QUJD=")).contains("base64"));
    const QString truncated = errorOf(damaged("model", lmw::base64::encode(model.substr(0, 1000))));
    QVERIFY2(truncated.contains("damaged"), qPrintable(truncated));
    QVERIFY(errorOf(damaged("model", lmw::base64::encode(""))).contains("damaged"));
    QVERIFY(errorOf(damaged("model", nullptr)).contains("no model"));
    QVERIFY(errorOf(damaged("model", 42)).contains("no model"));
    QVERIFY(errorOf(damaged("vocab_size", 401)).contains("damaged"));
    QVERIFY(errorOf(damaged("kind", "char")).contains("unknown kind"));
    QVERIFY(errorOf(nlohmann::json::array()).contains("unknown kind"));
    QVERIFY(factoryErrorOf(damaged("kind", "wordpiece")).contains("wordpiece"));
    QVERIFY(!factoryErrorOf(damaged("kind", "char")).isEmpty());
    QVERIFY(factoryErrorOf(damaged("specials", "x")).contains("special tokens"));
}

void TestSubwordTokenizer::automaticSize() {
    // ~50 distinct characters: four tokens each.
    const SubwordTokenizer tok = SubwordTokenizer::train(stories_, "bpe", 0, bertSpecials());
    const auto decoded = lmw::utf8::decode(stories_).text;
    std::set<char32_t> distinct(decoded.begin(), decoded.end());
    distinct.erase(U'\n');
    const int expected = SubwordTokenizer::automaticVocabSize(int(distinct.size()), 5);
    QCOMPARE(expected, std::max(64, int(distinct.size()) * 4));
    QCOMPARE(tok.vocabSize(), expected);
    // A small Chinese text cannot give four pieces per character: the size shrinks to what
    // SentencePiece reaches, still above the characters.
    for (const char* kind : {"bpe", "unigram"}) {
        const SubwordTokenizer small =
            SubwordTokenizer::train(chinese_, kind, 0, robertaSpecials());
        QVERIFY(small.vocabSize() > 64);
        QVERIFY(small.vocabSize() <= 8000);
        for (int32_t id : small.encode(chinese_)) QVERIFY(id != small.specials().unk);
    }
    QCOMPARE(SubwordTokenizer::automaticVocabSize(3, 0), 67);       // floor, then the margin
    QCOMPARE(SubwordTokenizer::automaticVocabSize(1000, 5), 4000);  // four per character
    QCOMPARE(SubwordTokenizer::automaticVocabSize(3000, 5), 8000);  // ceiling
    QCOMPARE(SubwordTokenizer::automaticVocabSize(9000, 5), 9069);  // huge alphabets
}

void TestSubwordTokenizer::absurdSizeIsOneClearError() {
    for (const char* kind : {"bpe", "unigram"}) {
        QString message;
        const std::string output = capturedOutput([&] {
            message = lmw::test::errorOf(
                [&] { SubwordTokenizer::train("hello world, hello moon\n", kind, 100000, {}); });
        });
        QVERIFY2(message.contains("too large"), qPrintable(message));
        QVERIFY(message.contains("at most"));
        QVERIFY(!message.contains('\n'));
        QVERIFY2(output.empty(), output.c_str());  // SentencePiece's log stays quiet
        // Too small: fewer tokens than the text has characters.
        const QString small =
            lmw::test::errorOf([&] { SubwordTokenizer::train(stories_, kind, 10, {}); });
        QVERIFY2(small.contains("too small"), qPrintable(small));
    }
    // Training on a normal text prints nothing either.
    QVERIFY(capturedOutput([&] { SubwordTokenizer::train(stories_, "unigram", 0, {}); }).empty());
}

void TestSubwordTokenizer::badArguments() {
    auto trainError = [](const std::string& text, const char* kind, int size) {
        return lmw::test::errorOf([&] { SubwordTokenizer::train(text, kind, size, {}); });
    };
    QVERIFY(trainError(stories_, "wordpiece", 0).contains("wordpiece"));
    QVERIFY(trainError(stories_, "bpe", -5).contains("vocabulary size"));
    QVERIFY(trainError("ab\xFF", "bpe", 0).contains("UTF-8"));
    QVERIFY(trainError("\n\n", "bpe", 0).contains("no characters"));
}

void TestSubwordTokenizer::base64Codec() {
    // RFC 4648 section 10.
    const std::vector<std::pair<std::string, std::string>> vectors = {{"", ""},
                                                                      {"f", "Zg=="},
                                                                      {"fo", "Zm8="},
                                                                      {"foo", "Zm9v"},
                                                                      {"foob", "Zm9vYg=="},
                                                                      {"fooba", "Zm9vYmE="},
                                                                      {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, coded] : vectors) {
        QCOMPARE(lmw::base64::encode(plain), coded);
        QCOMPARE(lmw::base64::decode(coded).value_or("(failed)"), plain);
    }
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += char(i);
    QCOMPARE(lmw::base64::decode(lmw::base64::encode(bytes)).value_or(""), bytes);
    for (const char* bad : {"Zg=", "Zg", "Z===", "Zh==", "Zm9=v", "Zm 9", "Zg==Zg==", "=Zg="})
        QVERIFY2(!lmw::base64::decode(bad), bad);
}

void TestSubwordTokenizer::factoryBuildsEachKind() {
    const auto chars = lmw::buildTokenizer({"char", 0}, "hello", bertSpecials());
    QCOMPARE(chars->kind(), std::string("char"));
    QCOMPARE(chars->vocabSize(), 5 + 4);
    const auto bpe = lmw::buildTokenizer({"bpe", 100}, stories_, {});
    QCOMPARE(bpe->kind(), std::string("bpe"));
    QCOMPARE(bpe->vocabSize(), 100);
    const auto unigram = lmw::buildTokenizer({"unigram", 150}, stories_, {});
    QCOMPARE(unigram->kind(), std::string("unigram"));
    QCOMPARE(unigram->vocabSize(), 150);
    const QString unknownKind = lmw::test::errorOf([&] {
        lmw::buildTokenizer({"words", 0}, stories_, {});
    });
    QVERIFY(unknownKind.contains("'words'"));
}

void TestSubwordTokenizer::loadCorpusWithBpe() {
    const auto source = lmw::CorpusSource::fromText("stories", stories_);
    const lmw::Corpus c = lmw::loadCorpus(source, 0.1, 16, nullptr, {}, {"bpe", 200});
    QCOMPARE(c.tokenizer->kind(), std::string("bpe"));
    QCOMPARE(c.tokenizer->vocabSize(), 200);
    QCOMPARE(c.info.vocabSize, 200);
    QCOMPARE(c.info.characters, characterCount(stories_));
    QVERIFY(c.info.trainTokens + c.info.valTokens < c.info.characters);
    QVERIFY(c.info.valTokens * 5 < c.info.trainTokens);
    QCOMPARE(c.trainText + c.valText, stories_);
    QCOMPARE(c.tokenizer->decode(wide(c.train)), c.trainText);
    QCOMPARE(c.tokenizer->decode(wide(c.val)), c.valText);
    // A resumed run encodes with the saved tokenizer and gets the same tokens.
    const auto saved = lmw::Tokenizer::fromJson(c.tokenizer->toJson());
    const lmw::Corpus again = lmw::loadCorpus(source, 0.1, 16, saved);
    QCOMPARE(again.train, c.train);
    QCOMPARE(again.info.vocabSize, 200);
    // BERT's specials in front.
    const lmw::Corpus bert =
        lmw::loadCorpus(source, 0.1, 16, nullptr, bertSpecials(), {"unigram", 0});
    QCOMPARE(bert.tokenizer->kind(), std::string("unigram"));
    QCOMPARE(bert.tokenizer->piece(4), std::string("[MASK]"));
    QCOMPARE(bert.info.vocabSize, bert.tokenizer->vocabSize());
}

void TestSubwordTokenizer::loadCorpusStillRejectsOneCharacter() {
    const auto source = lmw::CorpusSource::fromText("aaa", std::string(500, 'a'));
    const QString message = lmw::test::errorOf([&] {
        lmw::loadCorpus(source, 0.1, 8, nullptr, {}, {"bpe", 0});
    });
    QVERIFY2(message.contains("only one distinct character"), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestSubwordTokenizer)
#include "test_subword_tokenizer.moc"
