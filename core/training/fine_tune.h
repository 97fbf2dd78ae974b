// The fine-tuning loops of ULMFiT's stages 2 and 3 (the functions of api/transfer.h), and the
// classifier loop on encoded data, exposed so that tests can watch the model between epochs.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "transfer/transfer_parts.h"

namespace lmw {

/// Classifier training on encoded data (fineTuneClassifier without the files). `beforeEpoch`
/// and `afterEpoch` (0-based epoch) see the model once the freeze map of the epoch is applied
/// and when the epoch's training steps are done.
struct ClassifierHooks {
    std::function<void(int epoch, LanguageModel& model, const LayerGroups& groups)> beforeEpoch;
    std::function<void(int epoch, LanguageModel& model, const LayerGroups& groups)> afterEpoch;
};
ClassifierResult trainClassifierModel(LanguageModel& model, const std::vector<EncodedText>& train,
                                      const std::vector<EncodedText>& val,
                                      const std::vector<EncodedText>& test,
                                      const std::vector<std::string>& labels,
                                      const ClassifierConfig& config,
                                      const TransferCallbacks& callbacks, const std::string& run,
                                      const ClassifierHooks& hooks = {});

}  // namespace lmw
