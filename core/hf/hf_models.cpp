#include "hf/hf_models.h"

#include <filesystem>
#include <map>
#include <set>
#include <type_traits>

#include "api/error.h"
#include "hf/safetensors.h"
#include "util/json_number.h"
#include "util/system.h"

namespace fs = std::filesystem;

namespace lmw::hf {

namespace {

// --- name mapping ----------------------------------------------------------------------------
// Each rule maps a Hugging Face name prefix to ours; '*' stands for a layer number. The rest of
// the name (e.g. "weight") is kept. Rules are tried in order, both ways.

struct Rule {
    std::string hf, ours;
};

std::vector<Rule> rulesFor(ModelFamily family) {
    switch (family) {
        case ModelFamily::Gpt:
            return {{"transformer.", ""}};
        case ModelFamily::Bert:
        case ModelFamily::Roberta: {
            const std::string p = family == ModelFamily::Bert ? "bert." : "roberta.";
            std::vector<Rule> r = {
                {p + "embeddings.word_embeddings.", "word_embeddings."},
                {p + "embeddings.position_embeddings.", "position_embeddings."},
                {p + "embeddings.token_type_embeddings.", "token_type_embeddings."},
                {p + "embeddings.LayerNorm.", "embeddings_norm."},
                {p + "encoder.layer.*.attention.self.query.", "layers.*.attention.q_proj."},
                {p + "encoder.layer.*.attention.self.key.", "layers.*.attention.k_proj."},
                {p + "encoder.layer.*.attention.self.value.", "layers.*.attention.v_proj."},
                {p + "encoder.layer.*.attention.output.dense.", "layers.*.attention.out_proj."},
                {p + "encoder.layer.*.attention.output.LayerNorm.", "layers.*.attention_norm."},
                {p + "encoder.layer.*.intermediate.dense.", "layers.*.intermediate."},
                {p + "encoder.layer.*.output.dense.", "layers.*.output."},
                {p + "encoder.layer.*.output.LayerNorm.", "layers.*.output_norm."},
            };
            if (family == ModelFamily::Bert) {
                r.push_back({"bert.pooler.dense.", "pooler."});
                r.push_back({"cls.predictions.transform.dense.", "transform."});
                r.push_back({"cls.predictions.transform.LayerNorm.", "transform_norm."});
                r.push_back({"cls.predictions.bias", "decoder_bias"});
                r.push_back({"cls.seq_relationship.", "nsp."});
            } else {
                r.push_back({"lm_head.dense.", "transform."});
                r.push_back({"lm_head.layer_norm.", "transform_norm."});
                r.push_back({"lm_head.bias", "decoder_bias"});
            }
            return r;
        }
        case ModelFamily::Bart:
            return {{"model.shared.", "shared."},
                    {"model.encoder.embed_positions.", "encoder_positions."},
                    {"model.decoder.embed_positions.", "decoder_positions."},
                    {"model.encoder.layernorm_embedding.", "encoder_norm."},
                    {"model.decoder.layernorm_embedding.", "decoder_norm."},
                    {"model.encoder.layers.*.", "encoder_layers.*."},
                    {"model.decoder.layers.*.", "decoder_layers.*."},
                    {"final_logits_bias", "final_logits_bias"}};
        case ModelFamily::Lstm:
            break;
    }
    return {};
}

/// Tensors a checkpoint may hold that are tied to others or derived, and are not loaded.
bool ignorable(const std::string& name, ModelFamily family) {
    static const std::set<std::string> tied = {"lm_head.weight",
                                               "cls.predictions.decoder.weight",
                                               "cls.predictions.decoder.bias",
                                               "lm_head.decoder.weight",
                                               "lm_head.decoder.bias",
                                               "model.encoder.embed_tokens.weight",
                                               "model.decoder.embed_tokens.weight",
                                               "bert.embeddings.position_ids",
                                               "roberta.embeddings.position_ids"};
    if (tied.count(name)) return true;
    auto endsWith = [&](const char* s) {
        const std::string suffix(s);
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    // Older GPT-2 checkpoints store the causal mask as buffers.
    return family == ModelFamily::Gpt && (endsWith(".attn.bias") || endsWith(".attn.masked_bias"));
}

/// Matches `name` against `pattern` (one '*' = digits) as a prefix; on success returns the
/// layer number (or "") in `layer` and the rest of the name in `rest`.
bool matchPrefix(const std::string& name, const std::string& pattern, std::string& layer,
                 std::string& rest) {
    const auto star = pattern.find('*');
    if (star == std::string::npos) {
        if (name.compare(0, pattern.size(), pattern) != 0) return false;
        layer.clear();
        rest = name.substr(pattern.size());
        return true;
    }
    if (name.compare(0, star, pattern, 0, star) != 0) return false;
    std::size_t i = star;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) ++i;
    if (i == star) return false;
    const std::string tail = pattern.substr(star + 1);
    if (name.compare(i, tail.size(), tail) != 0) return false;
    layer = name.substr(star, i - star);
    rest = name.substr(i + tail.size());
    return true;
}

std::string translate(const std::string& name, const std::vector<Rule>& rules, bool toOurs) {
    for (const Rule& r : rules) {
        const std::string& from = toOurs ? r.hf : r.ours;
        const std::string& to = toOurs ? r.ours : r.hf;
        std::string layer, rest;
        if (!matchPrefix(name, from, layer, rest)) continue;
        std::string out = to;
        if (const auto star = out.find('*'); star != std::string::npos) out.replace(star, 1, layer);
        return out + rest;
    }
    return {};
}

/// GPT-2's projections are Conv1D layers stored as [in, out]: ours are Linear, [out, in].
bool isConv1d(const std::string& ourName, ModelFamily family) {
    if (family != ModelFamily::Gpt) return false;
    for (const char* s :
         {"attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight"})
        if (ourName.size() >= std::strlen(s) &&
            ourName.compare(ourName.size() - std::strlen(s), std::strlen(s), s) == 0)
            return true;
    return false;
}

std::map<std::string, torch::Tensor> stateOf(torch::nn::Module& m) {
    std::map<std::string, torch::Tensor> state;
    for (auto& p : m.named_parameters()) state[p.key()] = p.value();
    for (auto& b : m.named_buffers()) state[b.key()] = b.value();
    return state;
}

// --- configuration ---------------------------------------------------------------------------

template <typename T>
T field(const nlohmann::json& j, const char* key, const std::string& file) {
    if (!j.contains(key) || j[key].is_null())
        throw Error(LMW_MESSAGE("hf_config.field_missing", "'%1' has no '%2'."), {file, key});
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        T out{};
        const JsonNumber r = readWholeNumber(j[key], out);
        if (r == JsonNumber::OutOfRange)
            throw Error(
                LMW_MESSAGE("hf_config.field_out_of_range", "'%1': '%2' is out of range (%3)."),
                {file, key, j[key].dump()});
        if (r == JsonNumber::Ok) return out;
        throw Error(LMW_MESSAGE("hf_config.field_wrong_type", "'%1': '%2' has the wrong type."),
                    {file, key});
    }
    try {
        return j[key].get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(LMW_MESSAGE("hf_config.field_wrong_type", "'%1': '%2' has the wrong type."),
                    {file, key});
    }
}

template <typename T>
T fieldOr(const nlohmann::json& j, const char* key, T fallback) {
    if (!j.contains(key) || j[key].is_null()) return fallback;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        T out{};
        return readWholeNumber(j[key], out) == JsonNumber::Ok ? out : fallback;
    }
    try {
        return j[key].get<T>();
    } catch (const nlohmann::json::exception&) {
        return fallback;
    }
}

