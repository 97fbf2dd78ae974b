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
#include <utility>
#include <vector>

#include "api/compare.h"
#include "api/configs.h"
#include "api/gap_tasks.h"
#include "api/inspect.h"

namespace lmw {

struct GenerateOptions {
    std::string prompt;        // UTF-8; empty starts from a newline (or the first token)
    int maxTokens = 200;       // tokens to generate
    double temperature = 0.8;  // 0 = greedy (arg-max)
    int topK = 0;              // keep the k most likely tokens; 0 = all
    double topP = 1.0;         // keep the smallest set with this much probability; 1 = all
    std::uint64_t seed = 1;    // same seed, same text
    bool greedy = false;       // arg-max regardless of temperature
    int beams = 1;             // BART: beam-search width (1 = greedy)
};

/// The most likely fillers of one masked position.
struct MaskPrediction {
    int position = 0;                                 // token index in the input
    std::vector<std::pair<std::string, double>> top;  // (token text, probability)
};

/// How likely a decoder finds one candidate continuation of a prompt.
struct ContinuationScore {
    std::vector<std::string> tokens;  // the continuation's tokens
    std::vector<double> logProbs;     // natural log-probability of each, given all before it
    int contextTokens = 0;            // tokens the model read before the continuation
    int truncatedTokens = 0;          // prompt tokens cut from the front to fit the context
    double total() const {
        double sum = 0;
        for (double v : logProbs) sum += v;
        return sum;
    }
};

/// Checks options; throws lmw::Error naming the first bad one.
void validateGenerateOptions(const GenerateOptions& options);

class TextGenerator {
public:
    /// Loads the weights of a checkpoint file or run folder, or a Hugging Face GPT-2 folder
    /// (config.json, model.safetensors, and tokenizer.json or vocab.json + merges.txt); throws
    /// lmw::Error.
    static TextGenerator load(const std::string& checkpoint);

    TextGenerator(TextGenerator&&) noexcept;
    TextGenerator& operator=(TextGenerator&&) noexcept;
    ~TextGenerator();

    /// Decoders (GPT, LSTM): the continuation of the prompt (without the prompt). BART: the
    /// output for the prompt as its source (denoising or rewriting). `onPiece` receives each new
    /// token's text; returning false stops early. Encoders throw lmw::Error: use fillMask().
    std::string generate(const GenerateOptions& options,
                         const std::function<bool(const std::string&)>& onPiece = {}) const;

    /// Encoders (BERT, RoBERTa): predictions for every mask token ("[MASK]" or "<mask>") in
    /// `text`, all at once, `topK` each. Throws lmw::Error for other families or no mask.
    std::vector<MaskPrediction> fillMask(const std::string& text, int topK = 5) const;

    /// Whether generate() continues text (decoders), rewrites it (BART), or fillMask() applies.
    bool continuesText() const;
    bool isEncoder() const;

    // --- looking inside ----------------------------------------------------------------------

    /// The tokens of `text` as the model sees them (special tokens included where the family
    /// adds them: [CLS] ... [SEP], <s> ... </s>).
    std::vector<std::string> tokens(const std::string& text) const;

    /// Every attention map of the model on `text` (BART: `text` is the source and, shifted
    /// behind the start token, the target). Throws lmw::Error for LSTM models (no attention).
    AttentionSnapshot attention(const std::string& text) const;

    /// For each token of `text`: the probability the model gives it and its top alternatives.
    /// Decoders predict each token from the tokens before it; encoders predict each token with
    /// that one position masked, using both sides. BART is not supported (lmw::Error).
    std::vector<TokenPrediction> predictions(const std::string& text, int topK = 5) const;

    /// Decoders: the most likely next tokens after `prefix`, with probabilities.
    std::vector<std::pair<std::string, double>> nextTokens(const std::string& prefix,
                                                           int topK = 10) const;

    /// Decoders (GPT, LSTM): the log-probability of each candidate's tokens after `prompt`, no
    /// sampling (core/prompting/continuation_scoring.cpp). A candidate's tokens are those of
    /// prompt + candidate past the tokens it shares with the prompt alone, so a subword that
    /// joins the prompt's last characters to the candidate is scored whole. Candidates run as
    /// one batch. GPT: prompt tokens beyond the context window are cut from the front. Throws
    /// lmw::Error for other families, an empty candidate, or one longer than the window.
    std::vector<ContinuationScore> scoreContinuations(
        const std::string& prompt, const std::vector<std::string>& candidates) const;
    /// Tokens of `text` without special tokens; the tokens a decoder reads at once (GPT's
    /// window; 0 for an LSTM, which has no limit).
    int tokenCount(const std::string& text) const;
    int contextLimit() const;

    /// BART: corrupts `text` with the noise of `noise` (seeded), then writes the model's
    /// reconstruction. `corrupted` receives the noised tokens and `changed` marks the tokens of
    /// the corrupted text that the noise introduced (masks, moved or rotated tokens).
    std::string denoise(const std::string& text, const ObjectiveConfig& noise, std::uint64_t seed,
                        std::vector<std::string>* corrupted, std::vector<bool>* changed,
                        int beams = 1) const;

    /// Writes a word into each gap (see api/gap_tasks.h). Encoders read the gap as masks with
    /// the context on both sides (Infill) or the left only (Continue) and fill them by
    /// mask-predict, the most confident position first. Decoders write it greedily from the
    /// left context (Generate), or rank the item's candidates by the likelihood of left +
    /// candidate (+ right, for Infill; cut to half the window) (Rank). BART, classifiers and
    /// Rank on an encoder throw lmw::Error. `cancel` (may be null) stops early.
    std::vector<GapGuess> fillGaps(const std::vector<GapItem>& items, GapTask task,
                                   const std::atomic<bool>* cancel = nullptr,
                                   GapMethod method = GapMethod::Generate) const;

    /// Encoders: `text` in this model's tokens as masked LM would hide it with `objective`'s
    /// settings (rate, split, unit), seeded. Throws lmw::Error for a tokenizer without a mask.
    std::vector<MaskedToken> previewMasking(const std::string& text,
                                            const ObjectiveConfig& objective,
                                            std::uint64_t seed) const;

    /// Models with a classification head: the probability of each class for `text`.
    std::vector<std::pair<std::string, double>> classify(const std::string& text) const;

    const ModelConfig& modelConfig() const;
    std::int64_t step() const;  // training step the weights come from (0 when imported)
    /// Whether the weights come from a Hugging Face folder (GPT-2 with its tokenizer files).
    bool importedFromHuggingFace() const;
    /// "char", "bpe", "unigram" or "byte-bpe" (GPT-2's byte-level BPE).
    std::string tokenizerKind() const;
    std::string vocabulary() const;  // the characters the model knows, UTF-8

    struct Impl;
    explicit TextGenerator(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace lmw
