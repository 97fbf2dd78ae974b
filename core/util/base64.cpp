#include "util/base64.h"

#include <array>
#include <cstdint>

namespace lmw::base64 {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Value of each byte in the alphabet, -1 for bytes outside it.
std::array<int8_t, 256> makeValues() {
    std::array<int8_t, 256> values{};
    values.fill(-1);
    for (int i = 0; i < 64; ++i) values[static_cast<unsigned char>(kAlphabet[i])] = int8_t(i);
    return values;
}

}  // namespace

std::string encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t v = uint32_t(uint8_t(bytes[i])) << 16 |
                           uint32_t(uint8_t(bytes[i + 1])) << 8 | uint32_t(uint8_t(bytes[i + 2]));
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
        if (rest == 2) v |= uint32_t(uint8_t(bytes[i + 1])) << 8;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> decode(std::string_view text) {
    static const std::array<int8_t, 256> values = makeValues();
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        // Padding: only in the last group, as "x=" or "==" at its end.
        int padding = 0;
        if (last && text[i + 3] == '=') padding = text[i + 2] == '=' ? 2 : 1;
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            int8_t d = 0;
            if (k < 4 - padding) {
                d = values[static_cast<unsigned char>(text[i + std::size_t(k)])];
                if (d < 0) return std::nullopt;
            }
            v = v << 6 | uint32_t(d);
        }
        out += char((v >> 16) & 255);
        if (padding < 2) out += char((v >> 8) & 255);
        if (padding < 1) out += char(v & 255);
        // The bits a padded group leaves over must be zero (one text per byte string).
        if ((padding == 1 && (v & 255) != 0) || (padding == 2 && (v & 0xFFFF) != 0))
            return std::nullopt;
    }
    return out;
}

}  // namespace lmw::base64
