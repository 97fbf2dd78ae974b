#include "models/attention.h"

#include <cmath>

namespace lmw {

MultiHeadAttentionImpl::MultiHeadAttentionImpl(int64_t embed, int64_t heads, double dropout,
                                               bool bias, AttentionPositions positions)
    : embed_(embed), heads_(heads), p_(dropout), bias_(bias), positions_(std::move(positions)) {
    reset();
}

void MultiHeadAttentionImpl::reset() {
    auto make = [this](const char* name) {
        return register_module(
            name, torch::nn::Linear(torch::nn::LinearOptions(embed_, embed_).bias(bias_)));
    };
    q_proj = make("q_proj");
    k_proj = make("k_proj");
    v_proj = make("v_proj");
    out_proj = make("out_proj");
    dropout = register_module("dropout", torch::nn::Dropout(p_));
}

torch::Tensor MultiHeadAttentionImpl::forward(const torch::Tensor& query,
                                              const torch::Tensor& keyValue,
                                              const torch::Tensor& mask, torch::Tensor* probs) {
    const int64_t B = query.size(0), Tq = query.size(1), Tk = keyValue.size(1);
    const int64_t H = heads_, hs = embed_ / heads_;
    auto q = q_proj(query).view({B, Tq, H, hs}).transpose(1, 2);     // (B, H, Tq, hs)
    auto k = k_proj(keyValue).view({B, Tk, H, hs}).transpose(1, 2);  // (B, H, Tk, hs)
    auto v = v_proj(keyValue).view({B, Tk, H, hs}).transpose(1, 2);  // (B, H, Tk, hs)
    positions_.rotate(q, k);                                         // RoPE
    auto att =
        torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(hs)));  // (B,H,Tq,Tk)
    const torch::Tensor distance = positions_.bias(Tq, Tk);  // ALiBi: (H, Tq, Tk)
    if (distance.defined()) att = att + distance;
    if (mask.defined()) att = att + mask;
    att = torch::softmax(att, -1);
    if (probs) *probs = att.detach();
    auto y = torch::matmul(dropout(att), v);                   // (B, H, Tq, hs)
    y = y.transpose(1, 2).contiguous().view({B, Tq, embed_});  // (B, Tq, C)
    return out_proj(y);
}

}  // namespace lmw
