// Text from a trained model: autoregressive sampling for decoders (greedy, temperature, top-k,
// top-p, seeded), greedy or beam-search decoding for BART, and fill-mask for encoders.
#include "api/text_generator.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <filesystem>

#include "api/error.h"
#include "checkpoint/checkpoint.h"
#include "data/byte_bpe_tokenizer.h"
#include "data/hf_json_tokenizer.h"
#include "hf/hf_models.h"
#include "models/bart.h"
#include "session/generator_impl.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

void applyThreadSetting(int threads) {
    // Denormal floats are flushed to zero: AdamW's moments for rarely seen tokens decay
    // geometrically into the denormal range after ~800 steps, and x86 arithmetic on denormals
    // is much slower (measured: 40 -> 63 ms per step on the nanoGPT benchmark). The flag lives
    // in each thread's MXCSR register; OpenMP workers created later by this thread inherit it.
    at::globalContext().setFlushDenormal(true);
    const int n = threads > 0 ? threads : sys::hardwareThreads();
    if (torch::get_num_threads() != n) torch::set_num_threads(n);
}

void validateGenerateOptions(const GenerateOptions& o) {
    if (o.maxTokens < 1 || o.maxTokens > 100000)
        throw Error(LMW_MESSAGE("generate.max_tokens_range",
                                "The number of tokens to generate must be between 1 and 100000."));
    if (!std::isfinite(o.temperature) || o.temperature < 0 || o.temperature > 100)
        throw Error(
            LMW_MESSAGE("generate.temperature_range", "Temperature must be between 0 and 100."));
    if (o.topK < 0)
        throw Error(LMW_MESSAGE("generate.top_k_negative",
                                "Top-k cannot be negative (0 keeps every token)."));
    if (!std::isfinite(o.topP) || o.topP <= 0 || o.topP > 1)
        throw Error(LMW_MESSAGE("generate.top_p_range", "Top-p must be above 0 and at most 1."));
    if (o.beams < 1 || o.beams > 64)
        throw Error(
            LMW_MESSAGE("generate.beams_range", "The number of beams must be between 1 and 64."));
}

TextGenerator::TextGenerator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextGenerator::TextGenerator(TextGenerator&&) noexcept = default;
TextGenerator& TextGenerator::operator=(TextGenerator&&) noexcept = default;
TextGenerator::~TextGenerator() = default;

namespace {

/// A Hugging Face folder: config.json + model.safetensors, and no workbench checkpoint.
bool isHuggingFaceFolder(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    return fs::is_directory(path, ec) && fs::is_regular_file(fs::path(path) / "config.json", ec) &&
           fs::is_regular_file(fs::path(path) / "model.safetensors", ec) &&
           !fs::exists(fs::path(path) / "checkpoint", ec);
}

/// GPT-2 from a Hugging Face folder with its byte-level BPE tokenizer.
std::unique_ptr<TextGenerator::Impl> loadHuggingFace(const std::string& dir) {
    if (!ByteBpeTokenizer::folderHasFiles(dir))
        throw Error(
            LMW_MESSAGE("generate.hf_without_tokenizer",
                        "'%1' is a Hugging Face checkpoint without its tokenizer: put GPT-2's "
                        "tokenizer.json, or vocab.json and merges.txt, beside config.json."),
            {dir});
    hf::HfModel m = hf::loadModel(dir);
    if (m.modelType != "gpt2")
        throw Error(LMW_MESSAGE("generate.hf_not_gpt2",
                                "'%1' holds a Hugging Face %2 model; only GPT-2 folders open here "
                                "(the others run with hf-forward)."),
                    {dir, m.modelType});
    TokenizerPtr tokenizer = readHuggingFaceTokenizer(dir);
    const ModelConfig config = m.model->config();
    if (tokenizer->vocabSize() > config.vocabSize)
        throw Error(
            LMW_MESSAGE("generate.hf_vocab_mismatch",
                        "'%1': the tokenizer has %2 tokens but the model only %3."),
            {dir, std::to_string(tokenizer->vocabSize()), std::to_string(config.vocabSize)});
    auto impl = std::make_unique<TextGenerator::Impl>();
    impl->model = std::move(m.model);
    impl->model->module().eval();
    impl->tokenizer = std::move(tokenizer);
    impl->config = config;
    impl->huggingFace = true;
    return impl;
}

}  // namespace

