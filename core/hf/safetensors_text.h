// Small text and byte helpers shared by the safetensors reader and writer: UTF-8 checks and
// the pieces of their one-sentence messages, and little-endian stores.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace lmw::hf::detail {

/// The header entry that holds string metadata instead of a tensor.
inline constexpr const char* kMetadataKey = "__metadata__";

inline bool isUtf8(std::string_view s) {
    const bool ascii = std::all_of(s.begin(), s.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii || utf8::decode(s).ok;
}

inline std::string inQuotes(const std::string& s) {
    return "'" + s + "'";
}

inline std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string out = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(shape[i]);
    }
    return out + "]";
}

inline void store32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void store64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace lmw::hf::detail
