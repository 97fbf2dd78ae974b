// Where training text comes from, and what the engine found in it (no torch, no Qt).
#pragma once

#include <cstdint>
#include <string>

namespace lmw {

/// A corpus is either a UTF-8 text file or text already in memory (the bundled stories).
struct CorpusSource {
    std::string path;  // a file on disk, or empty
    std::string text;  // used when `path` is empty
    std::string name;  // shown to the user; the file name when empty

    static CorpusSource fromFile(const std::string& path);
    static CorpusSource fromText(const std::string& name, std::string text);
    /// The bundled story corpus ("builtin:stories" on the command line).
    static CorpusSource builtinStories();
    std::string displayName() const;
};

/// What a corpus holds once it has been checked and split.
struct CorpusInfo {
    std::string name;
    std::int64_t bytes = 0;
    std::int64_t characters = 0;
    int vocabSize = 0;  // distinct characters
    std::int64_t trainTokens = 0;
    std::int64_t valTokens = 0;
    double unigramEntropy = 0;  // nats per token of the training part: the loss of guessing
                                // by token frequency alone (the "plateau")
    double bigramEntropy = 0;   // ... knowing the previous token
};

/// Largest corpus the engine accepts.
constexpr std::int64_t kMaxCorpusBytes = 512LL * 1024 * 1024;

/// Loads and checks a corpus: it must exist, be non-empty UTF-8 text without NUL bytes, use at
/// least two distinct characters, and give each split more than `block` + 1 characters.
/// Throws lmw::Error with one clear sentence otherwise.
CorpusInfo inspectCorpus(const CorpusSource& source, double valFraction, int block);

/// The validation part of a corpus (its last `valFraction` of characters), as training holds
/// it out: text no model trained on this corpus has seen. Throws lmw::Error like inspectCorpus.
std::string heldOutText(const CorpusSource& source, double valFraction);

/// A deterministic corpus of simple stories generated from a small grammar (see
/// core/data/story_grammar.cpp). The same seed gives the same text on every machine.
std::string generateStories(std::uint64_t seed = 1, std::size_t minBytes = 240 * 1024);

}  // namespace lmw
