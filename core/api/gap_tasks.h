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

/// Which gaps: words of ordinary text (often decided by what comes before them), or words of a
/// construction where a later word decides the hidden one ("the ___ mooed").
enum class GapKind { Ordinary, RightDecided };

/// One hidden word: the text before it, the word, and the text after it.
struct GapItem {
    std::string left;
    std::string answer;
    std::string right;
    GapKind kind = GapKind::Ordinary;
    /// Words a decoder ranks by the likelihood of the whole sentence: for a construction, every
    /// word it allows; for ordinary text, the answer and other words of the text (seeded).
    std::vector<std::string> candidates;
};

/// A construction where the word after the gap decides the gap: `lead` + word + follower, e.g.
/// "Somewhere nearby, the " + "cow" + " mooed". Every word has its own follower.
struct DecidedWords {
    std::string name;  // "animal sound"
    std::string lead;  // text right before the gap, the same for every word
    std::vector<std::pair<std::string, std::string>> words;  // (word, its follower)
};

/// The bundled stories' constructions (core/data/story_grammar.cpp documents them).
const std::vector<DecidedWords>& storyDecidedWords();

/// What a gap hides: a whole word, or a single letter inside a word.
enum class GapUnit { Word, Letter };

struct GapTaskOptions {
    GapUnit unit = GapUnit::Word;
    int items = 100;         // ordinary words (or letters) to hide
    int decidedItems = 100;  // at most this many gaps from `decided` constructions (all found
                             // when fewer); 0 = none
    std::vector<DecidedWords> decided = storyDecidedWords();
    int distractors = 9;    // other words among an ordinary gap's ranking candidates
    int contextChars = 48;  // characters of context kept on each side
    int minWordChars = 3;   // hide words at least this long (letters only)
    std::uint64_t seed = 1;
};

/// Picks `items` words of `text` (seeded, spread over the whole text), each with its context,
/// then up to `decidedItems` occurrences of the `decided` constructions (spread likewise; none
/// in a text without them). Throws lmw::Error when the text has too few ordinary words.
std::vector<GapItem> makeGapItems(const std::string& text, const GapTaskOptions& options = {});

enum class GapTask {
    Infill,    // text on both sides of the gap is given
    Continue,  // only the text before the gap is given
};

/// How a model fills a gap. Encoders read it as masks and fill them by mask-predict (most
/// confident position first). Decoders write it from the left (Generate), or rank the item's
/// candidates by the likelihood of the whole text, right side included for Infill (Rank: how
/// GPT-2 and GPT-3 use the right side in cloze tasks).
enum class GapMethod { Generate, Rank };

/// A model's answer for one gap.
struct GapGuess {
    std::string guess;          // the tokens it wrote into the gap, joined
    int tokens = 0;             // tokens of the true word
    int correctTokens = 0;      // of those, predicted exactly (top-1, position by position)
    double firstTokenProb = 0;  // the probability it gave the word's first true token
};

/// Totals over a set of gaps.
struct GapScore {
    int items = 0;
    double wordAccuracy = 0;   // words written exactly
    double tokenAccuracy = 0;  // tokens written exactly
    double meanFirstTokenProb = 0;
};

GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items);
/// The same over the items of one kind only (items.empty() when there are none).
GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items,
                   GapKind kind);

}  // namespace lmw
