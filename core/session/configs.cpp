#include "api/configs.h"

#include <cmath>
#include <cstdio>

#include "api/error.h"
#include "api/gui_text.h"
#include "util/system.h"

namespace lmw {

// --- names -----------------------------------------------------------------------------------

std::string familyName(ModelFamily family) {
    switch (family) {
        case ModelFamily::Lstm:
            return "lstm";
        case ModelFamily::Bert:
            return "bert";
        case ModelFamily::Roberta:
            return "roberta";
        case ModelFamily::Gpt:
            return "gpt";
        case ModelFamily::Bart:
            return "bart";
    }
    return "unknown";
}

ModelFamily familyFromName(const std::string& name) {
    for (ModelFamily f : {ModelFamily::Lstm, ModelFamily::Bert, ModelFamily::Roberta,
                          ModelFamily::Gpt, ModelFamily::Bart})
        if (familyName(f) == name) return f;
    throw Error(LMW_MESSAGE("config.unknown_family",
                            "Unknown model family '%1' (known: lstm, bert, roberta, gpt, bart)."),
                {name});
}

std::string objectiveName(Objective objective) {
    switch (objective) {
        case Objective::Clm:
            return "clm";
        case Objective::Mlm:
            return "mlm";
        case Objective::MlmNsp:
            return "mlm+nsp";
        case Objective::Denoise:
            return "denoise";
    }
    return "unknown";
}

Objective objectiveFromName(const std::string& name) {
    for (Objective o : {Objective::Clm, Objective::Mlm, Objective::MlmNsp, Objective::Denoise})
        if (objectiveName(o) == name) return o;
    throw Error(LMW_MESSAGE("config.unknown_objective",
                            "Unknown objective '%1' (known: clm, mlm, mlm+nsp, denoise)."),
                {name});
}

std::string activationName(Activation a) {
    switch (a) {
        case Activation::Gelu:
            return "gelu";
        case Activation::GeluTanh:
            return "gelu_tanh";
        case Activation::Relu:
            return "relu";
    }
    return "unknown";
}

Activation activationFromName(const std::string& name) {
    if (name == "gelu") return Activation::Gelu;
    if (name == "gelu_tanh" || name == "gelu_new" || name == "gelu_pytorch_tanh")
        return Activation::GeluTanh;
    if (name == "relu") return Activation::Relu;
    throw Error(LMW_MESSAGE("config.unknown_activation",
                            "Unknown activation '%1' (known: gelu, gelu_tanh, relu)."),
                {name});
}

std::string positionEncodingName(PositionEncoding p) {
    switch (p) {
        case PositionEncoding::Absolute:
            return "absolute";
        case PositionEncoding::Rope:
            return "rope";
        case PositionEncoding::Alibi:
            return "alibi";
    }
    return "unknown";
}

PositionEncoding positionEncodingFromName(const std::string& name) {
    for (PositionEncoding p :
         {PositionEncoding::Absolute, PositionEncoding::Rope, PositionEncoding::Alibi})
        if (positionEncodingName(p) == name) return p;
    throw Error(LMW_MESSAGE("config.unknown_position_encoding",
                            "Unknown position encoding '%1' (known: absolute, rope, alibi)."),
                {name});
}

std::string positionEncodingDescription(PositionEncoding p) {
    switch (p) {
        case PositionEncoding::Absolute:
            return LMW_UI_TEXT(
                "PositionEncoding",
                "Learned absolute positions: a trained vector for each position is added to the "
                "token, as in "
                "GPT-2, BERT and BART.");
        case PositionEncoding::Rope:
            return LMW_UI_TEXT(
                "PositionEncoding",
                "Rotary positions (RoPE, Su et al. 2021): queries and keys are rotated by an "
                "angle that grows "
                "with the position, so attention scores depend on how far apart two tokens are.");
        case PositionEncoding::Alibi:
            return LMW_UI_TEXT(
                "PositionEncoding",
                "ALiBi (Press et al. 2021): no position vectors; each head subtracts a fixed "
                "slope times the "
                "distance from its attention scores, so near tokens count more from the first "
                "step.");
    }
    return {};
}

std::string blockLayoutName(BlockLayout layout) {
    return layout == BlockLayout::Gpt ? "gpt" : "family";
}

BlockLayout blockLayoutFromName(const std::string& name) {
    if (name == "family") return BlockLayout::Family;
    if (name == "gpt") return BlockLayout::Gpt;
    throw Error(LMW_MESSAGE("config.unknown_block_layout",
                            "Unknown block layout '%1' (known: family, gpt)."),
                {name});
}

std::string maskUnitName(MaskUnit unit) {
    switch (unit) {
        case MaskUnit::Token:
            return "token";
        case MaskUnit::WholeWord:
            return "word";
        case MaskUnit::Span:
            return "span";
    }
    return "unknown";
}

MaskUnit maskUnitFromName(const std::string& name) {
    for (MaskUnit u : {MaskUnit::Token, MaskUnit::WholeWord, MaskUnit::Span})
        if (maskUnitName(u) == name) return u;
    throw Error(LMW_MESSAGE("config.unknown_mask_unit",
                            "Unknown masking unit '%1' (known: token, word, span)."),
                {name});
}

std::vector<double> alibiSlopes(int heads) {
    if (heads < 1 || heads > 256)
        throw Error(
            LMW_MESSAGE("config.alibi_heads_range", "ALiBi needs between 1 and 256 heads, not %1."),
            {std::to_string(heads)});
    const auto powerOfTwo = [](int n) {
        std::vector<double> s;
        const double start = std::pow(2.0, -8.0 / n);
        for (int i = 0; i < n; ++i) s.push_back(std::pow(start, i + 1));
        return s;
    };
    int n = 1;
    while (n * 2 <= heads) n *= 2;
    std::vector<double> slopes = powerOfTwo(n);
    if (n < heads) {
        const std::vector<double> extra = powerOfTwo(2 * n);
        for (int i = 0; int(slopes.size()) < heads; i += 2) slopes.push_back(extra[std::size_t(i)]);
    }
    return slopes;
}

Objective defaultObjective(ModelFamily family) {
    switch (family) {
        case ModelFamily::Bert:
            return Objective::MlmNsp;
        case ModelFamily::Roberta:
            return Objective::Mlm;
        case ModelFamily::Bart:
            return Objective::Denoise;
        case ModelFamily::Lstm:
        case ModelFamily::Gpt:
            return Objective::Clm;
    }
    return Objective::Clm;
}

bool supportsObjective(ModelFamily family, Objective objective) {
    switch (family) {
        case ModelFamily::Lstm:
        case ModelFamily::Gpt:
            return objective == Objective::Clm;
        case ModelFamily::Bert:
            return objective == Objective::Mlm || objective == Objective::MlmNsp;
        case ModelFamily::Roberta:
            return objective == Objective::Mlm;
        case ModelFamily::Bart:
            return objective == Objective::Denoise;
    }
    return false;
}

// --- sizes -----------------------------------------------------------------------------------

std::vector<SizePreset> sizePresets() {
    std::vector<SizePreset> presets(3);
    presets[0].name = "tiny";
    presets[0].description = "2 layers, 4 heads, width 64, context 64: learns in a minute";
    presets[0].model.layers = 2;
    presets[0].model.heads = 4;
    presets[0].model.embed = 64;
    presets[0].model.block = 64;
    presets[0].batch = 16;

    presets[1].name = "small";
    presets[1].description = "4 layers, 4 heads, width 128, context 64: nanoGPT's CPU setting";
    presets[1].batch = 12;

    presets[2].name = "medium";
    presets[2].description = "6 layers, 6 heads, width 192, context 128: a few minutes";
    presets[2].model.layers = 6;
    presets[2].model.heads = 6;
    presets[2].model.embed = 192;
    presets[2].model.block = 128;
    presets[2].batch = 16;
    return presets;
}

ModelConfig familyDefaults(ModelFamily family, const ModelConfig& size) {
    ModelConfig m = size;
    m.family = family;
    m.activation = Activation::Gelu;
    m.layerNormEps = 1e-5;
    if (family == ModelFamily::Bert || family == ModelFamily::Roberta) m.layerNormEps = 1e-12;
    if (family == ModelFamily::Lstm) m.layers = 3;  // AWD-LSTM's depth; hidden = 3 x embed
    return m;
}

namespace {

std::int64_t linear(std::int64_t in, std::int64_t out, bool bias) {
    return in * out + (bias ? out : 0);
}
std::int64_t norm(std::int64_t c, bool bias) {
    return c + (bias ? c : 0);
}

std::int64_t encoderBlock(const ModelConfig& m) {  // attention (q, k, v, o) + MLP + 2 norms
    const std::int64_t C = m.embed, F = m.ffnWidth();
    return 4 * linear(C, C, m.bias) + linear(C, F, m.bias) + linear(F, C, m.bias) +
           2 * norm(C, m.bias);
}

}  // namespace

std::int64_t parameterCount(const ModelConfig& m) {
    const std::int64_t C = m.embed, V = m.vocabSize, L = m.layers, F = m.ffnWidth();
    const std::int64_t classes = m.numClasses;
    const bool table = m.positionEncoding == PositionEncoding::Absolute;  // rope, alibi: none
    const bool gptBlocks = m.layout == BlockLayout::Gpt && m.family != ModelFamily::Lstm;
    switch (gptBlocks ? ModelFamily::Gpt : m.family) {
        case ModelFamily::Gpt: {
            const std::int64_t T = !table ? 0 : m.positions > 0 ? m.positions : m.block;
            const std::int64_t block = 2 * norm(C, m.bias) + linear(C, 3 * C, m.bias) +
                                       linear(C, C, m.bias) + linear(C, F, m.bias) +
                                       linear(F, C, m.bias);
            return V * C + T * C + L * block + norm(C, m.bias) +
                   (classes > 0 ? linear(C, classes, true) : 0);  // output head tied to wte
        }
        case ModelFamily::Bert:
        case ModelFamily::Roberta: {
            const bool roberta = m.family == ModelFamily::Roberta;
            const std::int64_t T = !table            ? 0
                                   : m.positions > 0 ? m.positions
                                                     : m.block + (roberta ? m.padId + 1 : 0);
            std::int64_t n = V * C + T * C + std::int64_t(m.typeVocab) * C + norm(C, true);
            n += L * encoderBlock(m);
            n += linear(C, C, true) + norm(C, true) + V;  // MLM head: transform, norm, output bias
            if (!roberta) n += linear(C, C, true) + linear(C, 2, true);  // pooler, NSP head
            if (classes > 0) n += (roberta ? linear(C, C, true) : 0) + linear(C, classes, true);
            return n;
        }
        case ModelFamily::Bart: {
            const std::int64_t T =
                !table ? 0 : (m.positions > 0 ? m.positions : m.block) + 2;  // offset 2
            const std::int64_t D = m.decoderDepth();
            std::int64_t n =
                V * C + 2 * (T * C + norm(C, true));  // shared tokens, positions, norms
            n += L * encoderBlock(m);
            n += D * (encoderBlock(m) + 4 * linear(C, C, m.bias) + norm(C, m.bias));  // + cross
            if (classes > 0) n += linear(C, C, true) + linear(C, classes, true);
            return n;  // the output head is tied to the shared embedding; its bias is a buffer
        }
        case ModelFamily::Lstm: {
            const std::int64_t H = m.lstmHidden();
            std::int64_t n = V * C + V;  // embedding (tied to the output layer) + output bias
            for (int l = 0; l < m.layers; ++l) {
                const std::int64_t in = l == 0 ? C : H;
                const std::int64_t out = l == m.layers - 1 ? C : H;
                n += 4 * out * (in + out) + 8 * out;  // w_ih, w_hh, b_ih, b_hh
            }
            if (classes > 0)
                n += 2 * (3 * C) + linear(3 * C, 50, true) + 2 * 50 + linear(50, classes, true);
            return n;
        }
    }
    return 0;
}

MemoryEstimate estimateTrainingMemory(const ModelConfig& m, const TrainConfig& t,
                                      std::int64_t corpusTokens) {
    // In double: absurd sizes (a batch of a million, a context of 60 000) must come out as
    // "far too large", not wrap around a 64-bit integer.
    constexpr double kFloat = 4;
    const double B = t.batch, T = m.block, C = m.embed, H = m.heads, V = m.vocabSize;
    const double L = m.layers + (m.family == ModelFamily::Bart ? m.decoderDepth() : 0);
    const double W = m.family == ModelFamily::Lstm ? std::max<double>(C, m.lstmHidden()) : C;
    MemoryEstimate e;
    const double weights = double(parameterCount(m)) * kFloat;
    // Weights, gradients and AdamW's two moments.
    double bytes = 4 * weights;
    // Saved activations per block (norms, projections, MLP in and out) and the attention
    // scores, probabilities and dropout mask (cross-attention doubles them for BART), then
    // logits with their gradient.
    const double perBlock = B * T * W * 20 + B * H * T * T * 6;
    bytes += 2 * (L * perBlock + B * T * V * 3 + B * T * W * 4) * kFloat;
    bytes += double(std::max<std::int64_t>(0, corpusTokens)) *
             (4 + 8);                // int32 tokens and their int64 tensor
    bytes += 64.0 * 1024 * 1024;     // allocator and library overhead
    constexpr double kMax = 9.0e18;  // below INT64_MAX
    e.trainingBytes =
        bytes >= kMax || !std::isfinite(bytes) ? std::int64_t(kMax) : std::int64_t(bytes);
    e.availableBytes = sys::availableMemoryBytes();
    return e;
}

// --- validation ------------------------------------------------------------------------------

namespace {
void require(bool ok, MessageText text, std::vector<std::string> args = {}) {
    if (!ok) throw Error(text, std::move(args));
}
bool isRate(double x) {
    return x >= 0.0 && x <= 1.0;
}
}  // namespace

void validateConfig(const ModelConfig& m, const TrainConfig& t) {
    const bool lstm = m.family == ModelFamily::Lstm;
    require(m.layers >= 1 && m.layers <= 256,
            LMW_MESSAGE("config.layers_range", "Layers must be between 1 and 256."));
    require(
        m.decoderLayers >= 0 && m.decoderLayers <= 256,
        LMW_MESSAGE("config.decoder_layers_range", "Decoder layers must be between 0 and 256."));
    require(m.heads >= 1 && m.heads <= 256,
            LMW_MESSAGE("config.heads_range", "Heads must be between 1 and 256."));
    require(
        m.embed >= 1 && m.embed <= 65536,
        LMW_MESSAGE("config.width_range", "Width (embedding size) must be between 1 and 65536."));
    require(lstm || m.embed % m.heads == 0,
            LMW_MESSAGE("config.width_heads",
                        "Width (%1) must be divisible by the number of heads (%2)."),
            {std::to_string(m.embed), std::to_string(m.heads)});
    require(m.ffn >= 0 && m.ffn <= 262144,
            LMW_MESSAGE("config.ffn_range",
                        "The feed-forward width must be between 0 (4 x width) and 262144."));
    require(m.hidden >= 0 && m.hidden <= 65536,
            LMW_MESSAGE("config.lstm_hidden_range",
                        "The LSTM hidden size must be between 0 (3 x width) and 65536."));
    require(m.block >= 1 && m.block <= 65536,
            LMW_MESSAGE("config.context_range", "Context length must be between 1 and 65536."));
    require(
        m.positions >= 0 && m.positions <= 1 << 20,
        LMW_MESSAGE("config.positions_negative", "The position table size cannot be negative."));
    require(m.typeVocab >= 1 && m.typeVocab <= 1024,
            LMW_MESSAGE("config.token_types_range", "Token types must be between 1 and 1024."));
    require(m.numClasses >= 0 && m.numClasses <= 100000,
            LMW_MESSAGE("config.classes_negative", "The number of classes cannot be negative."));
    require(m.dropout >= 0.0 && m.dropout < 1.0,
            LMW_MESSAGE("config.dropout_range", "Dropout must be at least 0 and below 1."));
    for (double d :
         {m.embedDropout, m.inputDropout, m.hiddenDropout, m.weightDropout, m.outputDropout})
        require(d >= 0.0 && d < 1.0, LMW_MESSAGE("config.lstm_dropouts_range",
                                                 "LSTM dropouts must be at least 0 and below 1."));
    require(m.layerNormEps > 0 && m.layerNormEps < 1,
            LMW_MESSAGE("config.layer_norm_eps_range",
                        "The LayerNorm epsilon must be above 0 and below 1."));
    if (lstm) {
        require(m.positionEncoding == PositionEncoding::Absolute,
                LMW_MESSAGE("config.lstm_position_encoding",
                            "An LSTM reads tokens in order and has no position encoding; choose "
                            "absolute (the default)."));
        require(m.layout == BlockLayout::Family,
                LMW_MESSAGE("config.lstm_layout", "An LSTM has no transformer blocks to lay out."));
    }
    if (m.positionEncoding == PositionEncoding::Rope) {
        require((m.embed / m.heads) % 2 == 0,
                LMW_MESSAGE("config.rope_head_width_odd",
                            "Rotary positions rotate pairs of numbers: the head width (width / "
                            "heads = %1) must be even."),
                {std::to_string(m.embed / std::max(1, m.heads))});
        require(std::isfinite(m.ropeBase) && m.ropeBase > 1 && m.ropeBase <= 1e9,
                LMW_MESSAGE("config.rope_base_range",
                            "The rotary base must be above 1 and at most 1e9."));
    }
    require(m.layout == BlockLayout::Family || m.family != ModelFamily::Bart,
            LMW_MESSAGE("config.bart_layout",
                        "BART keeps its own encoder-decoder layout; GPT blocks are for BERT, "
                        "RoBERTa and GPT."));
    require(t.batch >= 1 && t.batch <= 1 << 20,
            LMW_MESSAGE("config.batch_range", "Batch size must be at least 1."));
    require(t.iters >= 1, LMW_MESSAGE("config.iters_range", "Iterations must be at least 1."));
    require(std::isfinite(t.lr) && t.lr > 0 && t.lr < 10,
            LMW_MESSAGE("config.lr_range", "Learning rate must be above 0 and below 10."));
    require(std::isfinite(t.minLr) && t.minLr >= 0 && t.minLr <= t.lr,
            LMW_MESSAGE("config.min_lr_range",
                        "Minimum learning rate must be between 0 and the learning rate."));
    require(t.warmup >= 0,
            LMW_MESSAGE("config.warmup_negative", "Warmup steps cannot be negative."));
    require(t.decayIters >= 0,
            LMW_MESSAGE("config.decay_negative", "Decay steps cannot be negative."));
    require(t.weightDecay >= 0 && t.weightDecay < 10,
            LMW_MESSAGE("config.weight_decay_range", "Weight decay must be between 0 and 10."));
    require(t.beta1 >= 0 && t.beta1 < 1,
            LMW_MESSAGE("config.beta1_range", "beta1 must be at least 0 and below 1."));
    require(t.beta2 >= 0 && t.beta2 < 1,
            LMW_MESSAGE("config.beta2_range", "beta2 must be at least 0 and below 1."));
    require(t.gradClip >= 0,
            LMW_MESSAGE("config.grad_clip_negative", "Gradient clipping cannot be negative."));
    require(t.evalEvery >= 1,
            LMW_MESSAGE("config.eval_every_range", "Evaluate-every must be at least 1."));
    require(t.evalIters >= 1,
            LMW_MESSAGE("config.eval_iters_range", "Evaluation batches must be at least 1."));
    require(t.valFraction > 0 && t.valFraction <= 0.5,
            LMW_MESSAGE("config.val_fraction_range",
                        "The validation fraction must be above 0 and at most 0.5."));
    require(t.threads >= 0 && t.threads <= 1024,
            LMW_MESSAGE("config.threads_range", "Threads must be between 0 (all cores) and 1024."));

    const std::int64_t parameters = parameterCount(m);
    require(parameters <= kMaxParameters,
            LMW_MESSAGE("config.too_many_parameters",
                        "The model would have %1 parameters; the workbench builds models of at "
                        "most 2 billion (8 GB of weights)."),
            {formatCount(parameters)});

    const ObjectiveConfig& o = t.objective;
    require(supportsObjective(m.family, o.objective),
            LMW_MESSAGE("config.objective_unsupported",
                        "The %1 family cannot be trained with the '%2' objective (it uses '%3')."),
            {familyName(m.family), objectiveName(o.objective),
             objectiveName(defaultObjective(m.family))});
    require(o.dupeFactor >= 1 && o.dupeFactor <= 1000,
            LMW_MESSAGE("config.dupe_factor_range", "The dupe factor must be between 1 and 1000."));
    require(o.maskProb > 0 && o.maskProb < 1,
            LMW_MESSAGE(
                "config.mask_rate_range",
                "The masking rate must be above 0 and below 1 (BERT hides 15% of the tokens)."));
    require(o.maskTokenShare >= 0 && o.maskTokenShare <= 1 && o.randomTokenShare >= 0 &&
                o.randomTokenShare <= 1 && o.maskTokenShare + o.randomTokenShare <= 1 + 1e-9,
            LMW_MESSAGE("config.mask_shares_range",
                        "The [MASK] and random-token shares must each be between 0 and 1 and add "
                        "up to at most 1 (BERT: 0.8 and 0.1)."));
    require(std::isfinite(o.spanMeanWords) && o.spanMeanWords >= 1 && o.spanMeanWords <= 5.5,
            LMW_MESSAGE("masking.span_mean_range",
                        "The mean span length must be between 1 and 5.5 words."));
    require(
        m.layout == BlockLayout::Family || o.objective != Objective::MlmNsp,
        LMW_MESSAGE(
            "config.gpt_layout_nsp",
            "An encoder of GPT blocks has no next-sentence head; train it with masked LM alone."));
    require(isRate(o.tokenMaskRate) && isRate(o.tokenDeleteRate) && isRate(o.infillRate),
            LMW_MESSAGE("config.noise_rates_range", "Noise rates must be between 0 and 1."));
    require(o.poissonLambda > 0 && o.poissonLambda <= 100,
            LMW_MESSAGE("config.span_lambda_range", "The span-length mean must be above 0."));
    require(o.objective != Objective::Denoise || o.tokenMasking || o.tokenDeletion ||
                o.textInfilling || o.sentencePermutation || o.documentRotation,
            LMW_MESSAGE("config.no_noise", "Denoising needs at least one kind of noise."));
    const std::string& k = t.tokenizer.kind;
    require(k == "char" || k == "bpe" || k == "unigram",
            LMW_MESSAGE("config.unknown_tokenizer",
                        "Unknown tokenizer '%1' (known: char, bpe, unigram)."),
            {k});
    require(t.tokenizer.vocabSize >= 0 && t.tokenizer.vocabSize <= 1 << 20,
            LMW_MESSAGE("config.vocab_size_negative", "The vocabulary size cannot be negative."));
}

void requireWeightsFit(const ModelConfig& m) {
    const std::int64_t bytes = parameterCount(m) * 4;
    const std::int64_t available = sys::availableMemoryBytes();
    if (available > 0 && 2 * bytes > available)
        throw Error(
            LMW_MESSAGE("memory.weights_do_not_fit",
                        "The model's weights (%1) do not fit twice in the %2 of free memory."),
            {formatBytes(bytes), formatBytes(available)});
}

// --- formatting ------------------------------------------------------------------------------

std::string formatCount(std::int64_t n) {
    char buf[32];
    const double x = static_cast<double>(n);
    if (n >= 1000000000) {
        std::snprintf(buf, sizeof buf, "%.2f B", x / 1e9);
    } else if (n >= 1000000) {
        std::snprintf(buf, sizeof buf, "%.2f M", x / 1e6);
    } else if (n >= 1000) {
        std::snprintf(buf, sizeof buf, "%.1f k", x / 1e3);
    } else {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
    }
    return buf;
}

std::string formatBytes(std::int64_t bytes) {
    char buf[32];
    const double x = static_cast<double>(bytes);
    if (bytes >= (1LL << 30)) {
        std::snprintf(buf, sizeof buf, "%.1f GiB", x / (1LL << 30));
    } else if (bytes >= (1LL << 20)) {
        std::snprintf(buf, sizeof buf, "%.1f MiB", x / (1LL << 20));
    } else if (bytes >= 1024) {
        std::snprintf(buf, sizeof buf, "%.1f KiB", x / 1024);
    } else {
        std::snprintf(buf, sizeof buf, "%lld bytes", static_cast<long long>(bytes));
    }
    return buf;
}

}  // namespace lmw
