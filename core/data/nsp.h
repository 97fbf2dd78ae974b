// Next-sentence prediction pairs: BERT (Devlin et al. 2018), §3.1 "Task #2: Next Sentence
// Prediction" and Appendix A.2: [CLS] A [SEP] B [SEP], where B follows A in its document half
// of the time (IsNext) and comes from another document otherwise (NotNext), with segment ids
// 0 for the first part and 1 for the second.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "util/rng.h"

namespace lmw {

/// NSP labels, in Hugging Face's convention (BertForPreTraining's next_sentence_label).
constexpr std::int32_t kIsNext = 0;
constexpr std::int32_t kNotNext = 1;

/// One pair: `input` is [CLS] A [SEP] B [SEP]; `tokenTypes` is 0 for [CLS], A and the first
/// [SEP], 1 for B and the final [SEP]; `label` is kIsNext or kNotNext.
struct NspExample {
    std::vector<std::int32_t> input;
    std::vector<std::int32_t> tokenTypes;
    std::int32_t label = kIsNext;
};

/// Draws NSP pairs from tokenized documents (documents -> sentences -> token ids).
///
/// Each draw: label IsNext or NotNext with probability 1/2; a document with at least two
/// sentences (uniformly among those) and a split point between two of its sentences (uniformly).
/// A is the sentence before the split, extended backwards by whole sentences until it holds
/// half of the token budget (maxLength - 3) or the document starts. B is, for IsNext, the
/// sentences from the split on; for NotNext, the sentences from a uniformly chosen start in a
/// uniformly chosen other document; B is extended forwards until A and B fill the budget or its
/// document ends. Then the longer of A and B (B on a tie) loses one token at a time until both
/// fit: A from its front, B from its back, so the boundary between them, which is what the task is
/// about, stays intact. A and B are never empty.
///
/// A is drawn the same way for both labels, so its length or position says nothing about the
/// label. Empty sentences and documents are ignored.
class NspPairBuilder {
public:
    /// Throws lmw::Error when maxLength < 5, when there are fewer than two (non-empty)
    /// documents, or when no document has two sentences.
    NspPairBuilder(std::vector<std::vector<std::vector<std::int32_t>>> documents, int maxLength,
                   std::int32_t clsId, std::int32_t sepId);

    /// A new pair; all randomness comes from `rng`.
    NspExample next(Rng& rng) const;

    int maxLength() const { return maxLength_; }
    std::size_t documentCount() const { return documents_.size(); }

private:
    using Sentence = std::vector<std::int32_t>;
    using Document = std::vector<Sentence>;

    std::vector<Document> documents_;
    std::vector<std::size_t> multiSentence_;  // documents with at least two sentences
    int maxLength_;
    std::int32_t clsId_;
    std::int32_t sepId_;
};

}  // namespace lmw
