#include "session/inspection.h"

#include <algorithm>

#include "api/error.h"
#include "api/text_generator.h"
#include "data/noising.h"
#include "data/segments.h"
#include "models/bart.h"
#include "session/generator_impl.h"
#include "transfer/transfer_parts.h"
#include "util/rng.h"

namespace lmw {

namespace {

bool isEncoderFamily(ModelFamily f) {
    return f == ModelFamily::Bert || f == ModelFamily::Roberta;
}

int64_t contextOf(const ModelConfig& c) {
    if (c.family == ModelFamily::Bart || c.family == ModelFamily::Gpt)
        return c.positions > 0 ? c.positions : c.block;
    return c.block;
}

std::vector<std::string> piecesOf(const Tokenizer& tok, const std::vector<int64_t>& ids) {
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (int64_t id : ids) out.push_back(tok.piece(id));
    return out;
}

torch::Tensor row(const std::vector<int64_t>& ids) {
    return torch::tensor(ids, torch::kLong).unsqueeze(0);
}

std::vector<std::pair<std::string, double>> topOf(const torch::Tensor& probs, const Tokenizer& tok,
                                                  int k) {
    auto p = probs.clone();
    for (int id = 0; id < tok.vocabSize() && id < p.size(0); ++id)
        if (tok.isSpecial(id)) p[id] = 0;  // special tokens are not answers
    auto top = p.topk(std::min<int64_t>(k, p.size(0)));
    std::vector<std::pair<std::string, double>> out;
    for (int64_t i = 0; i < std::get<0>(top).size(0); ++i)
        out.emplace_back(tok.piece(std::get<1>(top)[i].item<int64_t>()),
                         std::get<0>(top)[i].item<double>());
    return out;
}

}  // namespace

std::vector<int64_t> modelInput(const LanguageModel& model, const Tokenizer& tok,
                                const std::string& text) {
    const ModelConfig& c = model.config();
    std::vector<int32_t> ids = tok.encode(text);
    const bool wrap = isEncoderFamily(c.family) || c.family == ModelFamily::Bart;
    const int64_t room = contextOf(c) - (wrap ? 2 : 0);
    if (int64_t(ids.size()) > room) ids.resize(std::size_t(std::max<int64_t>(0, room)));
    std::vector<int64_t> out;
    const SpecialIds& s = tok.specials();
    if (wrap && s.bos >= 0) out.push_back(s.bos);
    out.insert(out.end(), ids.begin(), ids.end());
    if (wrap && s.eos >= 0) out.push_back(s.eos);
    if (out.empty()) throw Error(LMW_MESSAGE("text.empty", "The text is empty."));
    return out;
}

AttentionSnapshot captureAttention(LanguageModel& model, const Tokenizer& tok,
                                   const std::string& text, int64_t step) {
    const ModelConfig& c = model.config();
    if (c.family == ModelFamily::Lstm)
        throw Error(LMW_MESSAGE("inspection.lstm_attention", "An LSTM has no attention to show."));
    const bool wasTraining = model.module().is_training();
    model.module().eval();
    torch::NoGradGuard noGrad;
    const auto input = modelInput(model, tok, text);
    Batch b;
    b.input = row(input);
    std::vector<int64_t> decoder;
    if (c.family == ModelFamily::Bart) {
        // Teacher forcing: the decoder reads the text behind the start token.
        decoder.push_back(tok.specials().eos >= 0 ? tok.specials().eos : input.front());
        decoder.insert(decoder.end(), input.begin(), input.end() - 1);
        b.decoderInput = row(decoder);
    }
    Recorder rec;
    model.forward(b, &rec);
    if (wasTraining) model.module().train();

    const auto source = piecesOf(tok, input);
    const auto target = decoder.empty() ? source : piecesOf(tok, decoder);
    AttentionSnapshot snap;
    snap.step = step;
    snap.text = text;
    for (const auto& r : rec.attentions) {
        AttentionMap m;
        m.kind = r.kind;
        m.layer = r.layer;
        auto p = r.probs[0].contiguous().to(torch::kFloat);  // (H, Tq, Tk)
        m.heads = int(p.size(0));
        m.queries = int(p.size(1));
        m.keys = int(p.size(2));
        m.weights.assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
        const bool decoderSide = r.kind == "decoder" || r.kind == "cross";
        m.queryTokens = decoderSide ? target : source;
        m.keyTokens = r.kind == "decoder" ? target : source;
        m.queryPadding.assign(std::size_t(m.queries), false);
        m.keyPadding.assign(std::size_t(m.keys), false);
        m.causal = r.kind == "causal" || r.kind == "decoder";
        snap.maps.push_back(std::move(m));
    }
    return snap;
}

// --- TextGenerator's inspectors --------------------------------------------------------------

std::vector<std::string> TextGenerator::tokens(const std::string& text) const {
    return piecesOf(*impl_->tokenizer, modelInput(*impl_->model, *impl_->tokenizer, text));
}

AttentionSnapshot TextGenerator::attention(const std::string& text) const {
    return captureAttention(*impl_->model, *impl_->tokenizer, text, impl_->step);
}

std::vector<TokenPrediction> TextGenerator::predictions(const std::string& text, int topK) const {
    Impl& s = *impl_;
    const Tokenizer& tok = *s.tokenizer;
    if (s.config.family == ModelFamily::Bart)
        throw Error(LMW_MESSAGE(
            "inspection.bart_predictions",
            "Per-token predictions are shown for encoders and decoders, not for BART."));
    torch::NoGradGuard noGrad;
    const auto input = modelInput(*s.model, tok, text);
    std::vector<TokenPrediction> out;
    if (isEncoderFamily(s.config.family)) {
        // One copy of the input per real token, each with that token masked: one forward pass.
        const int64_t n = int64_t(input.size()) - 2;
        if (n <= 0) return out;
        auto batch = row(input).repeat({n, 1});  // (n, T)
        for (int64_t i = 0; i < n; ++i) batch[i][i + 1] = tok.specials().mask;
        Batch b;
        b.input = batch;
        auto probs = torch::softmax(s.model->forward(b).logits, -1);  // (n, T, V)
        for (int64_t i = 0; i < n; ++i) {
            const auto p = probs[i][i + 1];
            const int64_t actual = input[std::size_t(i + 1)];
            out.push_back({tok.piece(actual), p[actual].item<double>(), topOf(p, tok, topK)});
        }
        return out;
    }
    Batch b;
    b.input = row(input);
    auto probs = torch::softmax(s.model->forward(b).logits[0], -1);  // (T, V)
    out.push_back({tok.piece(input.front()), -1.0, {}});             // nothing to the left
    for (std::size_t t = 1; t < input.size(); ++t) {
        const auto p = probs[int64_t(t) - 1];
        out.push_back({tok.piece(input[t]), p[input[t]].item<double>(), topOf(p, tok, topK)});
    }
    return out;
}

std::vector<std::pair<std::string, double>> TextGenerator::nextTokens(const std::string& prefix,
                                                                      int topK) const {
    Impl& s = *impl_;
    if (!continuesText())
        throw Error(LMW_MESSAGE("inspection.next_token_needs_decoder",
                                "Only decoders predict the next token."));
    torch::NoGradGuard noGrad;
    auto input = modelInput(*s.model, *s.tokenizer, prefix.empty() ? std::string("\n") : prefix);
    const int64_t limit = contextOf(s.config);
    if (int64_t(input.size()) > limit) input.erase(input.begin(), input.end() - limit);
    Batch b;
    b.input = row(input);
    auto probs = torch::softmax(s.model->forward(b).logits[0][-1], -1);
    return topOf(probs, *s.tokenizer, topK);
}

namespace {
/// Marks the tokens of `noised` that are not in a longest common subsequence with `original`.
std::vector<bool> changedTokens(const std::vector<int32_t>& noised,
                                const std::vector<int32_t>& original) {
    const std::size_t n = noised.size(), m = original.size();
    std::vector<std::vector<uint16_t>> L(n + 1, std::vector<uint16_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            L[i][j] = noised[i] == original[j] ? uint16_t(L[i + 1][j + 1] + 1)
                                               : std::max(L[i + 1][j], L[i][j + 1]);
    std::vector<bool> changed(n, true);
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (noised[i] == original[j]) {
            changed[i] = false;
            ++i, ++j;
        } else if (L[i + 1][j] >= L[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return changed;
}
}  // namespace

std::string TextGenerator::denoise(const std::string& text, const ObjectiveConfig& o,
                                   std::uint64_t seed, std::vector<std::string>* corrupted,
                                   std::vector<bool>* changed, int beams) const {
    Impl& s = *impl_;
    const Tokenizer& tok = *s.tokenizer;
    if (s.config.family != ModelFamily::Bart)
        throw Error(LMW_MESSAGE("inspection.denoise_needs_bart", "Denoising needs a BART model."));
    if (tok.specials().mask < 0)
        throw Error(
            LMW_MESSAGE("tokenizer.no_mask_token", "This model's tokenizer has no mask token."));
    std::vector<std::vector<int32_t>> sentences;
    for (const auto& doc : splitDocuments(text))
        for (const auto& sentence : doc) {
            auto ids = tok.encode(sentence + " ");
            if (!ids.empty()) sentences.push_back(std::move(ids));
        }
    if (sentences.empty()) throw Error(LMW_MESSAGE("text.empty", "The text is empty."));
    const NoiseOptions n = noiseOptionsFrom(o);
    Rng rng(seed);
    NoisedDocument d = noiseDocument(sentences, n, tok.specials().mask, rng);
    const int64_t room = contextOf(s.config) - 2;
    if (int64_t(d.source.size()) > room) d.source.resize(std::size_t(room));
    if (corrupted) {
        corrupted->clear();
        for (int32_t id : d.source) corrupted->push_back(tok.piece(id));
    }
    if (changed) *changed = changedTokens(d.source, d.target);
    std::vector<int64_t> source{tok.specials().bos};
    source.insert(source.end(), d.source.begin(), d.source.end());
    source.push_back(tok.specials().eos);
    torch::NoGradGuard noGrad;
    Seq2SeqOptions so;
    so.maxTokens = int(contextOf(s.config)) - 1;
    so.beams = beams;
    so.startId = tok.specials().eos;
    so.eosId = tok.specials().eos;
    const auto ids = dynamic_cast<BartModel&>(*s.model).generate(row(source), so);
    std::string out;
    for (int64_t id : ids)
        if (!tok.isSpecial(id)) out += tok.piece(id);
    return out;
}

std::vector<std::pair<std::string, double>> TextGenerator::classify(const std::string& text) const {
    Impl& s = *impl_;
    if (s.config.numClasses <= 0)
        throw Error(
            LMW_MESSAGE("inspection.no_classifier_head", "This model has no classification head."));
    torch::NoGradGuard noGrad;
    Batch b;
    // Characters outside a character vocabulary are dropped, as in classifier fine-tuning.
    b.input = row(modelInput(*s.model, *s.tokenizer, filterToVocabulary(*s.tokenizer, text)));
    auto probs = torch::softmax(s.model->forward(b).classLogits[0], -1);
    std::vector<std::pair<std::string, double>> out;
    for (int64_t i = 0; i < probs.size(0); ++i) {
        const std::string name = std::size_t(i) < s.labels.size() ? s.labels[std::size_t(i)]
                                                                  : "class " + std::to_string(i);
        out.emplace_back(name, probs[i].item<double>());
    }
    return out;
}

}  // namespace lmw
