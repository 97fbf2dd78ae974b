// Builds the tokenizer a run's TokenizerConfig asks for from the corpus text: characters, or
// BPE / unigram subwords learned with SentencePiece.
#pragma once

#include <string>
#include <vector>

#include "api/configs.h"
#include "data/tokenizer.h"

namespace lmw {

/// "char" → CharTokenizer, "bpe" / "unigram" → SubwordTokenizer trained on `text` (UTF-8), with
/// `specials` at ids 0 .. n-1. Throws lmw::Error for an unknown kind or a size the text cannot
/// give.
TokenizerPtr buildTokenizer(const TokenizerConfig& config, const std::string& text,
                            std::vector<SpecialToken> specials = {});

}  // namespace lmw
