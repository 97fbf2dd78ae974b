// BPE's merge step, shared by GPT-2's byte-level tokenizer and tokenizer.json's BPE models:
// neighbouring symbols are joined by rank, the best-ranked pair first and, among equal ranks,
// the leftmost, until no ranked pair is left. A heap of candidate pairs over a linked list of
// symbols makes it O(n log n) in the word's length (a pass over the word per merge would be
// quadratic: seconds for one long "word").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace lmw {

/// The symbols after every merge `ranks` ("left right" -> rank, lower first) allows. Symbols
/// whose `frozen` flag is set (unknown characters) never merge; `frozen` may be empty.
std::vector<std::string> mergeByRank(std::vector<std::string> symbols,
                                     const std::unordered_map<std::string, int>& ranks,
                                     const std::vector<bool>& frozen = {});

}  // namespace lmw
