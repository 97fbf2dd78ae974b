// Strict UTF-8 decoding and encoding (no Qt, no ICU). The decoder rejects overlong forms,
// surrogates and code points past U+10FFFF, and says where the first bad byte is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lmw::utf8 {

/// Result of decoding: on failure `ok` is false and `badOffset` is the first bad byte.
struct Decoded {
    std::u32string text;
    bool ok = true;
    std::size_t badOffset = 0;
};

Decoded decode(std::string_view bytes);
void append(std::string& out, char32_t codePoint);
std::string encode(std::u32string_view text);
std::string encode(char32_t codePoint);

/// The length of the longest prefix of `bytes` that does not end inside a multi-byte
/// character (bytes.size() unless the last character is cut short).
std::size_t completePrefixLength(std::string_view bytes);

}  // namespace lmw::utf8
