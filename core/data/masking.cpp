// Masked LM corruption after BERT (Devlin et al. 2018), §3.1 and Appendix A.1, with RoBERTa's
// static and dynamic masking (Liu et al. 2019, §4.1). Selection is an independent Bernoulli
// draw per position (so the masked share varies around 15% from sequence to sequence), and
// masks are recomputed from a derived seed instead of being stored.
#include "data/masking.h"

#include <cmath>
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
        throw Error(LMW_MESSAGE(
            "masking.special_table_empty",
            "Masked LM needs the vocabulary's table of special tokens, but it is empty."));
    if (maskId < 0 || static_cast<std::size_t>(maskId) >= isSpecialId.size())
        throw Error(LMW_MESSAGE("masking.mask_id_outside_vocab",
                                "The [MASK] token id %1 is outside the vocabulary (size %2)."),
                    {std::to_string(maskId), std::to_string(isSpecialId.size())});
    if (!isSpecialId[static_cast<std::size_t>(maskId)])
        throw Error(LMW_MESSAGE("masking.mask_id_not_special",
                                "The [MASK] token id %1 must be marked as a special token."),
                    {std::to_string(maskId)});
}

void validateIds(const std::vector<std::int32_t>& ids, const std::vector<bool>& isSpecialId) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] < 0 || static_cast<std::size_t>(ids[i]) >= isSpecialId.size())
            throw Error(
                LMW_MESSAGE("masking.token_id_outside_vocab",
                            "Token id %1 at position %2 is outside the vocabulary (size %3)."),
                {std::to_string(ids[i]), std::to_string(i), std::to_string(isSpecialId.size())});
    }
}

/// Units of a sequence for whole-word and span masking: runs of positions [begin, end), each a
/// word (`word` true) or a single other non-special token. Special positions belong to none.
struct Unit {
    std::size_t begin, end;
    bool word;
};

std::vector<Unit> unitsOf(const std::vector<std::int32_t>& ids,
                          const std::vector<bool>& isSpecialId,
                          const std::vector<WordRole>& roles) {
    std::vector<Unit> units;
    bool inWord = false;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto id = static_cast<std::size_t>(ids[i]);
        const WordRole role = isSpecialId[id]     ? WordRole::Alone
                              : id < roles.size() ? roles[id]
                                                  : WordRole::Alone;
        if (isSpecialId[id]) {
            inWord = false;
            continue;
        }
        if (role == WordRole::Alone) {
            units.push_back({i, i + 1, false});
            inWord = false;
        } else if (role == WordRole::Continues && inWord) {
            units.back().end = i + 1;
        } else {
            units.push_back({i, i + 1, true});
            inWord = true;
        }
    }
    return units;
}

/// Which positions are selected, by the options' unit. Token mode draws exactly as before
/// (one uniform() per non-special position, the replacement draw right after a selection).
void replace(MaskedSequence& out, std::size_t i, std::int32_t id, const MaskingOptions& options,
             std::int32_t maskId, const std::vector<bool>& isSpecialId,
             const std::vector<std::int32_t>*& replacements,
             std::vector<std::int32_t>& ownReplacements, Rng& rng) {
    out.labels[i] = id;
    const double kind = rng.uniform();
    if (kind < options.maskProb) {
        out.input[i] = maskId;
    } else if (kind < options.maskProb + options.randomProb) {
        if (!replacements) {
            ownReplacements = nonSpecialIds(isSpecialId);
            replacements = &ownReplacements;
        }
        // Not empty: position i holds a non-special id.
        out.input[i] = (*replacements)[rng.below(replacements->size())];
    }
}

