// Mapping between Hugging Face checkpoints and the workbench's model families: configuration
// fields, parameter names (GPT-2 stores its projections as Conv1D, [in, out]) and tied weights.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "data/tokenizer.h"
#include "models/common.h"

namespace lmw::hf {

struct HfModel {
    ModelPtr model;
    std::string modelType;  // "gpt2", "bert", "roberta", "bart"
    nlohmann::json config;  // config.json as read
    int64_t decoderStartId = 2;
    int64_t eosId = 2;
};

/// Reads config.json and model.safetensors from `dir`; every tensor the model needs must be
/// present with the right shape. Throws lmw::Error naming the problem (and the tensor).
HfModel loadModel(const std::string& dir);

/// The Hugging Face configuration for a model of ours (config.json's content).
nlohmann::json configFor(const ModelConfig& model, const SpecialIds& specials);

/// Writes config.json and model.safetensors for `model` into `dir` (created if needed).
void saveModel(LanguageModel& model, const SpecialIds& specials, const std::string& dir);

}  // namespace lmw::hf
