#include "session/config_json.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "api/error.h"
#include "util/json_number.h"

namespace lmw {

namespace {

/// What a JSON object holds, as its messages say it: not an object, a field (%1) of the wrong
/// type, a field out of range (%2 its value).
struct Where {
    MessageText notObject, wrongType, outOfRange;
};

const Where kModelConfiguration = {
    LMW_MESSAGE("config_json.model_not_object", "model configuration is not a JSON object."),
    LMW_MESSAGE("config_json.model_wrong_type",
                "model configuration: field '%1' has the wrong type."),
    LMW_MESSAGE("config_json.model_out_of_range",
                "model configuration: field '%1' is out of range (%2).")};
const Where kTrainingConfiguration = {
    LMW_MESSAGE("config_json.training_not_object", "training configuration is not a JSON object."),
    LMW_MESSAGE("config_json.training_wrong_type",
                "training configuration: field '%1' has the wrong type."),
    LMW_MESSAGE("config_json.training_out_of_range",
                "training configuration: field '%1' is out of range (%2).")};
const Where kObjectiveConfiguration = {
    LMW_MESSAGE("config_json.objective_not_object",
                "objective configuration is not a JSON object."),
    LMW_MESSAGE("config_json.objective_wrong_type",
                "objective configuration: field '%1' has the wrong type."),
    LMW_MESSAGE("config_json.objective_out_of_range",
                "objective configuration: field '%1' is out of range (%2).")};
const Where kTokenizerConfiguration = {
    LMW_MESSAGE("config_json.tokenizer_not_object",
                "tokenizer configuration is not a JSON object."),
    LMW_MESSAGE("config_json.tokenizer_wrong_type",
                "tokenizer configuration: field '%1' has the wrong type."),
    LMW_MESSAGE("config_json.tokenizer_out_of_range",
                "tokenizer configuration: field '%1' is out of range (%2).")};
const Where kRunSummary = {
    LMW_MESSAGE("config_json.run_summary_not_object", "run summary is not a JSON object."),
    LMW_MESSAGE("config_json.run_summary_wrong_type",
                "run summary: field '%1' has the wrong type."),
    LMW_MESSAGE("config_json.run_summary_out_of_range",
                "run summary: field '%1' is out of range (%2).")};

template <typename T>
void read(const nlohmann::json& j, const char* key, T& out, const Where& where) {
    if (!j.is_object()) throw Error(where.notObject);
    if (!j.contains(key)) return;  // keep the default: older files may lack newer fields
    const nlohmann::json& v = j.at(key);
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        // Whole numbers only, within the field's range: 6e41 for a count would be undefined
        // behaviour if cast blindly.
        const JsonNumber r = readWholeNumber(v, out);
        if (r == JsonNumber::NotANumber) throw Error(where.wrongType, {key});
        if (r == JsonNumber::OutOfRange) throw Error(where.outOfRange, {key, v.dump()});
        return;
    }
    try {
        out = v.get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(where.wrongType, {key});
    }
}

double nanIfNull(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || !j[key].is_number()) return std::nan("");
    return j[key].get<double>();
}

}  // namespace

nlohmann::json toJson(const ModelConfig& m) {
    nlohmann::json j = {{"family", familyName(m.family)},
                        {"vocab_size", m.vocabSize},
                        {"layers", m.layers},
                        {"decoder_layers", m.decoderLayers},
                        {"heads", m.heads},
                        {"embed", m.embed},
                        {"ffn", m.ffn},
                        {"block", m.block},
                        {"positions", m.positions},
                        {"type_vocab", m.typeVocab},
                        {"pad_id", m.padId},
                        {"dropout", m.dropout},
                        {"bias", m.bias},
                        {"activation", activationName(m.activation)},
                        {"layer_norm_eps", m.layerNormEps},
                        {"num_classes", m.numClasses},
                        {"position_encoding", positionEncodingName(m.positionEncoding)},
                        {"layout", blockLayoutName(m.layout)}};
    if (m.positionEncoding == PositionEncoding::Rope) j["rope_base"] = m.ropeBase;
    if (m.family == ModelFamily::Lstm) {
        j["hidden"] = m.hidden;
        j["embed_dropout"] = m.embedDropout;
        j["input_dropout"] = m.inputDropout;
        j["hidden_dropout"] = m.hiddenDropout;
        j["weight_dropout"] = m.weightDropout;
        j["output_dropout"] = m.outputDropout;
    }
    return j;
}

