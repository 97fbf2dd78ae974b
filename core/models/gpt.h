// GPT-style decoder (Radford et al. 2018; GPT-2 2019; layout after nanoGPT's model.py):
// token + learned position embeddings, pre-LayerNorm blocks with causal multi-head
// self-attention and an MLP, a final LayerNorm, and an output head tied to the token
// embedding. Module names follow Hugging Face's GPT-2 keys (wte, wpe, h.N.attn.c_attn, ...);
// with activation = GeluTanh and biases it is exactly GPT-2's layout (GPT2LMHeadModel).
//
// Position encodings (ModelConfig::positionEncoding): learned absolute positions (wpe, GPT-2's
// own), rotary positions or ALiBi (models/positions.h; no wpe table, no Hugging Face class).
// The same blocks without the causal mask make the encoder of BlockLayout::Gpt
// (GptBlocksEncoder), so the Encoder vs decoder tab compares two models that differ only in
// the attention mask and the objective.
//
// Shapes: B = batch, T = sequence length (<= positions), C = embed, H = heads, V = vocab.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "api/configs.h"
#include "models/common.h"
#include "models/positions.h"

namespace lmw {

class CausalSelfAttentionImpl : public torch::nn::Cloneable<CausalSelfAttentionImpl> {
public:
    explicit CausalSelfAttentionImpl(const ModelConfig& cfg);
    void reset() override;
    /// x: (B, T, C) -> (B, T, C). `mask` is an optional additive padding mask (B, 1, 1, T).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask = {},
                          torch::Tensor* probs = nullptr);
    torch::nn::Linear c_attn{nullptr}, c_proj{nullptr};
    torch::nn::Dropout attn_dropout{nullptr}, resid_dropout{nullptr};

    bool causal() const { return cfg_.family == ModelFamily::Gpt; }

private:
    ModelConfig cfg_;
    torch::Tensor causal_;  // (positions, positions) bool, true = masked (key after query)
    AttentionPositions positions_;
};
TORCH_MODULE(CausalSelfAttention);

class MlpImpl : public torch::nn::Cloneable<MlpImpl> {
public:
    explicit MlpImpl(const ModelConfig& cfg);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);  // (B, T, C) -> (B, T, C)
    torch::nn::Linear c_fc{nullptr}, c_proj{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    ModelConfig cfg_;
};
TORCH_MODULE(Mlp);

class BlockImpl : public torch::nn::Cloneable<BlockImpl> {
public:
    explicit BlockImpl(const ModelConfig& cfg);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask = {},
                          torch::Tensor* probs = nullptr);
    LayerNorm ln_1{nullptr}, ln_2{nullptr};
    CausalSelfAttention attn{nullptr};
    Mlp mlp{nullptr};

private:
    ModelConfig cfg_;
};
TORCH_MODULE(Block);

class GptImpl : public torch::nn::Cloneable<GptImpl> {
public:
    explicit GptImpl(const ModelConfig& cfg);
    void reset() override;
    /// idx: (B, T) int64 token ids, T <= positions -> final hidden states (B, T, C).
    torch::Tensor hidden(const torch::Tensor& idx, const torch::Tensor& attentionMask = {},
                         Recorder* recorder = nullptr);
    /// idx: (B, T) -> logits (B, T, V). `probs` receives each layer's attention (B, H, T, T).
    torch::Tensor forward(const torch::Tensor& idx, std::vector<torch::Tensor>* probs = nullptr);
    const ModelConfig& config() const { return cfg_; }

    torch::nn::Embedding wte{nullptr}, wpe{nullptr};
    torch::nn::Dropout drop{nullptr};
    torch::nn::ModuleList h{nullptr};
    LayerNorm ln_f{nullptr};
    torch::nn::Linear score{nullptr};  // classification head on the last token (numClasses > 0)

private:
    ModelConfig cfg_;
};
TORCH_MODULE(Gpt);

/// The GPT family behind the LanguageModel interface. Labels are already aligned: labels[t]
/// is the token that should follow position t.
class GptModel : public LanguageModel {
public:
    explicit GptModel(const ModelConfig& cfg);
    explicit GptModel(Gpt net) : net_(std::move(net)) {}
    ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) override;
    torch::nn::Module& module() override { return *net_; }
    std::shared_ptr<LanguageModel> clone() const override;
    const ModelConfig& config() const override { return net_->config(); }
    bool isCausal() const override { return true; }
    Gpt& net() { return net_; }

private:
    Gpt net_;
};

/// An encoder of GPT blocks (BlockLayout::Gpt for BERT or RoBERTa): GPT's network without the
/// causal mask, trained with masked LM. Labels are the tokens at their own positions (the
/// masked ones); attention maps are recorded as kind "self".
class GptBlocksEncoder : public LanguageModel {
public:
    explicit GptBlocksEncoder(const ModelConfig& cfg);
    explicit GptBlocksEncoder(Gpt net) : net_(std::move(net)) {}
    ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) override;
    torch::nn::Module& module() override { return *net_; }
    std::shared_ptr<LanguageModel> clone() const override;
    const ModelConfig& config() const override { return net_->config(); }
    Gpt& net() { return net_; }

private:
    Gpt net_;
};

/// Cross-entropy of logits (B, T, V) against targets (B, T), averaged over all positions.
torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets);

}  // namespace lmw
