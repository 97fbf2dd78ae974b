// TextGenerator's private state, shared with TrainingSession::snapshot().
#pragma once

#include "api/text_generator.h"
#include "data/tokenizer.h"
#include "models/common.h"

namespace lmw {

struct TextGenerator::Impl {
    ModelPtr model;  // in eval mode, owned by this generator alone
    TokenizerPtr tokenizer;
    ModelConfig config;
    std::int64_t step = 0;
    std::vector<std::string> labels;  // class names of a classification head, when known
    bool huggingFace = false;         // read from a Hugging Face folder
};

/// Sets torch's intra-op thread count for the calling thread (OpenMP reads it per thread) and
/// flushes denormal floats to zero on it.
void applyThreadSetting(int threads);

}  // namespace lmw
