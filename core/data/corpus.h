// Loading, checking, tokenizing and splitting a training corpus.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/corpus.h"
#include "data/tokenizer.h"

namespace lmw {

struct Corpus {
    CorpusInfo info;
    TokenizerPtr tokenizer;
    std::vector<std::int32_t> train;  // tokens of the first (1 - valFraction) of the text
    std::vector<std::int32_t> val;    // tokens of the rest
    std::string trainText, valText;   // the same split as text, for sentence-based objectives
};

/// Reads, checks, splits and tokenizes `source`. Without `tokenizer` the tokenizer `config` asks
/// for (characters by default, or BPE / unigram subwords) is built from the text, with
/// `specials` in front; with one (a resumed run), the corpus is encoded with it and must not
/// contain characters outside its vocabulary.
Corpus loadCorpus(const CorpusSource& source, double valFraction, int block,
                  TokenizerPtr tokenizer = nullptr, std::vector<SpecialToken> specials = {},
                  const TokenizerConfig& config = {});

/// Unigram and bigram entropy (nats per token) of a token stream, from direct counts.
struct TokenEntropy {
    double unigram = 0, bigram = 0;
};
TokenEntropy tokenEntropy(const std::vector<std::int32_t>& ids);

/// The text of `source`, checked (exists, not empty, not binary, valid UTF-8; BOM removed).
std::string readCorpusText(const CorpusSource& source);

}  // namespace lmw