ModelConfig modelConfigFrom(const nlohmann::json& c, const std::string& type,
                            const std::string& file) {
    ModelConfig m;
    if (type == "gpt2") {
        m.family = ModelFamily::Gpt;
        m.vocabSize = field<int>(c, "vocab_size", file);
        m.embed = field<int>(c, "n_embd", file);
        m.layers = field<int>(c, "n_layer", file);
        m.heads = field<int>(c, "n_head", file);
        m.positions = field<int>(c, "n_positions", file);
        m.block = m.positions;
        m.ffn = fieldOr<int>(c, "n_inner", 0);
        m.layerNormEps = fieldOr<double>(c, "layer_norm_epsilon", 1e-5);
        m.activation =
            activationFromName(fieldOr<std::string>(c, "activation_function", "gelu_new"));
    } else if (type == "bert" || type == "roberta") {
        m.family = type == "bert" ? ModelFamily::Bert : ModelFamily::Roberta;
        m.vocabSize = field<int>(c, "vocab_size", file);
        m.embed = field<int>(c, "hidden_size", file);
        m.layers = field<int>(c, "num_hidden_layers", file);
        m.heads = field<int>(c, "num_attention_heads", file);
        m.ffn = field<int>(c, "intermediate_size", file);
        m.positions = field<int>(c, "max_position_embeddings", file);
        m.typeVocab = fieldOr<int>(c, "type_vocab_size", 2);
        m.padId = fieldOr<int>(c, "pad_token_id", 0);
        m.layerNormEps = fieldOr<double>(c, "layer_norm_eps", 1e-12);
        m.activation = activationFromName(fieldOr<std::string>(c, "hidden_act", "gelu"));
        m.block = type == "roberta" ? m.positions - m.padId - 1 : m.positions;
    } else if (type == "bart") {
        m.family = ModelFamily::Bart;
        m.vocabSize = field<int>(c, "vocab_size", file);
        m.embed = field<int>(c, "d_model", file);
        m.layers = field<int>(c, "encoder_layers", file);
        m.decoderLayers = field<int>(c, "decoder_layers", file);
        m.heads = field<int>(c, "encoder_attention_heads", file);
        m.ffn = field<int>(c, "encoder_ffn_dim", file);
        m.positions = field<int>(c, "max_position_embeddings", file);
        m.block = m.positions;
        m.padId = fieldOr<int>(c, "pad_token_id", 1);
        m.activation = activationFromName(fieldOr<std::string>(c, "activation_function", "gelu"));
        if (fieldOr<int>(c, "decoder_attention_heads", m.heads) != m.heads ||
            fieldOr<int>(c, "decoder_ffn_dim", m.ffn) != m.ffn)
            throw Error(
                LMW_MESSAGE("hf_config.bart_widths_differ",
                            "'%1': encoder and decoder of different widths are not supported."),
                {file});
        if (fieldOr<bool>(c, "scale_embedding", false))
            throw Error(LMW_MESSAGE("hf_config.scale_embedding",
                                    "'%1': scale_embedding = true is not supported."),
                        {file});
        if (fieldOr<bool>(c, "normalize_before", false) ||
            fieldOr<bool>(c, "add_final_layer_norm", false))
            throw Error(LMW_MESSAGE("hf_config.pre_layer_norm_bart",
                                    "'%1': pre-LayerNorm BART variants (mBART) are not supported."),
                        {file});
    } else {
        throw Error(
            LMW_MESSAGE("hf_config.unsupported_model_type",
                        "'%1' describes a '%2' model; supported: gpt2, bert, roberta, bart."),
            {file, type});
    }
    if (m.heads <= 0 || m.embed % m.heads != 0)
        throw Error(LMW_MESSAGE("hf_config.width_heads",
                                "'%1': the width is not divisible by the number of heads."),
                    {file});
    try {
        TrainConfig t;
        t.objective.objective = defaultObjective(m.family);
        validateConfig(m, t);  // sizes, epsilon and the rest, before anything is allocated
        requireWeightsFit(m);
    } catch (const Error& e) {
        throw Error(LMW_MESSAGE("hf_config.invalid", "'%1': %2"), {file, e.what()});
    }
    return m;
}

}  // namespace

