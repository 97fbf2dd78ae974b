// What travels with an exported model besides its weights and tokenizer (torch-free):
// generation_config.json for the families that generate, and a README.md model card saying
// what the model is and how it was made.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/configs.h"
#include "data/tokenizer.h"

namespace lmw::hf {

/// generation_config.json for GPT (bos/eos/pad where the tokenizer has them) and BART (plus
/// the decoder's start token and the forced end token); null for families that do not generate.
nlohmann::json generationConfigFor(const ModelConfig& model, const SpecialIds& specials);

/// The facts a model card states. Losses are NaN and the hash empty where unknown.
struct ModelCardFacts {
    ModelConfig model;
    TrainConfig train;
    std::string tokenizerKind;  // "char", "bpe", "unigram", "byte-bpe"
    int vocabSize = 0;
    std::int64_t parameters = 0;
    std::int64_t step = 0;
    std::string corpusName;
    std::string corpusSha256;  // of the corpus file, when it could be read
    std::string created;       // when the checkpoint was written (ISO-8601)
    double finalTrainLoss = 0;
    double finalValLoss = 0;
    std::string exported;  // when the export was made (ISO-8601)
};

/// README.md: a Hugging Face model card (YAML front matter, then what the model is, its sizes,
/// objective, tokenizer, corpus, training and final losses, and how to load it).
std::string modelCard(const ModelCardFacts& facts);

/// The SHA-256 of the file at `path` as 64 hexadecimal digits; empty when it cannot be read.
std::string fileSha256(const std::string& path);

}  // namespace lmw::hf
