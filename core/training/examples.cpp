#include "training/examples.h"

#include "api/error.h"

namespace lmw {

namespace {
torch::Tensor toTensor(const std::vector<int32_t>& tokens) {
    return torch::from_blob(const_cast<int32_t*>(tokens.data()), {int64_t(tokens.size())}, torch::kInt32)
        .to(torch::kLong);  // owns a copy
}
}  // namespace

ClmExamples::ClmExamples(const Corpus& corpus, int64_t block)
    : train_(toTensor(corpus.train)), val_(toTensor(corpus.val)), block_(block) {}

Batch ClmExamples::next(Split split, int64_t B, at::Generator& gen) {
    const torch::Tensor& data = split == Split::Train ? train_ : val_;
    const int64_t N = data.size(0), T = block_;
    auto offsets = torch::randint(0, N - T, {B, 1}, gen, torch::kLong);  // (B, 1)
    auto idx = offsets + torch::arange(T, torch::kLong).unsqueeze(0);    // (B, T)
    Batch b;
    b.input = data.index({idx});
    b.labels = data.index({idx + 1});
    return b;
}

std::unique_ptr<ExampleSource> makeExamples(const ModelConfig& model, const ObjectiveConfig& objective,
                                            const Corpus& corpus, uint64_t /*seed*/) {
    switch (objective.objective) {
        case Objective::Clm: return std::make_unique<ClmExamples>(corpus, model.block);
        default: break;
    }
    throw Error("The '" + objectiveName(objective.objective) + "' objective is not available yet.");
}

}  // namespace lmw