// --- loading ---------------------------------------------------------------------------------

HfModel loadModel(const std::string& dir) {
    const std::string configPath = (fs::path(dir) / "config.json").string();
    const std::string weightsPath = (fs::path(dir) / "model.safetensors").string();
    HfModel out;
    try {
        const std::string text = sys::readFile(configPath, 16 << 20);
        sys::requireNoNulBytes(text, "'" + configPath + "'");
        out.config = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(LMW_MESSAGE("json.invalid_detail", "'%1' is not valid JSON (%2)."),
                    {configPath, e.what()});
    }
    if (!out.config.is_object())
        throw Error(LMW_MESSAGE("json.not_object", "'%1' is not a JSON object."), {configPath});
    out.modelType = fieldOr<std::string>(out.config, "model_type", "");
    const ModelConfig cfg = modelConfigFrom(out.config, out.modelType, configPath);
    out.decoderStartId = fieldOr<int64_t>(out.config, "decoder_start_token_id", 2);
    out.eosId = fieldOr<int64_t>(out.config, "eos_token_id", 2);

    const SafetensorsFile file = SafetensorsFile::open(weightsPath);
    out.model = makeModel(cfg);
    auto state = stateOf(out.model->module());
    const auto rules = rulesFor(cfg.family);
    std::set<std::string> loaded;
    torch::NoGradGuard noGrad;
    for (const TensorInfo& t : file.tensors()) {
        if (ignorable(t.name, cfg.family)) continue;
        const std::string ours = translate(t.name, rules, /*toOurs=*/true);
        auto it = state.find(ours);
        if (ours.empty() || it == state.end())
            throw Error(
                LMW_MESSAGE(
                    "hf_weights.unexpected_tensor",
                    "'%1' has a tensor '%2' that a %3 model of this configuration does not have."),
                {weightsPath, t.name, out.modelType});
        torch::Tensor& target = it->second;
        std::vector<int64_t> shape = t.shape;
        if (isConv1d(ours, cfg.family)) std::reverse(shape.begin(), shape.end());
        if (shape != target.sizes().vec())
            throw Error(
                LMW_MESSAGE("hf_weights.wrong_shape",
                            "'%1': tensor '%2' has the wrong shape for this configuration."),
                {weightsPath, t.name});
        std::vector<float> values = file.toFloat32(t.name);
        auto source = torch::from_blob(values.data(), t.shape, torch::kFloat);
        target.copy_(isConv1d(ours, cfg.family) ? source.t() : source);
        loaded.insert(ours);
    }
    for (const auto& [name, tensor] : state) {
        if (loaded.count(name)) continue;
        throw Error(LMW_MESSAGE("hf_weights.missing_tensor", "'%1' is missing the tensor '%2'."),
                    {weightsPath, translate(name, rules, false)});
    }
    out.model->module().eval();
    return out;
}

