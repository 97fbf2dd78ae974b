// Where training batches come from: one ExampleSource per objective turns a tokenized corpus
// into Batch tensors (causal LM windows, masked sequences, sentence pairs, noised documents).
// Every random choice is drawn from the caller's generator, so that a checkpoint's generator
// state is enough to resume the exact same stream of batches.
#pragma once

#include <torch/torch.h>

#include <memory>

#include "api/configs.h"
#include "data/corpus.h"
#include "models/common.h"

namespace lmw {

enum class Split { Train, Val };

class ExampleSource {
public:
    virtual ~ExampleSource() = default;
    /// A batch of `batchSize` examples of the given split.
    virtual Batch next(Split split, int64_t batchSize, at::Generator& gen) = 0;
};

/// The example source for `objective` (throws lmw::Error when the corpus cannot feed it, e.g.
/// next-sentence prediction on a text without documents).
std::unique_ptr<ExampleSource> makeExamples(const ModelConfig& model, const ObjectiveConfig& objective,
                                            const Corpus& corpus, uint64_t seed);

/// Causal LM: random windows of `block` tokens; labels are the same windows shifted by one.
class ClmExamples : public ExampleSource {
public:
    ClmExamples(const Corpus& corpus, int64_t block);
    Batch next(Split split, int64_t batchSize, at::Generator& gen) override;

private:
    torch::Tensor train_, val_;  // (N) int64
    int64_t block_;
};

}  // namespace lmw