/// The masking itself, on checked arguments. `replacements` (the non-special ids) is built on
/// first need when null.
MaskedSequence maskChecked(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                           std::int32_t maskId, const std::vector<bool>& isSpecialId,
                           const std::vector<WordRole>& roles,
                           const std::vector<std::int32_t>* replacements, Rng& rng) {
    std::vector<std::int32_t> ownReplacements;
    MaskedSequence out;
    out.input = ids;
    out.labels.assign(ids.size(), kIgnoreLabel);
    if (options.unit == MaskingUnit::Token) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const std::int32_t id = ids[i];
            if (isSpecialId[static_cast<std::size_t>(id)]) continue;
            if (!(rng.uniform() < options.selectProb)) continue;
            replace(out, i, id, options, maskId, isSpecialId, replacements, ownReplacements, rng);
        }
        return out;
    }
    const std::vector<Unit> units = unitsOf(ids, isSpecialId, roles);
    std::vector<bool> selected(ids.size(), false);
    if (options.unit == MaskingUnit::WholeWord) {
        for (const Unit& u : units)
            if (rng.uniform() < options.selectProb)
                for (std::size_t i = u.begin; i < u.end; ++i) selected[i] = true;
    } else {
        std::vector<std::size_t> words;  // indices into units
        std::size_t tokens = 0;
        for (std::size_t k = 0; k < units.size(); ++k) {
            tokens += units[k].end - units[k].begin;
            if (units[k].word) words.push_back(k);
        }
        const auto budget = static_cast<std::size_t>(options.selectProb * double(tokens) + 0.5);
        const std::vector<double> lengths = spanLengthDistribution(options.spanMeanWords);
        std::size_t chosen = 0;
        for (int attempt = 0; !words.empty() && chosen < budget && attempt < 100; ++attempt) {
            double u = rng.uniform();
            std::size_t L = 1;
            for (; L < lengths.size() && u >= lengths[L - 1]; ++L) u -= lengths[L - 1];
            const std::size_t first = words[rng.below(words.size())];
            // L words from `first`, with the tokens between them; the span that spends the rest
            // of the budget is cut to the words that fit (one word at least).
            std::size_t last = first;
            for (std::size_t k = first, seen = 0; k < units.size(); ++k) {
                if (units[k].word) {
                    if (seen > 0 && chosen + (units[k].end - units[first].begin) > budget) break;
                    last = k;
                    if (++seen == L) break;
                }
            }
            const std::size_t begin = units[first].begin, end = units[last].end;
            // A single word that would pass the budget by more than half of itself is drawn
            // again, so the selected share centres on the rate.
            if (chosen + (end - begin) > budget &&
                2 * (chosen + (end - begin) - budget) > end - begin)
                continue;
            bool free = true;
            for (std::size_t i = begin; free && i < end; ++i) free = !selected[i];
            if (!free) continue;
            for (std::size_t i = begin; i < end; ++i)
                if (!isSpecialId[static_cast<std::size_t>(ids[i])]) {
                    selected[i] = true;
                    ++chosen;
                }
        }
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (selected[i])
            replace(out, i, ids[i], options, maskId, isSpecialId, replacements, ownReplacements,
                    rng);
    return out;
}

}  // namespace

MaskingOptions maskingOptionsFrom(const ObjectiveConfig& o) {
    MaskingOptions m;
    m.selectProb = o.maskProb;
    m.maskProb = o.maskTokenShare;
    m.randomProb = o.randomTokenShare;
    m.unit = o.maskUnit == MaskUnit::WholeWord ? MaskingUnit::WholeWord
             : o.maskUnit == MaskUnit::Span    ? MaskingUnit::Span
                                               : MaskingUnit::Token;
    m.spanMeanWords = o.spanMeanWords;
    return m;
}

std::vector<WordRole> toWordRoles(const std::vector<std::uint8_t>& roles) {
    std::vector<WordRole> out;
    out.reserve(roles.size());
    for (std::uint8_t r : roles) out.push_back(static_cast<WordRole>(r));
    return out;
}

