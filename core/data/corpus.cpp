#include "data/corpus.h"

#include <cmath>
#include <cstring>
#include <filesystem>

#include "api/configs.h"
#include "api/error.h"
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
            throw Error("Corpus '" + source.displayName() + "' is too large (" +
                        formatBytes(static_cast<std::int64_t>(source.text.size())) +
                        "); the limit is " + formatBytes(kMaxCorpusBytes) + ".");
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

Corpus loadCorpus(const CorpusSource& source, double valFraction, int block,
                  const CharTokenizer* tokenizer) {
    const std::string name = source.displayName();
    std::string bytes = readSource(source);
    if (bytes.empty()) throw Error("Corpus '" + name + "' is empty.");
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
        throw Error("Corpus '" + name +
                    "' looks like a binary file (it contains NUL bytes), not UTF-8 text.");
    // A UTF-8 byte order mark is not part of the text.
    std::string_view view(bytes);
    if (view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);

    utf8::Decoded decoded = utf8::decode(view);
    if (!decoded.ok) {
        const auto bad = static_cast<unsigned char>(view[decoded.badOffset]);
        throw Error("Corpus '" + name + "' is not valid UTF-8 text (byte " + hexByte(bad) +
                    " at offset " + std::to_string(decoded.badOffset) +
                    "). Save it as UTF-8 and try again.");
    }

    Corpus c;
    c.tokenizer = tokenizer ? *tokenizer : CharTokenizer::fromText(decoded.text);
    if (c.tokenizer.vocabSize() < 2)
        throw Error("Corpus '" + name +
                    "' uses only one distinct character; a language model needs at least two.");
    std::vector<std::int32_t> ids;
    try {
        ids = c.tokenizer.encode(decoded.text);
    } catch (const Error& e) {
        throw Error("Corpus '" + name + "' does not match the checkpoint's vocabulary. " +
                    e.what());
    }

    const auto n = static_cast<std::int64_t>(ids.size());
    const auto nTrain = static_cast<std::int64_t>(std::llround(n * (1.0 - valFraction)));
    const std::int64_t need = static_cast<std::int64_t>(block) + 1;
    const std::int64_t smallest = std::min(nTrain, n - nTrain);
    if (smallest <= need) {
        throw Error("Corpus '" + name + "' is too short: " + std::to_string(n) +
                    " characters give a " + (nTrain <= n - nTrain ? "training" : "validation") +
                    " split of " + std::to_string(smallest) + ", but one window needs more than " +
                    std::to_string(need) + " (context " + std::to_string(block) +
                    " + 1). Use a longer text or a shorter context.");
    }
    c.train.assign(ids.begin(), ids.begin() + nTrain);
    c.val.assign(ids.begin() + nTrain, ids.end());

    c.info.name = name;
    c.info.bytes = static_cast<std::int64_t>(bytes.size());
    c.info.characters = n;
    c.info.vocabSize = c.tokenizer.vocabSize();
    c.info.trainTokens = nTrain;
    c.info.valTokens = n - nTrain;
    return c;
}

CorpusInfo inspectCorpus(const CorpusSource& source, double valFraction, int block) {
    return loadCorpus(source, valFraction, block).info;
}

}  // namespace lmw
