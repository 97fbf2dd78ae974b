#include "api/configs.h"

#include <cmath>
#include <cstdio>

#include "api/error.h"
#include "util/system.h"

namespace lmw {

std::string familyName(ModelFamily family) {
    switch (family) {
        case ModelFamily::Gpt: return "gpt";
    }
    return "unknown";
}

ModelFamily familyFromName(const std::string& name) {
    if (name == "gpt") return ModelFamily::Gpt;
    throw Error("Unknown model family '" + name + "' (known: gpt).");
}

std::vector<SizePreset> sizePresets() {
    std::vector<SizePreset> presets(3);
    presets[0].name = "tiny";
    presets[0].description = "2 layers, 4 heads, width 64, context 64: learns in a minute";
    presets[0].model.layers = 2;
    presets[0].model.heads = 4;
    presets[0].model.embed = 64;
    presets[0].model.block = 64;
    presets[0].batch = 16;

    presets[1].name = "small";
    presets[1].description = "4 layers, 4 heads, width 128, context 64: nanoGPT's CPU setting";
    presets[1].batch = 12;

    presets[2].name = "medium";
    presets[2].description = "6 layers, 6 heads, width 192, context 128: a few minutes";
    presets[2].model.layers = 6;
    presets[2].model.heads = 6;
    presets[2].model.embed = 192;
    presets[2].model.block = 128;
    presets[2].batch = 16;
    return presets;
}

std::int64_t parameterCount(const ModelConfig& m) {
    const std::int64_t C = m.embed, V = m.vocabSize, T = m.block, L = m.layers;
    const std::int64_t b = m.bias ? 1 : 0;
    const std::int64_t norm = C + b * C;
    const std::int64_t attn = C * 3 * C + b * 3 * C + C * C + b * C;
    const std::int64_t mlp = C * 4 * C + b * 4 * C + 4 * C * C + b * C;
    return V * C + T * C + L * (2 * norm + attn + mlp) + norm;  // output head tied to wte
}

MemoryEstimate estimateTrainingMemory(const ModelConfig& m, const TrainConfig& t,
                                      std::int64_t corpusTokens) {
    constexpr std::int64_t kFloat = 4;
    const std::int64_t B = t.batch, T = m.block, C = m.embed, H = m.heads, V = m.vocabSize;
    const std::int64_t L = m.layers;
    MemoryEstimate e;
    const std::int64_t weights = parameterCount(m) * kFloat;
    // Weights, gradients and AdamW's two moments.
    std::int64_t bytes = 4 * weights;
    // Saved activations per block (LayerNorms, qkv, attention output, MLP 4C in and out) and the
    // attention scores, probabilities and dropout mask, then logits with their gradient.
    const std::int64_t perBlock = B * T * C * 20 + B * H * T * T * 3;
    bytes += 2 * (L * perBlock + B * T * V * 3 + B * T * C * 4) * kFloat;
    bytes += corpusTokens * 4 * 2;  // int32 tokens and the tensor view made of them
    bytes += 64LL * 1024 * 1024;    // allocator and library overhead
    e.trainingBytes = bytes;
    e.availableBytes = sys::availableMemoryBytes();
    return e;
}

namespace {
void require(bool ok, const std::string& message) {
    if (!ok) throw Error(message);
}
}  // namespace

void validateConfig(const ModelConfig& m, const TrainConfig& t) {
    require(m.layers >= 1 && m.layers <= 256, "Layers must be between 1 and 256.");
    require(m.heads >= 1 && m.heads <= 256, "Heads must be between 1 and 256.");
    require(m.embed >= 1 && m.embed <= 65536, "Width (embedding size) must be between 1 and 65536.");
    require(m.embed % m.heads == 0, "Width (" + std::to_string(m.embed) +
                                        ") must be divisible by the number of heads (" +
                                        std::to_string(m.heads) + ").");
    require(m.block >= 1 && m.block <= 65536, "Context length must be between 1 and 65536.");
    require(m.dropout >= 0.0 && m.dropout < 1.0, "Dropout must be at least 0 and below 1.");
    require(t.batch >= 1 && t.batch <= 1 << 20, "Batch size must be at least 1.");
    require(t.iters >= 1, "Iterations must be at least 1.");
    require(std::isfinite(t.lr) && t.lr > 0 && t.lr < 10, "Learning rate must be above 0 and below 10.");
    require(std::isfinite(t.minLr) && t.minLr >= 0 && t.minLr <= t.lr,
            "Minimum learning rate must be between 0 and the learning rate.");
    require(t.warmup >= 0, "Warmup steps cannot be negative.");
    require(t.decayIters >= 0, "Decay steps cannot be negative.");
    require(t.weightDecay >= 0 && t.weightDecay < 10, "Weight decay must be between 0 and 10.");
    require(t.beta1 >= 0 && t.beta1 < 1, "beta1 must be at least 0 and below 1.");
    require(t.beta2 >= 0 && t.beta2 < 1, "beta2 must be at least 0 and below 1.");
    require(t.gradClip >= 0, "Gradient clipping cannot be negative.");
    require(t.evalEvery >= 1, "Evaluate-every must be at least 1.");
    require(t.evalIters >= 1, "Evaluation batches must be at least 1.");
    require(t.valFraction > 0 && t.valFraction <= 0.5,
            "The validation fraction must be above 0 and at most 0.5.");
    require(t.threads >= 0 && t.threads <= 1024, "Threads must be between 0 (all cores) and 1024.");
}

std::string formatCount(std::int64_t n) {
    char buf[32];
    const double x = static_cast<double>(n);
    if (n >= 1000000000) {
        std::snprintf(buf, sizeof buf, "%.2f B", x / 1e9);
    } else if (n >= 1000000) {
        std::snprintf(buf, sizeof buf, "%.2f M", x / 1e6);
    } else if (n >= 1000) {
        std::snprintf(buf, sizeof buf, "%.1f k", x / 1e3);
    } else {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
    }
    return buf;
}

std::string formatBytes(std::int64_t bytes) {
    char buf[32];
    const double x = static_cast<double>(bytes);
    if (bytes >= (1LL << 30)) {
        std::snprintf(buf, sizeof buf, "%.1f GiB", x / (1LL << 30));
    } else if (bytes >= (1LL << 20)) {
        std::snprintf(buf, sizeof buf, "%.1f MiB", x / (1LL << 20));
    } else if (bytes >= 1024) {
        std::snprintf(buf, sizeof buf, "%.1f KiB", x / 1024);
    } else {
        std::snprintf(buf, sizeof buf, "%lld bytes", static_cast<long long>(bytes));
    }
    return buf;
}

}  // namespace lmw
