// The Encoder vs decoder comparison: its default settings, the two runs they make, and the
// entropy lines of its chart.
#include "api/compare.h"

#include <cmath>
#include <map>

#include "api/error.h"
#include "compare/mask_preview.h"
#include "data/char_tokenizer.h"
#include "data/corpus.h"
#include "data/masking.h"
#include "util/rng.h"
#include "util/utf8.h"

namespace lmw {

CompareSettings defaultCompareSettings() {
    return CompareSettings{};
}

ComparePlan comparePlan(const CompareSettings& s) {
    const SizePreset* preset = nullptr;
    const auto presets = sizePresets();
    for (const SizePreset& p : presets)
        if (p.name == s.size) preset = &p;
    if (!preset)
        throw Error(LMW_MESSAGE("compare.unknown_size",
                                "Unknown model size '%1' (known: tiny, small, medium)."),
                    {s.size});
    if (s.encoderFamily != ModelFamily::Bert && s.encoderFamily != ModelFamily::Roberta)
        throw Error(LMW_MESSAGE("compare.encoder_family",
                                "The encoder of a comparison is a BERT or RoBERTa model."));
    if (s.steps < 1 || s.steps > 1000000)
        throw Error(LMW_MESSAGE("compare.steps_range", "Steps must be between 1 and 1000000."));
    if (s.threadsPerModel < 0 || s.threadsPerModel > 1024)
        throw Error(LMW_MESSAGE("compare.threads_range", "Threads must be between 0 and 1024."));

    ComparePlan plan;
    for (int side = 0; side < 2; ++side) {
        const bool encoder = side == 0;
        ModelConfig m = familyDefaults(encoder ? s.encoderFamily : ModelFamily::Gpt, preset->model);
        m.positionEncoding = s.positions;
        m.layout = s.layout;
        if (s.layout == BlockLayout::Gpt) m.layerNormEps = 1e-5;  // one block, one epsilon
        TrainConfig t;
        t.iters = s.steps;
        t.batch = preset->batch;
        t.lr = encoder ? s.encoderLr : s.decoderLr;
        t.minLr = t.lr / 10;
        t.warmup = std::min(100, std::max(1, s.steps / 10));
        t.evalEvery = std::max(1, s.evalEvery);
        t.evalIters = std::max(1, s.evalIters);
        t.seed = s.seed;
        t.threads = s.threadsPerModel;
        t.tokenizer.kind = s.tokenizer;
        t.tokenizer.vocabSize = s.vocabSize;
        t.tokenizer.vocabUpTo = true;  // a short text of the user's gets a smaller vocabulary
        ObjectiveConfig& o = t.objective;
        o.objective = encoder ? Objective::Mlm : Objective::Clm;
        o.dynamicMasking = s.dynamicMasking;
        o.maskProb = s.maskRate;
        o.maskTokenShare = s.maskTokenShare;
        o.randomTokenShare = s.randomTokenShare;
        o.maskUnit = s.maskUnit;
        o.spanMeanWords = s.spanMeanWords;
        validateConfig(m, t);
        (encoder ? plan.encoderModel : plan.decoderModel) = m;
        (encoder ? plan.encoderTrain : plan.decoderTrain) = t;
    }
    return plan;
}

std::string compareFairnessNote(const CompareSettings& s) {
    const std::string positions = positionEncodingName(s.positions) + " positions, " +
                                  (s.tokenizer == "char" ? std::string("character tokens")
                                                         : s.tokenizer + " tokens (up to " +
                                                               std::to_string(s.vocabSize) + ")");
    if (s.layout == BlockLayout::Gpt)
        return "Both models are the same network (" + s.size + ", GPT's pre-LN blocks, " +
               positions +
               ", the same steps, batch and learning rate); only the attention mask (both sides vs "
               "the left only) "
               "and the objective (hidden tokens vs every next token) differ.";
    return "Both models have the same size, " + positions +
           ", steps and batch; the encoder keeps BERT's own post-LN block, so the networks differ "
           "in their layout "
           "as well as in the attention mask and the objective.";
}

CorpusEntropy textEntropy(const std::string& utf8text) {
    const std::u32string u = utf8::decode(utf8text).text;
    CorpusEntropy e;
    e.tokens = std::int64_t(u.size());
    if (u.empty()) return e;
    std::map<char32_t, std::int64_t> uni;
    std::map<std::pair<char32_t, char32_t>, std::int64_t> bi;
    std::map<char32_t, std::int64_t> firsts;  // counts of a character as the first of a pair
    for (std::size_t i = 0; i < u.size(); ++i) {
        ++uni[u[i]];
        if (i > 0) {
            ++bi[{u[i - 1], u[i]}];
            ++firsts[u[i - 1]];
        }
    }
    const double n = double(u.size());
    for (const auto& [c, k] : uni) e.unigram -= double(k) / n * std::log(double(k) / n);
    if (u.size() > 1) {
        const double pairs = double(u.size() - 1);
        for (const auto& [ab, k] : bi)
            e.bigram -= double(k) / pairs * std::log(double(k) / double(firsts[ab.first]));
    }
    return e;
}

CorpusEntropy corpusEntropy(const CorpusSource& source, double valFraction) {
    if (!(valFraction > 0.0 && valFraction < 1.0))
        throw Error(LMW_MESSAGE("corpus.held_out_fraction",
                                "The held-out fraction must be between 0 and 1."));
    const std::u32string chars = utf8::decode(readCorpusText(source)).text;
    const auto cut = static_cast<std::size_t>(
        std::llround(static_cast<double>(chars.size()) * (1.0 - valFraction)));
    return textEntropy(utf8::encode(std::u32string_view(chars).substr(0, cut)));
}

std::vector<MaskedToken> previewMasking(const std::string& text, const ObjectiveConfig& o,
                                        std::uint64_t seed) {
    const std::u32string u = utf8::decode(text).text;
    if (u.empty())
        throw Error(LMW_MESSAGE("masking.preview_empty", "Type a sentence to see it masked."));
    return previewMaskingWith(CharTokenizer::fromText(u, specialTokensFor(ModelFamily::Roberta)),
                              text, o, seed);
}

std::vector<MaskedToken> previewMaskingWith(const Tokenizer& tok, const std::string& text,
                                            const ObjectiveConfig& o, std::uint64_t seed) {
    if (text.empty())
        throw Error(LMW_MESSAGE("masking.preview_empty", "Type a sentence to see it masked."));
    if (tok.specials().mask < 0)
        throw Error(
            LMW_MESSAGE("tokenizer.no_mask_token", "This model's tokenizer has no mask token."));
    const MaskingOptions m = maskingOptionsFrom(o);
    const std::vector<WordRole> roles = toWordRoles(wordRolesOf(tok));
    Rng rng(seed);
    const std::vector<std::int32_t> ids = tok.encode(text);
    const MaskedSequence masked =
        maskSequence(ids, m, tok.specials().mask, tok.specialMask(), roles, rng);
    std::vector<MaskedToken> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        MaskedToken t;
        t.original = tok.piece(ids[i]);
        t.shown = tok.piece(masked.input[i]);
        if (masked.labels[i] != kIgnoreLabel)
            t.kind = masked.input[i] == tok.specials().mask ? MaskedToken::Masked
                     : masked.input[i] != ids[i]            ? MaskedToken::Random
                                                            : MaskedToken::Kept;
        out.push_back(std::move(t));
    }
    return out;
}

std::int64_t stepsOffPlateau(const std::vector<std::pair<std::int64_t, double>>& valLosses,
                             double unigram, double margin) {
    for (const auto& [step, loss] : valLosses)
        if (std::isfinite(loss) && loss <= unigram - margin) return step;
    return -1;
}

}  // namespace lmw
