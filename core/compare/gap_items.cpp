// Choosing the words to hide for the fill-in vs continue mini task.
#include <algorithm>

#include "api/error.h"
#include "api/gap_tasks.h"
#include "util/rng.h"
#include "util/utf8.h"

namespace lmw {

namespace {

bool isLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000) || (c >= 0x4E00 && c <= 0x9FFF);
}

}  // namespace

std::vector<GapItem> makeGapItems(const std::string& text, const GapTaskOptions& o) {
    if (o.items < 1 || o.items > 100000)
        throw Error(
            LMW_MESSAGE("gaps.count_range", "The number of gaps must be between 1 and 100000."));
    if (o.contextChars < 4 || o.contextChars > 4096)
        throw Error(LMW_MESSAGE("gaps.context_range",
                                "Gap context must be between 4 and 4096 characters."));
    if (o.minWordChars < 1)
        throw Error(
            LMW_MESSAGE("gaps.min_word_chars", "Hidden words need at least one character."));
    const std::u32string u = utf8::decode(text).text;
    // Candidate words: runs of letters with room for context on both sides.
    struct Span {
        std::size_t begin, end;
    };
    std::vector<Span> words;
    for (std::size_t i = 0; i < u.size();) {
        if (!isLetter(u[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < u.size() && isLetter(u[j])) ++j;
        if (int(j - i) >= o.minWordChars && i >= std::size_t(o.contextChars) / 2 &&
            j + 1 < u.size())
            words.push_back({i, j});
        i = j;
    }
    if (int(words.size()) < o.items)
        throw Error(
            LMW_MESSAGE(
                "gaps.too_few_words",
                "The text has %1 words of %2+ letters with context around them; %3 are needed."),
            {std::to_string(words.size()), std::to_string(o.minWordChars),
             std::to_string(o.items)});
    // One word from each of `items` equal stretches of the candidates: spread, yet seeded.
    Rng rng(o.seed);
    Rng distractorRng(Rng::mix(o.seed, 0xD157AC7ULL));  // keeps the choice of gaps as it was
    std::vector<GapItem> items;
    const std::size_t n = words.size();
    const auto contextOf = [&](std::size_t begin, std::size_t end, GapItem& item) {
        const std::size_t leftBegin =
            begin > std::size_t(o.contextChars) ? begin - std::size_t(o.contextChars) : 0;
        const std::size_t rightEnd = std::min(u.size(), end + std::size_t(o.contextChars));
        item.left = utf8::encode(u.substr(leftBegin, begin - leftBegin));
        item.answer = utf8::encode(u.substr(begin, end - begin));
        item.right = utf8::encode(u.substr(end, rightEnd - end));
    };
    for (int k = 0; k < o.items; ++k) {
        const std::size_t lo = n * std::size_t(k) / std::size_t(o.items);
        const std::size_t hi = std::max(lo + 1, n * std::size_t(k + 1) / std::size_t(o.items));
        Span w = words[lo + std::size_t(rng.below(hi - lo))];
        if (o.unit == GapUnit::Letter) {
            w.begin += std::size_t(rng.below(w.end - w.begin));
            w.end = w.begin + 1;
        }
        GapItem item;
        contextOf(w.begin, w.end, item);
        // Ranking candidates: the answer and `distractors` other words of the text.
        item.candidates.push_back(item.answer);
        for (int attempt = 0;
             int(item.candidates.size()) <= o.distractors && attempt < 50 * (o.distractors + 1);
             ++attempt) {
            const Span d = words[distractorRng.below(n)];
            const std::string other = utf8::encode(u.substr(d.begin, d.end - d.begin));
            if (std::find(item.candidates.begin(), item.candidates.end(), other) ==
                item.candidates.end())
                item.candidates.push_back(other);
        }
        items.push_back(std::move(item));
    }
    // Gaps the right side decides: every occurrence of lead + word + follower, spread.
    struct Found {
        std::size_t begin, end;
        const DecidedWords* pattern;
    };
    std::vector<Found> found;
    for (const DecidedWords& p : o.decided) {
        const std::u32string lead = utf8::decode(p.lead).text;
        for (const auto& [word, follower] : p.words) {
            const std::u32string needle = lead + utf8::decode(word + follower).text;
            const std::size_t length = utf8::decode(word).text.size();
            for (std::size_t at = u.find(needle); at != std::u32string::npos;
                 at = u.find(needle, at + 1))
                found.push_back({at + lead.size(), at + lead.size() + length, &p});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.begin < b.begin; });
    const std::size_t wanted = std::min(found.size(), std::size_t(std::max(0, o.decidedItems)));
    for (std::size_t k = 0; k < wanted; ++k) {
        const Found& f = found[found.size() * k / wanted];
        GapItem item;
        contextOf(f.begin, f.end, item);
        if (o.unit == GapUnit::Letter) continue;  // constructions decide whole words
        item.kind = GapKind::RightDecided;
        for (const auto& [word, follower] : f.pattern->words) item.candidates.push_back(word);
        items.push_back(std::move(item));
    }
    return items;
}

GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items,
                   GapKind kind) {
    if (guesses.size() != items.size())
        throw Error(
            LMW_MESSAGE("gaps.guess_count_mismatch", "Gap guesses and items differ in number."));
    std::vector<GapGuess> g;
    std::vector<GapItem> i;
    for (std::size_t k = 0; k < items.size(); ++k)
        if (items[k].kind == kind) {
            g.push_back(guesses[k]);
            i.push_back(items[k]);
        }
    return scoreGaps(g, i);
}

GapScore scoreGaps(const std::vector<GapGuess>& guesses, const std::vector<GapItem>& items) {
    if (guesses.size() != items.size())
        throw Error(
            LMW_MESSAGE("gaps.guess_count_mismatch", "Gap guesses and items differ in number."));
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
