// Base64 (RFC 4648, standard alphabet, with '=' padding), used to keep binary data such as a
// serialized SentencePiece model inside JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lmw::base64 {

/// The base64 text of `bytes`.
std::string encode(std::string_view bytes);

/// The bytes of `text`, or nothing when `text` is not padded base64 (wrong length, a character
/// outside the alphabet, misplaced padding or non-zero bits in the padding).
std::optional<std::string> decode(std::string_view text);

}  // namespace lmw::base64
