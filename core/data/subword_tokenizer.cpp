#include "data/subword_tokenizer.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

#include "api/error.h"
#include "data/sentencepiece_library.h"
#include "util/base64.h"
#include "util/utf8.h"

namespace lmw {

namespace {

constexpr std::string_view kSpaceMark = "\xE2\x96\x81";  // U+2581, SentencePiece's space
constexpr const char* kUnknownShown = "\xE2\x81\x87";    // U+2047, as SentencePiece shows it
constexpr const char* kReplacement = "\xEF\xBF\xBD";     // U+FFFD, for ids outside the vocabulary
// SentencePiece's layout: its unknown piece first, then two user-defined pieces, the newline
// (lines are encoded one at a time) and the tab (SentencePiece never learns it as a character),
// then what training found.
constexpr int kPieceUnknown = 0;
constexpr int kPieceNewline = 1;
constexpr int kPieceTab = 2;
constexpr int kMetaPieces = 3;
// Longest training sentence, in bytes (SentencePiece skips sentences over 4192 by default).
constexpr std::size_t kMaxSentenceBytes = 4000;
// Training reads at most this much of the text, spread over the whole corpus.
constexpr std::size_t kMaxTrainingBytes = 8u << 20;
constexpr std::size_t kTrainingWindows = 64;
constexpr unsigned kTrainingSeed = 1234;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Splits a line into training sentences of at most kMaxSentenceBytes, at a space when there
/// is one (the space is dropped: SentencePiece puts one in front of every sentence) and
/// otherwise at a character boundary.
void addSentences(std::string_view line, std::vector<std::string>& out) {
    while (line.size() > kMaxSentenceBytes) {
        std::size_t cut = kMaxSentenceBytes;
        while (cut > 0 && isContinuationByte(line[cut])) --cut;
        const std::size_t space = line.rfind(' ', cut);
        if (space != std::string_view::npos && space >= kMaxSentenceBytes / 2) {
            if (space > 0) out.emplace_back(line.substr(0, space));
            line.remove_prefix(space + 1);
        } else {
            out.emplace_back(line.substr(0, cut));
            line.remove_prefix(cut);
        }
    }
    if (!line.empty()) out.emplace_back(line);
}

/// Characters that need no piece of their own: the space (SentencePiece's space mark stands for
/// it), the tab (a user-defined piece) and the mark SentencePiece shows unknown text with.
bool isPieceCharacter(char32_t c) {
    return c != U' ' && c != U'\t' && c != U'\u2581' && c != U'\u2047';
}

/// The lines SentencePiece learns from: the whole text when it is small, otherwise up to
/// kMaxTrainingBytes taken from evenly spaced places (always the same ones for the same text),
/// followed by the characters of `distinct` these places missed, so that each gets a piece.
std::vector<std::string> trainingSentences(const std::string& text,
                                           const std::vector<char32_t>& distinct) {
    std::vector<std::string> out;
    auto addLines = [&](std::size_t begin, std::size_t budget) {
        std::size_t used = 0;
        while (begin < text.size() && used < budget) {
            std::size_t end = text.find('\n', begin);
            if (end == std::string::npos) end = text.size();
            std::size_t stop = std::min(end, begin + (budget - used));
            while (stop > begin && stop < text.size() && isContinuationByte(text[stop])) --stop;
            addSentences(std::string_view(text).substr(begin, stop - begin), out);
            used += stop - begin + 1;
            begin = stop == end ? end + 1 : stop;
        }
    };
    if (text.size() <= kMaxTrainingBytes) {
        addLines(0, text.size() + 1);
        return out;
    }
    const std::size_t budget = kMaxTrainingBytes / kTrainingWindows;
    for (std::size_t w = 0; w < kTrainingWindows; ++w) {
        std::size_t begin = text.size() / kTrainingWindows * w;
        // Start at a line, or at a character when no line starts nearby.
        if (w > 0) {
            const std::size_t line = text.find('\n', begin);
            if (line != std::string::npos && line < begin + budget) begin = line + 1;
        }
        while (begin < text.size() && isContinuationByte(text[begin])) ++begin;
        addLines(begin, budget);
    }
    std::vector<bool> seen(0x110000, false);
    for (const std::string& sentence : out)
        for (char32_t c : utf8::decode(sentence).text) seen[c] = true;
    std::string missing;
    for (char32_t c : distinct) {
        if (seen[c] || !isPieceCharacter(c)) continue;
        if (missing.size() >= kMaxSentenceBytes - 4) {
            out.push_back(std::move(missing));
            missing.clear();
        }
        utf8::append(missing, c);
    }
    if (!missing.empty()) out.push_back(std::move(missing));
    return out;
}

/// The number after `marker` in one of SentencePiece's messages ("Vocabulary size too high
/// (N). Please set it to a value <= M.", "Vocabulary size is smaller than required_chars. N vs
/// M."), or -1.
int numberAfter(const std::string& message, const std::string& marker) {
    const std::size_t at = message.rfind(marker);
    if (at == std::string::npos) return -1;
    std::size_t i = at + marker.size();
    long value = 0;
    bool digits = false;
    while (i < message.size() && std::isdigit(static_cast<unsigned char>(message[i])) &&
           value < 100000000) {
        value = value * 10 + (message[i++] - '0');
        digits = true;
    }
    return digits ? int(value) : -1;
}

/// The distinct code points of `text` but the newline, sorted; throws lmw::Error for invalid
/// UTF-8. Decodes a block at a time so that a large corpus is not held twice.
std::vector<char32_t> distinctCharacters(const std::string& text) {
    constexpr std::size_t kBlock = 1u << 20;
    std::vector<bool> seen(0x110000, false);
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = std::min(text.size(), begin + kBlock);
        while (end < text.size() && end > begin && isContinuationByte(text[end])) --end;
        const utf8::Decoded d = utf8::decode(std::string_view(text).substr(begin, end - begin));
        if (!d.ok) throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
        for (char32_t c : d.text) seen[c] = true;
        begin = end;
    }
    std::vector<char32_t> out;
    for (char32_t c = 1; c < 0x110000; ++c)
        if (seen[c] && c != U'\n') out.push_back(c);
    return out;
}

std::string withSpaces(std::string piece) {
    std::size_t at = 0;
    while ((at = piece.find(kSpaceMark, at)) != std::string::npos) piece.replace(at, 3, " ");
    return piece;
}

}  // namespace

