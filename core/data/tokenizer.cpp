#include "data/tokenizer.h"

#include <nlohmann/json.hpp>

#include "api/error.h"
#include "data/byte_bpe_tokenizer.h"
#include "data/char_tokenizer.h"
#include "data/hf_json_tokenizer.h"
#include "data/subword_tokenizer.h"
#include "util/utf8.h"

namespace lmw {

std::vector<SpecialToken> specialTokensFor(ModelFamily family) {
    switch (family) {
        case ModelFamily::Bert:
            return {{"[PAD]", "pad"},
                    {"[UNK]", "unk"},
                    {"[CLS]", "bos"},
                    {"[SEP]", "eos"},
                    {"[MASK]", "mask"}};
        case ModelFamily::Roberta:
        case ModelFamily::Bart:
            return {{"<s>", "bos"},
                    {"<pad>", "pad"},
                    {"</s>", "eos"},
                    {"<unk>", "unk"},
                    {"<mask>", "mask"}};
        case ModelFamily::Lstm:
        case ModelFamily::Gpt:
            return {};
    }
    return {};
}

std::string Tokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecial) const {
    std::string out;
    for (int64_t id : ids) {
        if (skipSpecial && isSpecial(id)) continue;
        out += piece(id);
    }
    return out;
}

std::vector<bool> Tokenizer::specialMask() const {
    std::vector<bool> mask(std::size_t(vocabSize()), false);
    for (std::size_t i = 0; i < specialTokens_.size() && i < mask.size(); ++i) mask[i] = true;
    return mask;
}

void Tokenizer::setSpecialTokens(std::vector<SpecialToken> tokens) {
    specialTokens_ = std::move(tokens);
    specials_ = SpecialIds{};
    for (std::size_t i = 0; i < specialTokens_.size(); ++i) {
        const std::string& role = specialTokens_[i].role;
        const auto id = int32_t(i);
        if (role == "pad")
            specials_.pad = id;
        else if (role == "unk")
            specials_.unk = id;
        else if (role == "bos")
            specials_.bos = id;
        else if (role == "eos")
            specials_.eos = id;
        else if (role == "mask")
            specials_.mask = id;
        else
            throw Error(
                LMW_MESSAGE("tokenizer.unknown_special_role", "Unknown special token role '%1'."),
                {role});
    }
}

nlohmann::json Tokenizer::specialsJson() const {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& t : specialTokens_) arr.push_back({{"text", t.text}, {"role", t.role}});
    return arr;
}

std::vector<SpecialToken> Tokenizer::specialsFromJson(const nlohmann::json& j) {
    std::vector<SpecialToken> out;
    if (!j.contains("specials")) return out;
    if (!j["specials"].is_array())
        throw Error(LMW_MESSAGE("tokenizer.specials_damaged",
                                "The tokenizer's special tokens are damaged."));
    for (const auto& s : j["specials"]) {
        if (!s.is_object() || !s.contains("text") || !s.contains("role") ||
            !s["text"].is_string() || !s["role"].is_string())
            throw Error(LMW_MESSAGE("tokenizer.specials_damaged",
                                    "The tokenizer's special tokens are damaged."));
        out.push_back({s["text"].get<std::string>(), s["role"].get<std::string>()});
    }
    return out;
}

std::shared_ptr<Tokenizer> Tokenizer::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string())
        throw Error(
            LMW_MESSAGE("tokenizer.missing_or_damaged", "The tokenizer is missing or damaged."));
    const std::string kind = j["kind"].get<std::string>();
    if (kind == "char") return std::make_shared<CharTokenizer>(CharTokenizer::fromJson(j));
    if (kind == "bpe" || kind == "unigram")
        return std::make_shared<SubwordTokenizer>(SubwordTokenizer::fromJson(j));
    if (kind == "byte-bpe") return ByteBpeTokenizer::fromJsonObject(j);
    if (kind == "hf-json")
        return HfJsonTokenizer::fromJsonObjects(j.value("tokenizer", nlohmann::json()),
                                                j.value("special_tokens_map", nlohmann::json()),
                                                "");
    throw Error(LMW_MESSAGE("tokenizer.unknown_stored_kind", "Unknown tokenizer kind '%1'."),
                {kind});
}

std::vector<std::uint8_t> wordRolesOf(const Tokenizer& tok) {
    std::vector<std::uint8_t> roles(std::size_t(tok.vocabSize()), 2);
    for (int id = 0; id < tok.vocabSize(); ++id) {
        if (tok.isSpecial(id)) continue;
        const std::u32string piece = utf8::decode(tok.piece(id)).text;
        if (piece.empty()) continue;
        const auto wordChar = [](char32_t c) {
            return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') ||
                   (c >= U'A' && c <= U'Z') || c == U'\'' ||
                   (c >= 0xC0 && c != 0xD7 && c != 0xF7 &&
                    c < 0x2000);  // CJK characters are words of their own
        };
        const bool leadingSpace = piece[0] == U' ';
        bool letters = false;
        for (char32_t c : piece) letters = letters || wordChar(c);
        if (!letters) continue;
        roles[std::size_t(id)] = leadingSpace ? 1 : wordChar(piece[0]) ? 0 : 2;
    }
    return roles;
}

}  // namespace lmw
