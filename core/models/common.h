// Building blocks shared by every model family: the batch and output structs the trainer
// passes around, the attention recorder behind the heatmaps, LayerNorm with an optional bias,
// activations, masks, and the LanguageModel interface each family implements.
//
// Shapes: B = batch, T = (encoder) sequence length, S = decoder length, C = width, V = vocab.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "api/configs.h"

namespace lmw {

/// Label value that the losses ignore (positions that are not predicted).
constexpr int64_t kIgnoreIndex = -100;

/// One batch of examples. Undefined tensors mean "not used by this objective".
struct Batch {
    torch::Tensor input;          // (B, T) int64 token ids (the encoder's input for BART)
    torch::Tensor attentionMask;  // (B, T) 1 = token, 0 = padding; undefined = no padding
    torch::Tensor tokenTypes;     // (B, T) BERT segment ids
    torch::Tensor labels;         // (B, T) or (B, S): the target of each position, or kIgnoreIndex
    torch::Tensor nspLabels;      // (B) 0 = B follows A, 1 = B is random
    torch::Tensor decoderInput;   // (B, S) BART: the target shifted right behind the start token
    torch::Tensor classLabels;    // (B) sequence classification
};

struct ModelOutput {
    torch::Tensor logits;       // (B, T, V), or (B, S, V) for BART
    torch::Tensor nspLogits;    // (B, 2) BERT
    torch::Tensor classLogits;  // (B, classes) when a classification head is present
    torch::Tensor loss;         // scalar when the batch has labels
};

/// One attention map: post-softmax probabilities of one layer, all heads.
struct AttentionRecord {
    std::string kind;  // "causal", "self", "encoder", "decoder" or "cross"
    int layer = 0;
    torch::Tensor probs;  // (B, H, Tq, Tk), detached
};

/// Filled by a forward pass when given; costs nothing when absent.
struct Recorder {
    bool hidden = false;  // also keep the hidden states
    std::vector<AttentionRecord> attentions;
    std::vector<torch::Tensor> hiddenStates;  // embeddings, then after each layer (HF's order)
    void attention(const std::string& kind, int layer, const torch::Tensor& probs) {
        attentions.push_back({kind, layer, probs.detach()});
    }
    void state(const torch::Tensor& h) {
        if (hidden) hiddenStates.push_back(h.detach());
    }
};

/// LayerNorm with an optional bias (torch::nn::LayerNorm always has one) and a chosen epsilon.
class LayerNormImpl : public torch::nn::Cloneable<LayerNormImpl> {
public:
    LayerNormImpl(int64_t dim, bool bias, double eps = 1e-5);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight, bias;

private:
    int64_t dim_;
    bool hasBias_;
    double eps_;
};
TORCH_MODULE(LayerNorm);

torch::Tensor activate(const torch::Tensor& x, Activation a);

/// Additive attention mask from a (B, T) 1/0 padding mask: (B, 1, 1, T), 0 for tokens and the
/// lowest float for padding (as Hugging Face does, so a fully padded row stays finite).
torch::Tensor paddingMask(const torch::Tensor& attentionMask);
/// Additive causal mask (T, T): 0 on and below the diagonal, the lowest float above it.
torch::Tensor causalMask(int64_t T);

/// Cross-entropy over (..., V) logits and (...) labels, ignoring kIgnoreIndex.
torch::Tensor tokenLoss(const torch::Tensor& logits, const torch::Tensor& labels);

/// What every family offers the trainer, the checkpoint code and the inspectors.
class LanguageModel {
public:
    virtual ~LanguageModel() = default;
    virtual ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) = 0;
    virtual torch::nn::Module& module() = 0;
    virtual std::shared_ptr<LanguageModel> clone() const = 0;
    virtual const ModelConfig& config() const = 0;
    /// Parameter groups from the input side to the output side (ULMFiT's discriminative
    /// learning rates and gradual unfreezing); by default one group with everything.
    virtual std::vector<std::vector<torch::Tensor>> layerGroups();
    /// Decoders can continue text; encoders fill masks; BART maps a source to a target.
    virtual bool isCausal() const { return false; }
};
using ModelPtr = std::shared_ptr<LanguageModel>;

/// A new, randomly initialised model of `config.family` (the only switch over families).
ModelPtr makeModel(const ModelConfig& config);

/// GPT-2 style initialisation: N(0, 0.02) for matrices, zero biases, unit norms; weights whose
/// name contains `scaledName` get std 0.02 / sqrt(2 * layers) (residual projections).
void initTransformerWeights(torch::nn::Module& module, int layers, const std::string& scaledName);

}  // namespace lmw
