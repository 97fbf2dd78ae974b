// TextGenerator::fillGaps: the encoder reads the hidden word as masks and fills them by
// mask-predict; the decoder writes it from the left, or ranks candidate words by the
// likelihood of the whole text.
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "api/error.h"
#include "api/text_generator.h"
#include "compare/mask_preview.h"
#include "session/generator_impl.h"
#include "util/utf8.h"

namespace lmw {

namespace {

std::vector<int64_t> idsOf(const Tokenizer& tok, const std::string& text) {
    std::vector<int64_t> out;
    if (text.empty()) return out;
    for (int32_t id : tok.encode(text)) out.push_back(id);
    return out;
}

/// A probability row with the special tokens (which come first) set to -1: never a guess.
torch::Tensor ordinary(const torch::Tensor& probs, const Tokenizer& tok) {
    auto p = probs.clone();
    const auto specials = int64_t(tok.specialTokens().size());
    if (specials > 0) p.narrow(-1, 0, std::min(specials, p.size(-1))).fill_(-1.0);
    return p;
}

/// Mask-predict (Ghazvininejad et al. 2019, one token per round): all n positions start as
/// masks; each round fills the still-masked position the model is most sure of.
std::vector<int64_t> maskPredict(LanguageModel& model, const Tokenizer& tok,
                                 std::vector<int64_t> input, int64_t maskAt, int64_t n,
                                 double* firstTokenProb, int64_t firstTrue) {
    std::vector<int64_t> guess(std::size_t(n), -1);
    for (int64_t round = 0; round < n; ++round) {
        Batch b;
        b.input = torch::tensor(input, torch::kLong).unsqueeze(0);
        const auto probs = ordinary(torch::softmax(model.forward(b).logits[0], -1), tok);  // (T, V)
        if (round == 0) *firstTokenProb = probs[maskAt][firstTrue].item<double>();
        int64_t best = -1, bestId = 0;
        double bestP = -2;
        for (int64_t k = 0; k < n; ++k) {
            if (guess[std::size_t(k)] >= 0) continue;
            auto top = probs[maskAt + k].max(0);
            const double p = std::get<0>(top).item<double>();
            if (p > bestP) {
                bestP = p;
                best = k;
                bestId = std::get<1>(top).item<int64_t>();
            }
        }
        guess[std::size_t(best)] = bestId;
        input[std::size_t(maskAt + best)] = bestId;
    }
    return guess;
}

/// The first `limit` tokens' worth of `text` (whole characters), for a ranking row to fit.
std::string fitTokens(const TextGenerator& g, const std::string& text, int limit) {
    if (limit <= 0) return {};
    if (g.tokenCount(text) <= limit) return text;
    std::u32string u = utf8::decode(text).text;
    std::size_t lo = 0, hi = u.size();
    while (lo < hi) {  // longest prefix that fits
        const std::size_t mid = (lo + hi + 1) / 2;
        if (g.tokenCount(utf8::encode(u.substr(0, mid))) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    return utf8::encode(u.substr(0, lo));
}

}  // namespace

std::vector<GapGuess> TextGenerator::fillGaps(const std::vector<GapItem>& items, GapTask task,
                                              const std::atomic<bool>* cancel,
                                              GapMethod method) const {
    Impl& s = *impl_;
    const Tokenizer& tok = *s.tokenizer;
    const ModelConfig& c = s.config;
    if (c.family == ModelFamily::Bart)
        throw Error(LMW_MESSAGE("gaps.bart_model",
                                "The gap task compares encoders with decoders; BART is both."));
    if (c.numClasses > 0)
        throw Error(
            LMW_MESSAGE("gaps.classifier_model",
                        "This model is a classifier; the gap task needs a language model."));
    const bool encoder = isEncoder();
    if (encoder && method == GapMethod::Rank)
        throw Error(LMW_MESSAGE(
            "gaps.rank_needs_decoder",
            "Ranking candidates by the likelihood of the text is a decoder's way to fill a gap."));
    torch::NoGradGuard noGrad;
    const int64_t context =
        (c.family == ModelFamily::Gpt && c.positions > 0) ? c.positions : c.block;
    std::vector<GapGuess> out;
    out.reserve(items.size());
    for (const GapItem& item : items) {
        if (cancel && cancel->load()) break;
        // The gap's tokens as they are inside the text: a subword tokenizer joins a word to the
        // space before it ("▁net"), so the word's tokens are those that left + word adds to left.
        auto left = idsOf(tok, item.left);
        const auto withAnswer = idsOf(tok, item.left + item.answer);
        std::size_t shared = 0;
        while (shared < left.size() && shared < withAnswer.size() &&
               left[shared] == withAnswer[shared])
            ++shared;
        left.resize(shared);
        const std::vector<int64_t> answer(withAnswer.begin() + std::ptrdiff_t(shared),
                                          withAnswer.end());
        std::vector<int64_t> right;
        if (task == GapTask::Infill && !item.right.empty()) {
            const auto whole = idsOf(tok, item.left + item.answer + item.right);
            std::size_t same = 0;
            while (same < withAnswer.size() && same < whole.size() &&
                   withAnswer[same] == whole[same])
                ++same;
            right.assign(whole.begin() + std::ptrdiff_t(same), whole.end());
        }
        if (answer.empty())
            throw Error(LMW_MESSAGE("gaps.empty_answer", "A hidden word is empty."));
        const auto n = int64_t(answer.size());
        GapGuess g;
        g.tokens = int(n);
        std::vector<int64_t> guess;
        if (method == GapMethod::Rank) {
            // Every candidate written into the gap, the text scored as a whole; the most likely
            // wins.
            if (item.candidates.empty())
                throw Error(
                    LMW_MESSAGE("gaps.no_candidates", "A gap has no candidate words to rank."));
            const int budget = contextLimit() > 0 ? contextLimit() / 2 : 1 << 20;
            std::size_t longest = 0;
            for (const auto& cand : item.candidates)
                longest = std::max<std::size_t>(longest, tokenCount(cand));
            const std::string after = task == GapTask::Infill
                                          ? fitTokens(*this, item.right, budget - int(longest))
                                          : std::string();
            std::vector<std::string> rows;
            for (const auto& cand : item.candidates) rows.push_back(cand + after);
            const auto scores = scoreContinuations(item.left, rows);
            std::size_t best = 0;
            double sum = 0;
            std::vector<double> totals;
            for (const auto& sc : scores) totals.push_back(sc.total());
            const double top = *std::max_element(totals.begin(), totals.end());
            for (std::size_t k = 0; k < totals.size(); ++k) {
                if (totals[k] > totals[best]) best = k;
                sum += std::exp(totals[k] - top);
            }
            g.guess = item.candidates[best];
            // "First token" probability: the answer's share among the candidates.
            const auto it = std::find(item.candidates.begin(), item.candidates.end(), item.answer);
            if (it != item.candidates.end())
                g.firstTokenProb =
                    std::exp(totals[std::size_t(it - item.candidates.begin())] - top) / sum;
            g.correctTokens = g.guess == item.answer ? int(n) : 0;
            out.push_back(std::move(g));
            continue;
        }
        if (encoder) {
            const int64_t room = std::max<int64_t>(0, context - 2 - n);
            int64_t keepLeft = std::min<int64_t>(int64_t(left.size()),
                                                 std::max(room / 2, room - int64_t(right.size())));
            int64_t keepRight = std::min<int64_t>(int64_t(right.size()), room - keepLeft);
            std::vector<int64_t> input;
            if (tok.specials().bos >= 0) input.push_back(tok.specials().bos);
            input.insert(input.end(), left.end() - keepLeft, left.end());
            const auto maskAt = int64_t(input.size());
            for (int64_t k = 0; k < n; ++k) input.push_back(tok.specials().mask);
            input.insert(input.end(), right.begin(), right.begin() + keepRight);
            if (tok.specials().eos >= 0) input.push_back(tok.specials().eos);
            if (int64_t(input.size()) > context)
                throw Error(LMW_MESSAGE("gaps.answer_exceeds_context",
                                        "A hidden word is longer than the model's context."));
            guess = maskPredict(*s.model, tok, input, maskAt, n, &g.firstTokenProb, answer[0]);
        } else {
            std::vector<int64_t> ids(
                left.end() -
                    std::min<int64_t>(int64_t(left.size()), std::max<int64_t>(1, context - n)),
                left.end());
            if (ids.empty()) {
                const auto newline = tok.encode(std::string("\n"));
                ids.push_back(newline.empty() ? 0 : newline.front());
            }
            for (int64_t k = 0; k < n; ++k) {
                const int64_t start = std::max<int64_t>(0, int64_t(ids.size()) - context);
                Batch b;
                b.input = torch::tensor(std::vector<int64_t>(ids.begin() + start, ids.end()),
                                        torch::kLong)
                              .unsqueeze(0);
                const auto probs = torch::softmax(s.model->forward(b).logits.index({0, -1}), -1);
                if (k == 0) g.firstTokenProb = probs[answer[0]].item<double>();
                const int64_t next = ordinary(probs, tok).argmax().item<int64_t>();
                guess.push_back(next);
                ids.push_back(next);
            }
        }
        for (int64_t k = 0; k < n; ++k)
            g.correctTokens += guess[std::size_t(k)] == answer[std::size_t(k)] ? 1 : 0;
        g.guess = tok.decode(guess, true);
        if (shared < idsOf(tok, item.left).size()) {  // the word's tokens carry the space before it
            const std::size_t first = g.guess.find_first_not_of(" \t\n");
            g.guess = first == std::string::npos ? std::string() : g.guess.substr(first);
        }
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<MaskedToken> TextGenerator::previewMasking(const std::string& text,
                                                       const ObjectiveConfig& objective,
                                                       std::uint64_t seed) const {
    return previewMaskingWith(*impl_->tokenizer, text, objective, seed);
}

}  // namespace lmw
