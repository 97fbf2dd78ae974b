#include "data/byte_bpe_tokenizer.h"

#include <locale.h>
#include <wctype.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/error.h"
#include "data/bpe_merge.h"
#include "util/json_number.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kMaxTokenizerFileBytes = 256ll << 20;

// --- the byte alphabet ------------------------------------------------------------------------

/// Bytes that stand for themselves: printable ASCII and printable Latin-1 (without the soft
/// hyphen). The other 68 bytes take the code points from 256 on, in byte order.
bool printsAsItself(unsigned b) {
    return (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174);
}

struct Alphabet {
    std::array<char32_t, 256> symbol{};
    std::array<std::string, 256> symbolUtf8;
    Alphabet() {
        char32_t next = 256;
        for (unsigned b = 0; b < 256; ++b) {
            symbol[b] = printsAsItself(b) ? char32_t(b) : next++;
            symbolUtf8[b] = utf8::encode(symbol[b]);
        }
    }
};

const Alphabet& alphabet() {
    static const Alphabet a;
    return a;
}

// --- character classes of GPT-2's pattern -----------------------------------------------------

/// Unicode's White_Space property (the \s of the pattern).
bool isSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/// \p{N}: ASCII digits, the decimal digits of the common scripts (blocks of ten), and the
/// frequent other numbers (superscripts, fractions, Roman numerals, circled numbers).
bool isNumber(char32_t c) {
    if (c >= '0' && c <= '9') return true;
    if (c < 0xB2) return false;
    static constexpr char32_t kDigitBlocks[] = {
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
        0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090,
        0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50, 0xABF0, 0xFF10};
    for (char32_t start : kDigitBlocks)
        if (c >= start && c < start + 10) return true;
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE) ||
           (c >= 0x2070 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089) ||
           (c >= 0x2150 && c <= 0x2189) || (c >= 0x2460 && c <= 0x249B) ||
           (c >= 0x24EA && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) || c == 0x3007 ||
           (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303A);
}

/// \p{L}: ASCII letters, and beyond ASCII the C library's UTF-8 letter class (numbers excluded,
/// which it counts as letters). Without a UTF-8 locale every other non-ASCII character counts.
bool isLetter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    static const locale_t utf8Locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
    if (isSpace(c) || isNumber(c)) return false;
    if (!utf8Locale) return true;
    return iswalpha_l(wint_t(c), utf8Locale) != 0;
}

enum class CharClass { Letter, Number, Other, Space };

CharClass classOf(char32_t c) {
    if (isSpace(c)) return CharClass::Space;
    if (isLetter(c)) return CharClass::Letter;
    if (isNumber(c)) return CharClass::Number;
    return CharClass::Other;
}

std::string hexByte(unsigned char b) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "0x";
    out += hex[b >> 4];
    out += hex[b & 15];
    return out;
}

nlohmann::json parseJsonFile(const std::string& path) {
    const std::string text = sys::readFile(path, kMaxTokenizerFileBytes);
    sys::requireNoNulBytes(text, "'" + path + "'");
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw Error(LMW_MESSAGE("json.invalid", "'%1' is not valid JSON."), {path});
    }
}

std::vector<std::string> piecesFromVocab(const nlohmann::json& vocab, const std::string& file) {
    if (!vocab.is_object() || vocab.empty())
        throw Error(LMW_MESSAGE("tokenizer.vocab_missing",
                                "'%1' has no vocabulary (an object of piece → id)."),
                    {file});
    std::int64_t maxId = -1;
    for (const auto& [piece, id] : vocab.items()) {
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 ||
            id.get<std::int64_t>() > 10'000'000)
            throw Error(LMW_MESSAGE("tokenizer.piece_id_invalid",
                                    "'%1': the id of '%2' is not a valid token id."),
                        {file, piece});
        maxId = std::max(maxId, id.get<std::int64_t>());
    }
    std::vector<std::string> pieces(std::size_t(maxId + 1));
    for (const auto& [piece, id] : vocab.items()) {
        auto& slot = pieces[std::size_t(id.get<std::int64_t>())];
        if (!slot.empty())
            throw Error(
                LMW_MESSAGE("tokenizer.piece_id_shared", "'%1': two pieces share the id %2."),
                {file, std::to_string(id.get<std::int64_t>())});
        slot = piece;
    }
    return pieces;
}

std::pair<std::string, std::string> splitMerge(const std::string& line, const std::string& file) {
    const auto space = line.find(' ');
    if (space == std::string::npos || space == 0 || space + 1 >= line.size() ||
        line.find(' ', space + 1) != std::string::npos)
        throw Error(LMW_MESSAGE("tokenizer.merge_malformed",
                                "'%1': the merge '%2' is not two pieces separated by a space."),
                    {file, line});
    return {line.substr(0, space), line.substr(space + 1)};
}

}  // namespace

