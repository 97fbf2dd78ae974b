// TextGenerator::scoreContinuations: the log-probability a decoder gives candidate
// continuations of one prompt, read from one forward pass (no sampling). All candidates run as
// one batch, padded on the right: a causal model never looks ahead, so the padding changes
// nothing at the positions that are read. When every candidate is a single token after the
// same context, the prompt alone is run once and all candidates are read from its last position.
#include <algorithm>

#include "api/error.h"
#include "api/text_generator.h"
#include "session/generator_impl.h"

namespace lmw {

namespace {

bool isDecoder(ModelFamily f) {
    return f == ModelFamily::Gpt || f == ModelFamily::Lstm;
}

/// One candidate's input: context tokens, then the continuation from `from` on.
struct Row {
    std::vector<int64_t> ids;
    std::size_t from = 0;
    int truncated = 0;
};

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char ch : s) out += ch == '\n' ? std::string("\\n") : std::string(1, ch);
    return out + "'";
}

}  // namespace

int TextGenerator::contextLimit() const {
    const ModelConfig& c = impl_->config;
    if (c.family == ModelFamily::Lstm) return 0;
    return c.positions > 0 ? c.positions : c.block;
}

int TextGenerator::tokenCount(const std::string& text) const {
    return int(impl_->tokenizer->encode(text).size());
}

std::vector<ContinuationScore> TextGenerator::scoreContinuations(
    const std::string& prompt, const std::vector<std::string>& candidates) const {
    Impl& s = *impl_;
    if (!isDecoder(s.config.family))
        throw Error(
            LMW_MESSAGE("prompting.scoring_needs_decoder",
                        "Scoring continuations needs a decoder (GPT or LSTM); this is a %1 model."),
            {familyName(s.config.family)});
    if (candidates.empty()) return {};
    const Tokenizer& tok = *s.tokenizer;
    const std::vector<int32_t> p = tok.encode(prompt);
    const int64_t limit = contextLimit();
    int64_t start = 0;  // context for a candidate that shares no token with the prompt
    try {               // a newline where the vocabulary has one (not every corpus does)
        const auto newline = tok.encode(std::string("\n"));
        if (!newline.empty()) start = newline.front();
    } catch (const Error&) {
    }

    std::vector<Row> rows;
    rows.reserve(candidates.size());
    for (const std::string& c : candidates) {
        if (c.empty())
            throw Error(LMW_MESSAGE("prompting.empty_continuation",
                                    "An empty continuation cannot be scored."));
        const std::vector<int32_t> full = tok.encode(prompt + c);
        std::size_t shared = 0;
        while (shared < p.size() && shared < full.size() && p[shared] == full[shared]) ++shared;
        if (shared >= full.size())
            throw Error(LMW_MESSAGE("prompting.continuation_no_tokens",
                                    "The continuation %1 adds no tokens to the prompt."),
                        {quoted(c)});
        const std::size_t length = full.size() - shared;
        if (limit > 0 && int64_t(length) > limit - 1)
            throw Error(
                LMW_MESSAGE(
                    "prompting.continuation_too_long",
                    "The continuation %1 has %2 tokens; this model reads at most %3 at once."),
                {quoted(c), std::to_string(length), std::to_string(limit)});
        Row r;
        r.ids.assign(full.begin(), full.end());
        r.from = shared;
        if (limit > 0 && int64_t(r.ids.size()) > limit) {
            const std::size_t cut = r.ids.size() - std::size_t(limit);
            r.ids.erase(r.ids.begin(), r.ids.begin() + std::ptrdiff_t(cut));
            r.from -= cut;  // stays >= 1: the continuation leaves room for one context token
            r.truncated = int(cut);
        }
        if (r.from == 0) {
            r.ids.insert(r.ids.begin(), start);
            r.from = 1;
        }
        rows.push_back(std::move(r));
    }

    torch::NoGradGuard noGrad;
    auto forward = [&](const torch::Tensor& input) {
        Batch b;
        b.input = input;
        // A model with a classification head computes token logits only when asked for a loss.
        if (s.config.numClasses > 0) b.labels = torch::full_like(input, kIgnoreIndex);
        auto logits = s.model->forward(b).logits;
        if (!logits.defined())
            throw Error(LMW_MESSAGE("prompting.no_next_token_predictions",
                                    "This model gives no next-token predictions."));
        return logits;  // (B, T, V)
    };

    std::vector<ContinuationScore> out(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        out[i].contextTokens = int(r.from);
        out[i].truncatedTokens = r.truncated;
        for (std::size_t j = r.from; j < r.ids.size(); ++j)
            out[i].tokens.push_back(tok.piece(r.ids[j]));
    }

    // Every candidate one token after the same context: one pass over the context alone.
    bool oneToken = true;
    for (const Row& r : rows) {
        oneToken = oneToken && r.ids.size() == r.from + 1 && r.from == rows.front().from &&
                   std::equal(r.ids.begin(), r.ids.begin() + std::ptrdiff_t(r.from),
                              rows.front().ids.begin());
    }
    if (oneToken) {
        const Row& first = rows.front();
        std::vector<int64_t> context(first.ids.begin(),
                                     first.ids.begin() + std::ptrdiff_t(first.from));
        auto logits = forward(torch::tensor(context, torch::kLong).unsqueeze(0));
        auto logp =
            torch::log_softmax(logits[0][int64_t(first.from) - 1].to(torch::kDouble), -1);  // (V)
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i].logProbs.push_back(logp[rows[i].ids.back()].item<double>());
        return out;
    }

    // Otherwise all candidates as batches of padded rows, small enough for wide vocabularies.
    std::size_t longest = 0;
    for (const Row& r : rows) longest = std::max(longest, r.ids.size());
    const int64_t vocab = std::max<int64_t>(1, s.config.vocabSize);
    const std::size_t perBatch =
        std::max<std::size_t>(1, std::size_t((int64_t(1) << 25) / (int64_t(longest) * vocab)));
    for (std::size_t first = 0; first < rows.size(); first += perBatch) {
        const std::size_t last = std::min(rows.size(), first + perBatch);
        std::size_t width = 0;
        for (std::size_t i = first; i < last; ++i) width = std::max(width, rows[i].ids.size());
        auto input = torch::zeros({int64_t(last - first), int64_t(width)}, torch::kLong);
        auto acc = input.accessor<int64_t, 2>();
        for (std::size_t i = first; i < last; ++i)
            for (std::size_t j = 0; j < rows[i].ids.size(); ++j)
                acc[int64_t(i - first)][int64_t(j)] = rows[i].ids[j];
        auto logits = forward(input);
        for (std::size_t i = first; i < last; ++i) {
            const Row& r = rows[i];
            const int64_t n = int64_t(r.ids.size() - r.from);
            // Position j - 1 predicts token j.
            auto logp = torch::log_softmax(
                logits[int64_t(i - first)].narrow(0, int64_t(r.from) - 1, n).to(torch::kDouble),
                -1);
            auto targets = torch::tensor(
                std::vector<int64_t>(r.ids.begin() + std::ptrdiff_t(r.from), r.ids.end()),
                torch::kLong);
            auto picked = logp.gather(1, targets.unsqueeze(1)).squeeze(1).contiguous();
            const double* v = picked.data_ptr<double>();
            out[i].logProbs.assign(v, v + n);
        }
    }
    return out;
}

}  // namespace lmw
