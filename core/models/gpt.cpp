#include "models/gpt.h"

#include <cmath>

namespace lmw {

namespace F = torch::nn::functional;

namespace {
int64_t positionRows(const ModelConfig& c) {
    return c.positions > 0 ? c.positions : c.block;
}
}  // namespace

// --- attention -------------------------------------------------------------------------------

CausalSelfAttentionImpl::CausalSelfAttentionImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void CausalSelfAttentionImpl::reset() {
    const int64_t C = cfg_.embed;
    c_attn = register_module("c_attn",
                             torch::nn::Linear(torch::nn::LinearOptions(C, 3 * C).bias(cfg_.bias)));
    c_proj = register_module("c_proj",
                             torch::nn::Linear(torch::nn::LinearOptions(C, C).bias(cfg_.bias)));
    attn_dropout = register_module("attn_dropout", torch::nn::Dropout(cfg_.dropout));
    resid_dropout = register_module("resid_dropout", torch::nn::Dropout(cfg_.dropout));
    const int64_t P = positionRows(cfg_);
    causal_ = torch::ones({P, P}, torch::kBool).triu(1);
    positions_ = attentionPositionsFor(cfg_);
}

torch::Tensor CausalSelfAttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& mask,
                                               torch::Tensor* probs) {
    const int64_t B = x.size(0), T = x.size(1), C = x.size(2);
    const int64_t H = cfg_.heads, hs = C / H;
    auto qkv = c_attn(x).split(C, /*dim=*/2);             // 3 x (B, T, C)
    auto q = qkv[0].view({B, T, H, hs}).transpose(1, 2);  // (B, H, T, hs)
    auto k = qkv[1].view({B, T, H, hs}).transpose(1, 2);  // (B, H, T, hs)
    auto v = qkv[2].view({B, T, H, hs}).transpose(1, 2);  // (B, H, T, hs)
    positions_.rotate(q, k);                              // RoPE
    auto att = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(hs)));  // (B,H,T,T)
    const torch::Tensor distance = positions_.bias(T, T);  // ALiBi: (H, T, T)
    if (distance.defined()) att = att + distance;
    if (causal())
        att = att.masked_fill(causal_.slice(0, 0, T).slice(1, 0, T),
                              -std::numeric_limits<float>::infinity());
    if (mask.defined()) att = att + mask;
    att = torch::softmax(att, -1);
    if (probs) *probs = att.detach();
    att = attn_dropout(att);
    auto y = torch::matmul(att, v);                      // (B, H, T, hs)
    y = y.transpose(1, 2).contiguous().view({B, T, C});  // (B, T, C)
    return resid_dropout(c_proj(y));
}

// --- MLP and block ---------------------------------------------------------------------------

MlpImpl::MlpImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void MlpImpl::reset() {
    const int64_t C = cfg_.embed, Fw = cfg_.ffnWidth();
    c_fc =
        register_module("c_fc", torch::nn::Linear(torch::nn::LinearOptions(C, Fw).bias(cfg_.bias)));
    c_proj = register_module("c_proj",
                             torch::nn::Linear(torch::nn::LinearOptions(Fw, C).bias(cfg_.bias)));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x) {
    return dropout(c_proj(activate(c_fc(x), cfg_.activation)));
}

BlockImpl::BlockImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void BlockImpl::reset() {
    ln_1 = register_module("ln_1", LayerNorm(cfg_.embed, cfg_.bias, cfg_.layerNormEps));
    attn = register_module("attn", CausalSelfAttention(cfg_));
    ln_2 = register_module("ln_2", LayerNorm(cfg_.embed, cfg_.bias, cfg_.layerNormEps));
    mlp = register_module("mlp", Mlp(cfg_));
}

torch::Tensor BlockImpl::forward(const torch::Tensor& x, const torch::Tensor& mask,
                                 torch::Tensor* probs) {
    auto y = x + attn(ln_1(x), mask, probs);  // pre-LN residual blocks
    return y + mlp(ln_2(y));
}

// --- the network -----------------------------------------------------------------------------

GptImpl::GptImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
    initTransformerWeights(*this, cfg_.layers, "c_proj.weight");
}

void GptImpl::reset() {
    wte = register_module("wte", torch::nn::Embedding(cfg_.vocabSize, cfg_.embed));
    if (cfg_.positionEncoding == PositionEncoding::Absolute)  // RoPE and ALiBi act inside attention
        wpe = register_module("wpe", torch::nn::Embedding(positionRows(cfg_), cfg_.embed));
    drop = register_module("drop", torch::nn::Dropout(cfg_.dropout));
    h = register_module("h", torch::nn::ModuleList());
    for (int i = 0; i < cfg_.layers; ++i) h->push_back(Block(cfg_));
    ln_f = register_module("ln_f", LayerNorm(cfg_.embed, cfg_.bias, cfg_.layerNormEps));
    if (cfg_.numClasses > 0)
        score = register_module("score", torch::nn::Linear(cfg_.embed, cfg_.numClasses));
}

