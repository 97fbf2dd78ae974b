#include "models/bart.h"

#include <algorithm>
#include <cmath>

namespace lmw {

namespace F = torch::nn::functional;

// --- layers ----------------------------------------------------------------------------------

BartEncoderLayerImpl::BartEncoderLayerImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void BartEncoderLayerImpl::reset() {
    const int64_t C = cfg_.embed, Fw = cfg_.ffnWidth();
    const auto lin = [&](int64_t in, int64_t out) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(cfg_.bias));
    };
    self_attn = register_module(
        "self_attn",
        MultiHeadAttention(C, cfg_.heads, cfg_.dropout, cfg_.bias, attentionPositionsFor(cfg_)));
    self_attn_layer_norm =
        register_module("self_attn_layer_norm", LayerNorm(C, cfg_.bias, cfg_.layerNormEps));
    fc1 = register_module("fc1", lin(C, Fw));
    fc2 = register_module("fc2", lin(Fw, C));
    final_layer_norm =
        register_module("final_layer_norm", LayerNorm(C, cfg_.bias, cfg_.layerNormEps));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
}

torch::Tensor BartEncoderLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& mask,
                                            torch::Tensor* probs) {
    auto h = self_attn_layer_norm(x + dropout(self_attn(x, x, mask, probs)));  // post-LN
    return final_layer_norm(h + dropout(fc2(activate(fc1(h), cfg_.activation))));
}

BartDecoderLayerImpl::BartDecoderLayerImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void BartDecoderLayerImpl::reset() {
    const int64_t C = cfg_.embed, Fw = cfg_.ffnWidth();
    const auto lin = [&](int64_t in, int64_t out) {
        return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(cfg_.bias));
    };
    self_attn = register_module(
        "self_attn",
        MultiHeadAttention(C, cfg_.heads, cfg_.dropout, cfg_.bias, attentionPositionsFor(cfg_)));
    self_attn_layer_norm =
        register_module("self_attn_layer_norm", LayerNorm(C, cfg_.bias, cfg_.layerNormEps));
    encoder_attn =
        register_module("encoder_attn", MultiHeadAttention(C, cfg_.heads, cfg_.dropout, cfg_.bias));
    encoder_attn_layer_norm =
        register_module("encoder_attn_layer_norm", LayerNorm(C, cfg_.bias, cfg_.layerNormEps));
    fc1 = register_module("fc1", lin(C, Fw));
    fc2 = register_module("fc2", lin(Fw, C));
    final_layer_norm =
        register_module("final_layer_norm", LayerNorm(C, cfg_.bias, cfg_.layerNormEps));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
}

torch::Tensor BartDecoderLayerImpl::forward(const torch::Tensor& y, const torch::Tensor& selfMask,
                                            const torch::Tensor& memory,
                                            const torch::Tensor& memoryMask,
                                            torch::Tensor* selfProbs, torch::Tensor* crossProbs) {
    auto h = self_attn_layer_norm(y + dropout(self_attn(y, y, selfMask, selfProbs)));
    h = encoder_attn_layer_norm(h + dropout(encoder_attn(h, memory, memoryMask, crossProbs)));
    return final_layer_norm(h + dropout(fc2(activate(fc1(h), cfg_.activation))));
}

// --- the model -------------------------------------------------------------------------------

BartImpl::BartImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
    initTransformerWeights(*this, cfg_.layers + cfg_.decoderDepth(), "");
    torch::NoGradGuard noGrad;
    if (cfg_.padId >= 0 && cfg_.padId < cfg_.vocabSize) shared->weight[cfg_.padId].zero_();
}

