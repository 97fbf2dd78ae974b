// The LibTorch parts of transfer learning, behind api/transfer.h: layer groups of every family,
// freezing, the discriminative AdamW optimizer, texts as padded, length-bucketed batches and
// the checks of the fine-tuning settings. The loops that use them are in training/fine_tune.h.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

#include "api/transfer.h"
#include "data/tokenizer.h"
#include "models/common.h"
#include "util/rng.h"

namespace lmw {

/// Parameter groups of a model from the input side to the output side, with names for people.
/// LSTM: its layerGroups(). Transformers, by parameter name: the embeddings, one group per block
/// (BART: encoder blocks, then decoder blocks), then everything after the last block (final
/// norms, LM and classification heads).
struct LayerGroups {
    std::vector<std::string> names;
    std::vector<std::vector<torch::Tensor>> params;
    int size() const { return int(params.size()); }
};
LayerGroups transferGroups(LanguageModel& model);

/// Makes the last `trainable` groups trainable and freezes the others (requires_grad off and
/// gradients dropped, so that AdamW leaves them alone). Returns the freeze map.
std::vector<bool> setTrainableGroups(LayerGroups& groups, int trainable);

/// AdamW with one parameter group per layer group (decay on every parameter, as fastai does).
std::unique_ptr<torch::optim::AdamW> discriminativeOptimizer(const LayerGroups& groups,
                                                             double beta1, double beta2,
                                                             double weightDecay);
void setGroupRates(torch::optim::AdamW& optimizer, const std::vector<double>& rates);

/// `text` as token ids for `tok`. Character tokenizers drop characters outside their
/// vocabulary instead of failing (a pretrained vocabulary meets new text).
std::vector<int32_t> encodeLenient(const Tokenizer& tok, const std::string& text);
std::string filterToVocabulary(const Tokenizer& tok, const std::string& text);

/// One labelled text as the classifier reads it (the ids TextGenerator::classify would build).
struct EncodedText {
    std::vector<int64_t> ids;
    int label = 0;
};
/// Encodes every example; texts that end up empty are left out (their count in `dropped`).
std::vector<EncodedText> encodeDataset(const LanguageModel& model, const Tokenizer& tok,
                                       const LabelledDataset& data, int* dropped = nullptr);

/// Batches of example indices. With `rng`: shuffled, then sorted by length inside chunks of 50
/// batches so that each batch holds texts of similar length (fastai's "sortish" sampler), batch
/// order shuffled. Without: sorted by length. A last batch of one example joins the one before
/// (batch norm needs two).
std::vector<std::vector<std::size_t>> lengthBuckets(const std::vector<EncodedText>& data, int batch,
                                                    Rng* rng);

/// Pads the chosen examples on the right with `padId`: input (B, T), attentionMask (B, T) with
/// 1 for tokens, classLabels (B).
Batch padBatch(const std::vector<EncodedText>& data, const std::vector<std::size_t>& indices,
               int64_t padId);

/// Copies every parameter and buffer of `from` whose name and shape `to` shares; returns how
/// many tensors were copied.
int copyMatchingWeights(torch::nn::Module& from, torch::nn::Module& to);

/// Checks a classifier configuration; throws lmw::Error naming the first bad value.
void validateClassifierConfig(const ClassifierConfig& c);
void validateLmFineTuneConfig(const LmFineTuneConfig& c);

}  // namespace lmw
