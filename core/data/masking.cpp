// Masked LM corruption after BERT (Devlin et al. 2018), §3.1 and Appendix A.1, with RoBERTa's
// static and dynamic masking (Liu et al. 2019, §4.1). Selection is an independent Bernoulli
// draw per position (so the masked share varies around 15% from sequence to sequence), and
// masks are recomputed from a derived seed instead of being stored.
#include "data/masking.h"

#include <string>
#include <utility>

#include "api/error.h"
#include "data/option_checks.h"

namespace lmw {
namespace {

constexpr double kSumSlack = 1e-9;  // 0.8 + 0.2 may round to a hair above 1

std::vector<std::int32_t> nonSpecialIds(const std::vector<bool>& isSpecialId) {
    std::vector<std::int32_t> ids;
    for (std::size_t id = 0; id < isSpecialId.size(); ++id)
        if (!isSpecialId[id]) ids.push_back(static_cast<std::int32_t>(id));
    return ids;
}

void validateMaskId(std::int32_t maskId, const std::vector<bool>& isSpecialId) {
    if (isSpecialId.empty())
        throw Error("Masked LM needs the vocabulary's table of special tokens, but it is empty.");
    if (maskId < 0 || static_cast<std::size_t>(maskId) >= isSpecialId.size())
        throw Error("The [MASK] token id " + std::to_string(maskId) +
                    " is outside the vocabulary (size " + std::to_string(isSpecialId.size()) +
                    ").");
    if (!isSpecialId[static_cast<std::size_t>(maskId)])
        throw Error("The [MASK] token id " + std::to_string(maskId) +
                    " must be marked as a special token.");
}

void validateIds(const std::vector<std::int32_t>& ids, const std::vector<bool>& isSpecialId) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] < 0 || static_cast<std::size_t>(ids[i]) >= isSpecialId.size())
            throw Error("Token id " + std::to_string(ids[i]) + " at position " + std::to_string(i) +
                        " is outside the vocabulary (size " + std::to_string(isSpecialId.size()) +
                        ").");
    }
}

/// The masking itself, on checked arguments. `replacements` (the non-special ids) is built on
/// first need when null.
MaskedSequence maskChecked(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                           std::int32_t maskId, const std::vector<bool>& isSpecialId,
                           const std::vector<std::int32_t>* replacements, Rng& rng) {
    std::vector<std::int32_t> ownReplacements;
    MaskedSequence out;
    out.input = ids;
    out.labels.assign(ids.size(), kIgnoreLabel);
    const double randomUpTo = options.maskProb + options.randomProb;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::int32_t id = ids[i];
        if (isSpecialId[static_cast<std::size_t>(id)]) continue;
        if (!(rng.uniform() < options.selectProb)) continue;
        out.labels[i] = id;
        const double kind = rng.uniform();
        if (kind < options.maskProb) {
            out.input[i] = maskId;
        } else if (kind < randomUpTo) {
            if (!replacements) {
                ownReplacements = nonSpecialIds(isSpecialId);
                replacements = &ownReplacements;
            }
            // Not empty: position i holds a non-special id.
            out.input[i] = (*replacements)[rng.below(replacements->size())];
        }
    }
    return out;
}

}  // namespace

void validateMaskingOptions(const MaskingOptions& options) {
    detail::requireProbability(options.selectProb, "The share of tokens selected for masked LM");
    detail::requireProbability(options.maskProb, "The share of selected tokens set to [MASK]");
    detail::requireProbability(options.randomProb,
                               "The share of selected tokens set to a random token");
    if (options.maskProb + options.randomProb > 1.0 + kSumSlack)
        throw Error("The [MASK] and random-token shares of masked LM add up to more than 1 (" +
                    detail::formatNumber(options.maskProb) + " + " +
                    detail::formatNumber(options.randomProb) + ").");
}

MaskedSequence maskSequence(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                            std::int32_t maskId, const std::vector<bool>& isSpecialId, Rng& rng) {
    validateMaskingOptions(options);
    validateMaskId(maskId, isSpecialId);
    validateIds(ids, isSpecialId);
    return maskChecked(ids, options, maskId, isSpecialId, nullptr, rng);
}

MlmMasker::MlmMasker(MaskingOptions options, MaskingMode mode, int dupeFactor, std::uint64_t seed,
                     std::int32_t maskId, std::vector<bool> isSpecialId)
    : options_(options),
      mode_(mode),
      dupeFactor_(dupeFactor),
      seed_(seed),
      maskId_(maskId),
      isSpecial_(std::move(isSpecialId)) {
    validateMaskingOptions(options_);
    validateMaskId(maskId_, isSpecial_);
    if (mode_ == MaskingMode::Static && dupeFactor_ < 1)
        throw Error("Static masking needs a duplication factor of at least 1 (got " +
                    std::to_string(dupeFactor_) + ").");
    replacements_ = nonSpecialIds(isSpecial_);
}

std::uint64_t MlmMasker::roundOf(std::uint64_t epoch) const {
    if (mode_ == MaskingMode::Static) return epoch % static_cast<std::uint64_t>(dupeFactor_);
    return epoch;
}

MaskedSequence MlmMasker::mask(const std::vector<std::int32_t>& ids, std::uint64_t sequenceIndex,
                               std::uint64_t epoch) const {
    validateIds(ids, isSpecial_);
    Rng rng(Rng::mix(Rng::mix(seed_, sequenceIndex), roundOf(epoch)));
    return maskChecked(ids, options_, maskId_, isSpecial_, &replacements_, rng);
}

}  // namespace lmw
