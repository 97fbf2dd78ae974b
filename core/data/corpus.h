// Loading, checking, tokenizing and splitting a training corpus.
#pragma once

#include <cstdint>
#include <vector>

#include "api/corpus.h"
#include "data/char_tokenizer.h"

namespace lmw {

struct Corpus {
    CorpusInfo info;
    CharTokenizer tokenizer;
    std::vector<std::int32_t> train;  // first (1 - valFraction) of the tokens
    std::vector<std::int32_t> val;    // the rest
};

/// Reads, checks and tokenizes `source`. With `tokenizer` given (a resumed run), the corpus is
/// encoded with it and must not contain characters outside its vocabulary.
Corpus loadCorpus(const CorpusSource& source, double valFraction, int block,
                  const CharTokenizer* tokenizer = nullptr);

}  // namespace lmw
