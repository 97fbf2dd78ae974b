// Access to SentencePiece through lmw_spm, loaded at run time with its own symbol scope (see
// spm/spm_shim.h for why it cannot be linked directly).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lmw::spm {

/// A loaded SentencePiece model. Thread-safe for concurrent reading.
class Model {
public:
    /// Throws lmw::Error when SentencePiece cannot read `serialized`.
    explicit Model(const std::string& serialized);
    int pieceSize() const;
    int unknownId() const;
    int beginId() const;
    int endId() const;
    int paddingId() const;
    bool isUnknown(int id) const;
    std::string_view piece(int id) const;
    float score(int id) const;
    std::vector<int> encode(std::string_view line) const;  // throws lmw::Error

private:
    std::shared_ptr<void> handle_;
};

/// Trains a model; returns the serialized model, or throws lmw::Error with SentencePiece's own
/// message (the caller turns it into a sentence for the user). Options are "key=value" pairs.
std::string train(const std::vector<std::string>& sentences,
                  const std::vector<std::pair<std::string, std::string>>& options, unsigned seed);

}  // namespace lmw::spm
