// Plain configuration structs shared by the engine, the GUI and the CLI (no torch, no Qt).
// Defaults follow nanoGPT's character-level Shakespeare CPU run (see docs/benchmarks.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lmw {

/// The model families the engine can build. The GPT-style decoder is the first one.
enum class ModelFamily { Gpt };

std::string familyName(ModelFamily family);                 // "gpt"
ModelFamily familyFromName(const std::string& name);        // throws lmw::Error

/// Architecture of a model. `vocabSize` comes from the tokenizer, not from the user.
struct ModelConfig {
    ModelFamily family = ModelFamily::Gpt;
    int vocabSize = 0;      // e.g. 65 characters for tiny Shakespeare
    int layers = 4;         // transformer blocks
    int heads = 4;          // attention heads per block; must divide `embed`
    int embed = 128;        // width of the residual stream (C)
    int block = 64;         // context length in tokens (T)
    double dropout = 0.0;   // on attention weights, residual branches and embeddings
    bool bias = true;       // biases in Linear and LayerNorm layers (GPT-2 has them)
};

/// How to train. Learning rate: linear warmup to `lr`, then cosine decay to `minLr` at
/// `decayIters` (0 means "at iters"), constant afterwards.
struct TrainConfig {
    int batch = 12;             // sequences per step (B)
    int iters = 2000;           // total optimizer steps
    double lr = 1e-3;           // peak learning rate
    double minLr = 1e-4;        // floor of the cosine decay
    int warmup = 100;           // linear warmup steps
    int decayIters = 0;         // step at which the cosine reaches minLr; 0 = iters
    double weightDecay = 0.1;   // AdamW decay, applied to matrices only (not biases, norms)
    double beta1 = 0.9;
    double beta2 = 0.99;
    double gradClip = 1.0;      // max global gradient norm; 0 disables clipping
    int evalEvery = 250;        // evaluate (and checkpoint) every N steps, and at the end
    int evalIters = 20;         // batches averaged per evaluation
    double valFraction = 0.1;   // last fraction of the corpus held out for validation
    std::uint64_t seed = 1337;  // same seed + same thread count = same run
    int threads = 0;            // torch intra-op threads; 0 = all cores
};

/// A named model size offered by the GUI ("tiny", "small", "medium").
struct SizePreset {
    std::string name;
    std::string description;
    ModelConfig model;
    int batch = 12;
};
std::vector<SizePreset> sizePresets();

/// Number of trainable parameters of `model` (exact; weight tying counted once).
std::int64_t parameterCount(const ModelConfig& model);

/// A rough upper bound of the memory training will use, and what the machine has free.
struct MemoryEstimate {
    std::int64_t trainingBytes = 0;   // weights, gradients, AdamW state, activations, corpus
    std::int64_t availableBytes = 0;  // MemAvailable from /proc/meminfo (or 0 if unknown)
    bool fits() const { return availableBytes <= 0 || trainingBytes <= availableBytes; }
};
MemoryEstimate estimateTrainingMemory(const ModelConfig& model, const TrainConfig& train,
                                      std::int64_t corpusTokens);

/// Checks a configuration; throws lmw::Error naming the first bad field.
void validateConfig(const ModelConfig& model, const TrainConfig& train);

/// Human-readable "1.23 M" / "456 k" style count, and "1.2 GiB" style byte size.
std::string formatCount(std::int64_t n);
std::string formatBytes(std::int64_t bytes);

}  // namespace lmw
