#include "models/bert.h"

namespace lmw {

namespace F = torch::nn::functional;

// --- one layer -------------------------------------------------------------------------------

BertLayerImpl::BertLayerImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
}

void BertLayerImpl::reset() {
    const int64_t C = cfg_.embed;
    attention = register_module("attention", MultiHeadAttention(C, cfg_.heads, cfg_.dropout, true,
                                                                attentionPositionsFor(cfg_)));
    attention_norm = register_module("attention_norm", LayerNorm(C, true, cfg_.layerNormEps));
    intermediate = register_module("intermediate", torch::nn::Linear(C, cfg_.ffnWidth()));
    output = register_module("output", torch::nn::Linear(cfg_.ffnWidth(), C));
    output_norm = register_module("output_norm", LayerNorm(C, true, cfg_.layerNormEps));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& mask,
                                     torch::Tensor* probs) {
    auto a = attention_norm(x + dropout(attention(x, x, mask, probs)));  // post-LN
    return output_norm(a + dropout(output(activate(intermediate(a), cfg_.activation))));
}

// --- the encoder with its heads --------------------------------------------------------------

BertImpl::BertImpl(const ModelConfig& cfg) : cfg_(cfg) {
    reset();
    initTransformerWeights(*this, cfg_.layers, "");
}

void BertImpl::reset() {
    const int64_t C = cfg_.embed, V = cfg_.vocabSize;
    const int64_t P =
        cfg_.positions > 0 ? cfg_.positions : cfg_.block + (roberta() ? cfg_.padId + 1 : 0);
    word_embeddings = register_module("word_embeddings", torch::nn::Embedding(V, C));
    if (cfg_.positionEncoding == PositionEncoding::Absolute)  // RoPE and ALiBi act inside attention
        position_embeddings = register_module("position_embeddings", torch::nn::Embedding(P, C));
    token_type_embeddings =
        register_module("token_type_embeddings", torch::nn::Embedding(cfg_.typeVocab, C));
    embeddings_norm = register_module("embeddings_norm", LayerNorm(C, true, cfg_.layerNormEps));
    dropout = register_module("dropout", torch::nn::Dropout(cfg_.dropout));
    layers = register_module("layers", torch::nn::ModuleList());
    for (int i = 0; i < cfg_.layers; ++i) layers->push_back(BertLayer(cfg_));
    transform = register_module("transform", torch::nn::Linear(C, C));
    transform_norm = register_module("transform_norm", LayerNorm(C, true, cfg_.layerNormEps));
    decoder_bias = register_parameter("decoder_bias", torch::zeros({V}));
    if (!roberta()) {
        pooler = register_module("pooler", torch::nn::Linear(C, C));
        nsp = register_module("nsp", torch::nn::Linear(C, 2));
    }
    if (cfg_.numClasses > 0) {
        if (roberta())
            classifier_dense = register_module("classifier_dense", torch::nn::Linear(C, C));
        classifier = register_module("classifier", torch::nn::Linear(C, cfg_.numClasses));
    }
}

torch::Tensor BertImpl::positionIds(const torch::Tensor& input) const {
    const int64_t T = input.size(1);
    if (!roberta()) return torch::arange(T, torch::kLong).unsqueeze(0).expand_as(input);
    // RoBERTa: real tokens count from padId + 1; padding keeps padId.
    auto real = input.ne(cfg_.padId).to(torch::kLong);  // (B, T)
    return real.cumsum(1) * real + cfg_.padId;
}

torch::Tensor BertImpl::encode(const Batch& b, Recorder* rec) {
    const auto& input = b.input;  // (B, T)
    auto types = b.tokenTypes.defined() ? b.tokenTypes : torch::zeros_like(input);
    auto x = word_embeddings(input) + token_type_embeddings(types);
    if (position_embeddings) {
        TORCH_CHECK(
            input.size(1) <= position_embeddings->weight.size(0) - (roberta() ? cfg_.padId + 1 : 0),
            "sequence of ", input.size(1), " tokens exceeds the position table");
        x = x + position_embeddings(positionIds(input));
    }
    x = dropout(embeddings_norm(x));  // (B, T, C)
    const torch::Tensor mask =
        b.attentionMask.defined() ? paddingMask(b.attentionMask) : torch::Tensor();
    if (rec) rec->state(x);
    int layer = 0;
    for (const auto& m : *layers) {
        torch::Tensor probs;
        x = m->as<BertLayer>()->forward(x, mask, rec ? &probs : nullptr);
        if (rec) {
            rec->attention("self", layer, probs);
            rec->state(x);
        }
        ++layer;
    }
    return x;
}

// --- LanguageModel ---------------------------------------------------------------------------

BertModel::BertModel(const ModelConfig& cfg) : net_(cfg) {}

ModelOutput BertModel::forward(const Batch& b, Recorder* rec) {
    BertImpl& n = *net_;
    ModelOutput out;
    auto x = n.encode(b, rec);    // (B, T, C)
    auto first = x.select(1, 0);  // (B, C): [CLS] / <s>
    std::vector<torch::Tensor> losses;
    if (n.classifier) {
        auto pooled = n.pooler ? torch::tanh(n.pooler(first))
                               : torch::tanh(n.classifier_dense(n.dropout(first)));
        out.classLogits = n.classifier(n.dropout(pooled));
        if (b.classLabels.defined())
            losses.push_back(F::cross_entropy(out.classLogits, b.classLabels));
        if (!b.labels.defined()) {
            out.loss = losses.empty() ? torch::Tensor() : losses.front();
            return out;
        }
    }
    auto t = n.transform_norm(activate(n.transform(x), n.config().activation));
    out.logits = F::linear(t, n.word_embeddings->weight, n.decoder_bias);  // (B, T, V)
    if (n.nsp) out.nspLogits = n.nsp(torch::tanh(n.pooler(first)));        // (B, 2)
    if (b.labels.defined()) losses.push_back(tokenLoss(out.logits, b.labels));
    if (b.nspLabels.defined() && out.nspLogits.defined())
        losses.push_back(F::cross_entropy(out.nspLogits, b.nspLabels));
    for (auto& l : losses) out.loss = out.loss.defined() ? out.loss + l : l;
    return out;
}

std::shared_ptr<LanguageModel> BertModel::clone() const {
    return std::make_shared<BertModel>(std::dynamic_pointer_cast<BertImpl>(net_->clone()));
}

}  // namespace lmw
