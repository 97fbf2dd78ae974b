// BERT-style encoder (Devlin et al. 2018) and RoBERTa (Liu et al. 2019), as in Hugging Face's
// BertForPreTraining and RobertaForMaskedLM: token + position + segment embeddings with
// LayerNorm, post-LN blocks (self-attention, then a GELU MLP, each followed by a residual
// add and LayerNorm), an MLM head (dense + GELU + LayerNorm + decoder tied to the token
// embedding + bias) and, for BERT, a pooler (dense + tanh on the first token) with the
// next-sentence head. RoBERTa counts positions from padId + 1 and skips padding (HF's
// convention), and has no pooler or NSP head.
//
// Shapes: B = batch, T = sequence length, C = width, V = vocabulary.
#pragma once

#include <torch/torch.h>

#include "models/attention.h"
#include "models/common.h"

namespace lmw {

class BertLayerImpl : public torch::nn::Cloneable<BertLayerImpl> {
public:
    explicit BertLayerImpl(const ModelConfig& cfg);
    void reset() override;
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask, torch::Tensor* probs);
    MultiHeadAttention attention{nullptr};  // q/k/v = self.query/key/value, out = output.dense
    LayerNorm attention_norm{nullptr};      // attention.output.LayerNorm
    torch::nn::Linear intermediate{nullptr}, output{nullptr};
    LayerNorm output_norm{nullptr};  // output.LayerNorm
    torch::nn::Dropout dropout{nullptr};

private:
    ModelConfig cfg_;
};
TORCH_MODULE(BertLayer);

class BertImpl : public torch::nn::Cloneable<BertImpl> {
public:
    explicit BertImpl(const ModelConfig& cfg);
    void reset() override;
    /// Encoder output (B, T, C). Attention maps go to the recorder as kind "self".
    torch::Tensor encode(const Batch& b, Recorder* rec);
    torch::Tensor positionIds(const torch::Tensor& input) const;
    const ModelConfig& config() const { return cfg_; }

    torch::nn::Embedding word_embeddings{nullptr}, position_embeddings{nullptr},
        token_type_embeddings{nullptr};
    LayerNorm embeddings_norm{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::ModuleList layers{nullptr};
    torch::nn::Linear transform{nullptr};             // MLM head: dense
    LayerNorm transform_norm{nullptr};                // MLM head: LayerNorm
    torch::Tensor decoder_bias;                       // MLM head: bias of the tied decoder (V)
    torch::nn::Linear pooler{nullptr}, nsp{nullptr};  // BERT only
    torch::nn::Linear classifier_dense{nullptr}, classifier{nullptr};  // numClasses > 0

private:
    bool roberta() const { return cfg_.family == ModelFamily::Roberta; }
    ModelConfig cfg_;
};
TORCH_MODULE(Bert);

class BertModel : public LanguageModel {
public:
    explicit BertModel(const ModelConfig& cfg);
    explicit BertModel(Bert net) : net_(std::move(net)) {}
    ModelOutput forward(const Batch& batch, Recorder* recorder = nullptr) override;
    torch::nn::Module& module() override { return *net_; }
    std::shared_ptr<LanguageModel> clone() const override;
    const ModelConfig& config() const override { return net_->config(); }
    Bert& net() { return net_; }

private:
    Bert net_;
};

}  // namespace lmw
