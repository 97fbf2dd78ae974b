#include "hf/hf_tokenizer.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>
#include <unordered_map>

#include "api/error.h"
#include "data/byte_bpe_tokenizer.h"
#include "data/char_tokenizer.h"
#include "data/subword_tokenizer.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw::hf {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSpaceMark = "\xE2\x96\x81";  // U+2581

json addedToken(int64_t id, const std::string& content, bool special) {
    return {{"id", id},        {"content", content},  {"single_word", false}, {"lstrip", false},
            {"rstrip", false}, {"normalized", false}, {"special", special}};
}

json specialAddedTokens(const Tokenizer& tok) {
    json out = json::array();
    for (std::size_t i = 0; i < tok.specialTokens().size(); ++i)
        out.push_back(addedToken(int64_t(i), tok.specialTokens()[i].text, true));
    return out;
}

bool wrapsInBosEos(ModelFamily family) {
    return family == ModelFamily::Bert || family == ModelFamily::Roberta ||
           family == ModelFamily::Bart;
}

/// TemplateProcessing for the family: [CLS] $A [SEP] ($B:1 [SEP]:1) for BERT, <s> $A </s>
/// (</s> $B </s>) for RoBERTa and BART; null where the family adds nothing.
json postProcessor(const Tokenizer& tok, ModelFamily family) {
    const SpecialIds& s = tok.specials();
    if (!wrapsInBosEos(family) || s.bos < 0 || s.eos < 0) return nullptr;
    const std::string cls = tok.specialTokens()[std::size_t(s.bos)].text;
    const std::string sep = tok.specialTokens()[std::size_t(s.eos)].text;
    const bool bert = family == ModelFamily::Bert;
    const auto special = [](const std::string& id, int type) {
        return json{{"SpecialToken", {{"id", id}, {"type_id", type}}}};
    };
    const auto sequence = [](const std::string& id, int type) {
        return json{{"Sequence", {{"id", id}, {"type_id", type}}}};
    };
    const json single = {special(cls, 0), sequence("A", 0), special(sep, 0)};
    json pair = single;
    if (!bert) pair.push_back(special(sep, 0));
    pair.push_back(sequence("B", bert ? 1 : 0));
    pair.push_back(special(sep, bert ? 1 : 0));
    json specials = json::object();
    for (const auto& [text, id] : {std::pair{cls, s.bos}, std::pair{sep, s.eos}})
        specials[text] = {{"id", text}, {"ids", {id}}, {"tokens", {text}}};
    return {{"type", "TemplateProcessing"},
            {"single", single},
            {"pair", pair},
            {"special_tokens", specials}};
}

json charTokenizerJson(const CharTokenizer& tok) {
    json vocab = json::object();
    for (int64_t id = 0; id < tok.vocabSize(); ++id) vocab[tok.piece(id)] = id;
    const int32_t unk = tok.specials().unk;
    return {{"normalizer", nullptr},
            // Every code point on its own ([\s\S] also matches line breaks, unlike ".").
            {"pre_tokenizer",
             {{"type", "Split"},
              {"pattern", {{"Regex", "[\\s\\S]"}}},
              {"behavior", "Isolated"},
              {"invert", false}}},
            {"decoder", {{"type", "Fuse"}}},
            {"model",
             {{"type", "WordLevel"},
              {"vocab", vocab},
              {"unk_token", unk >= 0 ? tok.piece(unk) : std::string("[UNK]")}}}};
}

/// The merges a SentencePiece BPE vocabulary implies: every split of a piece into two pieces,
/// ranked by the merged piece's id (SentencePiece merges the best-scored piece first, and its
/// scores fall with the id), then by the parts' ids.
json sentencePieceMerges(const std::vector<std::string>& pieces,
                         const std::unordered_map<std::string, int64_t>& ids,
                         const std::vector<bool>& mergeable) {
    std::vector<std::tuple<int64_t, int64_t, int64_t>> found;
    for (int64_t id = 0; id < int64_t(pieces.size()); ++id) {
        if (!mergeable[std::size_t(id)]) continue;
        const std::string& p = pieces[std::size_t(id)];
        for (std::size_t k = 1; k < p.size(); ++k) {
            if ((static_cast<unsigned char>(p[k]) & 0xC0) == 0x80) continue;  // inside a char
            const auto left = ids.find(p.substr(0, k));
            const auto right = ids.find(p.substr(k));
            if (left == ids.end() || right == ids.end()) continue;
            if (!mergeable[std::size_t(left->second)] || !mergeable[std::size_t(right->second)])
                continue;
            found.emplace_back(id, left->second, right->second);
        }
    }
    std::sort(found.begin(), found.end());
    json merges = json::array();
    for (const auto& [merged, left, right] : found)
        merges.push_back(pieces[std::size_t(left)] + " " + pieces[std::size_t(right)]);
    return merges;
}