int SubwordTokenizer::automaticVocabSize(int characters, int specialCount) {
    const int bySize = std::clamp(characters * 4, 64, 8000);
    // Large alphabets (Chinese) still leave room for some merged pieces.
    return std::max(bySize, specialCount + characters + 64);
}

SubwordTokenizer SubwordTokenizer::train(const std::string& text, const std::string& kind,
                                         int vocabSize, std::vector<SpecialToken> specials,
                                         bool upTo) {
    if (kind != "bpe" && kind != "unigram")
        throw Error(LMW_MESSAGE("tokenizer.unknown_subword_kind",
                                "Unknown subword tokenizer kind '%1'; use bpe or unigram."),
                    {kind});
    if (vocabSize < 0)
        throw Error(LMW_MESSAGE("tokenizer.vocab_size_negative",
                                "The vocabulary size must be 0 (automatic) or positive."));

    const std::vector<char32_t> distinct = distinctCharacters(text);
    if (distinct.empty())
        throw Error(LMW_MESSAGE("tokenizer.no_characters",
                                "The text has no characters to learn subwords from."));
    // The space mark, which every line starts with, and the characters that need pieces.
    const int nCharacters =
        1 + int(std::count_if(distinct.begin(), distinct.end(), isPieceCharacter));
    const int nDistinct = int(distinct.size());

    // Sizes below count every token, as vocabSize() does; SentencePiece's own count differs by
    // our special tokens, less its unknown piece when we have an unknown token of our own.
    const int nSpecial = int(specials.size());
    const bool ownUnknown = std::any_of(specials.begin(), specials.end(),
                                        [](const SpecialToken& s) { return s.role == "unk"; });
    const int offset = nSpecial - (ownUnknown ? 1 : 0);
    const int smallest = offset + nCharacters + kMetaPieces;
    const bool automatic = vocabSize == 0;
    int size = automatic ? std::max(automaticVocabSize(nDistinct, nSpecial), smallest) : vocabSize;
    if (size < smallest)
        throw Error(
            LMW_MESSAGE("tokenizer.vocab_too_small",
                        "A vocabulary of %1 tokens is too small for this text with %2 distinct "
                        "characters; use at least %3, or 0 for an automatic size."),
            {std::to_string(size), std::to_string(nDistinct), std::to_string(smallest)});

    const std::vector<std::string> sentences = trainingSentences(text, distinct);
    std::string model;
    for (int attempt = 0;; ++attempt) {
        const std::vector<std::pair<std::string, std::string>> options = {
            {"model_type", kind},
            {"vocab_size", std::to_string(size - offset)},
            {"character_coverage", "1.0"},
            {"byte_fallback", "false"},
            // Keep the text as it is (no NFKC, no whitespace clean-up) so decoding restores it.
            {"normalization_rule_name", "identity"},
            {"remove_extra_whitespaces", "false"},
            {"add_dummy_prefix", "true"},
            {"unk_id", std::to_string(kPieceUnknown)},
            {"bos_id", "-1"},
            {"eos_id", "-1"},
            {"pad_id", "-1"},
            {"user_defined_symbols", "\n,\t"},
            {"input_sentence_size", "0"},
            {"shuffle_input_sentence", "false"},
            {"num_threads", "1"},
            {"minloglevel", "100"},
        };
        std::string message;
        try {
            model = spm::train(sentences, options, kTrainingSeed);
            break;
        } catch (const Error& e) {
            message = e.what();
            if (message.rfind("Subword tokenizers need", 0) == 0) throw;  // no SentencePiece
        }
        const int reachable =
            message.find("too high") != std::string::npos ? numberAfter(message, "<= ") : -1;
        if (reachable >= 0) {
            const int largest = reachable + offset;
            if (largest < smallest)
                throw Error(LMW_MESSAGE("tokenizer.text_too_short",
                                        "This text is too short to learn a %1 vocabulary from; use "
                                        "a longer text or the character tokenizer."),
                            {kind});
            if ((automatic || upTo) && attempt < 3 && largest < size) {
                size = largest;
                continue;
            }
            throw Error(LMW_MESSAGE("tokenizer.vocab_too_large",
                                    "A vocabulary of %1 tokens is too large for this text; at most "
                                    "%2 can be learned from it (0 picks a size automatically)."),
                        {std::to_string(size), std::to_string(largest)});
        }
        const int required = message.find("smaller than required_chars") != std::string::npos
                                 ? numberAfter(message, " vs ")
                                 : -1;
        if (required >= 0)
            throw Error(
                LMW_MESSAGE("tokenizer.vocab_too_small",
                            "A vocabulary of %1 tokens is too small for this text with %2 distinct "
                            "characters; use at least %3, or 0 for an automatic size."),
                {std::to_string(size), std::to_string(nDistinct),
                 std::to_string(required + offset)});
        throw Error(LMW_MESSAGE("spm.train_failed",
                                "SentencePiece could not learn a %1 tokenizer from this text: %2"),
                    {kind, message});
    }
    SubwordTokenizer t;
    t.load(kind, std::move(model), std::move(specials));
    return t;
}

