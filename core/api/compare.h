// The Encoder vs decoder comparison's settings, shared by the GUI tab and `llm-workbench-cli
// compare` (no torch, no Qt): one architecture for both models (same size, same position
// encoding, GPT's pre-LN blocks), so that only the attention mask and the objective differ; the
// encoder's masking; and the corpus's unigram and bigram entropy, the plateaus a curve sits on
// before it uses the context.
//
// Example:
//   lmw::CompareSettings s = lmw::defaultCompareSettings();
//   lmw::ComparePlan plan = lmw::comparePlan(s);   // plan.encoder / plan.decoder
//   auto h = lmw::corpusEntropy(lmw::CorpusSource::builtinStories(), 0.1);
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "api/configs.h"
#include "api/corpus.h"

namespace lmw {

struct CompareSettings {
    std::string size = "tiny";  // a sizePresets() name
    PositionEncoding positions = PositionEncoding::Rope;
    BlockLayout layout = BlockLayout::Gpt;  // Family: BERT's own post-LN encoder
    ModelFamily encoderFamily = ModelFamily::Roberta;
    bool dynamicMasking = true;  // RoBERTa's fresh masks every time
    double maskRate = 0.15;      // BERT's rate
    double maskTokenShare = 0.8, randomTokenShare = 0.1;
    MaskUnit maskUnit = MaskUnit::Token;
    double spanMeanWords = 3.8;
    std::string tokenizer = "bpe";  // "char", "bpe" or "unigram" (both models):
    int vocabSize = 500;            // most story words are one token, as in BERT
                                    // (subwords: 0 = a size suited to the corpus)
    int steps = 1500;
    double encoderLr = 2e-3, decoderLr = 2e-3;
    int threadsPerModel = 1;  // the two models train side by side
    int evalEvery = 100;
    int evalIters = 10;
    std::uint64_t seed = 1337;
};

/// The settings the tab opens with: chosen so that both models train within two minutes on two
/// cores and the encoder fills right-decided gaps that the decoder cannot (docs/benchmarks.md).
CompareSettings defaultCompareSettings();

/// The two runs of a comparison.
struct ComparePlan {
    ModelConfig encoderModel, decoderModel;
    TrainConfig encoderTrain, decoderTrain;
};
/// Throws lmw::Error for an unknown size or settings validateConfig refuses.
ComparePlan comparePlan(const CompareSettings& settings);

/// One line for the tab and the CLI: what the two models share and what differs.
std::string compareFairnessNote(const CompareSettings& settings);

/// Entropy of the training part's tokens as the compare tab's character models see them, in
/// nats per token: unigram (no context, the loss of predicting letter frequencies) and bigram
/// (given the previous token: H(X_t | X_t-1)), both from direct counts.
struct CorpusEntropy {
    double unigram = 0;
    double bigram = 0;
    std::int64_t tokens = 0;
};
/// Counts characters (code points) of the training part (all but the last `valFraction`).
/// Throws lmw::Error like inspectCorpus.
CorpusEntropy corpusEntropy(const CorpusSource& source, double valFraction);
/// The same for text already in memory.
CorpusEntropy textEntropy(const std::string& utf8);

/// One character of a sentence as a masked LM's input shows it.
struct MaskedToken {
    enum Kind { Plain, Masked, Random, Kept };
    std::string original;  // the character of the sentence
    std::string shown;     // what the model reads: itself, "[MASK]" or the random replacement
    Kind kind = Plain;     // Masked, Random and Kept positions are the ones the loss counts
};
/// `text` (UTF-8, one token per character as the compare tab's models read it) masked once with
/// the objective's settings (rate, [MASK]/random/kept shares, unit), seeded; the random
/// replacements come from the sentence's own characters. Throws lmw::Error for bad settings or
/// an empty text.
std::vector<MaskedToken> previewMasking(const std::string& text, const ObjectiveConfig& objective,
                                        std::uint64_t seed);

/// The step of the first evaluation at least `margin` nats below `unigram` (-1: never).
std::int64_t stepsOffPlateau(const std::vector<std::pair<std::int64_t, double>>& valLosses,
                             double unigram, double margin = 0.5);

}  // namespace lmw
