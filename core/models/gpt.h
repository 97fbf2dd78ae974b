// GPT-style decoder (Radford et al. 2018; GPT-2 2019; layout after nanoGPT's model.py):
// token + learned position embeddings, pre-LayerNorm blocks with causal multi-head
// self-attention and a GELU MLP, a final LayerNorm, and an output head tied to the token
// embedding. Submodule names follow Hugging Face's GPT-2 keys (wte, wpe, h.N.attn.c_attn, ...).
//
// Shapes: B = batch, T = sequence length (<= block), C = embed, H = heads, V = vocab.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "api/configs.h"

namespace lmw {

/// LayerNorm with an optional bias (torch::nn::LayerNorm always has one).
class LayerNormImpl : public torch::nn::Cloneable<LayerNormImpl> {
public:
    LayerNormImpl(int64_t dim, bool bias);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight, bias;

private:
    int64_t dim_;
    bool hasBias_;
};
TORCH_MODULE(LayerNorm);

class CausalSelfAttentionImpl : public torch::nn::Cloneable<CausalSelfAttentionImpl> {
public:
    explicit CausalSelfAttentionImpl(const ModelConfig& cfg);
    void reset() override;
    /// x: (B, T, C) -> (B, T, C). When `probs` is given, the post-softmax attention (B, H, T, T)
    /// is appended to it (detached); otherwise nothing is kept.
    torch::Tensor forward(const torch::Tensor& x, std::vector<torch::Tensor>* probs = nullptr);
    torch::nn::Linear c_attn{nullptr}, c_proj{nullptr};
    torch::nn::Dropout attn_dropout{nullptr}, resid_dropout{nullptr};

private:
    ModelConfig cfg_;
    torch::Tensor causal_;  // (block, block) bool, true = masked (key after query)
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
    torch::Tensor forward(const torch::Tensor& x, std::vector<torch::Tensor>* probs = nullptr);
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
    /// idx: (B, T) int64 token ids, T <= block -> logits (B, T, V).
    torch::Tensor forward(const torch::Tensor& idx, std::vector<torch::Tensor>* probs = nullptr);
    const ModelConfig& config() const { return cfg_; }

    torch::nn::Embedding wte{nullptr}, wpe{nullptr};
    torch::nn::Dropout drop{nullptr};
    torch::nn::ModuleList h{nullptr};
    LayerNorm ln_f{nullptr};

private:
    void initWeights();
    ModelConfig cfg_;
};
TORCH_MODULE(Gpt);

/// Cross-entropy of logits (B, T, V) against targets (B, T), averaged over all positions.
torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets);

}  // namespace lmw
