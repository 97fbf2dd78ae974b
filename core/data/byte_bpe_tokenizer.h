// Byte-level BPE, the tokenizer of GPT-2 (Radford et al. 2019, section 2.2): text is split into
// words by GPT-2's pattern (contractions, letter runs, digit runs, other-symbol runs, each with
// at most one leading space, and whitespace), each word's UTF-8 bytes are written in a
// 256-character alphabet of printable code points, and the ranked merges join neighbouring
// symbols, the best-ranked pair first, until none applies. Reads the files Hugging Face saves:
// vocab.json + merges.txt, or tokenizer.json. Every byte has a token in GPT-2's vocabulary, so
// any text can be encoded and decoding gives back the exact bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "data/tokenizer.h"

namespace lmw {

class ByteBpeTokenizer : public Tokenizer {
public:
    /// `pieces[id]` is the token's text in the byte alphabet ("Ġthe"), empty for unused ids;
    /// `merges` in rank order, each a pair of pieces. `added` are tokens matched whole in the
    /// text before splitting ("<|endoftext|>"), with their ids. Throws lmw::Error for a merge
    /// whose parts or result are not in the vocabulary, or duplicate pieces.
    ByteBpeTokenizer(std::vector<std::string> pieces,
                     std::vector<std::pair<std::string, std::string>> merges,
                     std::vector<std::pair<std::string, int32_t>> added = {});

    /// Reads `dir`/tokenizer.json when present, else `dir`/vocab.json + `dir`/merges.txt.
    /// Throws lmw::Error naming the file and the problem (missing, not JSON, not byte-level BPE).
    static std::shared_ptr<ByteBpeTokenizer> fromFolder(const std::string& dir);
    /// Whether `dir` holds the files fromFolder() reads.
    static bool folderHasFiles(const std::string& dir);

    std::string kind() const override { return "byte-bpe"; }
    int vocabSize() const override { return int(pieces_.size()); }
    /// Throws lmw::Error for invalid UTF-8 or a byte the vocabulary lacks (a reduced vocabulary).
    std::vector<int32_t> encode(const std::string& utf8) const override;
    /// The token's bytes (a token may hold part of a multi-byte character).
    std::string piece(int64_t id) const override;

    /// {"kind": "byte-bpe", "pieces": [...], "merges": ["a b", ...], "added": [{"text", "id"}]}.
    nlohmann::json toJson() const override;
    static std::shared_ptr<ByteBpeTokenizer> fromJsonObject(
        const nlohmann::json& j);  // throws lmw::Error

    /// GPT-2's pre-tokenization of `text` (code points) into words, exposed for tests.
    static std::vector<std::u32string> splitWords(const std::u32string& text);
    /// The alphabet: the code point that stands for byte `b`, and back (-1 when not in it).
    static char32_t byteSymbol(unsigned char b);
    static int symbolByte(char32_t symbol);

private:
    std::vector<int32_t> encodeWord(
        const std::string& symbols) const;  // symbols: UTF-8 of the alphabet

    std::vector<std::string> pieces_;               // by id, in the byte alphabet (UTF-8)
    std::vector<std::string> bytes_;                // by id, the bytes each token stands for
    std::unordered_map<std::string, int32_t> ids_;  // piece -> id
    std::unordered_map<std::string, int> ranks_;    // "left right" -> rank
    std::vector<std::pair<std::string, std::string>> merges_;
    std::vector<std::pair<std::string, int32_t>> added_;  // longest first
    mutable std::mutex cacheMutex_;
    mutable std::unordered_map<std::string, std::vector<int32_t>> cache_;
};

}  // namespace lmw
