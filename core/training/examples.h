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
    /// State beyond the generator that a resumed run needs (e.g. how many training examples
    /// static masking has served); saved in checkpoints.
    virtual int64_t servedCount() const { return 0; }
    virtual void setServedCount(int64_t) {}
};

/// The example source for `objective` (throws lmw::Error when the corpus cannot feed it, e.g.
/// next-sentence prediction on a text without documents).
std::unique_ptr<ExampleSource> makeExamples(const ModelConfig& model,
                                            const ObjectiveConfig& objective, const Corpus& corpus,
                                            uint64_t seed);

/// Causal LM: random windows of `block` tokens; labels are the same windows shifted by one.
class ClmExamples : public ExampleSource {
public:
    ClmExamples(const Corpus& corpus, int64_t block);
    Batch next(Split split, int64_t batchSize, at::Generator& gen) override;

private:
    torch::Tensor train_, val_;  // (N) int64
    int64_t block_;
};

/// Masked LM (RoBERTa's FULL-SENTENCES style): the split is cut into windows of block - 2
/// tokens, each wrapped in [CLS]/<s> ... [SEP]/</s>. Static masking derives a sequence's mask
/// from (seed, index, round); dynamic masking draws a new one every time. Validation always
/// uses the same masks, so its loss is comparable across evaluations.
class MlmExamples : public ExampleSource {
public:
    MlmExamples(const Corpus& corpus, const ModelConfig& model, const ObjectiveConfig& objective,
                uint64_t seed);
    Batch next(Split split, int64_t batchSize, at::Generator& gen) override;
    int64_t servedCount() const override { return served_; }
    void setServedCount(int64_t n) override { served_ = n; }

private:
    std::vector<int32_t> window(Split split, int64_t index) const;
    const Corpus& corpus_;
    int64_t block_;
    bool dynamic_;
    int64_t served_ = 0;
    struct Masker;
    std::shared_ptr<Masker> masker_;
};

/// Masked LM + next-sentence prediction (BERT): sentence pairs [CLS] A [SEP] B [SEP] from the
/// corpus's documents (separated by blank lines), masked as above, padded to the context.
class NspExamples : public ExampleSource {
public:
    NspExamples(const Corpus& corpus, const ModelConfig& model, const ObjectiveConfig& objective,
                uint64_t seed);
    Batch next(Split split, int64_t batchSize, at::Generator& gen) override;
    int64_t servedCount() const override { return served_; }
    void setServedCount(int64_t n) override { served_ = n; }

private:
    struct Data;
    std::shared_ptr<Data> data_;
    int64_t served_ = 0;
};

/// BART denoising: runs of consecutive sentences of one document (up to the context), noised
/// (masking, deletion, infilling, permutation, rotation as configured); the model reads the
/// noised text and is trained to write the original.
class DenoiseExamples : public ExampleSource {
public:
    DenoiseExamples(const Corpus& corpus, const ModelConfig& model,
                    const ObjectiveConfig& objective);
    Batch next(Split split, int64_t batchSize, at::Generator& gen) override;

private:
    struct Data;
    std::shared_ptr<Data> data_;
};

}  // namespace lmw