nlohmann::json toJson(const ObjectiveConfig& o) {
    return {{"objective", objectiveName(o.objective)},
            {"dynamic_masking", o.dynamicMasking},
            {"dupe_factor", o.dupeFactor},
            {"mask_prob", o.maskProb},
            {"mask_token_share", o.maskTokenShare},
            {"random_token_share", o.randomTokenShare},
            {"mask_unit", maskUnitName(o.maskUnit)},
            {"span_mean_words", o.spanMeanWords},
            {"token_masking", o.tokenMasking},
            {"token_mask_rate", o.tokenMaskRate},
            {"token_deletion", o.tokenDeletion},
            {"token_delete_rate", o.tokenDeleteRate},
            {"text_infilling", o.textInfilling},
            {"infill_rate", o.infillRate},
            {"poisson_lambda", o.poissonLambda},
            {"sentence_permutation", o.sentencePermutation},
            {"document_rotation", o.documentRotation}};
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
            {"threads", t.threads},
            {"objective", toJson(t.objective)},
            {"tokenizer",
             {{"kind", t.tokenizer.kind},
              {"vocab_size", t.tokenizer.vocabSize},
              {"vocab_up_to", t.tokenizer.vocabUpTo}}}};
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
    const Where& where = kModelConfiguration;
    ModelConfig m;
    std::string family = "gpt";
    read(j, "family", family, where);
    m.family = familyFromName(family);
    read(j, "vocab_size", m.vocabSize, where);
    read(j, "layers", m.layers, where);
    read(j, "decoder_layers", m.decoderLayers, where);
    read(j, "heads", m.heads, where);
    read(j, "embed", m.embed, where);
    read(j, "ffn", m.ffn, where);
    read(j, "hidden", m.hidden, where);
    read(j, "block", m.block, where);
    read(j, "positions", m.positions, where);
    read(j, "type_vocab", m.typeVocab, where);
    read(j, "pad_id", m.padId, where);
    read(j, "dropout", m.dropout, where);
    read(j, "bias", m.bias, where);
    std::string activation = activationName(m.activation);
    read(j, "activation", activation, where);
    m.activation = activationFromName(activation);
    read(j, "layer_norm_eps", m.layerNormEps, where);
    read(j, "num_classes", m.numClasses, where);
    read(j, "embed_dropout", m.embedDropout, where);
    read(j, "input_dropout", m.inputDropout, where);
    read(j, "hidden_dropout", m.hiddenDropout, where);
    read(j, "weight_dropout", m.weightDropout, where);
    read(j, "output_dropout", m.outputDropout, where);
    std::string positions = positionEncodingName(m.positionEncoding);
    read(j, "position_encoding", positions, where);
    m.positionEncoding = positionEncodingFromName(positions);
    std::string layout = blockLayoutName(m.layout);
    read(j, "layout", layout, where);
    m.layout = blockLayoutFromName(layout);
    read(j, "rope_base", m.ropeBase, where);
    return m;
}

TrainConfig trainConfigFromJson(const nlohmann::json& j) {
    const Where& where = kTrainingConfiguration;
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
    if (j.contains("objective")) {
        const nlohmann::json& o = j["objective"];
        const Where& ow = kObjectiveConfiguration;
        std::string name = objectiveName(t.objective.objective);
        read(o, "objective", name, ow);
        t.objective.objective = objectiveFromName(name);
        read(o, "dynamic_masking", t.objective.dynamicMasking, ow);
        read(o, "dupe_factor", t.objective.dupeFactor, ow);
        read(o, "mask_prob", t.objective.maskProb, ow);
        read(o, "mask_token_share", t.objective.maskTokenShare, ow);
        read(o, "random_token_share", t.objective.randomTokenShare, ow);
        std::string unit = maskUnitName(t.objective.maskUnit);
        read(o, "mask_unit", unit, ow);
        t.objective.maskUnit = maskUnitFromName(unit);
        read(o, "span_mean_words", t.objective.spanMeanWords, ow);
        read(o, "token_masking", t.objective.tokenMasking, ow);
        read(o, "token_mask_rate", t.objective.tokenMaskRate, ow);
        read(o, "token_deletion", t.objective.tokenDeletion, ow);
        read(o, "token_delete_rate", t.objective.tokenDeleteRate, ow);
        read(o, "text_infilling", t.objective.textInfilling, ow);
        read(o, "infill_rate", t.objective.infillRate, ow);
        read(o, "poisson_lambda", t.objective.poissonLambda, ow);
        read(o, "sentence_permutation", t.objective.sentencePermutation, ow);
        read(o, "document_rotation", t.objective.documentRotation, ow);
    }
    if (j.contains("tokenizer")) {
        read(j["tokenizer"], "kind", t.tokenizer.kind, kTokenizerConfiguration);
        read(j["tokenizer"], "vocab_size", t.tokenizer.vocabSize, kTokenizerConfiguration);
        read(j["tokenizer"], "vocab_up_to", t.tokenizer.vocabUpTo, kTokenizerConfiguration);
    }
    return t;
}

RunSummary runSummaryFromJson(const nlohmann::json& j) {
    const Where& where = kRunSummary;
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
