// "Fill in the missing word" vs "write the next word": the mini task that shows, with numbers,
// what an encoder and a decoder of the same size are good at (no torch, no Qt).
//
// Both tasks hide the same word of held-out text. For filling in, the model may read the text
// on both sides of the gap; for continuing, only the text before it. An encoder reads every
// hidden token at once as a mask; a decoder writes the word token by token from the left
// context alone (greedy), because that is all a decoder can use.
//
// Example:
//   auto items = lmw::makeGapItems(heldOutText, {});
//   auto enc = lmw::TextGenerator::load("runs/bert").fillGaps(items, lmw::GapTask::Infill);
//   lmw::GapScore s = lmw::scoreGaps(enc);
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace lmw {

/// One hidden word: the text before it, the word, and the text after it.
struct GapItem {
    std::string left;
    std::string answer;
    std::string right;
};

struct GapTaskOptions {
    int items = 100;           // words to hide
    int contextChars = 48;     // characters of context kept on each side
    int minWordChars = 3;      // hide words at least this long (letters only)
    std::uint64_t seed = 1;
};

/// Picks `items` words of `text` (seeded, spread over the whole text), each with its context.
/// Throws lmw::Error when the text has too few suitable words.
std::vector<GapItem> makeGapItems(const std::string& text, const GapTaskOptions& options = {});

enum class GapTask {
    Infill,    // text on both sides of the gap is given
    Continue,  // only the text before the gap is given
};

/// A model's answer for one gap.
struct GapGuess {
    std::string guess;           // the tokens it wrote into the gap, joined
    int tokens = 0;              // tokens of the true word
    int correctTokens = 0;       // of those, predicted exactly (top-1, position by position)
    double firstTokenProb = 0;   // the probability it gave the word's first true token
};

/// Totals over a set of gaps.
struct GapScore {
    int items = 0;
    double wordAccuracy = 0;     // words written exactly
    double tokenAccuracy = 0;    // tokens written exactly
    double meanFirstTokenProb = 0;
};

GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items);

}  // namespace lmw
