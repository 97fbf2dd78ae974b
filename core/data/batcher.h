// Random-window batching over a token stream (nanoGPT's get_batch): B random offsets, inputs
// are T tokens from each offset, targets the same window shifted by one.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace lmw {

class Batcher {
public:
    Batcher() = default;
    explicit Batcher(const std::vector<std::int32_t>& tokens);
    /// (x, y), both (B, T) int64. Offsets are drawn from `gen`.
    std::pair<torch::Tensor, torch::Tensor> sample(int64_t B, int64_t T, at::Generator& gen) const;
    int64_t size() const { return data_.defined() ? data_.size(0) : 0; }

private:
    torch::Tensor data_;  // (N) int64
};

}  // namespace lmw
