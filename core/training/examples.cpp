#include "training/examples.h"

#include <limits>

#include "api/error.h"
#include "data/masking.h"
#include "data/noising.h"
#include "data/nsp.h"
#include "data/segments.h"
#include "models/bart.h"
#include "util/rng.h"

namespace lmw {

namespace {

torch::Tensor toTensor(const std::vector<int32_t>& tokens) {
    return torch::from_blob(const_cast<int32_t*>(tokens.data()), {int64_t(tokens.size())},
                            torch::kInt32)
        .to(torch::kLong);  // owns a copy
}

/// B 63-bit seeds from the batch generator: every example's own randomness derives from them.
std::vector<uint64_t> drawSeeds(int64_t B, at::Generator& gen) {
    auto t = torch::randint(0, std::numeric_limits<int64_t>::max(), {B}, gen, torch::kLong);
    const int64_t* p = t.data_ptr<int64_t>();
    return std::vector<uint64_t>(p, p + B);
}

std::vector<uint64_t> drawIndices(int64_t B, int64_t n, at::Generator& gen) {
    auto t = torch::randint(0, n, {B}, gen, torch::kLong);
    const int64_t* p = t.data_ptr<int64_t>();
    return std::vector<uint64_t>(p, p + B);
}

/// Rows of ids padded with `pad` to `width` -> (B, width) ids and (B, width) 1/0 mask.
std::pair<torch::Tensor, torch::Tensor> padRows(const std::vector<std::vector<int32_t>>& rows,
                                                int64_t width, int64_t pad) {
    const int64_t B = int64_t(rows.size());
    auto ids = torch::full({B, width}, pad, torch::kLong);
    auto mask = torch::zeros({B, width}, torch::kLong);
    for (int64_t b = 0; b < B; ++b) {
        const auto& r = rows[std::size_t(b)];
        const int64_t n = std::min<int64_t>(width, int64_t(r.size()));
        for (int64_t t = 0; t < n; ++t) ids[b][t] = r[std::size_t(t)];
        mask[b].slice(0, 0, n).fill_(1);
    }
    return {ids, mask};
}

MaskingOptions maskingOptions(const ObjectiveConfig& o) {
    return maskingOptionsFrom(o);
}

std::vector<WordRole> wordRoles(const Tokenizer& tok) {
    return toWordRoles(wordRolesOf(tok));
}

/// Throws `missing` unless the tokenizer has the special token (`id` >= 0).
void requireSpecial(int32_t id, MessageText missing) {
    if (id < 0) throw Error(missing);
}

/// Documents -> sentences -> token ids, dropping empty sentences. Sentences keep a trailing
/// space when the vocabulary has one (texts without spaces, such as Chinese, get none).
std::vector<std::vector<std::vector<int32_t>>> tokenizeDocuments(const std::string& text,
                                                                 const Tokenizer& tok) {
    bool hasSpace = true;
    try {
        tok.encode(std::string(" "));
    } catch (const Error&) {
        hasSpace = false;
    }
    std::vector<std::vector<std::vector<int32_t>>> docs;
    for (const auto& doc : splitDocuments(text)) {
        std::vector<std::vector<int32_t>> sentences;
        for (const auto& sentence : doc) {
            auto ids = tok.encode(hasSpace ? sentence + " " : sentence);
            if (!ids.empty()) sentences.push_back(std::move(ids));
        }
        if (!sentences.empty()) docs.push_back(std::move(sentences));
    }
    return docs;
}

}  // namespace

// --- causal LM -------------------------------------------------------------------------------

ClmExamples::ClmExamples(const Corpus& corpus, int64_t block)
    : train_(toTensor(corpus.train)), val_(toTensor(corpus.val)), block_(block) {}

Batch ClmExamples::next(Split split, int64_t B, at::Generator& gen) {
    const torch::Tensor& data = split == Split::Train ? train_ : val_;
    const int64_t N = data.size(0), T = block_;
    auto offsets = torch::randint(0, N - T, {B, 1}, gen, torch::kLong);  // (B, 1)
    auto idx = offsets + torch::arange(T, torch::kLong).unsqueeze(0);    // (B, T)
    Batch b;
    b.input = data.index({idx});
    b.labels = data.index({idx + 1});
    return b;
}

// --- masked LM -------------------------------------------------------------------------------

struct MlmExamples::Masker {
    MlmMasker dynamicMasker, staticMasker;
};

MlmExamples::MlmExamples(const Corpus& corpus, const ModelConfig& model, const ObjectiveConfig& o,
                         uint64_t seed)
    : corpus_(corpus), block_(model.block), dynamic_(o.dynamicMasking) {
    const SpecialIds& s = corpus.tokenizer->specials();
    requireSpecial(
        s.mask,
        LMW_MESSAGE("examples.mlm_no_mask",
                    "The tokenizer has no mask token, which masked language modelling needs."));
    requireSpecial(s.bos, LMW_MESSAGE("examples.mlm_no_bos",
                                      "The tokenizer has no begin-of-sequence token, which masked "
                                      "language modelling needs."));
    requireSpecial(
        s.eos,
        LMW_MESSAGE(
            "examples.mlm_no_eos",
            "The tokenizer has no end-of-sequence token, which masked language modelling needs."));
    if (block_ < 4)
        throw Error(LMW_MESSAGE("examples.mlm_context",
                                "Masked language modelling needs a context of at least 4 tokens."));
    const auto special = corpus.tokenizer->specialMask();
    masker_ = std::make_shared<Masker>(
        Masker{MlmMasker(maskingOptions(o), MaskingMode::Dynamic, 1, seed, s.mask, special,
                         wordRoles(*corpus.tokenizer)),
               MlmMasker(maskingOptions(o), MaskingMode::Static, o.dupeFactor, seed, s.mask,
                         special, wordRoles(*corpus.tokenizer))});
}

std::vector<int32_t> MlmExamples::window(Split split, int64_t index) const {
    const auto& tokens = split == Split::Train ? corpus_.train : corpus_.val;
    const int64_t L = block_ - 2;
    const SpecialIds& s = corpus_.tokenizer->specials();
    std::vector<int32_t> w;
    w.reserve(std::size_t(block_));
    w.push_back(s.bos);
    w.insert(w.end(), tokens.begin() + index * L, tokens.begin() + (index + 1) * L);
    w.push_back(s.eos);
    return w;
}

Batch MlmExamples::next(Split split, int64_t B, at::Generator& gen) {
    const auto& tokens = split == Split::Train ? corpus_.train : corpus_.val;
    const int64_t windows = std::max<int64_t>(1, int64_t(tokens.size()) / (block_ - 2));
    const auto indices = drawIndices(B, windows, gen);
    const auto seeds = drawSeeds(B, gen);
    auto input = torch::empty({B, block_}, torch::kLong);
    auto labels = torch::empty({B, block_}, torch::kLong);
    for (int64_t b = 0; b < B; ++b) {
        const uint64_t index = indices[std::size_t(b)];
        MaskedSequence m;
        if (split == Split::Val) {
            m = masker_->staticMasker.mask(window(split, int64_t(index)), index, 0);  // fixed masks
        } else if (dynamic_) {
            m = masker_->dynamicMasker.mask(window(split, int64_t(index)), index,
                                            seeds[std::size_t(b)]);
        } else {
            // Static: the round of a sequence is how many times the corpus has been served.
            const uint64_t epoch = uint64_t(served_ / windows);
            m = masker_->staticMasker.mask(window(split, int64_t(index)), index, epoch);
            ++served_;
        }
        input[b] =
            torch::tensor(std::vector<int64_t>(m.input.begin(), m.input.end()), torch::kLong);
        labels[b] =
            torch::tensor(std::vector<int64_t>(m.labels.begin(), m.labels.end()), torch::kLong);
    }
    Batch out;
    out.input = input;
    out.labels = labels;
    return out;
}

// --- masked LM + next-sentence prediction ----------------------------------------------------

struct NspExamples::Data {
    int64_t block;
    int32_t pad;
    bool dynamic;
    uint64_t seed;
    int64_t trainInstances;
    NspPairBuilder train, val;
    MlmMasker dynamicMasker, staticMasker;
};

NspExamples::NspExamples(const Corpus& corpus, const ModelConfig& model, const ObjectiveConfig& o,
                         uint64_t seed) {
    const Tokenizer& tok = *corpus.tokenizer;
    const SpecialIds& s = tok.specials();
    requireSpecial(s.mask,
                   LMW_MESSAGE("examples.nsp_no_mask",
                               "The tokenizer has no mask token, which BERT's objective needs."));
    requireSpecial(s.bos,
                   LMW_MESSAGE("examples.nsp_no_cls",
                               "The tokenizer has no [CLS] token, which BERT's objective needs."));
    requireSpecial(s.eos,
                   LMW_MESSAGE("examples.nsp_no_sep",
                               "The tokenizer has no [SEP] token, which BERT's objective needs."));
    requireSpecial(
        s.pad, LMW_MESSAGE("examples.nsp_no_pad",
                           "The tokenizer has no padding token, which BERT's objective needs."));
    // `cannotPair` says which part failed, with the reason as %1.
    auto build = [&](const std::string& text, MessageText cannotPair) {
        auto docs = tokenizeDocuments(text, tok);
        try {
            return NspPairBuilder(std::move(docs), model.block, s.bos, s.eos);
        } catch (const Error& e) {
            throw Error(cannotPair, {e.what()});
        }
    };
    const auto special = tok.specialMask();
    const int64_t instances = std::max<int64_t>(1, int64_t(corpus.train.size()) / model.block);
    data_ = std::make_shared<Data>(
        Data{model.block, s.pad, o.dynamicMasking, seed, instances,
             build(corpus.trainText,
                   LMW_MESSAGE("examples.nsp_training_pairs",
                               "The corpus's training part cannot make sentence pairs: %1")),
             build(corpus.valText,
                   LMW_MESSAGE("examples.nsp_validation_pairs",
                               "The corpus's validation part cannot make sentence pairs: %1")),
             MlmMasker(maskingOptions(o), MaskingMode::Dynamic, 1, seed, s.mask, special,
                       wordRoles(tok)),
             MlmMasker(maskingOptions(o), MaskingMode::Static, o.dupeFactor, seed, s.mask, special,
                       wordRoles(tok))});
}

Batch NspExamples::next(Split split, int64_t B, at::Generator& gen) {
    Data& d = *data_;
    const auto seeds = drawSeeds(B, gen);
    const auto indices = drawIndices(B, d.trainInstances, gen);
    std::vector<std::vector<int32_t>> inputs, labels, types;
    std::vector<int64_t> nsp;
    for (int64_t b = 0; b < B; ++b) {
        const uint64_t index = indices[std::size_t(b)];
        NspExample ex;
        MaskedSequence m;
        if (split == Split::Val) {
            // A fixed validation set: instance `index`, round 0.
            Rng rng(Rng::mix(d.seed ^ 0x5A5A5A5AULL, index));
            ex = d.val.next(rng);
            m = d.staticMasker.mask(ex.input, index, 0);
        } else if (d.dynamic) {
            Rng rng(seeds[std::size_t(b)]);
            ex = d.train.next(rng);
            m = d.dynamicMasker.mask(ex.input, index, seeds[std::size_t(b)]);
        } else {
            // Static (BERT): instance `index` of round r is always the same pair and mask.
            const uint64_t round =
                uint64_t(served_ / d.trainInstances) % uint64_t(d.staticMasker.dupeFactor());
            Rng rng(Rng::mix(Rng::mix(d.seed, index), round));
            ex = d.train.next(rng);
            m = d.staticMasker.mask(ex.input, index, round);
            ++served_;
        }
        inputs.push_back(m.input);
        labels.push_back(m.labels);
        types.push_back(ex.tokenTypes);
        nsp.push_back(ex.label);
    }
    auto [ids, mask] = padRows(inputs, d.block, d.pad);
    Batch out;
    out.input = ids;
    out.attentionMask = mask;
    out.labels = padRows(labels, d.block, kIgnoreIndex).first;
    out.tokenTypes = padRows(types, d.block, 0).first;
    out.nspLabels = torch::tensor(nsp, torch::kLong);
    return out;
}

// --- BART denoising --------------------------------------------------------------------------

struct DenoiseExamples::Data {
    int64_t block;
    SpecialIds specials;
    NoiseOptions noise;
    // Chunks: runs of whole sentences of one document that fit the context.
    std::vector<std::vector<std::vector<int32_t>>> train, val;
};

namespace {
std::vector<std::vector<std::vector<int32_t>>> chunkDocuments(
    const std::vector<std::vector<std::vector<int32_t>>>& docs, int64_t budget) {
    std::vector<std::vector<std::vector<int32_t>>> chunks;
    for (const auto& doc : docs) {
        std::vector<std::vector<int32_t>> chunk;
        int64_t used = 0;
        for (auto sentence : doc) {
            if (int64_t(sentence.size()) > budget) sentence.resize(std::size_t(budget));
            if (used + int64_t(sentence.size()) > budget && !chunk.empty()) {
                chunks.push_back(std::move(chunk));
                chunk.clear();
                used = 0;
            }
            used += int64_t(sentence.size());
            chunk.push_back(std::move(sentence));
        }
        if (!chunk.empty()) chunks.push_back(std::move(chunk));
    }
    return chunks;
}
}  // namespace

DenoiseExamples::DenoiseExamples(const Corpus& corpus, const ModelConfig& model,
                                 const ObjectiveConfig& o) {
    const Tokenizer& tok = *corpus.tokenizer;
    const SpecialIds& s = tok.specials();
    requireSpecial(s.mask, LMW_MESSAGE("examples.denoise_no_mask",
                                       "The tokenizer has no mask token, which denoising needs."));
    requireSpecial(s.bos, LMW_MESSAGE("examples.denoise_no_bos",
                                      "The tokenizer has no <s> token, which denoising needs."));
    requireSpecial(s.eos, LMW_MESSAGE("examples.denoise_no_eos",
                                      "The tokenizer has no </s> token, which denoising needs."));
    requireSpecial(s.pad,
                   LMW_MESSAGE("examples.denoise_no_pad",
                               "The tokenizer has no padding token, which denoising needs."));
    auto d = std::make_shared<Data>();
    d->block = model.block;
    d->specials = s;
    d->noise = noiseOptionsFrom(o);
    const int64_t budget = model.block - 2;  // room for <s> and </s>
    if (budget < 2)
        throw Error(LMW_MESSAGE("examples.denoise_context",
                                "Denoising needs a context of at least 4 tokens."));
    d->train = chunkDocuments(tokenizeDocuments(corpus.trainText, tok), budget);
    d->val = chunkDocuments(tokenizeDocuments(corpus.valText, tok), budget);
    if (d->train.empty() || d->val.empty())
        throw Error(LMW_MESSAGE(
            "examples.denoise_no_sentences",
            "The corpus has no sentences to denoise in its training or validation part."));
    data_ = d;
}

Batch DenoiseExamples::next(Split split, int64_t B, at::Generator& gen) {
    Data& d = *data_;
    const auto& chunks = split == Split::Train ? d.train : d.val;
    const auto indices = drawIndices(B, int64_t(chunks.size()), gen);
    const auto seeds = drawSeeds(B, gen);
    std::vector<std::vector<int32_t>> sources, targets;
    for (int64_t b = 0; b < B; ++b) {
        const uint64_t index = indices[std::size_t(b)];
        // Validation uses the same noise every time (seeded by the chunk), training new noise.
        Rng rng(split == Split::Val ? Rng::mix(0xB1A5ULL, index) : seeds[std::size_t(b)]);
        NoisedDocument n = noiseDocument(chunks[index], d.noise, d.specials.mask, rng);
        auto wrap = [&](const std::vector<int32_t>& ids) {
            std::vector<int32_t> w{d.specials.bos};
            w.insert(w.end(), ids.begin(),
                     ids.begin() + std::min<int64_t>(int64_t(ids.size()), d.block - 2));
            w.push_back(d.specials.eos);
            return w;
        };
        sources.push_back(wrap(n.source));
        targets.push_back(wrap(n.target));
    }
    auto [src, srcMask] = padRows(sources, d.block, d.specials.pad);
    auto labels = padRows(targets, d.block, kIgnoreIndex).first;
    Batch out;
    out.input = src;
    out.attentionMask = srcMask;
    out.labels = labels;
    out.decoderInput =
        shiftTokensRight(labels, d.specials.pad, d.specials.eos);  // HF: start = </s>
    return out;
}

// --- factory ---------------------------------------------------------------------------------

std::unique_ptr<ExampleSource> makeExamples(const ModelConfig& model,
                                            const ObjectiveConfig& objective, const Corpus& corpus,
                                            uint64_t seed) {
    switch (objective.objective) {
        case Objective::Clm:
            return std::make_unique<ClmExamples>(corpus, model.block);
        case Objective::Mlm:
            return std::make_unique<MlmExamples>(corpus, model, objective, seed);
        case Objective::MlmNsp:
            return std::make_unique<NspExamples>(corpus, model, objective, seed);
        case Objective::Denoise:
            return std::make_unique<DenoiseExamples>(corpus, model, objective);
    }
    throw Error(LMW_MESSAGE("examples.unknown_objective", "Unknown objective."));
}

}  // namespace lmw
