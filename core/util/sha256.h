// SHA-256 (FIPS 180-4), for naming exactly which corpus a model was trained on.
#pragma once

#include <string>
#include <string_view>

namespace lmw {

/// Incremental SHA-256: add() any number of times, then hex() once.
class Sha256 {
public:
    Sha256();
    void add(std::string_view bytes);
    /// The digest as 64 lowercase hexadecimal digits; the object is spent afterwards.
    std::string hex();

private:
    void block(const unsigned char* p);
    unsigned int h_[8];
    unsigned char buffer_[64];
    std::size_t buffered_ = 0;
    unsigned long long length_ = 0;  // bytes added
};

/// The SHA-256 of `bytes` as 64 hexadecimal digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace lmw
