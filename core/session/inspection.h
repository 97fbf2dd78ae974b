// Looking inside a model: inputs laid out as each family expects them, attention snapshots,
// per-position predictions. Shared by TextGenerator and the training session's timeline.
#pragma once

#include <string>
#include <vector>

#include "api/inspect.h"
#include "data/tokenizer.h"
#include "models/common.h"

namespace lmw {

/// `text` as a model input: encoders and BART wrapped in begin/end tokens; cut to the context.
std::vector<int64_t> modelInput(const LanguageModel& model, const Tokenizer& tok,
                                const std::string& text);

/// The model's attention maps on `text` (eval mode, no gradients).
AttentionSnapshot captureAttention(LanguageModel& model, const Tokenizer& tok,
                                   const std::string& text, int64_t step);

}  // namespace lmw