std::vector<double> spanLengthDistribution(double meanWords) {
    if (!(meanWords >= 1.0 && meanWords <= 5.5))
        throw Error(LMW_MESSAGE("masking.span_mean_range",
                                "The mean span length must be between 1 and 5.5 words."));
    constexpr int kMax = 10;
    const auto distribution = [](double p) {  // Geo(p) cut at 10 and renormalised (SpanBERT)
        std::vector<double> d(kMax);
        double sum = 0;
        for (int k = 1; k <= kMax; ++k) sum += d[std::size_t(k - 1)] = p * std::pow(1 - p, k - 1);
        for (double& x : d) x /= sum;
        return d;
    };
    const auto mean = [](const std::vector<double>& d) {
        double m = 0;
        for (std::size_t k = 0; k < d.size(); ++k) m += double(k + 1) * d[k];
        return m;
    };
    double lo = 1e-9, hi = 1.0;  // the mean falls from 5.5 to 1 as p rises
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        (mean(distribution(mid)) > meanWords ? lo : hi) = mid;
    }
    return distribution(0.5 * (lo + hi));
}

void validateMaskingOptions(const MaskingOptions& options) {
    detail::requireProbability(
        options.selectProb,
        LMW_MESSAGE(
            "masking.select_share_range",
            "The share of tokens selected for masked LM must be between 0 and 1 (got %1)."));
    detail::requireProbability(
        options.maskProb,
        LMW_MESSAGE(
            "masking.mask_share_range",
            "The share of selected tokens set to [MASK] must be between 0 and 1 (got %1)."));
    detail::requireProbability(options.randomProb,
                               LMW_MESSAGE("masking.random_share_range",
                                           "The share of selected tokens set to a random token "
                                           "must be between 0 and 1 (got %1)."));
    if (options.maskProb + options.randomProb > 1.0 + kSumSlack)
        throw Error(
            LMW_MESSAGE(
                "masking.shares_exceed_one",
                "The [MASK] and random-token shares of masked LM add up to more than 1 (%1 + %2)."),
            {detail::formatNumber(options.maskProb), detail::formatNumber(options.randomProb)});
    if (options.unit == MaskingUnit::Span &&
        !(options.spanMeanWords >= 1.0 && options.spanMeanWords <= 5.5))
        throw Error(LMW_MESSAGE("masking.span_mean_range",
                                "The mean span length must be between 1 and 5.5 words."));
}

MaskedSequence maskSequence(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                            std::int32_t maskId, const std::vector<bool>& isSpecialId, Rng& rng) {
    validateMaskingOptions(options);
    validateMaskId(maskId, isSpecialId);
    validateIds(ids, isSpecialId);
    return maskChecked(ids, options, maskId, isSpecialId, {}, nullptr, rng);
}

MaskedSequence maskSequence(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                            std::int32_t maskId, const std::vector<bool>& isSpecialId,
                            const std::vector<WordRole>& wordRoles, Rng& rng) {
    validateMaskingOptions(options);
    validateMaskId(maskId, isSpecialId);
    validateIds(ids, isSpecialId);
    return maskChecked(ids, options, maskId, isSpecialId, wordRoles, nullptr, rng);
}

MlmMasker::MlmMasker(MaskingOptions options, MaskingMode mode, int dupeFactor, std::uint64_t seed,
                     std::int32_t maskId, std::vector<bool> isSpecialId,
                     std::vector<WordRole> wordRoles)
    : options_(options),
      mode_(mode),
      dupeFactor_(dupeFactor),
      seed_(seed),
      maskId_(maskId),
      isSpecial_(std::move(isSpecialId)),
      wordRoles_(std::move(wordRoles)) {
    validateMaskingOptions(options_);
    validateMaskId(maskId_, isSpecial_);
    if (mode_ == MaskingMode::Static && dupeFactor_ < 1)
        throw Error(
            LMW_MESSAGE("masking.dupe_factor",
                        "Static masking needs a duplication factor of at least 1 (got %1)."),
            {std::to_string(dupeFactor_)});
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
    return maskChecked(ids, options_, maskId_, isSpecial_, wordRoles_, &replacements_, rng);
}

}  // namespace lmw
