// Character-level tokenizer: one token per Unicode code point seen in the corpus, ids in code
// point order (as nanoGPT's shakespeare_char, but for any script, Chinese included).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace lmw {

class CharTokenizer {
public:
    CharTokenizer() = default;
    /// Vocabulary = the distinct code points of `text`, sorted.
    static CharTokenizer fromText(const std::u32string& text);
    static CharTokenizer fromCodePoints(std::vector<char32_t> codePoints);

    int vocabSize() const { return static_cast<int>(chars_.size()); }
    const std::vector<char32_t>& codePoints() const { return chars_; }
    bool contains(char32_t c) const { return index_.count(c) != 0; }

    /// Throws lmw::Error listing the characters that are not in the vocabulary.
    std::vector<std::int32_t> encode(const std::u32string& text) const;
    std::vector<std::int32_t> encode(const std::string& utf8) const;
    std::string decode(const std::vector<std::int64_t>& ids) const;
    std::string decodeOne(std::int64_t id) const;

    nlohmann::json toJson() const;
    static CharTokenizer fromJson(const nlohmann::json& j);  // throws lmw::Error

private:
    std::vector<char32_t> chars_;
    std::unordered_map<char32_t, std::int32_t> index_;
};

}  // namespace lmw
