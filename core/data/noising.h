// Document corruption for denoising pretraining: BART (Lewis et al. 2019), §2.2 "Pre-training
// BART" (token masking, token deletion, text infilling, sentence permutation, document
// rotation) and §5.1 (the large model masks 30% of the tokens with Poisson(λ = 3) spans and
// permutes all sentences). The model reads the noised source and reconstructs the original.
#pragma once

#include <cstdint>
#include <vector>

#include "api/configs.h"
#include "util/rng.h"

namespace lmw {

/// Each token becomes `maskId` independently with probability `rate`.
/// Throws lmw::Error unless 0 <= rate <= 1.
std::vector<std::int32_t> maskTokens(const std::vector<std::int32_t>& ids, double rate,
                                     std::int32_t maskId, Rng& rng);

/// Each token is dropped independently with probability `rate` (the model must find where).
/// Throws lmw::Error unless 0 <= rate <= 1.
std::vector<std::int32_t> deleteTokens(const std::vector<std::int32_t>& ids, double rate, Rng& rng);

/// Text infilling. Span lengths are drawn from Poisson(`lambda`) until they cover
/// round(rate * ids.size()) tokens (the last span is shortened to land exactly there), then the
/// spans are laid over the sequence at a uniformly random non-overlapping arrangement, and each
/// span is replaced by ONE `maskId`, whatever its length. A zero-length span covers nothing and
/// inserts a mask between two tokens (or at either end).
///
/// Spans never overlap, but two may touch (or a zero-length span may sit against another); each
/// still gets its own mask, so the number of masks always equals the number of spans and a run
/// of k masks means k spans. Nothing is ever merged. With rate 0 (or an empty sequence) the
/// input comes back unchanged.
/// Throws lmw::Error unless 0 <= rate <= 1 and 0 < lambda <= 1000.
std::vector<std::int32_t> infillSpans(const std::vector<std::int32_t>& ids, double rate,
                                      double lambda, std::int32_t maskId, Rng& rng);

/// The sentences in a uniformly random order (a Fisher-Yates shuffle).
std::vector<std::vector<std::int32_t>> permuteSentences(
    const std::vector<std::vector<std::int32_t>>& sentences, Rng& rng);

/// The document rotated to start at a uniformly chosen token: ids[k..] followed by ids[..k].
std::vector<std::int32_t> rotateDocument(const std::vector<std::int32_t>& ids, Rng& rng);

/// Which of BART's transforms to apply, with their rates. The default is text infilling of 30%
/// of the tokens with Poisson(3) spans.
struct NoiseOptions {
    bool tokenMasking = false;
    double maskRate = 0.15;
    bool tokenDeletion = false;
    double deleteRate = 0.15;
    bool textInfilling = true;
    double infillRate = 0.3;
    double poissonLambda = 3.0;
    bool sentencePermutation = false;
    bool documentRotation = false;
};

/// A training pair: the model reads `source` and learns to produce `target`.
struct NoisedDocument {
    std::vector<std::int32_t> source;
    std::vector<std::int32_t> target;
};

/// Throws lmw::Error naming the first bad setting of an ENABLED transform (rates outside
/// [0, 1], lambda outside (0, 1000]); the settings of disabled transforms are not looked at.
void validateNoiseOptions(const NoiseOptions& options);

/// The noise settings of an objective (BART's five noise types and their rates), checked.
NoiseOptions noiseOptionsFrom(const ObjectiveConfig& objective);

/// Noises one document given as sentences of token ids. The enabled transforms run in the
/// order: sentence permutation, concatenation, token masking, token deletion, text infilling,
/// document rotation. `target` is the original sentences concatenated in their original order.
/// Special tokens (BOS/EOS) are the caller's to add around source and target.
NoisedDocument noiseDocument(const std::vector<std::vector<std::int32_t>>& sentences,
                             const NoiseOptions& options, std::int32_t maskId, Rng& rng);

}  // namespace lmw
