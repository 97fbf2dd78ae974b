// TextGenerator::fillGaps: the encoder reads the hidden word as masks, the decoder writes it.
#include <torch/torch.h>

#include <algorithm>

#include "api/error.h"
#include "api/text_generator.h"
#include "session/generator_impl.h"

namespace lmw {

namespace {

std::vector<int64_t> idsOf(const Tokenizer& tok, const std::string& text) {
    std::vector<int64_t> out;
    if (text.empty()) return out;
    for (int32_t id : tok.encode(text)) out.push_back(id);
    return out;
}

/// The most likely ordinary (non-special) token of a probability row.
int64_t bestToken(const torch::Tensor& probs, const Tokenizer& tok) {
    auto p = probs.clone();
    const auto specials = int64_t(tok.specialTokens().size());  // special tokens come first
    if (specials > 0) p.narrow(0, 0, std::min(specials, p.size(0))).fill_(-1.0);
    return p.argmax().item<int64_t>();
}

}  // namespace

std::vector<GapGuess> TextGenerator::fillGaps(const std::vector<GapItem>& items, GapTask task,
                                              const std::atomic<bool>* cancel) const {
    Impl& s = *impl_;
    const Tokenizer& tok = *s.tokenizer;
    const ModelConfig& c = s.config;
    if (c.family == ModelFamily::Bart) throw Error("The gap task compares encoders with decoders; BART is both.");
    if (c.numClasses > 0) throw Error("This model is a classifier; the gap task needs a language model.");
    torch::NoGradGuard noGrad;
    const bool encoder = isEncoder();
    const int64_t context = (c.family == ModelFamily::Gpt && c.positions > 0) ? c.positions : c.block;
    std::vector<GapGuess> out;
    out.reserve(items.size());
    for (const GapItem& item : items) {
        if (cancel && cancel->load()) break;
        const auto left = idsOf(tok, item.left);
        const auto answer = idsOf(tok, item.answer);
        const auto right = task == GapTask::Infill ? idsOf(tok, item.right) : std::vector<int64_t>{};
        if (answer.empty()) throw Error("A hidden word is empty.");
        const auto n = int64_t(answer.size());
        GapGuess g;
        g.tokens = int(n);
        std::vector<int64_t> guess;
        if (encoder) {
            const int64_t room = std::max<int64_t>(0, context - 2 - n);
            int64_t keepLeft = std::min<int64_t>(int64_t(left.size()), std::max(room / 2, room - int64_t(right.size())));
            int64_t keepRight = std::min<int64_t>(int64_t(right.size()), room - keepLeft);
            std::vector<int64_t> input;
            if (tok.specials().bos >= 0) input.push_back(tok.specials().bos);
            input.insert(input.end(), left.end() - keepLeft, left.end());
            const auto maskAt = int64_t(input.size());
            for (int64_t k = 0; k < n; ++k) input.push_back(tok.specials().mask);
            input.insert(input.end(), right.begin(), right.begin() + keepRight);
            if (tok.specials().eos >= 0) input.push_back(tok.specials().eos);
            if (int64_t(input.size()) > context) throw Error("A hidden word is longer than the model's context.");
            Batch b;
            b.input = torch::tensor(input, torch::kLong).unsqueeze(0);
            const auto probs = torch::softmax(s.model->forward(b).logits[0], -1);  // (T, V)
            for (int64_t k = 0; k < n; ++k) guess.push_back(bestToken(probs[maskAt + k], tok));
            g.firstTokenProb = probs[maskAt][answer[0]].item<double>();
        } else {
            std::vector<int64_t> ids(left.end() - std::min<int64_t>(int64_t(left.size()), std::max<int64_t>(1, context - n)),
                                     left.end());
            if (ids.empty()) {
                const auto newline = tok.encode(std::string("\n"));
                ids.push_back(newline.empty() ? 0 : newline.front());
            }
            for (int64_t k = 0; k < n; ++k) {
                const int64_t start = std::max<int64_t>(0, int64_t(ids.size()) - context);
                Batch b;
                b.input = torch::tensor(std::vector<int64_t>(ids.begin() + start, ids.end()), torch::kLong).unsqueeze(0);
                const auto probs = torch::softmax(s.model->forward(b).logits.index({0, -1}), -1);
                if (k == 0) g.firstTokenProb = probs[answer[0]].item<double>();
                const int64_t next = bestToken(probs, tok);
                guess.push_back(next);
                ids.push_back(next);
            }
        }
        for (int64_t k = 0; k < n; ++k) g.correctTokens += guess[std::size_t(k)] == answer[std::size_t(k)] ? 1 : 0;
        g.guess = tok.decode(guess, true);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace lmw