TextGenerator TextGenerator::load(const std::string& checkpoint) {
    if (isHuggingFaceFolder(checkpoint)) return TextGenerator(loadHuggingFace(checkpoint));
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(checkpoint);
    auto impl = std::make_unique<Impl>();
    impl->model = ckpt.buildModel();
    impl->model->module().eval();
    impl->tokenizer = ckpt.meta().tokenizer;
    impl->config = ckpt.meta().model;
    impl->step = ckpt.meta().step;
    impl->labels = ckpt.meta().labels;
    return TextGenerator(std::move(impl));
}

const ModelConfig& TextGenerator::modelConfig() const {
    return impl_->config;
}
std::int64_t TextGenerator::step() const {
    return impl_->step;
}
bool TextGenerator::importedFromHuggingFace() const {
    return impl_->huggingFace;
}
std::string TextGenerator::tokenizerKind() const {
    return impl_->tokenizer->kind();
}
bool TextGenerator::continuesText() const {
    return impl_->model->isCausal();
}
bool TextGenerator::isEncoder() const {
    return impl_->config.family == ModelFamily::Bert ||
           impl_->config.family == ModelFamily::Roberta;
}

std::string TextGenerator::vocabulary() const {
    std::string out;
    const Tokenizer& t = *impl_->tokenizer;
    for (int id = 0; id < t.vocabSize(); ++id)
        if (!t.isSpecial(id)) out += t.piece(id);
    return out;
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

std::vector<int64_t> wrapSource(const std::vector<int32_t>& ids, const SpecialIds& s) {
    std::vector<int64_t> out;
    if (s.bos >= 0) out.push_back(s.bos);
    out.insert(out.end(), ids.begin(), ids.end());
    if (s.eos >= 0) out.push_back(s.eos);
    return out;
}

}  // namespace

std::string TextGenerator::generate(const GenerateOptions& o,
                                    const std::function<bool(const std::string&)>& onPiece) const {
    validateGenerateOptions(o);
    torch::NoGradGuard noGrad;
    Impl& s = *impl_;  // the model is ours alone; forward() is not const
    const Tokenizer& tok = *s.tokenizer;
    if (isEncoder())
        throw Error(
            LMW_MESSAGE(
                "generate.encoder_cannot_continue",
                "A %1 encoder does not continue text: it predicts masked tokens (fill-mask)."),
            {familyName(s.config.family)});

    if (s.config.family == ModelFamily::Bart) {
        const auto source = wrapSource(tok.encode(o.prompt), tok.specials());
        const int64_t limit = s.config.positions > 0 ? s.config.positions : s.config.block;
        if (int64_t(source.size()) > limit)
            throw Error(LMW_MESSAGE("generate.text_too_long",
                                    "The text has %1 tokens; this model reads at most %2."),
                        {std::to_string(source.size()), std::to_string(limit)});
        Seq2SeqOptions so;
        so.maxTokens = o.maxTokens;
        so.beams = o.beams;
        so.startId = tok.specials().eos >= 0 ? tok.specials().eos : 0;
        so.eosId = tok.specials().eos;
        so.stopAtEos = tok.specials().eos >= 0;
        auto& bart = dynamic_cast<BartModel&>(*s.model);
        const auto ids = bart.generate(torch::tensor(source, torch::kLong).unsqueeze(0), so);
        std::string out;
        for (int64_t id : ids) {
            if (tok.isSpecial(id)) continue;
            const std::string piece = tok.piece(id);
            out += piece;
            if (onPiece && !onPiece(piece)) break;
        }
        return out;
    }

    std::vector<std::int64_t> ids;
    if (o.prompt.empty()) {
        const auto newline = tok.encode(std::string("\n"));
        ids.push_back(newline.empty() ? 0 : newline.front());
    } else {
        for (std::int32_t id : tok.encode(o.prompt)) ids.push_back(id);
    }
    at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    std::string out, pending;
    const int64_t block = s.config.block;
    for (int i = 0; i < o.maxTokens; ++i) {
        const int64_t start = std::max<int64_t>(0, static_cast<int64_t>(ids.size()) - block);
        Batch b;
        b.input = torch::tensor(std::vector<int64_t>(ids.begin() + start, ids.end()), torch::kLong)
                      .unsqueeze(0);                              // (1, T)
        auto logits = s.model->forward(b).logits.index({0, -1});  // (V)
        const int64_t next = pickToken(logits, o, gen);
        ids.push_back(next);
        const std::string piece = tok.piece(next);
        out += piece;
        // A byte-level token may end inside a character: hold those bytes back until it is whole.
        pending += piece;
        const std::size_t whole = utf8::completePrefixLength(pending);
        if (whole == 0) continue;
        const std::string ready = pending.substr(0, whole);
        pending.erase(0, whole);
        if (onPiece && !onPiece(ready)) return out;
    }
    if (onPiece && !pending.empty()) onPiece(pending);
    return out;
}

