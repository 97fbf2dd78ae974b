#include "session/config_json.h"

#include <cmath>

#include "api/error.h"

namespace lmw {

namespace {

template <typename T>
void read(const nlohmann::json& j, const char* key, T& out, const char* where) {
    if (!j.is_object()) throw Error(std::string(where) + " is not a JSON object.");
    if (!j.contains(key)) return;  // keep the default: older files may lack newer fields
    try {
        out = j.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(std::string(where) + ": field '" + key + "' has the wrong type.");
    }
}

double nanIfNull(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || !j[key].is_number()) return std::nan("");
    return j[key].get<double>();
}

}  // namespace

nlohmann::json toJson(const ModelConfig& m) {
    return {{"family", familyName(m.family)}, {"vocab_size", m.vocabSize}, {"layers", m.layers},
            {"heads", m.heads},   {"embed", m.embed},         {"block", m.block},
            {"dropout", m.dropout}, {"bias", m.bias}};
}

nlohmann::json toJson(const TrainConfig& t) {
    return {{"batch", t.batch},
            {"iters", t.iters},
            {"lr", t.lr},
            {"min_lr", t.minLr},
            {"warmup", t.warmup},
            {"decay_iters", t.decayIters},
            {"weight_decay", t.weightDecay},
            {"beta1", t.beta1},
            {"beta2", t.beta2},
            {"grad_clip", t.gradClip},
            {"eval_every", t.evalEvery},
            {"eval_iters", t.evalIters},
            {"val_fraction", t.valFraction},
            {"seed", t.seed},
            {"threads", t.threads}};
}

nlohmann::json toJson(const RunSummary& s) {
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
    return {{"steps", s.steps},
            {"total_steps", s.totalSteps},
            {"stopped", s.stopped},
            {"final_train_loss", num(s.finalTrainLoss)},
            {"final_val_loss", num(s.finalValLoss)},
            {"elapsed_s", s.elapsedS},
            {"tokens_per_s", s.tokensPerSec},
            {"peak_rss_bytes", s.peakRssBytes}};
}

ModelConfig modelConfigFromJson(const nlohmann::json& j) {
    const char* where = "model configuration";
    ModelConfig m;
    std::string family = "gpt";
    read(j, "family", family, where);
    m.family = familyFromName(family);
    read(j, "vocab_size", m.vocabSize, where);
    read(j, "layers", m.layers, where);
    read(j, "heads", m.heads, where);
    read(j, "embed", m.embed, where);
    read(j, "block", m.block, where);
    read(j, "dropout", m.dropout, where);
    read(j, "bias", m.bias, where);
    return m;
}

TrainConfig trainConfigFromJson(const nlohmann::json& j) {
    const char* where = "training configuration";
    TrainConfig t;
    read(j, "batch", t.batch, where);
    read(j, "iters", t.iters, where);
    read(j, "lr", t.lr, where);
    read(j, "min_lr", t.minLr, where);
    read(j, "warmup", t.warmup, where);
    read(j, "decay_iters", t.decayIters, where);
    read(j, "weight_decay", t.weightDecay, where);
    read(j, "beta1", t.beta1, where);
    read(j, "beta2", t.beta2, where);
    read(j, "grad_clip", t.gradClip, where);
    read(j, "eval_every", t.evalEvery, where);
    read(j, "eval_iters", t.evalIters, where);
    read(j, "val_fraction", t.valFraction, where);
    read(j, "seed", t.seed, where);
    read(j, "threads", t.threads, where);
    return t;
}

RunSummary runSummaryFromJson(const nlohmann::json& j) {
    const char* where = "run summary";
    RunSummary s;
    read(j, "steps", s.steps, where);
    read(j, "total_steps", s.totalSteps, where);
    read(j, "stopped", s.stopped, where);
    s.finalTrainLoss = nanIfNull(j, "final_train_loss");
    s.finalValLoss = nanIfNull(j, "final_val_loss");
    read(j, "elapsed_s", s.elapsedS, where);
    read(j, "tokens_per_s", s.tokensPerSec, where);
    read(j, "peak_rss_bytes", s.peakRssBytes, where);
    return s;
}

}  // namespace lmw
