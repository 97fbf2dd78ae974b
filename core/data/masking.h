// Masked language modelling inputs: BERT (Devlin et al. 2018), §3.1 "Task #1: Masked LM" and
// Appendix A.1 (select 15% of the tokens; of those, 80% become [MASK], 10% a random token, 10%
// stay unchanged), and RoBERTa (Liu et al. 2019), §4.1 "Static vs. Dynamic Masking" (the same
// masks every epoch, or the data duplicated 10 times with 10 masks, against a fresh mask each
// time a sequence is fed to the model). Plain token ids in, token ids and labels out.
#pragma once

#include <cstdint>
#include <vector>

#include "api/configs.h"
#include "util/rng.h"

namespace lmw {

/// Label of a position the loss ignores (PyTorch's cross_entropy default ignore_index).
constexpr std::int32_t kIgnoreLabel = -100;

/// What is selected: single tokens (BERT), every token of chosen words (whole-word masking),
/// or runs of whole words (SpanBERT, Joshi et al. 2019, section 3.1).
enum class MaskingUnit { Token, WholeWord, Span };

/// How a token takes part in words, for whole-word and span masking.
enum class WordRole : std::uint8_t {
    Continues = 0,  ///< a letter or digit piece that continues the word before it
    Starts = 1,     ///< a piece that begins a new word (a subword with a leading space)
    Alone = 2,      ///< whitespace, punctuation or a special token: a unit of its own
};

/// How tokens are chosen and replaced. The share kept unchanged is 1 - maskProb - randomProb.
struct MaskingOptions {
    double selectProb = 0.15;  ///< each non-special position is selected with this probability
    double maskProb = 0.8;     ///< of the selected: replaced by [MASK]
    double randomProb = 0.1;   ///< of the selected: replaced by a uniform random non-special id
    MaskingUnit unit = MaskingUnit::Token;
    double spanMeanWords = 3.8;  ///< Span: mean span length in words (1 to 5.5)
};

/// The masking part of an objective's settings (rate, split, unit, span length).
MaskingOptions maskingOptionsFrom(const ObjectiveConfig& objective);
/// Word roles as wordRolesOf() (data/tokenizer.h) gives them, one per id.
std::vector<WordRole> toWordRoles(const std::vector<std::uint8_t>& roles);

/// The span length distribution of span masking: P(L = k) for k = 1..10 words, geometric with
/// parameter p cut at 10 and renormalised (SpanBERT: p = 0.2, mean 3.8), p chosen so that the
/// mean is `meanWords` (1 to 5.5, the uniform 1..10). Element k-1 holds P(L = k).
std::vector<double> spanLengthDistribution(double meanWords);

/// A masked sequence: `input` for the model, `labels` the original id at every selected
/// position and kIgnoreLabel elsewhere. Both have the length of the original.
struct MaskedSequence {
    std::vector<std::int32_t> input;
    std::vector<std::int32_t> labels;
};

/// Throws lmw::Error unless every probability is within [0, 1] and maskProb + randomProb <= 1.
void validateMaskingOptions(const MaskingOptions& options);

/// Masks one sequence. `isSpecialId[id]` marks the special tokens ([CLS], [SEP], [PAD], [MASK],
/// ...): they are never selected nor used as random replacements; its size is the vocabulary
/// size. Throws lmw::Error for invalid options, a `maskId` outside the vocabulary or not marked
/// special, and ids outside the vocabulary.
///
/// Draws, in order, for every non-special position: uniform() < selectProb selects it; for a
/// selected one a second uniform() picks [MASK] / random / unchanged; a random replacement
/// then takes below(number of non-special ids). Special positions draw nothing.
MaskedSequence maskSequence(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                            std::int32_t maskId, const std::vector<bool>& isSpecialId, Rng& rng);

/// The same with word roles per id (`wordRoles[id]`, size of the vocabulary), which WholeWord
/// and Span need to find words. WholeWord: each word is selected with selectProb (all its
/// tokens), other tokens as in Token mode. Span: spans of L whole words (L drawn from
/// spanLengthDistribution) start at random words until about selectProb of the non-special
/// tokens are selected; overlapping or overshooting spans are drawn again. Every selected token
/// then draws [MASK] / random / unchanged on its own.
MaskedSequence maskSequence(const std::vector<std::int32_t>& ids, const MaskingOptions& options,
                            std::int32_t maskId, const std::vector<bool>& isSpecialId,
                            const std::vector<WordRole>& wordRoles, Rng& rng);

enum class MaskingMode {
    Static,  ///< a sequence's mask depends on (seed, sequence index, epoch % dupeFactor)
    Dynamic  ///< a fresh mask every epoch: depends on (seed, sequence index, epoch)
};

/// Masks sequences of a training set reproducibly, without storing masks: each call derives
/// its own generator, Rng(Rng::mix(Rng::mix(seed, sequenceIndex), round)), where round is
/// epoch % dupeFactor (Static) or epoch (Dynamic). Static with dupeFactor 1 is BERT's
/// one-mask-per-sequence data; dupeFactor 10 is RoBERTa's static baseline. Thread-safe: mask()
/// changes nothing.
class MlmMasker {
public:
    /// Throws lmw::Error for invalid options or special-token table (see maskSequence), and for
    /// dupeFactor < 1 in Static mode (Dynamic mode ignores dupeFactor).
    MlmMasker(MaskingOptions options, MaskingMode mode, int dupeFactor, std::uint64_t seed,
              std::int32_t maskId, std::vector<bool> isSpecialId,
              std::vector<WordRole> wordRoles = {});

    /// The masked form of the `sequenceIndex`-th sequence in `epoch` (0-based). Throws
    /// lmw::Error for ids outside the vocabulary.
    MaskedSequence mask(const std::vector<std::int32_t>& ids, std::uint64_t sequenceIndex,
                        std::uint64_t epoch) const;

    /// The masking round `epoch` uses: epoch % dupeFactor (Static) or epoch (Dynamic).
    std::uint64_t roundOf(std::uint64_t epoch) const;

    const MaskingOptions& options() const { return options_; }
    MaskingMode mode() const { return mode_; }
    int dupeFactor() const { return dupeFactor_; }
    std::uint64_t seed() const { return seed_; }

private:
    MaskingOptions options_;
    MaskingMode mode_;
    int dupeFactor_;
    std::uint64_t seed_;
    std::int32_t maskId_;
    std::vector<bool> isSpecial_;
    std::vector<WordRole> wordRoles_;
    std::vector<std::int32_t> replacements_;  // the non-special ids, ascending
};

}  // namespace lmw
