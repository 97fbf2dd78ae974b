#include "data/batcher.h"

namespace lmw {

Batcher::Batcher(const std::vector<std::int32_t>& tokens) {
    data_ = torch::from_blob(const_cast<std::int32_t*>(tokens.data()),
                             {static_cast<int64_t>(tokens.size())}, torch::kInt32)
                .to(torch::kLong);  // owns a copy
}

std::pair<torch::Tensor, torch::Tensor> Batcher::sample(int64_t B, int64_t T,
                                                        at::Generator& gen) const {
    const int64_t N = data_.size(0);
    auto offsets = torch::randint(0, N - T, {B, 1}, gen, torch::kLong);  // (B, 1)
    auto idx = offsets + torch::arange(T, torch::kLong).unsqueeze(0);     // (B, T)
    return {data_.index({idx}), data_.index({idx + 1})};
}

}  // namespace lmw