json subwordTokenizerJson(const SubwordTokenizer& tok, json& added) {
    const int64_t n = tok.vocabSize();
    const auto nSpecial = int64_t(tok.specialTokens().size());
    std::vector<std::string> pieces(static_cast<std::size_t>(n));
    std::unordered_map<std::string, int64_t> ids;
    std::vector<bool> mergeable(static_cast<std::size_t>(n), false);
    for (int64_t id = 0; id < n; ++id) {
        pieces[std::size_t(id)] = tok.rawPiece(id);
        ids.emplace(pieces[std::size_t(id)], id);
        mergeable[std::size_t(id)] =
            id >= nSpecial && id != tok.unknownId() && id != tok.newlineId();
    }
    added.push_back(addedToken(tok.newlineId(), "\n", false));
    const std::string unkText = pieces[std::size_t(tok.unknownId())];
    json model;
    if (tok.kind() == "unigram") {
        json vocab = json::array();
        for (int64_t id = 0; id < n; ++id)
            vocab.push_back(json::array({pieces[std::size_t(id)], tok.score(id)}));
        model = {{"type", "Unigram"},
                 {"unk_id", tok.unknownId()},
                 {"vocab", vocab},
                 {"byte_fallback", false}};
    } else {
        json vocab = json::object();
        for (int64_t id = 0; id < n; ++id) vocab[pieces[std::size_t(id)]] = id;
        model = {{"type", "BPE"},
                 {"dropout", nullptr},
                 {"unk_token", unkText},
                 {"continuing_subword_prefix", nullptr},
                 {"end_of_word_suffix", nullptr},
                 {"fuse_unk", true},
                 {"byte_fallback", false},
                 {"ignore_merges", false},
                 {"vocab", vocab},
                 {"merges", sentencePieceMerges(pieces, ids, mergeable)}};
    }
    // SentencePiece's dummy prefix and space mark; each line (the text between newlines, which
    // are added tokens) is normalized on its own, as the workbench encodes one line at a time.
    const json normalizer = {
        {"type", "Sequence"},
        {"normalizers",
         {{{"type", "Prepend"}, {"prepend", kSpaceMark}},
          {{"type", "Replace"}, {"pattern", {{"String", " "}}}, {"content", kSpaceMark}}}}};
    const json decoder = {
        {"type", "Sequence"},
        {"decoders",
         {{{"type", "Replace"}, {"pattern", {{"String", kSpaceMark}}}, {"content", " "}},
          {{"type", "Fuse"}},
          {{"type", "Strip"}, {"content", " "}, {"start", 1}, {"stop", 0}}}}};
    return {{"normalizer", normalizer},
            {"pre_tokenizer", nullptr},
            {"decoder", decoder},
            {"model", model}};
}

json byteBpeTokenizerJson(const ByteBpeTokenizer& tok, json& added) {
    const json saved = tok.toJson();
    json vocab = json::object();
    int64_t id = 0;
    for (const auto& piece : saved.at("pieces")) {
        if (!piece.get<std::string>().empty()) vocab[piece.get<std::string>()] = id;
        ++id;
    }
    if (saved.contains("added"))
        for (const auto& a : saved["added"])
            added.push_back(addedToken(a.at("id").get<int64_t>(), a.at("text"), true));
    const json byteLevel = {{"type", "ByteLevel"},
                            {"add_prefix_space", false},
                            {"trim_offsets", true},
                            {"use_regex", true}};
    return {{"normalizer", nullptr},
            {"pre_tokenizer", byteLevel},
            {"decoder", byteLevel},
            {"model",
             {{"type", "BPE"},
              {"dropout", nullptr},
              {"unk_token", nullptr},
              {"continuing_subword_prefix", ""},
              {"end_of_word_suffix", ""},
              {"fuse_unk", false},
              {"byte_fallback", false},
              {"ignore_merges", false},
              {"vocab", vocab},
              {"merges", saved.at("merges")}}}};
}

/// The tokenizer_config.json / special_tokens_map.json names of the special tokens.
std::map<std::string, std::string> specialNames(const Tokenizer& tok, ModelFamily family,
                                                const json& added) {
    std::map<std::string, std::string> out;
    const bool bert = family == ModelFamily::Bert;
    for (const SpecialToken& s : tok.specialTokens()) {
        if (s.role == "pad") out["pad_token"] = s.text;
        if (s.role == "unk") out["unk_token"] = s.text;
        if (s.role == "mask") out["mask_token"] = s.text;
        if (s.role == "bos") {
            out["cls_token"] = s.text;
            if (!bert) out["bos_token"] = s.text;
        }
        if (s.role == "eos") {
            out["sep_token"] = s.text;
            if (!bert) out["eos_token"] = s.text;
        }
    }
    // GPT-2's vocabulary: <|endoftext|> begins, ends and stands for unknown text.
    for (const auto& a : added)
        if (a.value("special", false) && a.value("content", "") == "<|endoftext|>")
            for (const char* name : {"bos_token", "eos_token", "unk_token"})
                out.emplace(name, "<|endoftext|>");
    return out;
}

}  // namespace