std::vector<MaskPrediction> TextGenerator::fillMask(const std::string& text, int topK) const {
    Impl& s = *impl_;
    const Tokenizer& tok = *s.tokenizer;
    if (!isEncoder())
        throw Error(LMW_MESSAGE("generate.fill_mask_needs_encoder",
                                "Fill-mask needs a BERT-style encoder; this is a %1 model."),
                    {familyName(s.config.family)});
    if (topK < 1) throw Error(LMW_MESSAGE("generate.top_k_range", "Top-k must be at least 1."));
    const SpecialIds& sp = tok.specials();
    const std::string maskText = tok.piece(sp.mask);
    // Split at every mask token, encode the pieces, and put the mask id between them.
    std::vector<int32_t> ids;
    std::size_t from = 0;
    int masks = 0;
    while (true) {
        const std::size_t at = text.find(maskText, from);
        const auto part =
            tok.encode(text.substr(from, at == std::string::npos ? std::string::npos : at - from));
        ids.insert(ids.end(), part.begin(), part.end());
        if (at == std::string::npos) break;
        ids.push_back(sp.mask);
        ++masks;
        from = at + maskText.size();
    }
    if (masks == 0)
        throw Error(LMW_MESSAGE("generate.no_mask_in_text", "The text has no %1 token to fill."),
                    {maskText});
    const auto input = wrapSource(ids, sp);
    const int64_t limit = s.config.block;
    if (int64_t(input.size()) > limit)
        throw Error(LMW_MESSAGE("generate.text_too_long",
                                "The text has %1 tokens; this model reads at most %2."),
                    {std::to_string(input.size()), std::to_string(limit)});
    torch::NoGradGuard noGrad;
    Batch b;
    b.input = torch::tensor(input, torch::kLong).unsqueeze(0);
    auto probs = torch::softmax(s.model->forward(b).logits[0], -1);  // (T, V)
    std::vector<MaskPrediction> out;
    for (std::size_t pos = 0; pos < input.size(); ++pos) {
        if (input[pos] != sp.mask) continue;
        MaskPrediction p;
        p.position = int(pos);
        auto row = probs[int64_t(pos)].clone();
        for (int id = 0; id < tok.vocabSize(); ++id)
            if (tok.isSpecial(id)) row[id] = 0;  // a special token is never a filler
        auto top = row.topk(std::min<int64_t>(topK, row.size(0)));
        for (int64_t k = 0; k < std::get<0>(top).size(0); ++k)
            p.top.emplace_back(tok.piece(std::get<1>(top)[k].item<int64_t>()),
                               std::get<0>(top)[k].item<double>());
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace lmw
