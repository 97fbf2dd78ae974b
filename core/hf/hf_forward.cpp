// hfForward (api/hf.h): runs an imported checkpoint on reference inputs and writes its outputs
// under Hugging Face's names, so that they can be compared with what transformers computed.
#include "api/hf.h"

#include <filesystem>

#include "api/error.h"
#include "checkpoint/checkpoint.h"
#include "hf/hf_models.h"
#include "hf/safetensors.h"
#include "models/bart.h"
#include "models/gpt.h"
#include "session/generator_impl.h"

namespace lmw {

namespace {

torch::Tensor readInt64(const hf::SafetensorsFile& f, const std::string& name) {
    const hf::TensorInfo& info = f.at(name);
    std::vector<int64_t> values = f.toInt64(name);
    return torch::from_blob(values.data(), info.shape, torch::kLong).clone();
}

/// Refuses inputs the model cannot read, in one sentence, before LibTorch sees them: ids must
/// be a (batch, length) matrix of known tokens within the model's context, and the optional
/// masks and labels the same shape with values the model understands.
void checkInputs(const Batch& b, const torch::Tensor& labels, const ModelConfig& cfg,
                 const std::string& path) {
    // `text` names the file as %1, ahead of `args`.
    const auto bad = [&](MessageText text, std::vector<std::string> args = {}) {
        args.insert(args.begin(), path);
        throw Error(text, std::move(args));
    };
    const torch::Tensor& ids = b.input;
    if (ids.dim() != 2 || ids.size(0) < 1 || ids.size(1) < 1)
        bad(LMW_MESSAGE(
            "hf_inputs.ids_shape",
            "'%1': input_ids must be a (batch, length) matrix with at least one token."));
    const int64_t context = cfg.positions > 0 ? cfg.positions : cfg.block;
    if (ids.size(1) > context)
        bad(LMW_MESSAGE("hf_inputs.ids_too_long",
                        "'%1': input_ids has %2 tokens per row; the model reads at most %3."),
            {std::to_string(ids.size(1)), std::to_string(context)});
    if (ids.min().item<int64_t>() < 0 || ids.max().item<int64_t>() >= cfg.vocabSize)
        bad(LMW_MESSAGE("hf_inputs.ids_outside_vocab",
                        "'%1': input_ids has token ids outside the vocabulary (0 to %2)."),
            {std::to_string(cfg.vocabSize - 1)});
    const auto sameShape = [&](const torch::Tensor& t, const char* name) {
        if (t.defined() && t.sizes() != ids.sizes())
            bad(LMW_MESSAGE("hf_inputs.shape_mismatch",
                            "'%1': %2 must have the shape of input_ids."),
                {name});
    };
    sameShape(b.attentionMask, "attention_mask");
    sameShape(b.tokenTypes, "token_type_ids");
    if (b.attentionMask.defined() &&
        (b.attentionMask.min().item<int64_t>() < 0 || b.attentionMask.max().item<int64_t>() > 1))
        bad(LMW_MESSAGE("hf_inputs.attention_mask_values",
                        "'%1': attention_mask must hold only 0 and 1."));
    if (b.tokenTypes.defined() && (b.tokenTypes.min().item<int64_t>() < 0 ||
                                   b.tokenTypes.max().item<int64_t>() >= cfg.typeVocab))
        bad(LMW_MESSAGE("hf_inputs.token_types_range",
                        "'%1': token_type_ids must lie between 0 and %2."),
            {std::to_string(cfg.typeVocab - 1)});
    if (labels.defined()) {
        if (labels.dim() != 2 || labels.size(0) != ids.size(0) || labels.size(1) < 1 ||
            labels.size(1) > context)
            bad(LMW_MESSAGE("hf_inputs.labels_shape",
                            "'%1': labels must be a (batch, length) matrix with the batch of "
                            "input_ids, within the context."));
        const auto known =
            labels.eq(kIgnoreIndex).logical_or(labels.ge(0).logical_and(labels.lt(cfg.vocabSize)));
        if (!known.all().item<bool>())
            bad(LMW_MESSAGE("hf_inputs.labels_outside_vocab",
                            "'%1': labels has ids outside the vocabulary (and not -100)."));
        if (cfg.family != ModelFamily::Bart && labels.sizes() != ids.sizes())
            bad(LMW_MESSAGE("hf_inputs.labels_shape_ids",
                            "'%1': labels must have the shape of input_ids."));
    }
}

class OutputWriter {
public:
    void tensor(const std::string& name, const torch::Tensor& t) {
        auto c = t.detach().contiguous();
        if (c.scalar_type() == torch::kLong) {
            writer_.addInt64(
                name, c.sizes().vec(),
                std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel()));
        } else {
            c = c.to(torch::kFloat);
            writer_.addFloat32(
                name, c.sizes().vec(),
                std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
        }
        names_.push_back(name);
    }
    void attentions(const Recorder& rec, const std::string& kind, const std::string& prefix) {
        for (const auto& a : rec.attentions)
            if (a.kind == kind) tensor(prefix + std::to_string(a.layer), a.probs);
    }
    void hidden(const Recorder& rec) {
        for (std::size_t i = 0; i < rec.hiddenStates.size(); ++i)
            tensor("hidden_states." + std::to_string(i), rec.hiddenStates[i]);
    }
    std::vector<std::string> write(const std::string& path) {
        writer_.write(path);
        return names_;
    }

private:
    hf::SafetensorsWriter writer_;
    std::vector<std::string> names_;
};

}  // namespace

std::vector<std::string> hfForward(const std::string& modelDir, const std::string& inputsPath,
                                   const std::string& outPath, const HfForwardOptions& o) {
    applyThreadSetting(0);
    hf::HfModel m = hf::loadModel(modelDir);
    const hf::SafetensorsFile in = hf::SafetensorsFile::open(inputsPath);
    const ModelConfig& cfg = m.model->config();
    torch::NoGradGuard noGrad;
    Recorder rec;
    rec.hidden = true;
    OutputWriter out;
    Batch b;
    b.input = readInt64(in, "input_ids");
    if (in.find("attention_mask")) b.attentionMask = readInt64(in, "attention_mask");
    if (in.find("token_type_ids")) b.tokenTypes = readInt64(in, "token_type_ids");
    checkInputs(b, in.find("labels") ? readInt64(in, "labels") : torch::Tensor(), cfg, inputsPath);

    switch (cfg.family) {
        case ModelFamily::Gpt: {
            // Labels = input ids unless given; Hugging Face shifts them inside the model.
            auto labels = in.find("labels") ? readInt64(in, "labels") : b.input.clone();
            auto shifted = torch::full_like(labels, kIgnoreIndex);
            shifted.slice(1, 0, -1) = labels.slice(1, 1);
            b.labels = shifted;
            const ModelOutput r = m.model->forward(b, &rec);
            out.tensor("logits", r.logits);
            out.tensor("loss", r.loss.reshape({1}));
            out.attentions(rec, "causal", "attentions.");
            out.hidden(rec);
            // Greedy continuation of the first row's first tokens.
            const int64_t prefix = std::min<int64_t>(o.greedyPrefix, b.input.size(1));
            std::vector<int64_t> ids;
            for (int64_t t = 0; t < prefix; ++t) ids.push_back(b.input[0][t].item<int64_t>());
            for (int i = 0; i < o.greedyTokens; ++i) {
                Batch g;
                g.input = torch::tensor(ids, torch::kLong).unsqueeze(0);
                ids.push_back(m.model->forward(g).logits[0][-1].argmax().item<int64_t>());
            }
            out.tensor("greedy_continuation", torch::tensor(ids, torch::kLong).unsqueeze(0));
            break;
        }
        case ModelFamily::Bert:
        case ModelFamily::Roberta: {
            const ModelOutput r = m.model->forward(b, &rec);
            if (cfg.family == ModelFamily::Bert) {
                out.tensor("prediction_logits", r.logits);
                out.tensor("seq_relationship_logits", r.nspLogits);
            } else {
                out.tensor("logits", r.logits);
            }
            out.attentions(rec, "self", "attentions.");
            out.hidden(rec);
            break;
        }
        case ModelFamily::Bart: {
            if (!in.find("labels"))
                throw Error(LMW_MESSAGE("hf_inputs.no_bart_labels",
                                        "'%1' has no 'labels' for the BART decoder."),
                            {inputsPath});
            b.labels = readInt64(in, "labels");
            b.decoderInput = shiftTokensRight(b.labels, cfg.padId, m.decoderStartId);
            const ModelOutput r = m.model->forward(b, &rec);
            out.tensor("logits", r.logits);
            out.tensor("loss", r.loss.reshape({1}));
            out.attentions(rec, "encoder", "encoder_attentions.");
            out.attentions(rec, "decoder", "decoder_attentions.");
            out.attentions(rec, "cross", "cross_attentions.");
            // Plain greedy decoding of the first source: no stop at the end token.
            auto& bart = dynamic_cast<BartModel&>(*m.model);
            Seq2SeqOptions so;
            so.maxTokens = o.greedyTokens;
            so.stopAtEos = false;
            so.startId = m.decoderStartId;
            so.eosId = m.eosId;
            std::vector<int64_t> ids{m.decoderStartId};
            const auto generated = bart.generate(b.input.slice(0, 0, 1), so);
            ids.insert(ids.end(), generated.begin(), generated.end());
            out.tensor("greedy_generation", torch::tensor(ids, torch::kLong).unsqueeze(0));
            break;
        }
        case ModelFamily::Lstm:
            throw Error(LMW_MESSAGE("hf.lstm_no_counterpart",
                                    "LSTM models have no Hugging Face counterpart."));
    }
    return out.write(outPath);
}

}  // namespace lmw