void BartImpl::reset() {
    const int64_t C = cfg_.embed, V = cfg_.vocabSize;
    const int64_t P = (cfg_.positions > 0 ? cfg_.positions : cfg_.block) + kPositionOffset;
    shared = register_module(
        "shared", torch::nn::Embedding(torch::nn::EmbeddingOptions(V, C).padding_idx(cfg_.padId)));
    if (cfg_.positionEncoding ==
        PositionEncoding::Absolute) {  // RoPE and ALiBi act in self-attention
        encoder_positions = register_module("encoder_positions", torch::nn::Embedding(P, C));
        decoder_positions = register_module("decoder_positions", torch::nn::Embedding(P, C));
    }
    encoder_norm = register_module("encoder_norm", LayerNorm(C, true, cfg_.layerNormEps));
    decoder_norm = register_module("decoder_norm", LayerNorm(C, true, cfg_.layerNormEps));
    encoder_layers = register_module("encoder_layers", torch::nn::ModuleList());
    for (int i = 0; i < cfg_.layers; ++i) encoder_layers->push_back(BartEncoderLayer(cfg_));
    decoder_layers = register_module("decoder_layers", torch::nn::ModuleList());
    for (int i = 0; i < cfg_.decoderDepth(); ++i) decoder_layers->push_back(BartDecoderLayer(cfg_));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
    final_logits_bias = register_buffer("final_logits_bias", torch::zeros({1, V}));
    if (cfg_.numClasses > 0) {
        classifier_dense = register_module("classifier_dense", torch::nn::Linear(C, C));
        classifier = register_module("classifier", torch::nn::Linear(C, cfg_.numClasses));
    }
}

torch::Tensor BartImpl::embed(torch::nn::Embedding positions, LayerNorm norm,
                              const torch::Tensor& ids) {
    const int64_t T = ids.size(1);
    if (!positions) return dropout(norm->forward(shared(ids)));  // RoPE / ALiBi: (B, T, C)
    TORCH_CHECK(T + kPositionOffset <= positions->weight.size(0), "sequence of ", T,
                " tokens exceeds the position table");
    auto pos = torch::arange(T, torch::kLong) + kPositionOffset;           // (T)
    return dropout(norm->forward(shared(ids) + positions->forward(pos)));  // (B, T, C)
}

torch::Tensor BartImpl::encode(const torch::Tensor& source, const torch::Tensor& sourceMask,
                               Recorder* rec) {
    auto x = embed(encoder_positions, encoder_norm, source);
    const torch::Tensor mask = sourceMask.defined() ? paddingMask(sourceMask) : torch::Tensor();
    int layer = 0;
    for (const auto& m : *encoder_layers) {
        torch::Tensor probs;
        x = m->as<BartEncoderLayer>()->forward(x, mask, rec ? &probs : nullptr);
        if (rec) rec->attention("encoder", layer, probs);
        ++layer;
    }
    return x;
}

torch::Tensor BartImpl::decode(const torch::Tensor& decoderInput, const torch::Tensor& memory,
                               const torch::Tensor& sourceMask, Recorder* rec) {
    auto y = embed(decoder_positions, decoder_norm, decoderInput);    // (B, S, C)
    const torch::Tensor selfMask = causalMask(decoderInput.size(1));  // (S, S)
    const torch::Tensor memoryMask =
        sourceMask.defined() ? paddingMask(sourceMask) : torch::Tensor();
    int layer = 0;
    for (const auto& m : *decoder_layers) {
        torch::Tensor selfProbs, crossProbs;
        y = m->as<BartDecoderLayer>()->forward(y, selfMask, memory, memoryMask,
                                               rec ? &selfProbs : nullptr,
                                               rec ? &crossProbs : nullptr);
        if (rec) {
            rec->attention("decoder", layer, selfProbs);
            rec->attention("cross", layer, crossProbs);
        }
        ++layer;
    }
    return y;  // (B, S, C)
}

// --- LanguageModel ---------------------------------------------------------------------------

BartModel::BartModel(const ModelConfig& cfg) : net_(cfg) {}

