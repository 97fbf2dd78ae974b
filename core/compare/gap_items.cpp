// Choosing the words to hide for the fill-in vs continue mini task.
#include <algorithm>

#include "api/error.h"
#include "api/gap_tasks.h"
#include "util/rng.h"
#include "util/utf8.h"

namespace lmw {

namespace {

bool isLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000) ||
           (c >= 0x4E00 && c <= 0x9FFF);
}

}  // namespace

std::vector<GapItem> makeGapItems(const std::string& text, const GapTaskOptions& o) {
    if (o.items < 1 || o.items > 100000) throw Error("The number of gaps must be between 1 and 100000.");
    if (o.contextChars < 4 || o.contextChars > 4096) throw Error("Gap context must be between 4 and 4096 characters.");
    if (o.minWordChars < 1) throw Error("Hidden words need at least one character.");
    const std::u32string u = utf8::decode(text).text;
    // Candidate words: runs of letters with room for context on both sides.
    struct Span { std::size_t begin, end; };
    std::vector<Span> words;
    for (std::size_t i = 0; i < u.size();) {
        if (!isLetter(u[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < u.size() && isLetter(u[j])) ++j;
        if (int(j - i) >= o.minWordChars && i >= std::size_t(o.contextChars) / 2 && j + 1 < u.size())
            words.push_back({i, j});
        i = j;
    }
    if (int(words.size()) < o.items)
        throw Error("The text has " + std::to_string(words.size()) + " words of " + std::to_string(o.minWordChars) +
                    "+ letters with context around them; " + std::to_string(o.items) + " are needed.");
    // One word from each of `items` equal stretches of the candidates: spread, yet seeded.
    Rng rng(o.seed);
    std::vector<GapItem> items;
    const std::size_t n = words.size();
    for (int k = 0; k < o.items; ++k) {
        const std::size_t lo = n * std::size_t(k) / std::size_t(o.items);
        const std::size_t hi = std::max(lo + 1, n * std::size_t(k + 1) / std::size_t(o.items));
        const Span w = words[lo + std::size_t(rng.below(hi - lo))];
        const std::size_t leftBegin = w.begin > std::size_t(o.contextChars) ? w.begin - std::size_t(o.contextChars) : 0;
        const std::size_t rightEnd = std::min(u.size(), w.end + std::size_t(o.contextChars));
        GapItem item;
        item.left = utf8::encode(u.substr(leftBegin, w.begin - leftBegin));
        item.answer = utf8::encode(u.substr(w.begin, w.end - w.begin));
        item.right = utf8::encode(u.substr(w.end, rightEnd - w.end));
        items.push_back(std::move(item));
    }
    return items;
}

GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items) {
    if (guesses.size() != items.size()) throw Error("Gap guesses and items differ in number.");
    GapScore s;
    s.items = int(items.size());
    if (items.empty()) return s;
    int words = 0, tokens = 0, correct = 0;
    double prob = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const GapGuess& g = guesses[i];
        if (g.guess == items[i].answer) ++words;
        tokens += g.tokens;
        correct += g.correctTokens;
        prob += g.firstTokenProb;
    }
    s.wordAccuracy = double(words) / double(items.size());
    s.tokenAccuracy = tokens > 0 ? double(correct) / double(tokens) : 0.0;
    s.meanFirstTokenProb = prob / double(items.size());
    return s;
}

}  // namespace lmw
