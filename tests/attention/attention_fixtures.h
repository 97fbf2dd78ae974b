// Attention maps made up for the attention explorer's tests, benchmark and screenshots:
// softmax rows from a seeded generator (with causal zeros), hand-made values, padding, and a
// BART-like snapshot with encoder, decoder and cross-attention of different lengths.
#pragma once

#include "api/inspect.h"

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace lmw::test {

inline std::vector<std::string> numberedTokens(int n, const std::string& stem = "t") {
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back(stem + std::to_string(i));
    return out;
}

/// Each row a softmax over the visible keys of random logits (sharpened so some cells stand
/// out); masked keys get exactly 0.
inline AttentionMap randomMap(const std::string& kind, int layer, int heads, int queries, int keys,
                              bool causal, unsigned seed, std::vector<std::string> queryTokens = {},
                              std::vector<std::string> keyTokens = {}) {
    AttentionMap m;
    m.kind = kind;
    m.layer = layer;
    m.heads = heads;
    m.queries = queries;
    m.keys = keys;
    m.causal = causal;
    m.queryTokens = queryTokens.empty() ? numberedTokens(queries, "q") : std::move(queryTokens);
    m.keyTokens = keyTokens.empty() ? numberedTokens(keys, "k") : std::move(keyTokens);
    m.queryPadding.assign(std::size_t(queries), false);
    m.keyPadding.assign(std::size_t(keys), false);
    m.weights.assign(std::size_t(heads) * queries * keys, 0.0F);
    std::mt19937 rng(seed);
    std::normal_distribution<float> logit(0.0F, 1.6F);
    for (int h = 0; h < heads; ++h) {
        for (int q = 0; q < queries; ++q) {
            float* row = m.weights.data() + (std::size_t(h) * queries + q) * keys;
            const int end = causal ? std::min(keys, q + 1) : keys;
            float sum = 0.0F;
            for (int k = 0; k < end; ++k) {
                row[k] = std::exp(logit(rng));
                sum += row[k];
            }
            for (int k = 0; k < end; ++k) row[k] /= sum;
        }
    }
    return m;
}

/// A snapshot of a GPT-like model: `layers` causal maps.
inline AttentionSnapshot causalSnapshot(std::int64_t step, int layers, int heads, int tokens,
                                        unsigned seed = 1) {
    AttentionSnapshot s;
    s.step = step;
    s.text = "sample text";
    for (int l = 0; l < layers; ++l) {
        s.maps.push_back(
            randomMap("causal", l, heads, tokens, tokens, true, seed * 1000 + unsigned(l)));
    }
    return s;
}

/// A BART-like snapshot: encoder (self, `source` tokens), decoder (causal, `target` tokens)
/// and cross (target x source) maps for each layer.
inline AttentionSnapshot bartSnapshot(std::int64_t step, int layers, int heads, int source,
                                      int target, unsigned seed = 7) {
    AttentionSnapshot s;
    s.step = step;
    s.text = "bart sample";
    const auto src = numberedTokens(source, "src");
    const auto tgt = numberedTokens(target, "tgt");
    for (int l = 0; l < layers; ++l) {
        s.maps.push_back(randomMap("encoder", l, heads, source, source, false, seed + l, src, src));
    }
    for (int l = 0; l < layers; ++l) {
        s.maps.push_back(
            randomMap("decoder", l, heads, target, target, true, seed + 100 + l, tgt, tgt));
        s.maps.push_back(
            randomMap("cross", l, heads, target, source, false, seed + 200 + l, tgt, src));
    }
    return s;
}

}  // namespace lmw::test
