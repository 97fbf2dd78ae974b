// Next-sentence prediction pairs after BERT (Devlin et al. 2018), §3.1 Task #2 and Appendix
// A.2. Unlike BERT's original data generation, pairs are drawn on demand from a generator
// (nothing is precomputed) and the truncation keeps the A|B boundary: A loses tokens at its
// front, B at its back.
#include "data/nsp.h"

#include <string>
#include <utility>

#include "api/error.h"

namespace lmw {
namespace {

constexpr int kSpecialsPerPair = 3;  // [CLS], [SEP], [SEP]
constexpr int kMinLength = kSpecialsPerPair + 2;

}  // namespace

NspPairBuilder::NspPairBuilder(std::vector<std::vector<std::vector<std::int32_t>>> documents,
                               int maxLength, std::int32_t clsId, std::int32_t sepId)
    : maxLength_(maxLength), clsId_(clsId), sepId_(sepId) {
    if (maxLength_ < kMinLength)
        throw Error(LMW_MESSAGE("nsp.max_length",
                                "Next-sentence prediction needs a maximum length of at least %1 "
                                "tokens ([CLS] A [SEP] B [SEP]), not %2."),
                    {std::to_string(kMinLength), std::to_string(maxLength_)});
    for (auto& doc : documents) {
        Document kept;
        for (auto& sentence : doc)
            if (!sentence.empty()) kept.push_back(std::move(sentence));
        if (kept.empty()) continue;
        if (kept.size() >= 2) multiSentence_.push_back(documents_.size());
        documents_.push_back(std::move(kept));
    }
    if (documents_.size() < 2)
        throw Error(LMW_MESSAGE("nsp.too_few_documents",
                                "Next-sentence prediction needs at least two documents separated "
                                "by a blank line; this text has %1."),
                    {std::to_string(documents_.size())});
    if (multiSentence_.empty())
        throw Error(LMW_MESSAGE("nsp.no_multi_sentence_document",
                                "Next-sentence prediction needs a document with at least two "
                                "sentences; every document here has only one."));
}

NspExample NspPairBuilder::next(Rng& rng) const {
    const std::size_t budget = static_cast<std::size_t>(maxLength_ - kSpecialsPerPair);
    const bool isNext = rng.bernoulli(0.5);

    // A: the sentence before a random split, grown backwards to about half the budget.
    const std::size_t docA = multiSentence_[rng.below(multiSentence_.size())];
    const Document& doc = documents_[docA];
    const std::size_t split = 1 + rng.below(doc.size() - 1);
    std::size_t first = split - 1;
    std::size_t lengthA = doc[first].size();
    while (first > 0 && lengthA < (budget + 1) / 2) lengthA += doc[--first].size();

    // B: forwards from the split (IsNext), or from a random sentence of another document.
    const Document* docB = &doc;
    std::size_t start = split;
    if (!isNext) {
        std::size_t other = rng.below(documents_.size() - 1);
        if (other >= docA) ++other;
        docB = &documents_[other];
        start = rng.below(docB->size());
    }
    std::size_t end = start + 1;
    std::size_t lengthB = (*docB)[start].size();
    while (end < docB->size() && lengthA + lengthB < budget) lengthB += (*docB)[end++].size();

    // Trim the longer part one token at a time: A from the front, B from the back.
    std::size_t dropA = 0;
    while (lengthA + lengthB > budget) {
        if (lengthA > lengthB) {
            --lengthA;
            ++dropA;
        } else {
            --lengthB;
        }
    }

    NspExample ex;
    ex.label = isNext ? kIsNext : kNotNext;
    ex.input.reserve(lengthA + lengthB + kSpecialsPerPair);
    ex.input.push_back(clsId_);
    std::size_t skip = dropA;
    for (std::size_t s = first; s < split; ++s) {
        for (std::int32_t id : doc[s]) {
            if (skip > 0) {
                --skip;
            } else {
                ex.input.push_back(id);
            }
        }
    }
    ex.input.push_back(sepId_);
    ex.tokenTypes.assign(ex.input.size(), 0);
    std::size_t left = lengthB;
    for (std::size_t s = start; s < end && left > 0; ++s) {
        for (std::size_t t = 0; t < (*docB)[s].size() && left > 0; ++t, --left)
            ex.input.push_back((*docB)[s][t]);
    }
    ex.input.push_back(sepId_);
    ex.tokenTypes.resize(ex.input.size(), 1);
    return ex;
}

}  // namespace lmw