TokenizerFiles tokenizerFilesFor(const Tokenizer& tok, ModelFamily family, int maxLength) {
    json added = specialAddedTokens(tok);
    json parts;
    if (const auto* chars = dynamic_cast<const CharTokenizer*>(&tok))
        parts = charTokenizerJson(*chars);
    else if (const auto* sub = dynamic_cast<const SubwordTokenizer*>(&tok))
        parts = subwordTokenizerJson(*sub, added);
    else if (const auto* bytes = dynamic_cast<const ByteBpeTokenizer*>(&tok))
        parts = byteBpeTokenizerJson(*bytes, added);
    else
        throw Error(LMW_MESSAGE("hf_export.tokenizer_kind",
                                "The %1 tokenizer has no Hugging Face equivalent."),
                    {tok.kind()});

    TokenizerFiles f;
    f.tokenizer = {{"version", "1.0"},
                   {"truncation", nullptr},
                   {"padding", nullptr},
                   {"added_tokens", added},
                   {"normalizer", parts["normalizer"]},
                   {"pre_tokenizer", parts["pre_tokenizer"]},
                   {"post_processor", postProcessor(tok, family)},
                   {"decoder", parts["decoder"]},
                   {"model", parts["model"]}};
    f.specialTokensMap = json::object();
    for (const auto& [name, text] : specialNames(tok, family, added))
        f.specialTokensMap[name] = text;
    json decoderEntries = json::object();
    for (const auto& a : added) {
        json entry = a;
        entry.erase("id");
        decoderEntries[std::to_string(a.at("id").get<int64_t>())] = entry;
    }
    f.tokenizerConfig = f.specialTokensMap;
    f.tokenizerConfig["tokenizer_class"] = "PreTrainedTokenizerFast";
    f.tokenizerConfig["model_max_length"] = maxLength;
    f.tokenizerConfig["clean_up_tokenization_spaces"] = false;
    f.tokenizerConfig["added_tokens_decoder"] = decoderEntries;
    f.tokenizerConfig["model_input_names"] =
        family == ModelFamily::Bert ? json{"input_ids", "token_type_ids", "attention_mask"}
                                    : json{"input_ids", "attention_mask"};
    return f;
}

void writeTokenizerFiles(const TokenizerFiles& files, const std::string& dir) {
    const fs::path d(dir);
    sys::writeFileAtomically((d / "tokenizer.json").string(), files.tokenizer.dump(2) + "\n");
    sys::writeFileAtomically((d / "tokenizer_config.json").string(),
                             files.tokenizerConfig.dump(2) + "\n");
    sys::writeFileAtomically((d / "special_tokens_map.json").string(),
                             files.specialTokensMap.dump(2) + "\n");
}

std::vector<int32_t> encodeWithSpecialTexts(const Tokenizer& tok, const std::string& text) {
    const auto& specials = tok.specialTokens();
    std::vector<int32_t> ids;
    std::size_t segment = 0;
    const auto flush = [&](std::size_t end) {
        if (end > segment) {
            const auto part = tok.encode(text.substr(segment, end - segment));
            ids.insert(ids.end(), part.begin(), part.end());
        }
    };
    for (std::size_t at = 0; at < text.size();) {
        int best = -1;
        std::size_t bestLength = 0;
        for (std::size_t i = 0; i < specials.size(); ++i) {
            const std::string& s = specials[i].text;
            if (!s.empty() && s.size() > bestLength && text.compare(at, s.size(), s) == 0) {
                best = int(i);
                bestLength = s.size();
            }
        }
        if (best < 0) {
            ++at;
            continue;
        }
        flush(at);
        ids.push_back(best);
        at += bestLength;
        segment = at;
    }
    flush(text.size());
    return ids;
}

std::vector<int32_t> addFamilySpecials(const Tokenizer& tok, ModelFamily family,
                                       std::vector<int32_t> ids) {
    const SpecialIds& s = tok.specials();
    if (!wrapsInBosEos(family) || s.bos < 0 || s.eos < 0) return ids;
    ids.insert(ids.begin(), s.bos);
    ids.push_back(s.eos);
    return ids;
}

}  // namespace lmw::hf