ModelOutput BartModel::forward(const Batch& b, Recorder* rec) {
    BartImpl& n = *net_;
    ModelOutput out;
    auto memory = n.encode(b.input, b.attentionMask, rec);
    // A classifier reads the source with the decoder as well (as Hugging Face's BART does).
    const bool sourceAsTarget = !b.decoderInput.defined() && n.classifier;
    TORCH_CHECK(b.decoderInput.defined() || sourceAsTarget, "BART needs decoder inputs");
    auto y = n.decode(sourceAsTarget ? b.input : b.decoderInput, memory, b.attentionMask, rec);
    if (n.classifier) {
        // The decoder's state at the last real token: causal, so padding after it is unseen.
        const int64_t B = y.size(0), S = y.size(1);
        auto last = sourceAsTarget && b.attentionMask.defined()
                        ? (b.attentionMask.sum(1) - 1).clamp_min(0).to(torch::kLong)
                        : torch::full({B}, S - 1, torch::kLong);
        auto pooled = y.index({torch::arange(B), last});  // (B, C)
        out.classLogits =
            n.classifier(n.dropout(torch::tanh(n.classifier_dense(n.dropout(pooled)))));
        if (b.classLabels.defined()) out.loss = F::cross_entropy(out.classLogits, b.classLabels);
        if (!b.labels.defined()) return out;
    }
    out.logits = F::linear(y, n.shared->weight) + n.final_logits_bias;  // (B, S, V)
    if (b.labels.defined()) {
        auto lm = tokenLoss(out.logits, b.labels);
        out.loss = out.loss.defined() ? out.loss + lm : lm;
    }
    return out;
}

std::shared_ptr<LanguageModel> BartModel::clone() const {
    return std::make_shared<BartModel>(std::dynamic_pointer_cast<BartImpl>(net_->clone()));
}

std::vector<int64_t> BartModel::generate(const torch::Tensor& source, const Seq2SeqOptions& o) {
    torch::NoGradGuard noGrad;
    BartImpl& n = *net_;
    const int64_t maxLen = (n.config().positions > 0 ? n.config().positions : n.config().block);
    const int steps = std::max(0, std::min<int>(o.maxTokens, int(maxLen) - 1));
    auto memory = n.encode(source, {}, nullptr);  // (1, T, C)
    struct Hyp {
        std::vector<int64_t> ids;  // starts with the start token
        double logProb = 0;
        bool done = false;
    };
    std::vector<Hyp> beams{Hyp{{o.startId}, 0.0, false}};
    const int width = std::max(1, o.beams);
    for (int step = 0; step < steps; ++step) {
        std::vector<Hyp> candidates;
        for (const Hyp& h : beams) {
            if (h.done) {
                candidates.push_back(h);
                continue;
            }
            auto ids = torch::tensor(h.ids, torch::kLong).unsqueeze(0);  // (1, S)
            auto y = n.decode(ids, memory, {}, nullptr).select(1, -1);   // (1, C)
            auto logits = (F::linear(y, n.shared->weight) + n.final_logits_bias).squeeze(0);
            auto logp = torch::log_softmax(logits, -1);  // (V)
            auto top = logp.topk(width);
            auto values = std::get<0>(top), indices = std::get<1>(top);
            for (int k = 0; k < width; ++k) {
                Hyp next = h;
                const int64_t id = indices[k].item<int64_t>();
                next.ids.push_back(id);
                next.logProb += values[k].item<double>();
                next.done = o.stopAtEos && id == o.eosId;
                candidates.push_back(std::move(next));
            }
        }
        const auto score = [&](const Hyp& h) {
            return h.logProb / std::pow(double(h.ids.size() - 1), o.lengthPenalty);
        };
        std::stable_sort(candidates.begin(), candidates.end(), [&](const Hyp& a, const Hyp& b) {
            return width == 1 ? a.logProb > b.logProb : score(a) > score(b);
        });
        candidates.resize(std::min<std::size_t>(candidates.size(), std::size_t(width)));
        beams = std::move(candidates);
        if (std::all_of(beams.begin(), beams.end(), [](const Hyp& h) { return h.done; })) break;
    }
    return std::vector<int64_t>(beams.front().ids.begin() + 1, beams.front().ids.end());
}

torch::Tensor shiftTokensRight(const torch::Tensor& labels, int64_t padId, int64_t startId) {
    auto shifted = torch::empty_like(labels);
    shifted.slice(1, 1) = labels.slice(1, 0, -1);
    shifted.select(1, 0).fill_(startId);
    return shifted.masked_fill(shifted.eq(kIgnoreIndex), padId);
}

}  // namespace lmw
