// Subword tokenizers (BPE and unigram) trained on the user's corpus with SentencePiece (Kudo &
// Richardson 2018, "SentencePiece: A simple and language independent subword tokenizer and
// detokenizer for neural text processing"). Spaces become "▁" inside pieces, so decoding gives
// back the exact text; lines are tokenized one at a time and joined by a newline token.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "data/tokenizer.h"

namespace lmw {

namespace spm {
class Model;
}

/// Ids: the special tokens 0 .. n-1, then SentencePiece's pieces in its order (our id = n + its
/// id). When the specials include an unknown token, SentencePiece's unknown piece (its id 0)
/// maps to that token and the other pieces move down by one, so that no id goes unused.
/// SentencePiece's own bos/eos/pad pieces are disabled, and special texts such as "[MASK]" are
/// never pieces: they live only in our id range.
class SubwordTokenizer : public Tokenizer {
public:
    /// Trains a "bpe" or "unigram" model on `text` (deterministic: the same text and settings
    /// give the same tokenizer). `vocabSize` counts every token, specials included; 0 picks a
    /// size suited to the text; with `upTo`, vocabSize is a ceiling and a text too short for it
    /// gets the largest size it can give. Throws lmw::Error when the text cannot give that size.
    static SubwordTokenizer train(const std::string& text, const std::string& kind, int vocabSize,
                                  std::vector<SpecialToken> specials = {}, bool upTo = false);

    /// The size train() aims at for vocabSize 0: four tokens per distinct character of the text,
    /// within 64 .. 8000, and at least 64 more than the characters and specials. Training takes
    /// less when SentencePiece finds fewer pieces in a small text.
    static int automaticVocabSize(int characters, int specialCount);

    std::string kind() const override { return kind_; }
    int vocabSize() const override;
    /// Unknown characters become our unknown token when there is one, otherwise SentencePiece's
    /// own unknown piece (an ordinary id). Throws lmw::Error for invalid UTF-8.
    std::vector<int32_t> encode(const std::string& utf8) const override;
    /// Special tokens as written, ordinary pieces with "▁" shown as a space.
    std::string piece(int64_t id) const override;
    /// The exact text for ids from encode(); the space SentencePiece puts in front of each line
    /// is removed again.
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecial = false) const override;

    /// For converting the tokenizer to other formats: the piece of `id` as SentencePiece writes
    /// it ("\u2581the" for " the"; special tokens as written), its score (0 for special
    /// tokens), the id newlines are encoded as, and the id unknown text becomes.
    std::string rawPiece(int64_t id) const;
    float score(int64_t id) const;
    int32_t newlineId() const { return newline_; }
    int32_t unknownId() const;

    /// {"kind", "model" (the serialized SentencePiece model, base64), "vocab_size", "specials"}.
    nlohmann::json toJson() const override;
    static SubwordTokenizer fromJson(const nlohmann::json& j);  // throws lmw::Error

private:
    SubwordTokenizer() = default;
    void load(const std::string& kind, std::string model, std::vector<SpecialToken> specials);
    /// Our id for a SentencePiece id, and back (-1 when `id` is not an ordinary piece).
    int32_t fromPieceId(int spId) const;
    int toPieceId(int64_t id) const;

    std::string kind_;
    std::string model_;  // serialized SentencePiece ModelProto
    std::shared_ptr<const spm::Model> processor_;
    int pieceCount_ = 0;    // SentencePiece's vocabulary, its unknown piece included
    int32_t newline_ = -1;  // our id of the newline piece
};

}  // namespace lmw
