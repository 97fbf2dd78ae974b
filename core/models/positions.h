// Position information inside attention, for the encodings that add no position vectors:
// rotary positions (RoPE, Su et al. 2021, "RoFormer", section 3.4) and ALiBi (Press et al.
// 2021, "Train Short, Test Long", section 3). Learned absolute positions live in each family's
// embedding instead.
//
// RoPE rotates each pair (x[i], x[i + d/2]) of a query or key of head width d by the angle
// p * theta_i at position p, theta_i = base^(-2i/d) (the "rotate half" pairing Hugging Face's
// GPT-NeoX and LLaMA use). The dot product of a rotated query at p and key at q then depends on
// p - q only. ALiBi adds -m_h * |p - q| to head h's scores (the causal mask hides q > p, so a
// decoder sees -m_h * (p - q) as in the paper); m_h comes from alibiSlopes().
//
// Shapes: B = batch, H = heads, T = length, d = head width.
#pragma once

#include <torch/torch.h>

#include "api/configs.h"

namespace lmw {

/// Rotation tables for positions 0..T-1: cos and sin, each (T, d/2). d must be even.
struct RopeTables {
    torch::Tensor cos, sin;
};
RopeTables ropeTables(int64_t T, int64_t headWidth, double base);

/// x (B, H, T, d) rotated by the tables' first T rows -> (B, H, T, d).
torch::Tensor applyRope(const torch::Tensor& x, const RopeTables& tables);

/// ALiBi's additive bias (H, Tq, Tk): -slope_h * |i - j| for query i and key j.
torch::Tensor alibiBias(int64_t heads, int64_t Tq, int64_t Tk);

/// What one self-attention layer adds for its model's position encoding: nothing (absolute),
/// a rotation of queries and keys (RoPE), or a bias (ALiBi). Tables are built once for the
/// model's longest sequence and sliced.
class AttentionPositions {
public:
    AttentionPositions() = default;
    AttentionPositions(PositionEncoding encoding, int64_t heads, int64_t headWidth,
                       int64_t maxLength, double ropeBase);
    PositionEncoding encoding() const { return encoding_; }
    /// q and k (B, H, T, d) rotated in place of the originals (RoPE); unchanged otherwise.
    void rotate(torch::Tensor& q, torch::Tensor& k) const;
    /// The bias to add to scores (H, Tq, Tk) for ALiBi; undefined otherwise.
    torch::Tensor bias(int64_t Tq, int64_t Tk) const;

private:
    PositionEncoding encoding_ = PositionEncoding::Absolute;
    RopeTables rope_;
    torch::Tensor alibi_;  // (H, maxLength, maxLength)
};

/// The self-attention positions of a model: its encoding, heads and head width, for sequences
/// up to `positions` (or `block`) tokens.
AttentionPositions attentionPositionsFor(const ModelConfig& cfg);

}  // namespace lmw
