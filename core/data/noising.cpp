// BART's noising transforms (Lewis et al. 2019, §2.2 and §5.1) over token ids. Text infilling
// draws Poisson span lengths up to the wanted number of covered tokens and then places the
// spans by choosing which slots of the sequence are spans (selection sampling, Knuth's
// Algorithm S, TAOCP vol. 2, §3.4.2), which gives every non-overlapping arrangement of the
// drawn spans the same chance.
#include "data/noising.h"

#include <cmath>
#include <string>

#include "api/error.h"
#include "data/option_checks.h"

namespace lmw {
namespace {

constexpr double kMaxLambda = 1000.0;  // spans longer than this on average make no sense

void requireLambda(double lambda) {
    if (!(lambda > 0.0 && lambda <= kMaxLambda))
        throw Error(LMW_MESSAGE("noising.lambda_range",
                                "The mean span length λ for text infilling must be above 0 and at "
                                "most %1 (got %2)."),
                    {detail::formatNumber(kMaxLambda), detail::formatNumber(lambda)});
}

std::vector<std::int32_t> concatenate(const std::vector<std::vector<std::int32_t>>& sentences) {
    std::size_t total = 0;
    for (const auto& s : sentences) total += s.size();
    std::vector<std::int32_t> out;
    out.reserve(total);
    for (const auto& s : sentences) out.insert(out.end(), s.begin(), s.end());
    return out;
}

}  // namespace

std::vector<std::int32_t> maskTokens(const std::vector<std::int32_t>& ids, double rate,
                                     std::int32_t maskId, Rng& rng) {
    detail::requireProbability(
        rate, LMW_MESSAGE("noising.mask_rate_range",
                          "The token masking rate must be between 0 and 1 (got %1)."));
    std::vector<std::int32_t> out = ids;
    for (std::int32_t& id : out)
        if (rng.bernoulli(rate)) id = maskId;
    return out;
}

std::vector<std::int32_t> deleteTokens(const std::vector<std::int32_t>& ids, double rate,
                                       Rng& rng) {
    detail::requireProbability(
        rate, LMW_MESSAGE("noising.delete_rate_range",
                          "The token deletion rate must be between 0 and 1 (got %1)."));
    std::vector<std::int32_t> out;
    out.reserve(ids.size());
    for (std::int32_t id : ids)
        if (!rng.bernoulli(rate)) out.push_back(id);
    return out;
}

std::vector<std::int32_t> infillSpans(const std::vector<std::int32_t>& ids, double rate,
                                      double lambda, std::int32_t maskId, Rng& rng) {
    detail::requireProbability(
        rate, LMW_MESSAGE("noising.infill_rate_range",
                          "The text infilling rate must be between 0 and 1 (got %1)."));
    requireLambda(lambda);
    const std::size_t n = ids.size();
    const auto target = static_cast<std::size_t>(std::floor(rate * static_cast<double>(n) + 0.5));
    if (target == 0) return ids;

    // Span lengths, in the order they will appear; the last one is cut to hit the target.
    std::vector<std::size_t> spans;
    std::size_t covered = 0;
    while (covered < target) {
        std::size_t length = static_cast<std::size_t>(rng.poisson(lambda));
        if (length > target - covered) length = target - covered;
        spans.push_back(length);
        covered += length;
    }

    // The output has one slot per uncovered token and one per span. Choose which slots are
    // spans, every choice equally likely, and write the sequence out slot by slot.
    const std::size_t slots = n - target + spans.size();
    std::size_t spansLeft = spans.size();
    std::size_t nextSpan = 0;
    std::size_t pos = 0;
    std::vector<std::int32_t> out;
    out.reserve(slots);
    for (std::size_t slot = 0; slot < slots; ++slot) {
        if (rng.below(slots - slot) < spansLeft) {
            out.push_back(maskId);
            pos += spans[nextSpan++];
            --spansLeft;
        } else {
            out.push_back(ids[pos++]);
        }
    }
    return out;
}

std::vector<std::vector<std::int32_t>> permuteSentences(
    const std::vector<std::vector<std::int32_t>>& sentences, Rng& rng) {
    std::vector<std::vector<std::int32_t>> out = sentences;
    rng.shuffle(out);
    return out;
}

std::vector<std::int32_t> rotateDocument(const std::vector<std::int32_t>& ids, Rng& rng) {
    if (ids.empty()) return ids;
    const auto start = static_cast<std::ptrdiff_t>(rng.below(ids.size()));
    std::vector<std::int32_t> out;
    out.reserve(ids.size());
    out.insert(out.end(), ids.begin() + start, ids.end());
    out.insert(out.end(), ids.begin(), ids.begin() + start);
    return out;
}

void validateNoiseOptions(const NoiseOptions& options) {
    if (options.tokenMasking)
        detail::requireProbability(
            options.maskRate,
            LMW_MESSAGE("noising.mask_rate_range",
                        "The token masking rate must be between 0 and 1 (got %1)."));
    if (options.tokenDeletion)
        detail::requireProbability(
            options.deleteRate,
            LMW_MESSAGE("noising.delete_rate_range",
                        "The token deletion rate must be between 0 and 1 (got %1)."));
    if (options.textInfilling) {
        detail::requireProbability(
            options.infillRate,
            LMW_MESSAGE("noising.infill_rate_range",
                        "The text infilling rate must be between 0 and 1 (got %1)."));
        requireLambda(options.poissonLambda);
    }
}

NoisedDocument noiseDocument(const std::vector<std::vector<std::int32_t>>& sentences,
                             const NoiseOptions& options, std::int32_t maskId, Rng& rng) {
    validateNoiseOptions(options);
    NoisedDocument doc;
    doc.target = concatenate(sentences);
    doc.source =
        options.sentencePermutation ? concatenate(permuteSentences(sentences, rng)) : doc.target;
    if (options.tokenMasking) doc.source = maskTokens(doc.source, options.maskRate, maskId, rng);
    if (options.tokenDeletion) doc.source = deleteTokens(doc.source, options.deleteRate, rng);
    if (options.textInfilling)
        doc.source =
            infillSpans(doc.source, options.infillRate, options.poissonLambda, maskId, rng);
    if (options.documentRotation) doc.source = rotateDocument(doc.source, rng);
    return doc;
}

NoiseOptions noiseOptionsFrom(const ObjectiveConfig& o) {
    NoiseOptions n;
    n.tokenMasking = o.tokenMasking;
    n.maskRate = o.tokenMaskRate;
    n.tokenDeletion = o.tokenDeletion;
    n.deleteRate = o.tokenDeleteRate;
    n.textInfilling = o.textInfilling;
    n.infillRate = o.infillRate;
    n.poissonLambda = o.poissonLambda;
    n.sentencePermutation = o.sentencePermutation;
    n.documentRotation = o.documentRotation;
    validateNoiseOptions(n);
    return n;
}

}  // namespace lmw
