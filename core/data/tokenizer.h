// Tokenizers turn UTF-8 text into token ids and back. Every tokenizer can carry special tokens
// (padding, unknown, begin/[CLS], end/[SEP], mask) in front of its ordinary vocabulary; which
// ones a model gets depends on its family (specialTokensFor). Tokenizers are saved inside
// checkpoints as JSON.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/configs.h"

namespace lmw {

/// Ids of the special tokens a tokenizer has; -1 where it has none.
struct SpecialIds {
    int32_t pad = -1;
    int32_t unk = -1;
    int32_t bos = -1;   // [CLS] for BERT, <s> for RoBERTa and BART
    int32_t eos = -1;   // [SEP] for BERT, </s> for RoBERTa and BART
    int32_t mask = -1;  // [MASK] / <mask>
};

/// A special token's text and its role ("pad", "unk", "bos", "eos", "mask").
struct SpecialToken {
    std::string text;
    std::string role;
};

/// BERT: [PAD] [UNK] [CLS] [SEP] [MASK]; RoBERTa and BART: <s> <pad> </s> <unk> <mask> (the
/// order of their original vocabularies); LSTM and GPT: none.
std::vector<SpecialToken> specialTokensFor(ModelFamily family);

class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    virtual std::string kind() const = 0;  // "char", "bpe", "unigram"
    virtual int vocabSize() const = 0;     // special tokens included
    /// Throws lmw::Error for text the tokenizer cannot represent (and has no unknown token).
    virtual std::vector<int32_t> encode(const std::string& utf8) const = 0;
    /// The text of one token; special tokens as written ("[MASK]").
    virtual std::string piece(int64_t id) const = 0;
    virtual std::string decode(const std::vector<int64_t>& ids, bool skipSpecial = false) const;
    virtual nlohmann::json toJson() const = 0;

    const SpecialIds& specials() const { return specials_; }
    const std::vector<SpecialToken>& specialTokens() const { return specialTokens_; }
    bool isSpecial(int64_t id) const { return id >= 0 && id < int64_t(specialTokens_.size()); }
    /// One flag per id: true for special tokens (masking never selects them).
    std::vector<bool> specialMask() const;

    /// Rebuilds a tokenizer saved with toJson(); throws lmw::Error for damaged data.
    static std::shared_ptr<Tokenizer> fromJson(const nlohmann::json& j);

protected:
    /// Special tokens take ids 0 .. n-1 in the given order.
    void setSpecialTokens(std::vector<SpecialToken> tokens);
    nlohmann::json specialsJson() const;
    static std::vector<SpecialToken> specialsFromJson(const nlohmann::json& j);

private:
    SpecialIds specials_;
    std::vector<SpecialToken> specialTokens_;
};

using TokenizerPtr = std::shared_ptr<const Tokenizer>;

/// For whole-word and span masking: how each id takes part in words (0 = continues a word,
/// 1 = starts one, 2 = stands alone), as masking.h's WordRole. A piece starting with a space
/// starts a word; letters and digits continue one; other pieces and special tokens stand alone.
std::vector<std::uint8_t> wordRolesOf(const Tokenizer& tokenizer);

}  // namespace lmw
