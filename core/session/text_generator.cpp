// Autoregressive sampling: greedy, temperature, top-k and top-p (nucleus), seeded.
#include "api/text_generator.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "api/error.h"
#include "checkpoint/checkpoint.h"
#include "session/generator_impl.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

void applyThreadSetting(int threads) {
    // Denormal floats are flushed to zero: AdamW's moments for rarely seen tokens decay
    // geometrically into the denormal range after ~800 steps, and x86 arithmetic on denormals
    // is up to 100x slower (measured: 40 -> 63 ms per step on the nanoGPT benchmark).
    // The flag lives in each thread's MXCSR register; OpenMP workers created later by this
    // thread inherit it.
    at::globalContext().setFlushDenormal(true);
    const int n = threads > 0 ? threads : sys::hardwareThreads();
    if (torch::get_num_threads() != n) torch::set_num_threads(n);
}

void validateGenerateOptions(const GenerateOptions& o) {
    if (o.maxTokens < 1 || o.maxTokens > 100000)
        throw Error("The number of tokens to generate must be between 1 and 100000.");
    if (!std::isfinite(o.temperature) || o.temperature < 0 || o.temperature > 100)
        throw Error("Temperature must be between 0 and 100.");
    if (o.topK < 0) throw Error("Top-k cannot be negative (0 keeps every token).");
    if (!std::isfinite(o.topP) || o.topP <= 0 || o.topP > 1)
        throw Error("Top-p must be above 0 and at most 1.");
}

TextGenerator::TextGenerator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextGenerator::TextGenerator(TextGenerator&&) noexcept = default;
TextGenerator& TextGenerator::operator=(TextGenerator&&) noexcept = default;
TextGenerator::~TextGenerator() = default;

TextGenerator TextGenerator::load(const std::string& checkpoint) {
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(checkpoint);
    auto impl = std::make_unique<Impl>();
    impl->model = ckpt.buildModel();
    impl->model->eval();
    impl->tokenizer = ckpt.meta().tokenizer;
    impl->config = ckpt.meta().model;
    impl->step = ckpt.meta().step;
    return TextGenerator(std::move(impl));
}

const ModelConfig& TextGenerator::modelConfig() const { return impl_->config; }
std::int64_t TextGenerator::step() const { return impl_->step; }

std::string TextGenerator::vocabulary() const {
    const auto& cps = impl_->tokenizer.codePoints();
    return utf8::encode(std::u32string(cps.begin(), cps.end()));
}

namespace {

/// Picks the next token from logits (V) under the options' sampling rule.
int64_t pickToken(torch::Tensor logits, const GenerateOptions& o, at::Generator& gen) {
    if (o.greedy || o.temperature == 0.0) return logits.argmax().item<int64_t>();
    logits = logits / o.temperature;
    const int64_t V = logits.size(0);
    if (o.topK > 0 && o.topK < V) {
        const auto kth = std::get<0>(logits.topk(o.topK)).index({o.topK - 1});
        logits = logits.masked_fill(logits < kth, -std::numeric_limits<float>::infinity());
    }
    auto probs = torch::softmax(logits, -1);
    if (o.topP < 1.0) {
        auto sorted = probs.sort(/*dim=*/-1, /*descending=*/true);
        auto sortedProbs = std::get<0>(sorted);
        auto order = std::get<1>(sorted);
        // Drop a token when the tokens ranked above it already reach top-p (the first stays).
        auto before = sortedProbs.cumsum(-1) - sortedProbs;
        auto drop = before >= o.topP;
        auto dropInOrder = torch::zeros_like(drop).scatter(0, order, drop);
        probs = probs.masked_fill(dropInOrder, 0.0);
        probs = probs / probs.sum();
    }
    return torch::multinomial(probs, 1, /*replacement=*/false, gen).item<int64_t>();
}

}  // namespace

std::string TextGenerator::generate(const GenerateOptions& o,
                                    const std::function<bool(const std::string&)>& onPiece) const {
    validateGenerateOptions(o);
    torch::NoGradGuard noGrad;
    Impl& s = *impl_;  // the model is ours alone; forward() is not const
    std::vector<std::int64_t> ids;
    if (o.prompt.empty()) {
        ids.push_back(s.tokenizer.contains(U'\n') ? s.tokenizer.encode(std::u32string(U"\n"))[0] : 0);
    } else {
        for (std::int32_t id : s.tokenizer.encode(o.prompt)) ids.push_back(id);
    }
    at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    std::string out;
    const int64_t block = s.config.block;
    for (int i = 0; i < o.maxTokens; ++i) {
        const int64_t start = std::max<int64_t>(0, static_cast<int64_t>(ids.size()) - block);
        auto ctx = torch::tensor(std::vector<int64_t>(ids.begin() + start, ids.end()), torch::kLong)
                       .unsqueeze(0);                              // (1, T)
        auto logits = s.model->forward(ctx).index({0, -1});        // (V)
        const int64_t next = pickToken(logits, o, gen);
        ids.push_back(next);
        const std::string piece = s.tokenizer.decodeOne(next);
        out += piece;
        if (onPiece && !onPiece(piece)) break;
    }
    return out;
}

}  // namespace lmw
