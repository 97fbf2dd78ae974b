#include "models/lstm.h"

#include <cmath>

namespace lmw {

namespace F = torch::nn::functional;

AwdLstmImpl::AwdLstmImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void AwdLstmImpl::reset() {
    const int64_t E = cfg_.embed, H = cfg_.lstmHidden(), V = cfg_.vocabSize;
    encoder = register_module("encoder", torch::nn::Embedding(V, E));
    {
        torch::NoGradGuard noGrad;
        // AWD-LSTM starts at U(-0.1, 0.1) and trains with SGD at rate 30. With Adam that start
        // kept a 3-layer tied LSTM at the unigram loss for hundreds of steps (its input and its
        // logits are both scaled by the embedding); U(-0.5, 0.5) learns at once (measured).
        encoder->weight.uniform_(-0.5, 0.5);
    }
    w_ih.clear(), w_hh.clear(), b_ih.clear(), b_hh.clear();
    for (int l = 0; l < cfg_.layers; ++l) {
        const int64_t in = l == 0 ? E : H;
        const int64_t out = l == cfg_.layers - 1 ? E : H;  // the last layer matches the embedding
        const double k = 1.0 / std::sqrt(double(out));     // PyTorch's LSTM initialisation
        const std::string n = std::to_string(l);
        w_ih.push_back(
            register_parameter("w_ih_l" + n, torch::empty({4 * out, in}).uniform_(-k, k)));
        w_hh.push_back(
            register_parameter("w_hh_l" + n, torch::empty({4 * out, out}).uniform_(-k, k)));
        b_ih.push_back(register_parameter("b_ih_l" + n, torch::empty({4 * out}).uniform_(-k, k)));
        b_hh.push_back(register_parameter("b_hh_l" + n, torch::empty({4 * out}).uniform_(-k, k)));
    }
    decoder_bias = register_parameter("decoder_bias", torch::zeros({V}));
    if (cfg_.numClasses > 0) {
        constexpr int64_t kHiddenUnits = 50;  // ULMFiT's classifier width
        bn1 = register_module("bn1", torch::nn::BatchNorm1d(3 * E));
        lin1 = register_module("lin1", torch::nn::Linear(3 * E, kHiddenUnits));
        bn2 = register_module("bn2", torch::nn::BatchNorm1d(kHiddenUnits));
        lin2 = register_module("lin2", torch::nn::Linear(kHiddenUnits, cfg_.numClasses));
    }
}

torch::Tensor AwdLstmImpl::lockedDropout(const torch::Tensor& x, double p) const {
    // One mask per sequence and feature, shared by every time step (variational dropout).
    if (!is_training() || p <= 0) return x;
    auto mask = torch::empty({x.size(0), 1, x.size(2)}, x.options()).bernoulli_(1 - p) / (1 - p);
    return x * mask;  // (B, T, D)
}

torch::Tensor AwdLstmImpl::encode(const torch::Tensor& idx) {
    torch::Tensor weight = encoder->weight;
    if (is_training() && cfg_.embedDropout > 0) {
        // Embedding dropout: a dropped word disappears from the whole batch.
        auto keep =
            torch::empty({weight.size(0), 1}, weight.options()).bernoulli_(1 - cfg_.embedDropout);
        weight = weight * keep / (1 - cfg_.embedDropout);
    }
    auto x = lockedDropout(F::embedding(idx, weight), cfg_.inputDropout);  // (B, T, E)
    for (std::size_t l = 0; l < w_ih.size(); ++l) {
        const int64_t B = x.size(0), H = w_hh[l].size(1);
        // DropConnect on the recurrent weights: a fresh mask for every batch.
        auto hh =
            is_training() && cfg_.weightDropout > 0
                ? F::dropout(w_hh[l], F::DropoutFuncOptions().p(cfg_.weightDropout).training(true))
                : w_hh[l];
        auto zeros = torch::zeros({1, B, H}, x.options());
        auto result = torch::lstm(x, {zeros, zeros}, {w_ih[l], hh, b_ih[l], b_hh[l]},
                                  /*has_biases=*/true, /*num_layers=*/1, /*dropout=*/0.0,
                                  is_training(), /*bidirectional=*/false, /*batch_first=*/true);
        x = std::get<0>(result);  // (B, T, H)
        if (l + 1 < w_ih.size()) x = lockedDropout(x, cfg_.hiddenDropout);
    }
    return x;  // (B, T, E)
}

torch::Tensor concatPool(const torch::Tensor& states, const torch::Tensor& mask) {
    const int64_t B = states.size(0), T = states.size(1);
    if (!mask.defined()) {
        return torch::cat({states.select(1, T - 1), std::get<0>(states.max(1)), states.mean(1)}, 1);
    }
    auto m = mask.to(states.dtype()).unsqueeze(2);  // (B, T, 1)
    auto lengths = mask.sum(1).clamp_min(1);        // (B)
    auto last = states.index({torch::arange(B), (lengths - 1).to(torch::kLong)});
    auto maxed = std::get<0>(states.masked_fill(m.eq(0), -1e30).max(1));
    auto mean = (states * m).sum(1) / lengths.to(states.dtype()).unsqueeze(1);
    return torch::cat({last, maxed, mean}, 1);  // (B, 3E)
}

// --- LanguageModel ---------------------------------------------------------------------------

LstmModel::LstmModel(const ModelConfig& cfg) : net_(cfg) {}

ModelOutput LstmModel::forward(const Batch& b, Recorder*) {
    AwdLstmImpl& n = *net_;
    ModelOutput out;
    auto x = n.encode(b.input);
    if (n.lin2) {
        const double p = n.config().outputDropout;
        auto pooled = concatPool(x, b.attentionMask);
        auto h = F::relu(n.lin1(
            F::dropout(n.bn1(pooled), F::DropoutFuncOptions().p(p).training(n.is_training()))));
        out.classLogits =
            n.lin2(F::dropout(n.bn2(h), F::DropoutFuncOptions().p(p).training(n.is_training())));
        if (b.classLabels.defined()) out.loss = F::cross_entropy(out.classLogits, b.classLabels);
        if (!b.labels.defined()) return out;
    }
    // Locked dropout on the output, then the decoder tied to the embedding.
    torch::Tensor y = x;
    if (n.is_training() && n.config().outputDropout > 0) {
        const double p = n.config().outputDropout;
        y = x * (torch::empty({x.size(0), 1, x.size(2)}, x.options()).bernoulli_(1 - p) / (1 - p));
    }
    out.logits = F::linear(y, n.encoder->weight, n.decoder_bias);  // (B, T, V)
    if (b.labels.defined()) {
        auto lm = tokenLoss(out.logits, b.labels);
        out.loss = out.loss.defined() ? out.loss + lm : lm;
    }
    return out;
}

std::shared_ptr<LanguageModel> LstmModel::clone() const {
    return std::make_shared<LstmModel>(std::dynamic_pointer_cast<AwdLstmImpl>(net_->clone()));
}

std::vector<std::vector<torch::Tensor>> LstmModel::layerGroups() {
    AwdLstmImpl& n = *net_;
    std::vector<std::vector<torch::Tensor>> groups;
    std::vector<torch::Tensor> embedding{n.encoder->weight, n.decoder_bias};
    // A classifier reads the embedding only as its input: it comes first (fastai's classifier
    // split). A language model also writes through it (tied decoder): it comes last.
    if (n.lin2) groups.push_back(embedding);
    for (int64_t l = 0; l < n.layerCount(); ++l)
        groups.push_back({n.w_ih[l], n.w_hh[l], n.b_ih[l], n.b_hh[l]});
    if (!n.lin2) {
        groups.push_back(embedding);
        return groups;
    }
    // The classifier head forms its own, last group (ULMFiT unfreezes it first).
    std::vector<torch::Tensor> head;
    for (auto* m : {static_cast<torch::nn::Module*>(n.bn1.get()),
                    static_cast<torch::nn::Module*>(n.lin1.get()),
                    static_cast<torch::nn::Module*>(n.bn2.get()),
                    static_cast<torch::nn::Module*>(n.lin2.get())})
        for (auto& p : m->parameters()) head.push_back(p);
    groups.push_back(head);
    return groups;
}

}  // namespace lmw
