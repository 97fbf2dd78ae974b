// The building blocks of ULMFiT's stages 2 and 3 for every family: layer groups by parameter
// name, freezing, the discriminative AdamW optimizer, texts as padded, length-bucketed batches,
// copying matching weights between models, and the checks of the fine-tuning settings.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "api/error.h"
#include "data/char_tokenizer.h"
#include "models/lstm.h"
#include "session/inspection.h"
#include "transfer/transfer_parts.h"
#include "util/utf8.h"

namespace lmw {

namespace {

void require(bool ok, MessageText text, std::vector<std::string> args = {}) {
    if (!ok) throw Error(text, std::move(args));
}

/// "h.3.attn.c_attn.weight" -> ("h", 3); names without a numbered list give index -1.
std::pair<std::string, int> listIndex(const std::string& name) {
    std::size_t from = 0;
    while (from < name.size()) {
        const std::size_t dot = name.find('.', from);
        if (dot == std::string::npos) break;
        std::size_t end = dot + 1;
        while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
        if (end > dot + 1 && end < name.size() && name[end] == '.')
            return {name.substr(0, dot), std::stoi(name.substr(dot + 1, end - dot - 1))};
        from = dot + 1;
    }
    return {"", -1};
}

bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

}  // namespace

// --- layer groups, freezing, optimizer -------------------------------------------------------

LayerGroups transferGroups(LanguageModel& model) {
    LayerGroups g;
    const ModelConfig& c = model.config();
    if (c.family == ModelFamily::Lstm) {
        g.params = model.layerGroups();
        const int layers = c.layers;
        if (c.numClasses > 0) g.names.push_back("embedding");
        for (int l = 0; l < layers; ++l) g.names.push_back("LSTM " + std::to_string(l + 1));
        g.names.push_back(c.numClasses > 0 ? "classifier head" : "embedding + decoder");
        return g;
    }
    // Transformers: the embeddings, the blocks in order, then the rest (norms and heads).
    std::vector<torch::Tensor> embedding, head, encoderNorm;
    std::map<std::pair<int, int>, std::vector<torch::Tensor>> blocks;  // (stack, index)
    std::map<std::pair<int, int>, std::string> blockNames;
    int encoderLayers = 0;
    for (const auto& p : model.module().named_parameters()) {
        const std::string& name = p.key();
        const auto [list, index] = listIndex(name);
        if (index >= 0) {
            const int stack = list == "decoder_layers" ? 1 : 0;
            blocks[{stack, index}].push_back(p.value());
            const std::string prefix = list == "decoder_layers"   ? "decoder block "
                                       : list == "encoder_layers" ? "encoder block "
                                                                  : "block ";
            blockNames[{stack, index}] = prefix + std::to_string(index + 1);
            if (stack == 0) encoderLayers = std::max(encoderLayers, index + 1);
        } else if (startsWith(name, "wte") || startsWith(name, "wpe") ||
                   startsWith(name, "shared") || name.find("embeddings") != std::string::npos ||
                   name.find("_positions") != std::string::npos) {
            embedding.push_back(p.value());
        } else if (startsWith(name, "encoder_norm")) {
            encoderNorm.push_back(p.value());  // BART: finishes the encoder
        } else {
            head.push_back(p.value());
        }
    }
    auto& normHome = encoderLayers > 0 ? blocks[{0, encoderLayers - 1}] : head;
    normHome.insert(normHome.end(), encoderNorm.begin(), encoderNorm.end());
    if (!embedding.empty()) {
        g.names.push_back("embeddings");
        g.params.push_back(embedding);
    }
    for (auto& [key, params] : blocks) {
        g.names.push_back(blockNames[key]);
        g.params.push_back(params);
    }
    if (!head.empty()) {
        g.names.push_back(c.numClasses > 0 ? "classifier head" : "output head");
        g.params.push_back(head);
    }
    return g;
}

std::vector<bool> setTrainableGroups(LayerGroups& groups, int trainable) {
    const int G = groups.size();
    std::vector<bool> freezeMap(static_cast<std::size_t>(G), false);
    for (int i = 0; i < G; ++i) {
        const bool on = i >= G - trainable;
        freezeMap[std::size_t(i)] = on;
        for (auto& p : groups.params[std::size_t(i)]) {
            p.requires_grad_(on);
            if (!on && p.grad().defined()) p.mutable_grad() = torch::Tensor();
        }
    }
    return freezeMap;
}

std::unique_ptr<torch::optim::AdamW> discriminativeOptimizer(const LayerGroups& groups,
                                                             double beta1, double beta2,
                                                             double weightDecay) {
    auto opts =
        torch::optim::AdamWOptions(1e-3).betas({beta1, beta2}).eps(1e-8).weight_decay(weightDecay);
    std::vector<torch::optim::OptimizerParamGroup> pg;
    for (const auto& g : groups.params)
        pg.emplace_back(g, std::make_unique<torch::optim::AdamWOptions>(opts));
    return std::make_unique<torch::optim::AdamW>(std::move(pg), opts);
}

void setGroupRates(torch::optim::AdamW& optimizer, const std::vector<double>& rates) {
    auto& groups = optimizer.param_groups();
    for (std::size_t i = 0; i < groups.size() && i < rates.size(); ++i)
        static_cast<torch::optim::AdamWOptions&>(groups[i].options()).lr(rates[i]);
}

// --- text to batches -------------------------------------------------------------------------

std::string filterToVocabulary(const Tokenizer& tok, const std::string& text) {
    const auto* chars = dynamic_cast<const CharTokenizer*>(&tok);
    if (!chars || tok.specials().unk >= 0) return text;
    const utf8::Decoded d = utf8::decode(text);
    if (!d.ok) throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
    std::u32string kept;
    kept.reserve(d.text.size());
    for (char32_t ch : d.text)
        if (chars->contains(ch)) kept.push_back(ch);
    return kept.size() == d.text.size() ? text : utf8::encode(kept);
}

std::vector<int32_t> encodeLenient(const Tokenizer& tok, const std::string& text) {
    return tok.encode(filterToVocabulary(tok, text));
}

std::vector<EncodedText> encodeDataset(const LanguageModel& model, const Tokenizer& tok,
                                       const LabelledDataset& data, int* dropped) {
    std::vector<EncodedText> out;
    out.reserve(data.examples.size());
    int lost = 0;
    for (const auto& ex : data.examples) {
        const std::string text = filterToVocabulary(tok, ex.text);
        if (text.empty()) {
            ++lost;
            continue;
        }
        EncodedText e;
        e.ids = modelInput(model, tok, text);
        e.label = ex.label;
        out.push_back(std::move(e));
    }
    if (dropped) *dropped = lost;
    return out;
}

std::vector<std::vector<std::size_t>> lengthBuckets(const std::vector<EncodedText>& data, int batch,
                                                    Rng* rng) {
    std::vector<std::size_t> order(data.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto longerFirst = [&](std::size_t a, std::size_t b) {
        return data[a].ids.size() != data[b].ids.size() ? data[a].ids.size() > data[b].ids.size()
                                                        : a < b;
    };
    const std::size_t B = std::size_t(std::max(1, batch));
    if (rng) {
        rng->shuffle(order);
        const std::size_t chunk = B * 50;
        for (std::size_t from = 0; from < order.size(); from += chunk) {
            auto end = order.begin() + std::ptrdiff_t(std::min(order.size(), from + chunk));
            std::sort(order.begin() + std::ptrdiff_t(from), end, longerFirst);
        }
    } else {
        std::sort(order.begin(), order.end(), longerFirst);
    }
    std::vector<std::vector<std::size_t>> batches;
    for (std::size_t from = 0; from < order.size(); from += B)
        batches.emplace_back(order.begin() + std::ptrdiff_t(from),
                             order.begin() + std::ptrdiff_t(std::min(order.size(), from + B)));
    if (batches.size() > 1 && batches.back().size() == 1) {
        batches[batches.size() - 2].push_back(batches.back().front());
        batches.pop_back();
    }
    if (rng) rng->shuffle(batches);
    return batches;
}

Batch padBatch(const std::vector<EncodedText>& data, const std::vector<std::size_t>& indices,
               int64_t padId) {
    const int64_t B = int64_t(indices.size());
    int64_t T = 1;
    for (std::size_t i : indices) T = std::max<int64_t>(T, int64_t(data[i].ids.size()));
    auto input = torch::full({B, T}, padId, torch::kLong);
    auto mask = torch::zeros({B, T}, torch::kLong);
    auto labels = torch::empty({B}, torch::kLong);
    auto in = input.accessor<int64_t, 2>();
    auto m = mask.accessor<int64_t, 2>();
    auto l = labels.accessor<int64_t, 1>();
    for (int64_t b = 0; b < B; ++b) {
        const auto& ex = data[indices[std::size_t(b)]];
        for (std::size_t t = 0; t < ex.ids.size(); ++t) {
            in[b][int64_t(t)] = ex.ids[t];
            m[b][int64_t(t)] = 1;
        }
        l[b] = ex.label;
    }
    Batch batch;
    batch.input = input;
    batch.attentionMask = mask;
    batch.classLabels = labels;
    return batch;
}

int copyMatchingWeights(torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard noGrad;
    int copied = 0;
    auto source = from.named_parameters();
    for (auto& p : to.named_parameters()) {
        const torch::Tensor* s = source.find(p.key());
        if (s && s->sizes() == p.value().sizes()) p.value().copy_(*s), ++copied;
    }
    auto buffers = from.named_buffers();
    for (auto& b : to.named_buffers()) {
        const torch::Tensor* s = buffers.find(b.key());
        if (s && s->sizes() == b.value().sizes()) b.value().copy_(*s), ++copied;
    }
    return copied;
}

// --- checks ----------------------------------------------------------------------------------

namespace {

void checkSchedule(double lr, double decay, double cutFrac, double ratio, double beta1,
                   double beta2, double wd, double clip) {
    require(std::isfinite(lr) && lr > 0 && lr < 10,
            LMW_MESSAGE("transfer.lr_range", "The learning rate must be above 0 and below 10."));
    require(
        std::isfinite(decay) && decay >= 1 && decay <= 100,
        LMW_MESSAGE("transfer.discriminative_factor_range",
                    "The discriminative factor must be between 1 (same rate everywhere) and 100."));
    require(cutFrac > 0 && cutFrac < 1,
            LMW_MESSAGE("transfer.stlr_cut_range",
                        "The STLR cut fraction must be above 0 and below 1."));
    require(
        ratio >= 1 && ratio <= 1e6,
        LMW_MESSAGE("transfer.stlr_ratio_range", "The STLR ratio must be between 1 and 1000000."));
    require(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1,
            LMW_MESSAGE("transfer.betas_range", "Adam's betas must be at least 0 and below 1."));
    require(wd >= 0 && wd < 10,
            LMW_MESSAGE("config.weight_decay_range", "Weight decay must be between 0 and 10."));
    require(clip >= 0,
            LMW_MESSAGE("config.grad_clip_negative", "Gradient clipping cannot be negative."));
}

}  // namespace

void validateClassifierConfig(const ClassifierConfig& c) {
    require(c.epochs >= 0 && c.epochs <= 1000,
            LMW_MESSAGE("transfer.classifier_epochs_range",
                        "Classifier epochs must be between 0 (automatic) and 1000."));
    require(c.batch >= 2 && c.batch <= 65536,
            LMW_MESSAGE("transfer.classifier_batch_range",
                        "The classifier batch size must be between 2 and 65536."));
    require(c.maxTokens >= 1 && c.maxTokens <= 65536,
            LMW_MESSAGE("transfer.max_length_range",
                        "The maximum text length must be between 1 and 65536 tokens."));
    require(c.threads >= 0 && c.threads <= 1024,
            LMW_MESSAGE("config.threads_range", "Threads must be between 0 (all cores) and 1024."));
    checkSchedule(c.lr, c.lrDecay, c.cutFrac, c.ratio, c.beta1, c.beta2, c.weightDecay, c.gradClip);
}

void validateLmFineTuneConfig(const LmFineTuneConfig& c) {
    require(c.epochs >= 1 && c.epochs <= 1000,
            LMW_MESSAGE("transfer.lm_epochs_range",
                        "LM fine-tuning epochs must be between 1 and 1000."));
    require(c.batch >= 1 && c.batch <= 65536,
            LMW_MESSAGE("transfer.lm_batch_range",
                        "The LM fine-tuning batch size must be between 1 and 65536."));
    require(c.bptt >= 2 && c.bptt <= 65536,
            LMW_MESSAGE("fine_tune.bptt_range",
                        "The LM window (bptt) must be between 2 and 65536 tokens."));
    require(c.valFraction >= 0 && c.valFraction <= 0.5,
            LMW_MESSAGE("transfer.lm_val_fraction_range",
                        "The LM validation fraction must be between 0 and 0.5."));
    require(c.threads >= 0 && c.threads <= 1024,
            LMW_MESSAGE("config.threads_range", "Threads must be between 0 (all cores) and 1024."));
    checkSchedule(c.lr, c.lrDecay, c.cutFrac, c.ratio, c.beta1, c.beta2, c.weightDecay, c.gradClip);
}

}  // namespace lmw
