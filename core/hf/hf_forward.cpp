// hfForward and exportHuggingFace (api/hf.h): runs an imported checkpoint on reference inputs
// and writes its outputs under Hugging Face's names, so that they can be compared with what
// transformers computed; and writes workbench checkpoints in Hugging Face's format.
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

class OutputWriter {
public:
    void tensor(const std::string& name, const torch::Tensor& t) {
        auto c = t.detach().contiguous();
        if (c.scalar_type() == torch::kLong) {
            writer_.addInt64(name, c.sizes().vec(), std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel()));
        } else {
            c = c.to(torch::kFloat);
            writer_.addFloat32(name, c.sizes().vec(), std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel()));
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
            if (!in.find("labels")) throw Error("'" + inputsPath + "' has no 'labels' for the BART decoder.");
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
            throw Error("LSTM models have no Hugging Face counterpart.");
    }
    return out.write(outPath);
}

void exportHuggingFace(const std::string& checkpoint, const std::string& outDir) {
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(checkpoint);
    ModelPtr model = ckpt.buildModel();
    hf::saveModel(*model, ckpt.meta().tokenizer->specials(), outDir);
}

}  // namespace lmw
