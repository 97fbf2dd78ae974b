// Sampling text from a trained model (no torch, no Qt). A generator holds its own copy of the
// weights, so it can run on any thread, also while the session it came from keeps training.
//
// Example:
//   auto gen = lmw::TextGenerator::load("runs/a");       // run folder or checkpoint file
//   lmw::GenerateOptions o;  o.prompt = "Once upon a time";  o.maxTokens = 200;
//   std::string text = gen.generate(o, [](const std::string& piece) {
//       std::fputs(piece.c_str(), stdout);  return true;  // false stops generation
//   });
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "api/configs.h"

namespace lmw {

struct GenerateOptions {
    std::string prompt;         // UTF-8; empty starts from a newline (or the first token)
    int maxTokens = 200;        // tokens to generate
    double temperature = 0.8;   // 0 = greedy (arg-max)
    int topK = 0;               // keep the k most likely tokens; 0 = all
    double topP = 1.0;          // keep the smallest set with this much probability; 1 = all
    std::uint64_t seed = 1;     // same seed, same text
    bool greedy = false;        // arg-max regardless of temperature
};

/// Checks options; throws lmw::Error naming the first bad one.
void validateGenerateOptions(const GenerateOptions& options);

class TextGenerator {
public:
    /// Loads the weights of a checkpoint file or run folder; throws lmw::Error.
    static TextGenerator load(const std::string& checkpoint);

    TextGenerator(TextGenerator&&) noexcept;
    TextGenerator& operator=(TextGenerator&&) noexcept;
    ~TextGenerator();

    /// Returns the generated continuation (without the prompt). `onPiece` receives each new
    /// token's text as it is produced; returning false stops early.
    std::string generate(const GenerateOptions& options,
                         const std::function<bool(const std::string&)>& onPiece = {}) const;

    const ModelConfig& modelConfig() const;
    std::int64_t step() const;          // training step the weights come from
    std::string vocabulary() const;     // the characters the model knows, UTF-8

    struct Impl;
    explicit TextGenerator(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace lmw
