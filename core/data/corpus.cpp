#include "data/corpus.h"

#include <cmath>
#include <unordered_map>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "api/configs.h"
#include "api/error.h"
#include "data/char_tokenizer.h"
#include "data/tokenizer_factory.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

CorpusSource CorpusSource::fromFile(const std::string& path) {
    CorpusSource s;
    s.path = path;
    return s;
}

CorpusSource CorpusSource::fromText(const std::string& name, std::string text) {
    CorpusSource s;
    s.name = name;
    s.text = std::move(text);
    return s;
}

CorpusSource CorpusSource::builtinStories() {
    return fromText("Bundled stories", generateStories());
}

std::string CorpusSource::displayName() const {
    if (!name.empty()) return name;
    if (!path.empty()) return std::filesystem::path(path).filename().string();
    return "text";
}

namespace {

std::string readSource(const CorpusSource& source) {
    if (source.path.empty()) {
        if (static_cast<std::int64_t>(source.text.size()) > kMaxCorpusBytes)
            throw Error(
                LMW_MESSAGE("corpus.too_large", "Corpus '%1' is too large (%2); the limit is %3."),
                {source.displayName(), formatBytes(static_cast<std::int64_t>(source.text.size())),
                 formatBytes(kMaxCorpusBytes)});
        return source.text;
    }
    try {
        return sys::readFile(source.path, kMaxCorpusBytes);
    } catch (const Error& e) {
        throw Error(std::string("Corpus ") + e.what());
    }
}

std::string hexByte(unsigned char b) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

}  // namespace

std::string readCorpusText(const CorpusSource& source) {
    const std::string name = source.displayName();
    std::string bytes = readSource(source);
    if (bytes.empty()) throw Error(LMW_MESSAGE("corpus.empty", "Corpus '%1' is empty."), {name});
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
        throw Error(
            LMW_MESSAGE(
                "corpus.binary",
                "Corpus '%1' looks like a binary file (it contains NUL bytes), not UTF-8 text."),
            {name});
    // A UTF-8 byte order mark is not part of the text.
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
    const utf8::Decoded decoded = utf8::decode(bytes);
    if (!decoded.ok) {
        const auto bad = static_cast<unsigned char>(bytes[decoded.badOffset]);
        throw Error(LMW_MESSAGE("corpus.invalid_utf8",
                                "Corpus '%1' is not valid UTF-8 text (byte %2 at offset %3). Save "
                                "it as UTF-8 and try again."),
                    {name, hexByte(bad), std::to_string(decoded.badOffset)});
    }
    return bytes;
}

std::string heldOutText(const CorpusSource& source, double valFraction) {
    if (!(valFraction > 0.0 && valFraction < 1.0))
        throw Error(LMW_MESSAGE("corpus.held_out_fraction",
                                "The held-out fraction must be between 0 and 1."));
    const std::u32string chars = utf8::decode(readCorpusText(source)).text;
    const auto cut = static_cast<std::size_t>(
        std::llround(static_cast<double>(chars.size()) * (1.0 - valFraction)));
    return utf8::encode(std::u32string_view(chars).substr(cut));
}

Corpus loadCorpus(const CorpusSource& source, double valFraction, int block, TokenizerPtr tokenizer,
                  std::vector<SpecialToken> specials, const TokenizerConfig& config) {
    const std::string name = source.displayName();
    const std::string text = readCorpusText(source);
    const std::u32string chars = utf8::decode(text).text;

    Corpus c;
    if (tokenizer) {
        c.tokenizer = std::move(tokenizer);
    } else {
        if (std::all_of(chars.begin(), chars.end(), [&](char32_t ch) { return ch == chars[0]; }))
            throw Error(LMW_MESSAGE("corpus.one_character",
                                    "Corpus '%1' uses only one distinct character; a language "
                                    "model needs at least two."),
                        {name});
        // The character tokenizer reuses the decoded text instead of decoding it again.
        if (config.kind == "char") {
            auto charTokenizer = CharTokenizer::fromText(chars, std::move(specials));
            c.tokenizer = std::make_shared<CharTokenizer>(std::move(charTokenizer));
        } else {
            c.tokenizer = buildTokenizer(config, text, std::move(specials));
        }
    }
    // Split the text at a character boundary, then tokenize each part.
    const auto nChars = static_cast<std::int64_t>(chars.size());
    const auto cut = static_cast<std::size_t>(std::llround(nChars * (1.0 - valFraction)));
    c.trainText = utf8::encode(std::u32string_view(chars).substr(0, cut));
    c.valText = utf8::encode(std::u32string_view(chars).substr(cut));
    try {
        c.train = c.tokenizer->encode(c.trainText);
        c.val = c.tokenizer->encode(c.valText);
    } catch (const Error& e) {
        throw Error(LMW_MESSAGE("corpus.vocab_mismatch",
                                "Corpus '%1' does not match the checkpoint's vocabulary. %2"),
                    {name, e.what()});
    }

    const auto nTrain = static_cast<std::int64_t>(c.train.size());
    const auto nVal = static_cast<std::int64_t>(c.val.size());
    const std::int64_t need = static_cast<std::int64_t>(block) + 1;
    const std::int64_t smallest = std::min(nTrain, nVal);
    if (smallest <= need) {
        const std::vector<std::string> args = {name, std::to_string(nTrain + nVal),
                                               std::to_string(smallest), std::to_string(need),
                                               std::to_string(block)};
        if (nTrain <= nVal)
            throw Error(LMW_MESSAGE("corpus.too_short_training",
                                    "Corpus '%1' is too short: %2 tokens give a training split of "
                                    "%3, but one window needs more than %4 (context %5 + 1). Use a "
                                    "longer text or a shorter context."),
                        args);
        throw Error(
            LMW_MESSAGE(
                "corpus.too_short_validation",
                "Corpus '%1' is too short: %2 tokens give a validation split of %3, but one window "
                "needs more than %4 (context %5 + 1). Use a longer text or a shorter context."),
            args);
    }
    c.info.name = name;
    c.info.bytes = static_cast<std::int64_t>(text.size());
    c.info.characters = nChars;
    c.info.vocabSize = c.tokenizer->vocabSize();
    c.info.trainTokens = nTrain;
    c.info.valTokens = nVal;
    const TokenEntropy h = tokenEntropy(c.train);
    c.info.unigramEntropy = h.unigram;
    c.info.bigramEntropy = h.bigram;
    return c;
}

TokenEntropy tokenEntropy(const std::vector<std::int32_t>& ids) {
    TokenEntropy e;
    if (ids.empty()) return e;
    std::unordered_map<std::int32_t, std::int64_t> uni, firsts;
    std::unordered_map<std::uint64_t, std::int64_t> bi;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ++uni[ids[i]];
        if (i > 0) {
            ++bi[(std::uint64_t(std::uint32_t(ids[i - 1])) << 32) | std::uint32_t(ids[i])];
            ++firsts[ids[i - 1]];
        }
    }
    const double n = double(ids.size());
    for (const auto& [id, k] : uni) e.unigram -= double(k) / n * std::log(double(k) / n);
    if (ids.size() > 1) {
        const double pairs = double(ids.size() - 1);
        for (const auto& [ab, k] : bi)
            e.bigram -=
                double(k) / pairs * std::log(double(k) / double(firsts[std::int32_t(ab >> 32)]));
    }
    return e;
}

CorpusInfo inspectCorpus(const CorpusSource& source, double valFraction, int block) {
    return loadCorpus(source, valFraction, block).info;
}

}  // namespace lmw
