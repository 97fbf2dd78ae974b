// Plain configuration structs shared by the engine, the GUI and the CLI (no torch, no Qt).
// Defaults follow nanoGPT's character-level Shakespeare CPU run (see docs/benchmarks.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lmw {

/// The model families of the history the workbench teaches (one file each in core/models).
enum class ModelFamily {
    Lstm,     // ULMFiT / AWD-LSTM language model (Howard & Ruder 2018; Merity et al. 2017)
    Bert,     // encoder, masked LM + next-sentence prediction (Devlin et al. 2018)
    Roberta,  // BERT's encoder without NSP, dynamic masking (Liu et al. 2019)
    Gpt,      // decoder, next-token prediction (Radford et al. 2018, 2019)
    Bart,     // encoder-decoder, denoising (Lewis et al. 2019)
};

/// Pretraining objectives.
enum class Objective {
    Clm,      // causal language modelling: predict the next token
    Mlm,      // masked language modelling
    MlmNsp,   // masked language modelling + next-sentence prediction
    Denoise,  // reconstruct a document from a corrupted copy
};

/// Feed-forward activation: GELU with erf (BERT, BART, nanoGPT), its tanh approximation
/// (GPT-2's "gelu_new"), or ReLU (the original Transformer).
enum class Activation { Gelu, GeluTanh, Relu };

/// How a transformer knows where each token is (every family but the LSTM).
enum class PositionEncoding {
    Absolute,  // a learned vector per position added to the token embedding (GPT, BERT, BART)
    Rope,      // rotary: queries and keys rotated by an angle per position (Su et al. 2021)
    Alibi,     // a distance penalty added to attention scores, no embedding (Press et al. 2021)
};

/// Which block a transformer is built from. `Family` is each family's own layout as in its
/// paper and in Hugging Face (BERT: post-LN); `Gpt` builds any family from GPT's pre-LN block
/// with a tied output head, so an encoder and a decoder differ only in the attention mask and
/// the objective (the Encoder vs decoder tab's fair comparison). No Hugging Face class has an
/// encoder of GPT blocks, so such a model cannot be exported.
enum class BlockLayout { Family, Gpt };

/// What masked LM hides: single tokens (BERT), all tokens of chosen words (BERT's whole-word
/// masking), or contiguous spans of whole words (SpanBERT, Joshi et al. 2019).
enum class MaskUnit { Token, WholeWord, Span };

std::string familyName(ModelFamily family);                          // "gpt"
ModelFamily familyFromName(const std::string& name);                 // throws lmw::Error
std::string objectiveName(Objective objective);                      // "mlm+nsp"
Objective objectiveFromName(const std::string& name);                // throws lmw::Error
std::string activationName(Activation activation);                   // "gelu_tanh"
Activation activationFromName(const std::string& name);              // throws lmw::Error
std::string positionEncodingName(PositionEncoding p);                // "absolute", "rope", "alibi"
PositionEncoding positionEncodingFromName(const std::string& name);  // throws lmw::Error
/// One sentence on what a position encoding does (tooltips, model summaries).
std::string positionEncodingDescription(PositionEncoding p);
std::string blockLayoutName(BlockLayout layout);           // "family", "gpt"
BlockLayout blockLayoutFromName(const std::string& name);  // throws lmw::Error
std::string maskUnitName(MaskUnit unit);                   // "token", "word", "span"
MaskUnit maskUnitFromName(const std::string& name);        // throws lmw::Error
/// ALiBi's head slopes (Press et al. 2021, section 3): the geometric sequence starting at
/// 2^(-8/n) with that ratio for n heads; for n not a power of two, the n' = 2^floor(log2 n)
/// slopes followed by every other slope of 2n'. Throws lmw::Error for heads < 1 or > 256.
std::vector<double> alibiSlopes(int heads);
/// The objective a family was introduced with (lstm, gpt: clm; bert: mlm+nsp; ...).
Objective defaultObjective(ModelFamily family);
/// Whether a family can be trained with an objective (e.g. no NSP for a decoder).
bool supportsObjective(ModelFamily family, Objective objective);

/// Architecture of a model. `vocabSize` and `padId` come from the tokenizer, not from the user.
struct ModelConfig {
    ModelFamily family = ModelFamily::Gpt;
    int vocabSize = 0;      // e.g. 65 characters for tiny Shakespeare
    int layers = 4;         // transformer blocks (BART: encoder layers; LSTM: LSTM layers)
    int decoderLayers = 0;  // BART decoder layers; 0 = same as `layers`
    int heads = 4;          // attention heads per block; must divide `embed`
    int embed = 128;        // width of the residual stream (C); LSTM: embedding size
    int ffn = 0;            // feed-forward width; 0 = 4 x embed
    int hidden = 0;         // LSTM hidden size; 0 = 3 x embed
    int block = 64;         // context length in tokens (T)
    int positions = 0;      // rows of the position table; 0 = what `block` needs
    int typeVocab = 2;      // BERT segment (token type) embeddings
    int padId = 0;          // padding token (RoBERTa's positions and BART's embeddings use it)
    double dropout = 0.0;   // on attention weights, residual branches and embeddings
    bool bias = true;       // biases in Linear and LayerNorm layers (GPT-2 has them)
    Activation activation = Activation::Gelu;
    double layerNormEps = 1e-5;  // BERT and RoBERTa use 1e-12
    int numClasses = 0;          // > 0 adds a sequence-classification head
    PositionEncoding positionEncoding = PositionEncoding::Absolute;
    BlockLayout layout = BlockLayout::Family;
    double ropeBase = 10000.0;  // RoPE: theta_i = base^(-2i / head width)

