// Document and sentence segmentation for the pretraining pipelines: blank lines between
// documents and one sentence per line at least, as in BERT's pretraining data (Devlin et al.
// 2018, Appendix A.2), with terminal punctuation splitting lines further (Latin . ! ? before
// whitespace; CJK 。！？ anywhere). Works on decoded code points, so Chinese is not special.
#include "data/segments.h"

#include <string_view>

#include "api/error.h"
#include "util/utf8.h"

namespace lmw {
namespace {

bool isLineBreak(char32_t c) {
    return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isSpace(char32_t c) {
    switch (c) {
        case U' ':
        case U'\t':
        case U'\v':
        case U'\f':
        case 0xA0:    // no-break space
        case 0x1680:  // ogham space mark
        case 0x202F:  // narrow no-break space
        case 0x205F:  // medium mathematical space
        case 0x3000:  // ideographic space
        case 0xFEFF:  // zero-width no-break space (a stray byte-order mark)
            return true;
        default:
            return isLineBreak(c) || (c >= 0x2000 && c <= 0x200A);
    }
}

bool isLatinTerminator(char32_t c) {
    return c == U'.' || c == U'!' || c == U'?';
}

bool isCjkTerminator(char32_t c) {
    return c == U'\u3002' || c == U'\uFF01' || c == U'\uFF1F';  // 。！？
}

bool isCloser(char32_t c) {
    switch (c) {
        case U'"':
        case U'\'':
        case U'\u201D':  // ”
        case U'\u2019':  // ’
        case U')':
        case U']':
        case U'\u300D':  // 」
        case U'\u300F':  // 』
        case U'\uFF09':  // ）
        case U'\u3011':  // 】
        case U'\u300B':  // 》
            return true;
        default:
            return false;
    }
}

/// Appends `piece` without its surrounding whitespace, unless nothing is left.
void emitTrimmed(std::u32string_view piece, std::vector<std::string>& out) {
    std::size_t begin = 0;
    std::size_t end = piece.size();
    while (begin < end && isSpace(piece[begin])) ++begin;
    while (end > begin && isSpace(piece[end - 1])) --end;
    if (begin < end) out.push_back(utf8::encode(piece.substr(begin, end - begin)));
}

/// Splits one line (no line breaks inside) at sentence terminators.
void splitLine(std::u32string_view line, std::vector<std::string>& out) {
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        const char32_t c = line[i];
        if (!isLatinTerminator(c) && !isCjkTerminator(c)) {
            ++i;
            continue;
        }
        // A run of terminators and closers ("?!", "...", "。”", ".')") ends together.
        bool cjk = isCjkTerminator(c);
        std::size_t j = i + 1;
        while (j < line.size() &&
               (isLatinTerminator(line[j]) || isCjkTerminator(line[j]) || isCloser(line[j]))) {
            cjk = cjk || isCjkTerminator(line[j]);
            ++j;
        }
        if (cjk || j == line.size() || isSpace(line[j])) {
            emitTrimmed(line.substr(start, j - start), out);
            start = j;
        }
        i = j;
    }
    emitTrimmed(line.substr(start), out);
}

bool isBlank(std::u32string_view line) {
    for (char32_t c : line)
        if (!isSpace(c)) return false;
    return true;
}

/// Decodes `text` strictly, dropping a leading byte-order mark.
std::u32string decodeText(const std::string& text) {
    utf8::Decoded decoded = utf8::decode(text);
    if (!decoded.ok)
        throw Error(LMW_MESSAGE("text.invalid_utf8_at_offset",
                                "The text is not valid UTF-8 (bad byte at offset %1)."),
                    {std::to_string(decoded.badOffset)});
    if (!decoded.text.empty() && decoded.text.front() == 0xFEFF) decoded.text.erase(0, 1);
    return std::move(decoded.text);
}

/// Calls `onLine` for every line of `text`; CRLF counts as one break.
template <class Fn>
void forEachLine(std::u32string_view text, Fn onLine) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isLineBreak(text[i])) continue;
        onLine(text.substr(start, i - start));
        if (text[i] == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') ++i;
        start = i + 1;
    }
    onLine(text.substr(start));
}

}  // namespace

std::vector<std::vector<std::string>> splitDocuments(const std::string& text) {
    const std::u32string decoded = decodeText(text);
    std::vector<std::vector<std::string>> documents;
    std::vector<std::string> current;
    forEachLine(decoded, [&](std::u32string_view line) {
        if (isBlank(line)) {
            if (!current.empty()) documents.push_back(std::move(current));
            current.clear();
        } else {
            splitLine(line, current);
        }
    });
    if (!current.empty()) documents.push_back(std::move(current));
    return documents;
}

std::vector<std::string> splitSentences(const std::string& text) {
    const std::u32string decoded = decodeText(text);
    std::vector<std::string> sentences;
    forEachLine(decoded, [&](std::u32string_view line) { splitLine(line, sentences); });
    return sentences;
}

}  // namespace lmw
