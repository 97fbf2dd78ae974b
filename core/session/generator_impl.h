// TextGenerator's private state, shared with TrainingSession::snapshot().
#pragma once

#include "api/text_generator.h"
#include "data/char_tokenizer.h"
#include "models/gpt.h"

namespace lmw {

struct TextGenerator::Impl {
    Gpt model{nullptr};  // in eval mode, owned by this generator alone
    CharTokenizer tokenizer;
    ModelConfig config;
    std::int64_t step = 0;
};

/// Sets torch's intra-op thread count for the calling thread (OpenMP reads it per thread).
void applyThreadSetting(int threads);

}  // namespace lmw
