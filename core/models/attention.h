// Multi-head attention with separate query, key, value and output projections (Vaswani et
// al. 2017, section 3.2.2), as BERT, RoBERTa and BART use it. Self-attention passes the same
// tensor as query and key/value; cross-attention passes the encoder's output as key/value.
#pragma once

#include <torch/torch.h>

#include "models/positions.h"

namespace lmw {

class MultiHeadAttentionImpl : public torch::nn::Cloneable<MultiHeadAttentionImpl> {
public:
    /// `positions` adds rotary or ALiBi positions (self-attention only; cross-attention between
    /// two sequences gets none).
    MultiHeadAttentionImpl(int64_t embed, int64_t heads, double dropout, bool bias = true,
                           AttentionPositions positions = {});
    void reset() override;
    /// query (B, Tq, C), keyValue (B, Tk, C), additive mask broadcastable to (B, H, Tq, Tk) or
    /// undefined -> (B, Tq, C). `probs` receives the post-softmax weights (B, H, Tq, Tk).
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& keyValue,
                          const torch::Tensor& mask, torch::Tensor* probs = nullptr);
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, out_proj{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    int64_t embed_, heads_;
    double p_;
    bool bias_;
    AttentionPositions positions_;
};
TORCH_MODULE(MultiHeadAttention);

}  // namespace lmw