char32_t ByteBpeTokenizer::byteSymbol(unsigned char b) {
    return alphabet().symbol[b];
}

int ByteBpeTokenizer::symbolByte(char32_t symbol) {
    if (symbol < 256) return printsAsItself(unsigned(symbol)) ? int(symbol) : -1;
    const char32_t offset = symbol - 256;
    int seen = 0;
    for (unsigned b = 0; b < 256; ++b)
        if (!printsAsItself(b) && char32_t(seen++) == offset) return int(b);
    return -1;
}

ByteBpeTokenizer::ByteBpeTokenizer(std::vector<std::string> pieces,
                                   std::vector<std::pair<std::string, std::string>> merges,
                                   std::vector<std::pair<std::string, int32_t>> added)
    : pieces_(std::move(pieces)), merges_(std::move(merges)), added_(std::move(added)) {
    if (pieces_.empty())
        throw Error(LMW_MESSAGE("tokenizer.vocab_empty", "The tokenizer has an empty vocabulary."));
    bytes_.resize(pieces_.size());
    for (std::size_t id = 0; id < pieces_.size(); ++id) {
        const std::string& p = pieces_[id];
        if (p.empty()) continue;
        if (!ids_.emplace(p, int32_t(id)).second)
            throw Error(
                LMW_MESSAGE("tokenizer.piece_twice", "The tokenizer lists the piece '%1' twice."),
                {p});
        const auto decoded = utf8::decode(p);
        if (!decoded.ok)
            throw Error(LMW_MESSAGE("tokenizer.piece_invalid_utf8",
                                    "The tokenizer's piece %1 is not valid UTF-8."),
                        {std::to_string(id)});
        std::string raw;
        bool inAlphabet = true;
        for (char32_t c : decoded.text) {
            const int b = symbolByte(c);
            if (b < 0) {
                inAlphabet = false;
                break;
            }
            raw += char(b);
        }
        bytes_[id] = inAlphabet ? raw : p;  // added tokens ("<|endoftext|>") read as written
    }
    for (std::size_t rank = 0; rank < merges_.size(); ++rank) {
        const auto& [left, right] = merges_[rank];
        if (!ids_.count(left) || !ids_.count(right) || !ids_.count(left + right))
            throw Error(
                LMW_MESSAGE(
                    "tokenizer.merge_unknown_pieces",
                    "The merge '%1 %2' (rank %3) joins pieces that are not in the vocabulary."),
                {left, right, std::to_string(rank)});
        ranks_.emplace(left + " " + right, int(rank));  // the first (best) rank wins
    }
    for (const auto& [text, id] : added_)
        if (text.empty() || id < 0 || id >= int32_t(pieces_.size()))
            throw Error(LMW_MESSAGE("tokenizer.added_token_id_invalid",
                                    "The tokenizer's added token '%1' has no valid id."),
                        {text});
    std::stable_sort(added_.begin(), added_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    setSpecialTokens({});
}

std::vector<std::u32string> ByteBpeTokenizer::splitWords(const std::u32string& s) {
    std::vector<std::u32string> words;
    const std::size_t n = s.size();
    std::size_t i = 0;
    auto take = [&](std::size_t end) {
        words.push_back(s.substr(i, end - i));
        i = end;
    };
    static const std::u32string kContractions[] = {U"s", U"t", U"re", U"ve", U"m", U"ll", U"d"};
    while (i < n) {
        const char32_t c = s[i];
        if (c == U'\'') {
            bool matched = false;
            for (const auto& suffix : kContractions)
                if (s.compare(i + 1, suffix.size(), suffix) == 0) {
                    take(i + 1 + suffix.size());
                    matched = true;
                    break;
                }
            if (matched) continue;
        }
        // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+": one optional leading space.
        const std::size_t j = (c == U' ' && i + 1 < n) ? i + 1 : i;
        const CharClass cls = classOf(s[j]);
        if (cls != CharClass::Space) {
            std::size_t k = j;
            while (k < n && classOf(s[k]) == cls) ++k;
            take(k);
            continue;
        }
        // "\s+(?!\S)" then "\s+": a whitespace run leaves its last character to the word after it.
        std::size_t k = i;
        while (k < n && isSpace(s[k])) ++k;
        if (k == n || k - i == 1)
            take(k);
        else
            take(k - 1);
    }
    return words;
}

std::vector<int32_t> ByteBpeTokenizer::encodeWord(const std::string& word) const {
    {
        std::lock_guard<std::mutex> lock(cacheMutex_);
        const auto it = cache_.find(word);
        if (it != cache_.end()) return it->second;
    }
    // Split into the alphabet's symbols (one code point each).
    std::vector<std::string> parts;
    for (std::size_t p = 0; p < word.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(word[p]);
        if (lead >= 0xF0)
            len = 4;
        else if (lead >= 0xE0)
            len = 3;
        else if (lead >= 0xC0)
            len = 2;
        parts.push_back(word.substr(p, len));
        p += len;
    }
    parts = mergeByRank(std::move(parts), ranks_);
    std::vector<int32_t> out;
    out.reserve(parts.size());
    for (const auto& part : parts) {
        const auto it = ids_.find(part);
        if (it == ids_.end()) {
            const auto decoded = utf8::decode(part);
            const int b = decoded.text.size() == 1 ? symbolByte(decoded.text[0]) : -1;
            if (b >= 0)
                throw Error(
                    LMW_MESSAGE("tokenizer.byte_missing",
                                "The text holds byte %1, which this tokenizer's vocabulary lacks."),
                    {hexByte(static_cast<unsigned char>(b))});
            throw Error(
                LMW_MESSAGE("tokenizer.piece_missing",
                            "The text holds '%1', which this tokenizer's vocabulary lacks."),
                {part});
        }
        out.push_back(it->second);
    }
    std::lock_guard<std::mutex> lock(cacheMutex_);
    if (cache_.size() > 200000) cache_.clear();
    cache_.emplace(word, out);
    return out;
}

std::vector<int32_t> ByteBpeTokenizer::encode(const std::string& text) const {
    std::vector<int32_t> ids;
    auto encodePlain = [&](const std::string& segment) {
        if (segment.empty()) return;
        const auto decoded = utf8::decode(segment);
        if (!decoded.ok)
            throw Error(
                LMW_MESSAGE("text.invalid_utf8_at_byte", "The text is not valid UTF-8 (byte %1)."),
                {std::to_string(decoded.badOffset)});
        const Alphabet& a = alphabet();
        for (const auto& word : splitWords(decoded.text)) {
            std::string symbols;
            for (unsigned char b : utf8::encode(word)) symbols += a.symbolUtf8[b];
            const auto wordIds = encodeWord(symbols);
            ids.insert(ids.end(), wordIds.begin(), wordIds.end());
        }
    };
    std::size_t start = 0;
    for (std::size_t p = 0; p < text.size();) {
        const std::pair<std::string, int32_t>* hit = nullptr;
        for (const auto& a : added_)
            if (text.compare(p, a.first.size(), a.first) == 0) {
                hit = &a;
                break;
            }
        if (!hit) {
            ++p;
            continue;
        }
        encodePlain(text.substr(start, p - start));
        ids.push_back(hit->second);
        p += hit->first.size();
        start = p;
    }
    encodePlain(text.substr(start));
    return ids;
}

std::string ByteBpeTokenizer::piece(int64_t id) const {
    if (id < 0 || id >= int64_t(bytes_.size()))
        throw Error(LMW_MESSAGE("tokenizer.id_out_of_range", "Token id %1 is out of range."),
                    {std::to_string(id)});
    return bytes_[std::size_t(id)];
}

nlohmann::json ByteBpeTokenizer::toJson() const {
    nlohmann::json merges = nlohmann::json::array();
    for (const auto& [left, right] : merges_) merges.push_back(left + " " + right);
    nlohmann::json added = nlohmann::json::array();
    for (const auto& [text, id] : added_) added.push_back({{"text", text}, {"id", id}});
    return {{"kind", "byte-bpe"}, {"pieces", pieces_}, {"merges", merges}, {"added", added}};
}

std::shared_ptr<ByteBpeTokenizer> ByteBpeTokenizer::fromJsonObject(const nlohmann::json& j) {
    try {
        std::vector<std::pair<std::string, std::string>> merges;
        for (const auto& m : j.at("merges"))
            merges.push_back(splitMerge(m.get<std::string>(), "tokenizer"));
        std::vector<std::pair<std::string, int32_t>> added;
        for (const auto& a : j.at("added")) {
            int32_t id = -1;
            if (readWholeNumber(a.at("id"), id) != JsonNumber::Ok)  // no cast of 9e78 to an int
                throw Error(
                    LMW_MESSAGE("tokenizer.byte_bpe_added_id_damaged",
                                "The byte-level BPE tokenizer is damaged (an added token's id)."));
            added.emplace_back(a.at("text").get<std::string>(), id);
        }
        return std::make_shared<ByteBpeTokenizer>(j.at("pieces").get<std::vector<std::string>>(),
                                                  std::move(merges), std::move(added));
    } catch (const nlohmann::json::exception&) {
        throw Error(
            LMW_MESSAGE("tokenizer.byte_bpe_damaged", "The byte-level BPE tokenizer is damaged."));
    }
}

bool ByteBpeTokenizer::folderHasFiles(const std::string& dir) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / "tokenizer.json", ec) ||
           (fs::is_regular_file(fs::path(dir) / "vocab.json", ec) &&
            fs::is_regular_file(fs::path(dir) / "merges.txt", ec));
}