    // AWD-LSTM regularisation (Merity et al. 2017; the values ULMFiT uses, scaled by 0.7).
    double embedDropout = 0.02;   // drops whole rows of the embedding matrix
    double inputDropout = 0.25;   // locked dropout on the embeddings
    double hiddenDropout = 0.15;  // locked dropout between LSTM layers
    double weightDropout = 0.2;   // DropConnect on the hidden-to-hidden matrices
    double outputDropout = 0.1;   // locked dropout before the output layer

    int ffnWidth() const { return ffn > 0 ? ffn : 4 * embed; }
    int lstmHidden() const { return hidden > 0 ? hidden : 3 * embed; }
    int decoderDepth() const { return decoderLayers > 0 ? decoderLayers : layers; }
};

/// How the corpus becomes training examples: the objective and its options.
struct ObjectiveConfig {
    Objective objective = Objective::Clm;
    bool dynamicMasking = true;     // a new mask each time a sequence is served (RoBERTa)
    int dupeFactor = 1;             // static masking: masked copies per sequence (1 = BERT, 10 =
                                    // RoBERTa's static baseline)
    double maskProb = 0.15;         // share of tokens selected for masked LM (0 < rate < 1)
    double maskTokenShare = 0.8;    // of the selected: replaced by [MASK] (BERT's 80/10/10 split)
    double randomTokenShare = 0.1;  // of the selected: replaced by a random token; the rest kept
    MaskUnit maskUnit = MaskUnit::Token;
    double spanMeanWords = 3.8;  // span masking: mean span length in words, 1 to 5.5 (SpanBERT:
                                 // Geo(0.2) cut at 10 words and renormalised, mean 3.8)
    // BART noising (Lewis et al. 2019, section 2.2); several may be combined.
    bool tokenMasking = false;
    double tokenMaskRate = 0.15;
    bool tokenDeletion = false;
    double tokenDeleteRate = 0.15;
    bool textInfilling = true;
    double infillRate = 0.3;     // share of tokens covered by masked spans
    double poissonLambda = 3.0;  // mean span length
    bool sentencePermutation = false;
    bool documentRotation = false;
};

/// Which tokenizer a new model gets. Subword tokenizers are trained on the corpus.
struct TokenizerConfig {
    std::string kind = "char";  // "char", "bpe" or "unigram"
    int vocabSize = 0;          // subword vocabulary size; 0 = a size suited to the corpus
    bool vocabUpTo = false;     // vocabSize is a ceiling: a text too short for it gets fewer
};

/// How to train. Learning rate: linear warmup to `lr`, then cosine decay to `minLr` at
/// `decayIters` (0 means "at iters"), constant afterwards.
struct TrainConfig {
    int batch = 12;            // sequences per step (B)
    int iters = 2000;          // total optimizer steps
    double lr = 1e-3;          // peak learning rate
    double minLr = 1e-4;       // floor of the cosine decay
    int warmup = 100;          // linear warmup steps
    int decayIters = 0;        // step at which the cosine reaches minLr; 0 = iters
    double weightDecay = 0.1;  // AdamW decay, applied to matrices only (not biases, norms)
    double beta1 = 0.9;
    double beta2 = 0.99;
    double gradClip = 1.0;      // max global gradient norm; 0 disables clipping
    int evalEvery = 250;        // evaluate (and checkpoint) every N steps, and at the end
    int evalIters = 20;         // batches averaged per evaluation
    double valFraction = 0.1;   // last fraction of the corpus held out for validation
    std::uint64_t seed = 1337;  // same seed + same thread count = same run
    int threads = 0;            // torch intra-op threads; 0 = all cores
    ObjectiveConfig objective;  // what the model learns to predict
    TokenizerConfig tokenizer;  // how text becomes tokens
};

/// A named model size offered by the GUI ("tiny", "small", "medium").
struct SizePreset {
    std::string name;
    std::string description;
    ModelConfig model;
    int batch = 12;
};
std::vector<SizePreset> sizePresets();

/// A model configuration with the family's usual settings (activation, LayerNorm epsilon,
/// LSTM sizes) for a given size; used by the CLI and the GUI when the family changes.
ModelConfig familyDefaults(ModelFamily family, const ModelConfig& size);

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

/// Checks a configuration; throws lmw::Error naming the first bad field. Models of more than
/// kMaxParameters parameters are refused too.
void validateConfig(const ModelConfig& model, const TrainConfig& train);
constexpr std::int64_t kMaxParameters = 2000000000;  // 8 GB of float32 weights

/// Before a model is built from a file (a checkpoint, a Hugging Face folder): throws lmw::Error
/// when its weights, twice over (the file's copy and the model's), exceed the free memory.
void requireWeightsFit(const ModelConfig& model);

/// Human-readable "1.23 M" / "456 k" style count, and "1.2 GiB" style byte size.
std::string formatCount(std::int64_t n);
std::string formatBytes(std::int64_t bytes);

}  // namespace lmw
