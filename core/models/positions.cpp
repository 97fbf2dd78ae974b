#include "models/positions.h"

#include "api/error.h"

namespace lmw {

RopeTables ropeTables(int64_t T, int64_t d, double base) {
    TORCH_CHECK(d % 2 == 0, "rotary positions need an even head width");
    const int64_t half = d / 2;
    auto i = torch::arange(half, torch::kDouble);  // (d/2)
    auto theta = torch::pow(torch::tensor(base, torch::kDouble), -2.0 * i / double(d));
    auto angles = torch::arange(T, torch::kDouble).unsqueeze(1) * theta.unsqueeze(0);  // (T, d/2)
    return {angles.cos().to(torch::kFloat), angles.sin().to(torch::kFloat)};
}

torch::Tensor applyRope(const torch::Tensor& x, const RopeTables& t) {
    const int64_t T = x.size(2), half = x.size(3) / 2;
    auto cos = t.cos.slice(0, 0, T).to(x.dtype());  // (T, d/2), broadcast over B and H
    auto sin = t.sin.slice(0, 0, T).to(x.dtype());
    auto a = x.narrow(3, 0, half), b = x.narrow(3, half, half);
    return torch::cat({a * cos - b * sin, b * cos + a * sin}, 3);
}

torch::Tensor alibiBias(int64_t heads, int64_t Tq, int64_t Tk) {
    const std::vector<double> slopes = alibiSlopes(int(heads));
    auto m = torch::tensor(slopes, torch::kDouble).view({heads, 1, 1});
    auto dist = (torch::arange(Tq, torch::kDouble).unsqueeze(1) -
                 torch::arange(Tk, torch::kDouble).unsqueeze(0))
                    .abs();
    return (-m * dist.unsqueeze(0)).to(torch::kFloat);  // (H, Tq, Tk)
}

AttentionPositions::AttentionPositions(PositionEncoding encoding, int64_t heads, int64_t headWidth,
                                       int64_t maxLength, double ropeBase)
    : encoding_(encoding) {
    if (encoding_ == PositionEncoding::Rope) rope_ = ropeTables(maxLength, headWidth, ropeBase);
    if (encoding_ == PositionEncoding::Alibi) alibi_ = alibiBias(heads, maxLength, maxLength);
}

void AttentionPositions::rotate(torch::Tensor& q, torch::Tensor& k) const {
    if (encoding_ != PositionEncoding::Rope) return;
    TORCH_CHECK(q.size(2) <= rope_.cos.size(0) && k.size(2) <= rope_.cos.size(0), "sequence of ",
                std::max(q.size(2), k.size(2)), " tokens exceeds the context of ",
                rope_.cos.size(0));
    q = applyRope(q, rope_);
    k = applyRope(k, rope_);
}

torch::Tensor AttentionPositions::bias(int64_t Tq, int64_t Tk) const {
    if (encoding_ != PositionEncoding::Alibi) return {};
    TORCH_CHECK(Tq <= alibi_.size(1) && Tk <= alibi_.size(2), "sequence of ", std::max(Tq, Tk),
                " tokens exceeds the context of ", alibi_.size(1));
    return alibi_.slice(1, 0, Tq).slice(2, 0, Tk);
}

AttentionPositions attentionPositionsFor(const ModelConfig& cfg) {
    const int64_t length = cfg.positions > 0 ? cfg.positions : cfg.block;
    return AttentionPositions(cfg.positionEncoding, cfg.heads, cfg.embed / std::max(1, cfg.heads),
                              length, cfg.ropeBase);
}

}  // namespace lmw