std::shared_ptr<ByteBpeTokenizer> ByteBpeTokenizer::fromFolder(const std::string& dir) {
    const fs::path folder(dir);
    std::error_code ec;
    const std::string tokenizerJson = (folder / "tokenizer.json").string();
    if (fs::is_regular_file(tokenizerJson, ec)) {
        const nlohmann::json j = parseJsonFile(tokenizerJson);
        const auto* model = j.is_object() && j.contains("model") ? &j["model"] : nullptr;
        if (!model || !model->is_object() || model->value("type", std::string("BPE")) != "BPE")
            throw Error(LMW_MESSAGE("tokenizer.not_bpe", "'%1' is not a BPE tokenizer."),
                        {tokenizerJson});
        bool byteLevel = false;
        if (j.contains("pre_tokenizer") && j["pre_tokenizer"].is_object()) {
            const auto& pre = j["pre_tokenizer"];
            if (pre.value("type", std::string()) == "ByteLevel") byteLevel = true;
            if (pre.value("type", std::string()) == "Sequence" && pre.contains("pretokenizers"))
                for (const auto& p : pre["pretokenizers"])
                    if (p.is_object() && p.value("type", std::string()) == "ByteLevel")
                        byteLevel = true;
        }
        if (!byteLevel)
            throw Error(LMW_MESSAGE("tokenizer.not_byte_level",
                                    "'%1' is not a byte-level BPE tokenizer (as GPT-2's); other "
                                    "tokenizers are not supported."),
                        {tokenizerJson});
        if (!model->contains("vocab") || !model->contains("merges"))
            throw Error(
                LMW_MESSAGE("tokenizer.no_vocab_or_merges", "'%1' has no vocabulary or merges."),
                {tokenizerJson});
        auto pieces = piecesFromVocab((*model)["vocab"], tokenizerJson);
        std::vector<std::pair<std::string, std::string>> merges;
        for (const auto& m : (*model)["merges"]) {
            if (m.is_string())
                merges.push_back(splitMerge(m.get<std::string>(), tokenizerJson));
            else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string())
                merges.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
            else
                throw Error(LMW_MESSAGE("tokenizer.merge_form",
                                        "'%1': a merge is neither \"a b\" nor [\"a\", \"b\"]."),
                            {tokenizerJson});
        }
        std::vector<std::pair<std::string, int32_t>> added;
        if (j.contains("added_tokens") && j["added_tokens"].is_array())
            for (const auto& a : j["added_tokens"]) {
                if (!a.is_object() || !a.contains("id") || !a.contains("content") ||
                    !a["content"].is_string() || !a["id"].is_number_integer())
                    throw Error(LMW_MESSAGE("tokenizer.added_token_incomplete",
                                            "'%1': an added token lacks its id or content."),
                                {tokenizerJson});
                const auto id = a["id"].get<std::int64_t>();
                if (id < 0 || id > 10'000'000)
                    throw Error(LMW_MESSAGE("tokenizer.added_token_id_range",
                                            "'%1': an added token's id is out of range."),
                                {tokenizerJson});
                if (std::size_t(id) >= pieces.size()) pieces.resize(std::size_t(id) + 1);
                if (pieces[std::size_t(id)].empty())
                    pieces[std::size_t(id)] = a["content"].get<std::string>();
                added.emplace_back(a["content"].get<std::string>(), int32_t(id));
            }
        return std::make_shared<ByteBpeTokenizer>(std::move(pieces), std::move(merges),
                                                  std::move(added));
    }
    const std::string vocabPath = (folder / "vocab.json").string();
    const std::string mergesPath = (folder / "merges.txt").string();
    if (!fs::is_regular_file(vocabPath, ec) || !fs::is_regular_file(mergesPath, ec))
        throw Error(LMW_MESSAGE("tokenizer.folder_missing_files",
                                "'%1' has no tokenizer: it needs tokenizer.json, or vocab.json and "
                                "merges.txt (GPT-2's byte-level BPE)."),
                    {dir});
    auto pieces = piecesFromVocab(parseJsonFile(vocabPath), vocabPath);
    std::vector<std::pair<std::string, std::string>> merges;
    std::istringstream lines(sys::readFile(mergesPath, kMaxTokenizerFileBytes));
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.rfind("#version", 0) == 0) continue;
        merges.push_back(splitMerge(line, mergesPath));
    }
    std::vector<std::pair<std::string, int32_t>> added;
    for (std::size_t id = 0; id < pieces.size(); ++id)
        if (pieces[id] == "<|endoftext|>") added.emplace_back(pieces[id], int32_t(id));
    return std::make_shared<ByteBpeTokenizer>(std::move(pieces), std::move(merges),
                                              std::move(added));
}

}  // namespace lmw
