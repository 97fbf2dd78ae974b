// BART-style encoder-decoder (Lewis et al. 2019), as in Hugging Face's
// BartForConditionalGeneration: one token embedding shared by encoder and decoder, learned
// positions (offset by 2, HF's convention), LayerNorm on the embeddings, post-LN blocks, a
// causal decoder self-attention, cross-attention to the encoder's output, and an output head
// tied to the shared embedding plus a final logits bias. Greedy and beam-search decoding.
//
// Shapes: B = batch, T = source length, S = target length, C = width, V = vocabulary.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "models/attention.h"
#include "models/common.h"

namespace lmw {

class BartEncoderLayerImpl : public torch::nn::Cloneable<BartEncoderLayerImpl> {
public:
    explicit BartEncoderLayerImpl(const ModelConfig& cfg);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask, torch::Tensor* probs);
    MultiHeadAttention self_attn{nullptr};
    LayerNorm self_attn_layer_norm{nullptr}, final_layer_norm{nullptr};
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    ModelConfig cfg_;
};
TORCH_MODULE(BartEncoderLayer);

class BartDecoderLayerImpl : public torch::nn::Cloneable<BartDecoderLayerImpl> {
public:
    explicit BartDecoderLayerImpl(const ModelConfig& cfg);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& y, const torch::Tensor& selfMask,
                          const torch::Tensor& memory, const torch::Tensor& memoryMask,
                          torch::Tensor* selfProbs, torch::Tensor* crossProbs);
    MultiHeadAttention self_attn{nullptr}, encoder_attn{nullptr};
    LayerNorm self_attn_layer_norm{nullptr}, encoder_attn_layer_norm{nullptr},
        final_layer_norm{nullptr};
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    ModelConfig cfg_;
};
TORCH_MODULE(BartDecoderLayer);

class BartImpl : public torch::nn::Cloneable<BartImpl> {
public:
    /// Position tables have `positions` (or `block`) + 2 rows: Hugging Face offsets BART's
    /// positions by 2.
    static constexpr int64_t kPositionOffset = 2;

    explicit BartImpl(const ModelConfig& cfg);
    void reset() override;
    /// source (B, T) -> memory (B, T, C). Attention maps: kind "encoder".
    torch::Tensor encode(const torch::Tensor& source, const torch::Tensor& sourceMask,
                         Recorder* rec);
    /// decoderInput (B, S) -> logits (B, S, V). Attention maps: "decoder" and "cross".
    torch::Tensor decode(const torch::Tensor& decoderInput, const torch::Tensor& memory,
                         const torch::Tensor& sourceMask, Recorder* rec);
    const ModelConfig& config() const { return cfg_; }

    torch::nn::Embedding shared{nullptr}, encoder_positions{nullptr}, decoder_positions{nullptr};
    LayerNorm encoder_norm{nullptr}, decoder_norm{nullptr};  // layernorm_embedding
    torch::nn::ModuleList encoder_layers{nullptr}, decoder_layers{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::Tensor final_logits_bias;                                   // buffer (1, V)
    torch::nn::Linear classifier_dense{nullptr}, classifier{nullptr};  // numClasses > 0

private:
    torch::Tensor embed(torch::nn::Embedding positions, LayerNorm norm,  // holders: shared handles
                        const torch::Tensor& ids);
    ModelConfig cfg_;
};
TORCH_MODULE(Bart);

/// Settings for BART's generation.
struct Seq2SeqOptions {
    int maxTokens = 64;  // new tokens at most
    int beams = 1;       // 1 = greedy
    double lengthPenalty = 1.0;
    bool stopAtEos = true;  // end a hypothesis when it produces eosId
    int64_t startId = 2;    // decoder start token (HF: decoder_start_token_id)
    int64_t eosId = 2;
};

class BartModel : public LanguageModel {
public:
    explicit BartModel(const ModelConfig& cfg);
    explicit BartModel(Bart net) : net_(std::move(net)) {}
    /// Uses b.input (source), b.attentionMask, b.decoderInput and b.labels (target).
    ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) override;
    torch::nn::Module& module() override { return *net_; }
    std::shared_ptr<LanguageModel> clone() const override;
    const ModelConfig& config() const override { return net_->config(); }
    Bart& net() { return net_; }

    /// Decodes one source sequence (1, T) -> generated ids (without the start token).
    std::vector<int64_t> generate(const torch::Tensor& source, const Seq2SeqOptions& options);

private:
    Bart net_;
};

/// Hugging Face's shift_tokens_right: prepend `startId`, drop the last token, and turn
/// ignored labels into padding. labels (B, S) -> decoder input (B, S).
torch::Tensor shiftTokensRight(const torch::Tensor& labels, int64_t padId, int64_t startId);

}  // namespace lmw
