#include "models/common.h"

#include <cmath>
#include <limits>

#include "models/bart.h"
#include "models/bert.h"
#include "models/gpt.h"
#include "models/lstm.h"

namespace lmw {

namespace F = torch::nn::functional;

LayerNormImpl::LayerNormImpl(int64_t dim, bool bias, double eps)
    : dim_(dim), hasBias_(bias), eps_(eps) {
    reset();
}

void LayerNormImpl::reset() {
    weight = register_parameter("weight", torch::ones({dim_}));
    bias = hasBias_ ? register_parameter("bias", torch::zeros({dim_})) : torch::Tensor();
}

torch::Tensor LayerNormImpl::forward(const torch::Tensor& x) {
    return torch::layer_norm(x, {dim_}, weight, bias, eps_);
}

torch::Tensor activate(const torch::Tensor& x, Activation a) {
    switch (a) {
        case Activation::Gelu:
            return torch::gelu(x);
        case Activation::GeluTanh:
            return torch::gelu(x, "tanh");
        case Activation::Relu:
            return torch::relu(x);
    }
    return x;
}

torch::Tensor paddingMask(const torch::Tensor& attentionMask) {
    const float lowest = std::numeric_limits<float>::lowest();
    auto keep = attentionMask.to(torch::kFloat);               // (B, T)
    return ((1.0 - keep) * lowest).unsqueeze(1).unsqueeze(2);  // (B, 1, 1, T)
}

torch::Tensor causalMask(int64_t T) {
    const float lowest = std::numeric_limits<float>::lowest();
    return torch::full({T, T}, lowest).triu(1);
}

torch::Tensor tokenLoss(const torch::Tensor& logits, const torch::Tensor& labels) {
    const int64_t V = logits.size(-1);
    return F::cross_entropy(logits.reshape({-1, V}), labels.reshape({-1}),
                            F::CrossEntropyFuncOptions().ignore_index(kIgnoreIndex));
}

std::vector<std::vector<torch::Tensor>> LanguageModel::layerGroups() {
    return {module().parameters()};
}

void initTransformerWeights(torch::nn::Module& module, int layers, const std::string& scaledName) {
    torch::NoGradGuard noGrad;
    for (auto& p : module.named_parameters()) {
        const std::string& name = p.key();
        torch::Tensor& w = p.value();
        if (w.dim() < 2) {
            const bool isBias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
            if (isBias) w.zero_();
            continue;  // LayerNorm weights stay at one
        }
        const bool scaled = !scaledName.empty() && name.find(scaledName) != std::string::npos;
        w.normal_(0.0, scaled ? 0.02 / std::sqrt(2.0 * layers) : 0.02);
    }
}

ModelPtr makeModel(const ModelConfig& config) {
    const bool encoder =
        config.family == ModelFamily::Bert || config.family == ModelFamily::Roberta;
    if (encoder && config.layout == BlockLayout::Gpt)
        return std::make_shared<GptBlocksEncoder>(config);
    switch (config.family) {
        case ModelFamily::Gpt:
            return std::make_shared<GptModel>(config);
        case ModelFamily::Bert:
        case ModelFamily::Roberta:
            return std::make_shared<BertModel>(config);
        case ModelFamily::Bart:
            return std::make_shared<BartModel>(config);
        case ModelFamily::Lstm:
            return std::make_shared<LstmModel>(config);
    }
    throw std::logic_error("unknown model family");
}

}  // namespace lmw