torch::Tensor GptImpl::hidden(const torch::Tensor& idx, const torch::Tensor& attentionMask,
                              Recorder* rec) {
    const int64_t T = idx.size(1);
    TORCH_CHECK(T <= positionRows(cfg_), "sequence of ", T, " tokens exceeds the context of ",
                positionRows(cfg_));
    auto x = wte(idx);  // (B, T, C)
    if (wpe) x = x + wpe(torch::arange(T, torch::dtype(torch::kLong).device(idx.device())));
    x = drop(x);
    const torch::Tensor mask =
        attentionMask.defined() ? paddingMask(attentionMask) : torch::Tensor();
    int layer = 0;
    for (const auto& block : *h) {
        if (rec) rec->state(x);  // Hugging Face's order: the input of every block ...
        torch::Tensor probs;
        x = block->as<Block>()->forward(x, mask, rec ? &probs : nullptr);
        if (rec) rec->attention(cfg_.family == ModelFamily::Gpt ? "causal" : "self", layer, probs);
        ++layer;
    }
    x = ln_f(x);
    if (rec) rec->state(x);  // ... then the final, normalised output
    return x;
}

torch::Tensor GptImpl::forward(const torch::Tensor& idx, std::vector<torch::Tensor>* probs) {
    Recorder rec;
    auto x = hidden(idx, {}, probs ? &rec : nullptr);
    if (probs)
        for (auto& r : rec.attentions) probs->push_back(r.probs);
    return F::linear(x, wte->weight);  // tied output head: (B, T, V)
}

// --- LanguageModel ---------------------------------------------------------------------------

GptModel::GptModel(const ModelConfig& cfg) : net_(cfg) {}

ModelOutput GptModel::forward(const Batch& b, Recorder* rec) {
    ModelOutput out;
    auto x = net_->hidden(b.input, b.attentionMask, rec);  // (B, T, C)
    if (net_->score) {
        // The last real token of each sequence summarises it (padding is on the right).
        const int64_t T = b.input.size(1);
        auto last = b.attentionMask.defined() ? b.attentionMask.sum(1).sub(1).clamp_min(0)
                                              : torch::full({b.input.size(0)}, T - 1, torch::kLong);
        auto pooled = x.index({torch::arange(x.size(0)), last.to(torch::kLong)});  // (B, C)
        out.classLogits = net_->score(pooled);
        if (b.classLabels.defined()) out.loss = F::cross_entropy(out.classLogits, b.classLabels);
        if (!b.labels.defined()) return out;
    }
    out.logits = F::linear(x, net_->wte->weight);  // (B, T, V)
    if (b.labels.defined()) {
        auto lm = tokenLoss(out.logits, b.labels);
        out.loss = out.loss.defined() ? out.loss + lm : lm;
    }
    return out;
}

std::shared_ptr<LanguageModel> GptModel::clone() const {
    return std::make_shared<GptModel>(std::dynamic_pointer_cast<GptImpl>(net_->clone()));
}

GptBlocksEncoder::GptBlocksEncoder(const ModelConfig& cfg) : net_(cfg) {}

ModelOutput GptBlocksEncoder::forward(const Batch& b, Recorder* rec) {
    ModelOutput out;
    auto x = net_->hidden(b.input, b.attentionMask, rec);  // (B, T, C), bidirectional
    if (net_->score) {
        out.classLogits = net_->score(x.select(1, 0));  // the first token ([CLS] / <s>) sees all
        if (b.classLabels.defined()) out.loss = F::cross_entropy(out.classLogits, b.classLabels);
        if (!b.labels.defined()) return out;
    }
    out.logits = F::linear(x, net_->wte->weight);  // (B, T, V): each position's own token
    if (b.labels.defined()) {
        auto lm = tokenLoss(out.logits, b.labels);
        out.loss = out.loss.defined() ? out.loss + lm : lm;
    }
    return out;
}

std::shared_ptr<LanguageModel> GptBlocksEncoder::clone() const {
    return std::make_shared<GptBlocksEncoder>(std::dynamic_pointer_cast<GptImpl>(net_->clone()));
}

torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets) {
    const int64_t V = logits.size(-1);
    return F::cross_entropy(logits.reshape({-1, V}), targets.reshape({-1}));
}

}  // namespace lmw
