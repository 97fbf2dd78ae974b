#include "models/gpt.h"

#include <cmath>

namespace lmw {

namespace F = torch::nn::functional;

// --- LayerNorm -------------------------------------------------------------------------------

LayerNormImpl::LayerNormImpl(int64_t dim, bool bias) : dim_(dim), hasBias_(bias) { reset(); }

void LayerNormImpl::reset() {
    weight = register_parameter("weight", torch::ones({dim_}));
    bias = hasBias_ ? register_parameter("bias", torch::zeros({dim_})) : torch::Tensor();
}

torch::Tensor LayerNormImpl::forward(const torch::Tensor& x) {
    return torch::layer_norm(x, {dim_}, weight, bias, 1e-5);
}

// --- attention -------------------------------------------------------------------------------

CausalSelfAttentionImpl::CausalSelfAttentionImpl(const ModelConfig& cfg) : cfg_(cfg) { reset(); }

void CausalSelfAttentionImpl::reset() {
    const int64_t C = cfg_.embed;
    c_attn = register_module("c_attn", torch::nn::Linear(
                                           torch::nn::LinearOptions(C, 3 * C).bias(cfg_.bias)));
    c_proj = register_module("c_proj",
                              torch::nn::Linear(torch::nn::LinearOptions(C, C).bias(cfg_.bias)));
    attn_dropout = register_module("attn_dropout", torch::nn::Dropout(cfg_.dropout));
    resid_dropout = register_module("resid_dropout", torch::nn::Dropout(cfg_.dropout));
    causal_ = torch::ones({cfg_.block, cfg_.block}, torch::kBool).triu(1);
}

torch::Tensor CausalSelfAttentionImpl::forward(const torch::Tensor& x,
                                               std::vector<torch::Tensor>* probs) {
    const int64_t B = x.size(0), T = x.size(1), C = x.size(2);
    const int64_t H = cfg_.heads, hs = C / H;
    auto qkv = c_attn(x).split(C, /*dim=*/2);                      // 3 x (B, T, C)
    auto q = qkv[0].view({B, T, H, hs}).transpose(1, 2);           // (B, H, T, hs)
    auto k = qkv[1].view({B, T, H, hs}).transpose(1, 2);           // (B, H, T, hs)
    auto v = qkv[2].view({B, T, H, hs}).transpose(1, 2);           // (B, H, T, hs)
    auto att = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(hs)));  // (B,H,T,T)
    att = att.masked_fill(causal_.slice(0, 0, T).slice(1, 0, T),
                          -std::numeric_limits<float>::infinity());
    att = torch::softmax(att, -1);
    if (probs) probs->push_back(att.detach());
    att = attn_dropout(att);
    auto y = torch::matmul(att, v);                                // (B, H, T, hs)
    y = y.transpose(1, 2).contiguous().view({B, T, C});            // (B, T, C)
    return resid_dropout(c_proj(y));
}

// --- MLP and block ---------------------------------------------------------------------------

MlpImpl::MlpImpl(const ModelConfig& cfg) : cfg_(cfg) { reset(); }

void MlpImpl::reset() {
    const int64_t C = cfg_.embed;
    c_fc = register_module("c_fc",
                           torch::nn::Linear(torch::nn::LinearOptions(C, 4 * C).bias(cfg_.bias)));
    c_proj = register_module("c_proj",
                             torch::nn::Linear(torch::nn::LinearOptions(4 * C, C).bias(cfg_.bias)));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x) {
    return dropout(c_proj(torch::gelu(c_fc(x))));  // exact (erf) GELU
}

BlockImpl::BlockImpl(const ModelConfig& cfg) : cfg_(cfg) { reset(); }

void BlockImpl::reset() {
    ln_1 = register_module("ln_1", LayerNorm(cfg_.embed, cfg_.bias));
    attn = register_module("attn", CausalSelfAttention(cfg_));
    ln_2 = register_module("ln_2", LayerNorm(cfg_.embed, cfg_.bias));
    mlp = register_module("mlp", Mlp(cfg_));
}

torch::Tensor BlockImpl::forward(const torch::Tensor& x, std::vector<torch::Tensor>* probs) {
    auto y = x + attn(ln_1(x), probs);  // pre-LN residual blocks
    return y + mlp(ln_2(y));
}

// --- the model -------------------------------------------------------------------------------

GptImpl::GptImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
    initWeights();
}

void GptImpl::reset() {
    wte = register_module("wte", torch::nn::Embedding(cfg_.vocabSize, cfg_.embed));
    wpe = register_module("wpe", torch::nn::Embedding(cfg_.block, cfg_.embed));
    drop = register_module("drop", torch::nn::Dropout(cfg_.dropout));
    h = register_module("h", torch::nn::ModuleList());
    for (int i = 0; i < cfg_.layers; ++i) h->push_back(Block(cfg_));
    ln_f = register_module("ln_f", LayerNorm(cfg_.embed, cfg_.bias));
}

void GptImpl::initWeights() {
    // GPT-2 initialisation: N(0, 0.02) everywhere, residual projections scaled by 1/sqrt(2L).
    torch::NoGradGuard noGrad;
    for (auto& p : named_parameters()) {
        const std::string& name = p.key();
        torch::Tensor& w = p.value();
        if (w.dim() < 2) {
            if (name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0) w.zero_();
            continue;
        }
        const bool residualProj = name.find("c_proj.weight") != std::string::npos;
        const double std = residualProj ? 0.02 / std::sqrt(2.0 * cfg_.layers) : 0.02;
        w.normal_(0.0, std);
    }
}

torch::Tensor GptImpl::forward(const torch::Tensor& idx, std::vector<torch::Tensor>* probs) {
    const int64_t T = idx.size(1);
    TORCH_CHECK(T <= cfg_.block, "sequence of ", T, " tokens exceeds the context of ", cfg_.block);
    auto pos = torch::arange(T, torch::dtype(torch::kLong).device(idx.device()));  // (T)
    auto x = drop(wte(idx) + wpe(pos));                                             // (B, T, C)
    for (const auto& block : *h) x = block->as<Block>()->forward(x, probs);
    x = ln_f(x);
    return F::linear(x, wte->weight);  // tied output head: (B, T, V)
}

torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& targets) {
    const int64_t V = logits.size(-1);
    return F::cross_entropy(logits.reshape({-1, V}), targets.reshape({-1}));
}

}  // namespace lmw
