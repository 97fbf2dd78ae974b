#include "data/char_tokenizer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "api/error.h"
#include "util/utf8.h"

namespace lmw {

CharTokenizer CharTokenizer::fromText(const std::u32string& text,
                                      std::vector<SpecialToken> specials) {
    std::vector<bool> seenAscii(128, false);
    std::set<char32_t> other;
    for (char32_t c : text) {
        if (c < 128) {
            seenAscii[c] = true;
        } else {
            other.insert(c);
        }
    }
    std::vector<char32_t> cps;
    for (char32_t c = 0; c < 128; ++c)
        if (seenAscii[c]) cps.push_back(c);
    cps.insert(cps.end(), other.begin(), other.end());
    return fromCodePoints(std::move(cps), std::move(specials));
}

CharTokenizer CharTokenizer::fromCodePoints(std::vector<char32_t> codePoints,
                                            std::vector<SpecialToken> specials) {
    std::sort(codePoints.begin(), codePoints.end());
    codePoints.erase(std::unique(codePoints.begin(), codePoints.end()), codePoints.end());
    CharTokenizer t;
    t.setSpecialTokens(std::move(specials));
    const auto offset = std::int32_t(t.specialTokens().size());
    t.chars_ = std::move(codePoints);
    t.index_.reserve(t.chars_.size());
    for (std::size_t i = 0; i < t.chars_.size(); ++i)
        t.index_.emplace(t.chars_[i], offset + static_cast<std::int32_t>(i));
    return t;
}

std::vector<std::int32_t> CharTokenizer::encode(const std::u32string& text) const {
    std::vector<std::int32_t> ids;
    ids.reserve(text.size());
    std::u32string unknown;
    const std::int32_t unk = specials().unk;
    for (char32_t c : text) {
        auto it = index_.find(c);
        if (it != index_.end()) {
            ids.push_back(it->second);
        } else if (unk >= 0) {
            ids.push_back(unk);
        } else if (unknown.find(c) == std::u32string::npos && unknown.size() < 10) {
            unknown += c;
        }
    }
    if (!unknown.empty()) {
        std::string shown;
        for (char32_t c : unknown) {
            if (!shown.empty()) shown += ", ";
            shown += c == U'\n' ? std::string("\\n") : "'" + utf8::encode(c) + "'";
        }
        throw Error(LMW_MESSAGE("tokenizer.unseen_chars",
                                "The text contains characters this model has never seen: %1."),
                    {shown});
    }
    return ids;
}

std::vector<std::int32_t> CharTokenizer::encode(const std::string& utf8Text) const {
    const utf8::Decoded d = utf8::decode(utf8Text);
    if (!d.ok) throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
    return encode(d.text);
}

std::string CharTokenizer::piece(std::int64_t id) const {
    if (isSpecial(id)) return specialTokens()[std::size_t(id)].text;
    const std::int64_t i = id - std::int64_t(specialTokens().size());
    if (i < 0 || i >= static_cast<std::int64_t>(chars_.size())) return "\xEF\xBF\xBD";  // U+FFFD
    return utf8::encode(chars_[static_cast<std::size_t>(i)]);
}

nlohmann::json CharTokenizer::toJson() const {
    std::vector<std::uint32_t> cps(chars_.begin(), chars_.end());
    nlohmann::json j = {{"kind", "char"}, {"code_points", cps}};
    if (!specialTokens().empty()) j["specials"] = specialsJson();
    return j;
}

CharTokenizer CharTokenizer::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || j.value("kind", "") != "char" || !j.contains("code_points") ||
        !j["code_points"].is_array()) {
        throw Error(LMW_MESSAGE("checkpoint.tokenizer_kind",
                                "The checkpoint's tokenizer is missing or of an unknown kind."));
    }
    std::vector<char32_t> cps;
    for (const auto& v : j["code_points"]) {
        // Surrogates (U+D800..U+DFFF) are not characters: UTF-8 cannot hold them.
        if (!v.is_number_unsigned() || v.get<std::uint64_t>() > 0x10FFFF ||
            (v.get<std::uint64_t>() >= 0xD800 && v.get<std::uint64_t>() <= 0xDFFF))
            throw Error(LMW_MESSAGE("checkpoint.tokenizer_code_point",
                                    "The checkpoint's tokenizer holds an invalid code point."));
        cps.push_back(static_cast<char32_t>(v.get<std::uint64_t>()));
    }
    if (cps.size() < 2)
        throw Error(LMW_MESSAGE("checkpoint.tokenizer_too_few_chars",
                                "The checkpoint's tokenizer has fewer than two characters."));
    return fromCodePoints(std::move(cps), specialsFromJson(j));
}

}  // namespace lmw
