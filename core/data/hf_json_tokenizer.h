// A tokenizer read from Hugging Face's tokenizer.json, for the kinds export-hf writes besides
// GPT-2's byte-level BPE (which ByteBpeTokenizer reads): characters as a WordLevel model, and
// SentencePiece-style BPE and Unigram models behind a Prepend / Replace normalizer. It follows
// the `tokenizers` library's algorithms — added tokens split the text first, each section is
// normalized on its own, BPE merges by rank (the leftmost first among equals), Unigram takes
// the best-scoring segmentation — so an exported model comes back with the same ids.
//
// Special tokens must hold the first ids, in order (the layout the workbench writes); other
// layouts (RoBERTa's <mask> at the end of the vocabulary) are refused with a sentence saying so.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "data/tokenizer.h"

namespace lmw {

class HfJsonTokenizer : public Tokenizer {
public:
    /// Reads `dir`/tokenizer.json, and the special tokens' roles from
    /// `dir`/special_tokens_map.json when present. Throws lmw::Error naming the file and field.
    static std::shared_ptr<HfJsonTokenizer> fromFolder(const std::string& dir);
    /// `tokenizer` is tokenizer.json's content, `specialsMap` special_tokens_map.json's (or
    /// null). `file` is tokenizer.json's path, named in messages; "" for the tokenizer a
    /// checkpoint holds (messages then name "The checkpoint's tokenizer").
    static std::shared_ptr<HfJsonTokenizer> fromJsonObjects(const nlohmann::json& tokenizer,
                                                            const nlohmann::json& specialsMap,
                                                            const std::string& file);
    /// Whether `tokenizer` (tokenizer.json's content) is of a kind this class reads.
    static bool reads(const nlohmann::json& tokenizer);

    std::string kind() const override { return "hf-" + model_; }
    int vocabSize() const override { return int(pieces_.size()); }
    std::vector<int32_t> encode(const std::string& utf8) const override;
    /// The piece with SentencePiece's space mark shown as a space.
    std::string piece(int64_t id) const override;
    /// Pieces joined; the space in front of each line (SentencePiece's dummy prefix) removed.
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecial = false) const override;

    /// {"kind": "hf-json", "tokenizer": ..., "special_tokens_map": ...}.
    nlohmann::json toJson() const override;

private:
    HfJsonTokenizer() = default;
    void encodeSection(const std::string& text, std::vector<int32_t>& ids) const;
    void encodeBpe(const std::vector<std::string>& chars, std::vector<int32_t>& ids) const;
    void encodeUnigram(const std::vector<std::string>& chars, std::vector<int32_t>& ids) const;
    int32_t unknownFor(const std::string& character) const;

    nlohmann::json source_, specialsMap_;  // as read, for toJson()
    std::string model_;                    // "wordlevel", "bpe", "unigram"
    std::vector<std::string> pieces_;      // by id, as written in the vocabulary
    std::vector<double> scores_;           // Unigram
    std::unordered_map<std::string, int32_t> ids_;
    std::unordered_map<std::string, int> ranks_;                     // BPE: "left right" -> rank
    std::vector<std::pair<std::string, int32_t>> added_;             // longest first
    std::vector<std::pair<std::string, std::string>> replacements_;  // normalizer, in order
    std::string prepend_;                                            // normalizer
    int32_t unk_ = -1;
    bool fuseUnknown_ = false;
    double unknownScore_ = 0;  // Unigram: the lowest score less 10
    int32_t newline_ = -1;     // the id of "\n", where there is one
};

/// The tokenizer of a Hugging Face folder: tokenizer.json of a kind HfJsonTokenizer reads, or
/// GPT-2's byte-level BPE (tokenizer.json, or vocab.json + merges.txt). Throws lmw::Error.
TokenizerPtr readHuggingFaceTokenizer(const std::string& dir);

}  // namespace lmw