void SubwordTokenizer::load(const std::string& kind, std::string model,
                            std::vector<SpecialToken> specials) {
    auto processor = std::make_shared<spm::Model>(model);
    if (processor->pieceSize() <= kMetaPieces || processor->unknownId() != kPieceUnknown ||
        processor->piece(kPieceNewline) != "\n" || processor->piece(kPieceTab) != "\t" ||
        processor->beginId() >= 0 || processor->endId() >= 0 || processor->paddingId() >= 0)
        throw Error(LMW_MESSAGE(
            "spm.model_layout",
            "The subword tokenizer's model does not have the layout this program uses."));
    setSpecialTokens(std::move(specials));
    kind_ = kind;
    model_ = std::move(model);
    processor_ = std::move(processor);
    pieceCount_ = processor_->pieceSize();
    newline_ = fromPieceId(kPieceNewline);
}

int SubwordTokenizer::vocabSize() const {
    return int(specialTokens().size()) + pieceCount_ - (specials().unk >= 0 ? 1 : 0);
}

int32_t SubwordTokenizer::fromPieceId(int spId) const {
    const auto nSpecial = int32_t(specialTokens().size());
    if (specials().unk < 0) return nSpecial + spId;
    return spId == kPieceUnknown ? specials().unk : nSpecial + spId - 1;
}

