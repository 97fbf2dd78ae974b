// What the engine shows about a model's inner workings (no torch, no Qt): attention maps with
// their tokens and masks, and per-position predictions. Filled by TextGenerator::attention()
// and, while training, by the attention timeline (TrainingCallbacks::onAttention).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lmw {

/// One layer's post-softmax attention, all heads.
struct AttentionMap {
    std::string kind;  // "causal", "self", "encoder", "decoder" or "cross"
    int layer = 0;
    int heads = 0;
    int queries = 0;                       // rows
    int keys = 0;                          // columns
    std::vector<float> weights;            // heads x queries x keys, row-major
    std::vector<std::string> queryTokens;  // the text of each query position
    std::vector<std::string> keyTokens;    // the text of each key position
    std::vector<bool> queryPadding;        // true where the query position is padding
    std::vector<bool> keyPadding;          // true where the key position is padding
    bool causal = false;                   // keys after the query are masked (decoders)

    float weight(int head, int query, int key) const {
        return weights[(std::size_t(head) * queries + query) * keys + key];
    }
    /// Whether (query, key) is hidden from the model: a future key in a causal map, or padding.
    bool masked(int query, int key) const {
        return (causal && key > query) ||
               (key < int(keyPadding.size()) && keyPadding[std::size_t(key)]);
    }
};

/// The attention of a model on one text at one training step.
struct AttentionSnapshot {
    std::int64_t step = 0;
    std::string text;
    std::vector<AttentionMap> maps;  // in the model's order: layer by layer, per kind
};

/// How likely a model finds each token of a text.
struct TokenPrediction {
    std::string token;                                // the actual token at this position
    double probability = 0;                           // the model's probability for it
    std::vector<std::pair<std::string, double>> top;  // its most likely tokens instead
};

}  // namespace lmw
