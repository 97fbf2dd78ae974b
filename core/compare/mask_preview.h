// previewMasking with a given tokenizer (a trained model's own), for TextGenerator.
#pragma once

#include "api/compare.h"
#include "data/tokenizer.h"

namespace lmw {

/// `text` in `tokenizer`'s tokens, masked once with the objective's settings (seeded).
std::vector<MaskedToken> previewMaskingWith(const Tokenizer& tokenizer, const std::string& text,
                                            const ObjectiveConfig& objective, std::uint64_t seed);

}  // namespace lmw
