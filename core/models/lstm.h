// ULMFiT's language model, AWD-LSTM (Merity et al. 2017; Howard & Ruder 2018): a token
// embedding with embedding dropout (whole rows), locked (variational) dropout on the input,
// between layers and on the output, DropConnect on every hidden-to-hidden matrix, three
// stacked LSTMs by default (the last one as wide as the embedding), and a decoder tied to the
// embedding. Layer groups (as fastai splits them for discriminative learning rates and gradual
// unfreezing): language model: one per LSTM layer, then the embedding with the decoder;
// classifier: the embedding, one per LSTM layer, then the classifier head.
//
// Shapes: B = batch, T = sequence length, E = embedding size, H = hidden size, V = vocabulary.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "models/common.h"

namespace lmw {

class AwdLstmImpl : public torch::nn::Cloneable<AwdLstmImpl> {
public:
    explicit AwdLstmImpl(const ModelConfig& cfg);
    void reset() override;
    /// idx (B, T) -> hidden states of the last layer (B, T, E), before output dropout.
    torch::Tensor encode(const torch::Tensor& idx);
    const ModelConfig& config() const { return cfg_; }
    int64_t layerCount() const { return int64_t(w_ih.size()); }

    torch::nn::Embedding encoder{nullptr};
    std::vector<torch::Tensor> w_ih, w_hh, b_ih, b_hh;  // per layer, PyTorch's LSTM layout
    torch::Tensor decoder_bias;                         // (V), decoder weight tied to encoder
    // ULMFiT's classifier (numClasses > 0): concat pooling -> BN, dropout, linear, ReLU -> BN,
    // dropout, linear.
    torch::nn::BatchNorm1d bn1{nullptr}, bn2{nullptr};
    torch::nn::Linear lin1{nullptr}, lin2{nullptr};

private:
    torch::Tensor lockedDropout(const torch::Tensor& x, double p) const;
    ModelConfig cfg_;
};
TORCH_MODULE(AwdLstm);

class LstmModel : public LanguageModel {
public:
    explicit LstmModel(const ModelConfig& cfg);
    explicit LstmModel(AwdLstm net) : net_(std::move(net)) {}
    ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) override;
    torch::nn::Module& module() override { return *net_; }
    std::shared_ptr<LanguageModel> clone() const override;
    const ModelConfig& config() const override { return net_->config(); }
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool isCausal() const override { return true; }
    AwdLstm& net() { return net_; }

private:
    AwdLstm net_;
};

/// ULMFiT's concat pooling: [last state, max over time, mean over time] of (B, T, E) -> (B, 3E),
/// ignoring padded positions when a (B, T) 1/0 mask is given.
torch::Tensor concatPool(const torch::Tensor& states, const torch::Tensor& mask);

}  // namespace lmw
