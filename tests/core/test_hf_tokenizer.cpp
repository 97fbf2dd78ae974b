// The tokenizer files export-hf writes (tokenizer.json, tokenizer_config.json,
// special_tokens_map.json): for every tokenizer kind, tokenizer.json read the way the
// `tokenizers` library reads it (a small reader here, following its documented algorithms:
// added tokens split first, then normalizer, WordLevel / BPE merges by rank / Unigram Viterbi)
// gives the ids the workbench gives; the special tokens and the post-processor follow the
// family; GPT-2's byte-level file loads back into the workbench's own reader; special texts in
// the input are read as special tokens. Node's transformers.js checks the same files in
// tests/interop.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "data/byte_bpe_tokenizer.h"
#include "data/char_tokenizer.h"
#include "data/hf_json_tokenizer.h"
#include "data/subword_tokenizer.h"
#include "hf/hf_tokenizer.h"
#include "util/utf8.h"

using lmw::ModelFamily;
using lmw::hf::tokenizerFilesFor;
using nlohmann::json;

namespace {

const char* const kText =
    "the cat sat on the mat. the dog sat on the log.\n  two  spaces\tand a tab\n"
    "caf\xC3\xA9 na\xC3\xAFve \xE6\xA8\xA1\xE5\x9E\x8B \xE5\xAD\x97 \xF0\x9F\x99\x82\n\n"
    "then the cat and the dog sat together on the mat by the log.\n";

std::vector<std::string> characters(const std::string& s) {
    std::vector<std::string> out;
    for (char32_t c : lmw::utf8::decode(s).text) out.push_back(lmw::utf8::encode(c));
    return out;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
        s.replace(at, from.size(), to);
    return s;
}

/// tokenizer.json read as the tokenizers library does, for the kinds export-hf writes
/// (WordLevel over characters, SentencePiece-style BPE and Unigram). No post-processing.
std::vector<int32_t> referenceEncode(const json& t, const std::string& text) {
    std::vector<std::pair<std::string, int32_t>> added;
    for (const auto& a : t["added_tokens"]) added.emplace_back(a["content"], a["id"]);
    const json& model = t["model"];
    const std::string type = model["type"];
    std::vector<int32_t> ids;
    const auto section = [&](std::string s) {
        if (s.empty()) return;
        if (!t["normalizer"].is_null())  // Prepend "▁", Replace " " -> "▁"
            for (const auto& n : t["normalizer"]["normalizers"]) {
                if (n["type"] == "Prepend") s = n["prepend"].get<std::string>() + s;
                if (n["type"] == "Replace") s = replaceAll(s, n["pattern"]["String"], n["content"]);
            }
        const std::vector<std::string> chars = characters(s);
        if (type == "WordLevel") {
            for (const auto& c : chars) ids.push_back(model["vocab"].at(c).get<int32_t>());
        } else if (type == "BPE") {
            std::map<std::string, int> rank;
            int r = 0;
            for (const auto& m : model["merges"]) rank[m.get<std::string>()] = r++;
            std::vector<std::string> parts = chars;
            while (parts.size() > 1) {
                int best = std::numeric_limits<int>::max(), at = -1;
                for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
                    const auto it = rank.find(parts[i] + " " + parts[i + 1]);
                    if (it != rank.end() && it->second < best) best = it->second, at = int(i);
                }
                if (at < 0) break;
                parts[std::size_t(at)] += parts[std::size_t(at) + 1];
                parts.erase(parts.begin() + at + 1);
            }
            for (const auto& p : parts) ids.push_back(model["vocab"].at(p).get<int32_t>());
        } else {  // Unigram: the best-scoring segmentation
            std::map<std::string, std::pair<int32_t, double>> pieces;
            for (std::size_t i = 0; i < model["vocab"].size(); ++i)
                pieces.emplace(model["vocab"][i][0], std::pair{int32_t(i), model["vocab"][i][1]});
            const std::size_t n = chars.size();
            std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
            std::vector<std::pair<std::size_t, int32_t>> from(n + 1);
            best[0] = 0;
            for (std::size_t end = 1; end <= n; ++end) {
                std::string piece;
                for (std::size_t start = end; start-- > 0;) {
                    piece = chars[start] + piece;
                    const auto it = pieces.find(piece);
                    if (it != pieces.end() && best[start] + it->second.second > best[end]) {
                        best[end] = best[start] + it->second.second;
                        from[end] = {start, it->second.first};
                    }
                }
            }
            std::vector<int32_t> line;
            for (std::size_t at = n; at > 0; at = from[at].first) line.push_back(from[at].second);
            ids.insert(ids.end(), line.rbegin(), line.rend());
        }
    };
    // Added tokens split the text first; what lies between them is encoded on its own.
    std::size_t segment = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto hit = std::find_if(added.begin(), added.end(), [&](const auto& a) {
            return text.compare(at, a.first.size(), a.first) == 0;
        });
        if (hit == added.end()) {
            ++at;
            continue;
        }
        section(text.substr(segment, at - segment));
        ids.push_back(hit->second);
        at += hit->first.size();
        segment = at;
    }
    section(text.substr(segment));
    return ids;
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at; (at = s.find('\n', from)) != std::string::npos; from = at + 1)
        out.push_back(s.substr(from, at - from));
    out.push_back(s.substr(from));
    return out;
}

}  // namespace

class TestHfTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void charactersAsWordLevel() {
        const auto tok = lmw::CharTokenizer::fromText(lmw::utf8::decode(kText).text,
                                                      lmw::specialTokensFor(ModelFamily::Bert));
        const auto files = tokenizerFilesFor(tok, ModelFamily::Bert, 64);
        const json& t = files.tokenizer;
        QCOMPARE(t["model"]["type"], "WordLevel");
        QCOMPARE(t["model"]["unk_token"], "[UNK]");
        QCOMPARE(t["model"]["vocab"].size(), std::size_t(tok.vocabSize()));
        QCOMPARE(t["pre_tokenizer"]["type"], "Split");
        QCOMPARE(t["decoder"]["type"], "Fuse");
        for (const auto& line : lines(kText)) QCOMPARE(referenceEncode(t, line), tok.encode(line));
        QCOMPARE(referenceEncode(t, kText), tok.encode(kText));
        // Every id's piece maps back to that id.
        for (int id = 0; id < tok.vocabSize(); ++id)
            QCOMPARE(t["model"]["vocab"].at(tok.piece(id)).get<int>(), id);
    }

    void sentencePieceKinds_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("family");
        QTest::newRow("bpe, GPT (no specials)") << "bpe" << int(ModelFamily::Gpt);
        QTest::newRow("bpe, BERT") << "bpe" << int(ModelFamily::Bert);
        QTest::newRow("unigram, RoBERTa") << "unigram" << int(ModelFamily::Roberta);
        QTest::newRow("unigram, GPT") << "unigram" << int(ModelFamily::Gpt);
    }
    void sentencePieceKinds() {
        QFETCH(QString, kind);
        QFETCH(int, family);
        const auto f = ModelFamily(family);
        std::string corpus;
        for (int i = 0; i < 8; ++i) corpus += kText;
        const auto tok = lmw::SubwordTokenizer::train(corpus, kind.toStdString(), 0,
                                                      lmw::specialTokensFor(f), true);
        const json t = tokenizerFilesFor(tok, f, 128).tokenizer;
        QCOMPARE(t["model"]["type"].get<std::string>(), kind == "bpe" ? "BPE" : "Unigram");
        if (kind == "bpe") QVERIFY(t["model"]["merges"].size() > 20);
        // The newline is an added token (lines are encoded one at a time), not special.
        const json& last = t["added_tokens"].back();
        QCOMPARE(last["content"], "\n");
        QCOMPARE(last["id"].get<int>(), tok.newlineId());
        QCOMPARE(last["special"], false);
        const std::vector<std::string> texts = {
            kText,        "the cat", "  two  spaces",      "\tand a tab",
            "\n\nthen\n", "",        "the 模型 🙂 sat"};
        for (const auto& text : texts) QCOMPARE(referenceEncode(t, text), tok.encode(text));
    }

    void familySpecialsAndPostProcessor() {
        const auto bert =
            lmw::CharTokenizer::fromText(U"abc ", lmw::specialTokensFor(ModelFamily::Bert));
        const auto files = tokenizerFilesFor(bert, ModelFamily::Bert, 32);
        const json& post = files.tokenizer["post_processor"];
        QCOMPARE(post["type"], "TemplateProcessing");
        QCOMPARE(post["single"].front()["SpecialToken"]["id"], "[CLS]");
        QCOMPARE(post["single"].back()["SpecialToken"]["id"], "[SEP]");
        QCOMPARE(post["pair"].back()["SpecialToken"]["type_id"], 1);  // BERT: segment B is 1
        QCOMPARE(post["special_tokens"]["[CLS]"]["ids"][0].get<int>(), bert.specials().bos);
        QCOMPARE(files.specialTokensMap["cls_token"], "[CLS]");
        QCOMPARE(files.specialTokensMap["mask_token"], "[MASK]");
        QVERIFY(!files.specialTokensMap.contains("bos_token"));
        QCOMPARE(files.tokenizerConfig["model_max_length"], 32);
        QCOMPARE(files.tokenizerConfig["tokenizer_class"], "PreTrainedTokenizerFast");
        QCOMPARE(files.tokenizerConfig["added_tokens_decoder"]["4"]["content"], "[MASK]");
        for (const auto& a : files.tokenizer["added_tokens"]) QCOMPARE(a["special"], true);

        const auto roberta =
            lmw::CharTokenizer::fromText(U"abc ", lmw::specialTokensFor(ModelFamily::Roberta));
        const auto r = tokenizerFilesFor(roberta, ModelFamily::Roberta, 32);
        QCOMPARE(r.tokenizer["post_processor"]["pair"].size(),
                 std::size_t(6));  // <s>A</s></s>B</s>
        QCOMPARE(r.specialTokensMap["bos_token"], "<s>");
        QCOMPARE(r.specialTokensMap["sep_token"], "</s>");
        QCOMPARE(lmw::hf::addFamilySpecials(roberta, ModelFamily::Roberta, {7, 8}),
                 (std::vector<int32_t>{0, 7, 8, 2}));
        QCOMPARE(lmw::hf::addFamilySpecials(bert, ModelFamily::Bert, {}),
                 (std::vector<int32_t>{2, 3}));

        const auto gpt = lmw::CharTokenizer::fromText(U"abc ");
        const auto g = tokenizerFilesFor(gpt, ModelFamily::Gpt, 32);
        QVERIFY(g.tokenizer["post_processor"].is_null());
        QVERIFY(g.tokenizer["added_tokens"].empty());
        QCOMPARE(lmw::hf::addFamilySpecials(gpt, ModelFamily::Gpt, {5}), (std::vector<int32_t>{5}));
    }

    void specialTextsReadAsSpecialTokens() {
        const auto bert =
            lmw::CharTokenizer::fromText(U"ab [MASK]", lmw::specialTokensFor(ModelFamily::Bert));
        const int32_t a = bert.encode(std::string("a"))[0], b = bert.encode(std::string("b"))[0];
        QCOMPARE(lmw::hf::encodeWithSpecialTexts(bert, "a[MASK]b"),
                 (std::vector<int32_t>{a, bert.specials().mask, b}));
        QCOMPARE(lmw::hf::encodeWithSpecialTexts(bert, "[MASK][SEP]"),
                 (std::vector<int32_t>{bert.specials().mask, bert.specials().eos}));
        // A text with no special texts is encoded as it is.
        QCOMPARE(lmw::hf::encodeWithSpecialTexts(bert, "ab [MASK"),
                 bert.encode(std::string("ab [MASK")));
        QVERIFY(lmw::hf::encodeWithSpecialTexts(bert, "").empty());
    }

    void byteLevelLoadsBack() {
        // A small GPT-2-style vocabulary: the 256 byte symbols, a few merges, <|endoftext|>.
        std::vector<std::string> pieces;
        for (int b = 0; b < 256; ++b)
            pieces.push_back(lmw::utf8::encode(
                lmw::ByteBpeTokenizer::byteSymbol(static_cast<unsigned char>(b))));
        const std::string g = lmw::utf8::encode(lmw::ByteBpeTokenizer::byteSymbol(' '));
        std::vector<std::pair<std::string, std::string>> merges = {
            {"t", "h"}, {"th", "e"}, {g, "the"}, {"a", "t"}, {g, "c"}, {g + "c", "at"}};
        for (const auto& [l, r] : merges) pieces.push_back(l + r);
        pieces.push_back("<|endoftext|>");
        const lmw::ByteBpeTokenizer tok(pieces, merges, {{"<|endoftext|>", 262}});
        const auto files = tokenizerFilesFor(tok, ModelFamily::Gpt, 1024);
        QCOMPARE(files.tokenizer["pre_tokenizer"]["type"], "ByteLevel");
        QCOMPARE(files.specialTokensMap["eos_token"], "<|endoftext|>");
        QTemporaryDir dir;
        lmw::hf::writeTokenizerFiles(files, dir.path().toStdString());
        const auto back = lmw::ByteBpeTokenizer::fromFolder(dir.path().toStdString());
        for (const std::string text :
             {"the cat sat", " the  cat\n", "caf\xC3\xA9 \xF0\x9F\x99\x82"})
            QCOMPARE(back->encode(text), tok.encode(text));
    }
};

QTEST_APPLESS_MAIN(TestHfTokenizer)
#include "test_hf_tokenizer.moc"
