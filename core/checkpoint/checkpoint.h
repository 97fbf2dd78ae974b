// Checkpoint files: everything needed to resume a run or sample from it.
//
// Layout (little-endian):
//   8 bytes   magic "LMWBCKPT"
//   u32       format version (kCheckpointVersion)
//   u32       header length H
//   u64       payload length P
//   u32       CRC-32 of the payload
//   H bytes   JSON header: model (family included) and training configuration, tokenizer,
//             step, corpus, and the class names of a classifier ("labels", optional)
//   P bytes   LibTorch archive: "model", "optimizer" (optional), "rng.batch", "rng.global"
// Files are written atomically (temporary file + rename), so a failed save never replaces a
// good checkpoint. Every length is checked against the file size before anything is parsed.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/configs.h"
#include "data/tokenizer.h"
#include "models/common.h"

namespace lmw {

constexpr std::uint32_t kCheckpointVersion = 1;

struct CheckpointMeta {
    ModelConfig model;
    TrainConfig train;
    TokenizerPtr tokenizer;
    std::int64_t step = 0;
    std::int64_t examplesServed = 0;  // training examples served (static masking's rounds)
    std::string corpusName;
    std::string corpusPath;  // empty for in-memory corpora
    std::string created;     // ISO-8601
    /// Class names of a classification head (optional "labels" in the header; older
    /// checkpoints have none and their classes are shown as "class 0", "class 1", ...).
    std::vector<std::string> labels;
};

/// State to write besides the model. Null members are skipped.
struct CheckpointState {
    torch::optim::Optimizer* optimizer = nullptr;
    at::Generator* batchGenerator = nullptr;
    bool globalGenerator = true;
};

/// `path` may name a checkpoint file or a run folder holding one ("DIR/checkpoint").
std::string resolveCheckpointPath(const std::string& path);

void saveCheckpoint(const std::string& path, const CheckpointMeta& meta, LanguageModel& model,
                    const CheckpointState& state);

/// A checkpoint read from disk: header parsed and payload verified, nothing restored yet.
class LoadedCheckpoint {
public:
    static LoadedCheckpoint read(const std::string& path);  // throws lmw::Error
    const CheckpointMeta& meta() const { return meta_; }
    ModelPtr buildModel() const;  // a new model of the stored family with the stored weights
    void restoreOptimizer(torch::optim::Optimizer& optimizer) const;
    void restoreGenerators(at::Generator* batchGenerator) const;

private:
    torch::serialize::InputArchive archive() const;
    std::string path_;
    CheckpointMeta meta_;
    std::string payload_;
};

}  // namespace lmw