// --- saving ----------------------------------------------------------------------------------

nlohmann::json configFor(const ModelConfig& m, const SpecialIds& s) {
    const double dropout = m.dropout;
    const auto orNull = [](int id) { return id >= 0 ? nlohmann::json(id) : nlohmann::json(); };
    if (m.layout == BlockLayout::Gpt && m.family != ModelFamily::Gpt)
        throw Error(LMW_MESSAGE("hf_export.gpt_block_encoder",
                                "This %1 model is an encoder built from GPT blocks, a layout no "
                                "Hugging Face class has, so it cannot be exported."),
                    {familyName(m.family)});
    if (m.positionEncoding != PositionEncoding::Absolute && m.family != ModelFamily::Lstm)
        throw Error(
            LMW_MESSAGE("hf_export.position_encoding",
                        "This model uses %1 positions, which Hugging Face's %2 class does not have "
                        "(it learns absolute positions), so it cannot be exported."),
            {positionEncodingName(m.positionEncoding), familyName(m.family)});
    switch (m.family) {
        case ModelFamily::Gpt:
            if (!m.bias)
                throw Error(LMW_MESSAGE("hf_export.gpt_without_bias",
                                        "Only GPT models with biases have GPT-2's layout."));
            return {
                {"architectures", {"GPT2LMHeadModel"}},
                {"model_type", "gpt2"},
                {"vocab_size", m.vocabSize},
                {"n_positions", m.positions > 0 ? m.positions : m.block},
                {"n_embd", m.embed},
                {"n_layer", m.layers},
                {"n_head", m.heads},
                {"n_inner", m.ffn > 0 ? nlohmann::json(m.ffn) : nlohmann::json()},
                {"activation_function",
                 m.activation == Activation::GeluTanh ? "gelu_new" : activationName(m.activation)},
                {"layer_norm_epsilon", m.layerNormEps},
                {"resid_pdrop", dropout},
                {"embd_pdrop", dropout},
                {"attn_pdrop", dropout},
                {"initializer_range", 0.02},
                {"scale_attn_weights", true},
                {"bos_token_id", orNull(s.bos)},
                {"eos_token_id", orNull(s.eos)},
                {"pad_token_id", orNull(s.pad)},
                {"tie_word_embeddings", true},
                {"use_cache", true}};
        case ModelFamily::Bert:
        case ModelFamily::Roberta: {
            const bool roberta = m.family == ModelFamily::Roberta;
            return {{"architectures", {roberta ? "RobertaForMaskedLM" : "BertForPreTraining"}},
                    {"model_type", roberta ? "roberta" : "bert"},
                    {"vocab_size", m.vocabSize},
                    {"hidden_size", m.embed},
                    {"num_hidden_layers", m.layers},
                    {"num_attention_heads", m.heads},
                    {"intermediate_size", m.ffnWidth()},
                    {"hidden_act", activationName(m.activation)},
                    {"max_position_embeddings",
                     m.positions > 0 ? m.positions : m.block + (roberta ? m.padId + 1 : 0)},
                    {"type_vocab_size", m.typeVocab},
                    {"layer_norm_eps", m.layerNormEps},
                    {"hidden_dropout_prob", dropout},
                    {"attention_probs_dropout_prob", dropout},
                    {"initializer_range", 0.02},
                    {"pad_token_id", m.padId},
                    {"bos_token_id", orNull(s.bos)},
                    {"eos_token_id", orNull(s.eos)},
                    {"tie_word_embeddings", true}};
        }
        case ModelFamily::Bart:
            return {{"architectures", {"BartForConditionalGeneration"}},
                    {"model_type", "bart"},
                    {"vocab_size", m.vocabSize},
                    {"d_model", m.embed},
                    {"encoder_layers", m.layers},
                    {"decoder_layers", m.decoderDepth()},
                    {"encoder_attention_heads", m.heads},
                    {"decoder_attention_heads", m.heads},
                    {"encoder_ffn_dim", m.ffnWidth()},
                    {"decoder_ffn_dim", m.ffnWidth()},
                    {"max_position_embeddings", m.positions > 0 ? m.positions : m.block},
                    {"activation_function", activationName(m.activation)},
                    {"dropout", dropout},
                    {"attention_dropout", dropout},
                    {"activation_dropout", 0.0},
                    {"init_std", 0.02},
                    {"pad_token_id", m.padId},
                    {"bos_token_id", orNull(s.bos)},
                    {"eos_token_id", orNull(s.eos)},
                    {"decoder_start_token_id", orNull(s.eos)},
                    {"forced_eos_token_id", orNull(s.eos)},
                    {"scale_embedding", false},
                    {"is_encoder_decoder", true},
                    {"tie_word_embeddings", true}};
        case ModelFamily::Lstm:
            break;
    }
    throw Error(LMW_MESSAGE("hf_export.lstm",
                            "The LSTM family has no Hugging Face counterpart; export GPT, BERT, "
                            "RoBERTa or BART models."));
}

