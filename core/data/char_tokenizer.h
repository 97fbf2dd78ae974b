// Character-level tokenizer: one token per Unicode code point seen in the corpus, ids in code
// point order after the special tokens (as nanoGPT's shakespeare_char, but for any script,
// Chinese included).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/tokenizer.h"

namespace lmw {

class CharTokenizer : public Tokenizer {
public:
    CharTokenizer() = default;
    /// Vocabulary = the special tokens, then the distinct code points of `text`, sorted.
    static CharTokenizer fromText(const std::u32string& text,
                                  std::vector<SpecialToken> specials = {});
    static CharTokenizer fromCodePoints(std::vector<char32_t> codePoints,
                                        std::vector<SpecialToken> specials = {});

    std::string kind() const override { return "char"; }
    int vocabSize() const override { return int(specialTokens().size() + chars_.size()); }
    const std::vector<char32_t>& codePoints() const { return chars_; }
    bool contains(char32_t c) const { return index_.count(c) != 0; }

    /// Unknown characters become the unknown token when there is one; otherwise lmw::Error
    /// lists them.
    std::vector<int32_t> encode(const std::u32string& text) const;
    std::vector<int32_t> encode(const std::string& utf8) const override;
    std::string piece(int64_t id) const override;
    std::string decodeOne(std::int64_t id) const { return piece(id); }

    nlohmann::json toJson() const override;
    static CharTokenizer fromJson(const nlohmann::json& j);  // throws lmw::Error

private:
    std::vector<char32_t> chars_;
    std::unordered_map<char32_t, std::int32_t> index_;
};

}  // namespace lmw