int SubwordTokenizer::toPieceId(int64_t id) const {
    const auto nSpecial = int64_t(specialTokens().size());
    if (id < nSpecial || id >= vocabSize()) return -1;
    return int(id - nSpecial + (specials().unk >= 0 ? 1 : 0));
}

std::vector<int32_t> SubwordTokenizer::encode(const std::string& utf8Text) const {
    std::vector<int32_t> ids;
    ids.reserve(utf8Text.size() / 3);
    std::vector<int> pieceIds;
    const std::string_view text(utf8Text);
    std::size_t begin = 0;
    while (true) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(begin, end - begin);
        if (!line.empty()) {
            if (!utf8::decode(line).ok)
                throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
            pieceIds = processor_->encode(line);
            for (int p : pieceIds) ids.push_back(fromPieceId(p));
        }
        if (end == text.size()) break;
        ids.push_back(newline_);
        begin = end + 1;
    }
    return ids;
}

std::string SubwordTokenizer::piece(int64_t id) const {
    if (isSpecial(id)) return specialTokens()[std::size_t(id)].text;
    const int p = toPieceId(id);
    if (p < 0) return kReplacement;
    if (processor_->isUnknown(p)) return kUnknownShown;
    return withSpaces(std::string(processor_->piece(p)));
}

std::string SubwordTokenizer::rawPiece(int64_t id) const {
    if (isSpecial(id)) return specialTokens()[std::size_t(id)].text;
    const int p = toPieceId(id);
    if (p < 0)
        throw Error(
            LMW_MESSAGE("tokenizer.id_outside_vocab", "The id %1 is outside the vocabulary."),
            {std::to_string(id)});
    return std::string(processor_->piece(p));
}

float SubwordTokenizer::score(int64_t id) const {
    if (isSpecial(id)) return 0.0f;
    const int p = toPieceId(id);
    if (p < 0)
        throw Error(
            LMW_MESSAGE("tokenizer.id_outside_vocab", "The id %1 is outside the vocabulary."),
            {std::to_string(id)});
    return processor_->score(p);
}

int32_t SubwordTokenizer::unknownId() const {
    return fromPieceId(kPieceUnknown);
}

std::string SubwordTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecial) const {
    std::string out;
    bool lineStart = true;  // SentencePiece put a space mark in front of each line
    for (int64_t id : ids) {
        if (isSpecial(id)) {
            if (skipSpecial) continue;
            out += specialTokens()[std::size_t(id)].text;
            lineStart = false;
            continue;
        }
        std::string text = piece(id);
        if (lineStart && !text.empty() && text[0] == ' ') text.erase(0, 1);
        out += text;
        lineStart = id == newline_;
    }
    return out;
}

nlohmann::json SubwordTokenizer::toJson() const {
    return {{"kind", kind_},
            {"model", base64::encode(model_)},
            {"vocab_size", vocabSize()},
            {"specials", specialsJson()}};
}

SubwordTokenizer SubwordTokenizer::fromJson(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string() ||
        (j["kind"] != "bpe" && j["kind"] != "unigram"))
        throw Error(LMW_MESSAGE("checkpoint.tokenizer_kind",
                                "The checkpoint's tokenizer is missing or of an unknown kind."));
    if (!j.contains("model") || !j["model"].is_string())
        throw Error(LMW_MESSAGE("checkpoint.subword_no_model",
                                "The checkpoint's subword tokenizer has no model."));
    std::optional<std::string> model = base64::decode(j["model"].get<std::string>());
    if (!model)
        throw Error(
            LMW_MESSAGE("checkpoint.subword_bad_base64",
                        "The checkpoint's subword tokenizer model is damaged (bad base64)."));
    SubwordTokenizer t;
    t.load(j["kind"].get<std::string>(), std::move(*model), specialsFromJson(j));
    if (j.contains("vocab_size") &&
        (!j["vocab_size"].is_number_integer() || j["vocab_size"].get<int64_t>() != t.vocabSize()))
        throw Error(
            LMW_MESSAGE("checkpoint.subword_wrong_size",
                        "The checkpoint's subword tokenizer model is damaged (wrong size)."));
    return t;
}

}  // namespace lmw