void saveModel(LanguageModel& model, const SpecialIds& specials, const std::string& dir) {
    const ModelConfig& cfg = model.config();
    if (cfg.numClasses > 0)
        throw Error(LMW_MESSAGE("hf_export.classifier",
                                "Models with a classification head cannot be exported yet; export "
                                "the pretrained model."));
    const nlohmann::json config = configFor(cfg, specials);
    const auto rules = rulesFor(cfg.family);
    SafetensorsWriter writer;
    writer.setMetadata({{"format", "pt"}});
    for (const auto& [name, tensor] : stateOf(model.module())) {
        const std::string hfName = translate(name, rules, /*toOurs=*/false);
        if (hfName.empty())
            throw Error(
                LMW_MESSAGE("hf_export.tensor_name", "No Hugging Face name for the tensor '%1'."),
                {name});
        torch::Tensor t =
            (isConv1d(name, cfg.family) ? tensor.t() : tensor).contiguous().to(torch::kFloat);
        std::vector<float> data(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        writer.addFloat32(hfName, t.sizes().vec(), data);
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(LMW_MESSAGE("folder.create_failed", "Cannot create the folder '%1': %2."),
                    {dir, ec.message()});
    sys::writeFileAtomically((fs::path(dir) / "config.json").string(), config.dump(2) + "\n");
    writer.write((fs::path(dir) / "model.safetensors").string());
}

}  // namespace lmw::hf
