#include "hf/model_card.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include "api/families.h"
#include "util/sha256.h"

namespace lmw::hf {

using nlohmann::json;

json generationConfigFor(const ModelConfig& m, const SpecialIds& s) {
    if (m.family != ModelFamily::Gpt && m.family != ModelFamily::Bart) return nullptr;
    json g = {{"_from_model_config", false}};
    if (s.bos >= 0) g["bos_token_id"] = s.bos;
    if (s.eos >= 0) g["eos_token_id"] = s.eos;
    if (s.pad >= 0) g["pad_token_id"] = s.pad;
    if (m.family == ModelFamily::Bart) {
        if (s.eos >= 0) g["decoder_start_token_id"] = s.eos;
        if (s.eos >= 0) g["forced_eos_token_id"] = s.eos;
        g["num_beams"] = 1;
    } else {
        g["do_sample"] = true;
        g["temperature"] = 0.8;
        g["top_k"] = 0;
    }
    g["max_length"] = m.positions > 0 ? m.positions : m.block;
    return g;
}

namespace {

std::string number(double v, int decimals) {
    if (!std::isfinite(v)) return "not recorded";
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << v;
    return s.str();
}

std::string objectiveText(const TrainConfig& t) {
    switch (t.objective.objective) {
        case Objective::Clm:
            return "next-token prediction (causal language modelling)";
        case Objective::Mlm:
            return std::string("masked language modelling (") +
                   (t.objective.dynamicMasking ? "dynamic" : "static") + " masks, " +
                   number(t.objective.maskProb * 100, 0) + "% of tokens)";
        case Objective::MlmNsp:
            return "masked language modelling with next-sentence prediction";
        case Objective::Denoise:
            return "denoising (reconstructing corrupted text)";
    }
    return objectiveName(t.objective.objective);
}

std::string pipelineTag(ModelFamily family) {
    switch (family) {
        case ModelFamily::Gpt:
            return "text-generation";
        case ModelFamily::Bert:
        case ModelFamily::Roberta:
            return "fill-mask";
        case ModelFamily::Bart:
            return "text2text-generation";
        case ModelFamily::Lstm:
            break;
    }
    return "";
}

}  // namespace

std::string modelCard(const ModelCardFacts& f) {
    const FamilyInfo& info = familyInfo(f.model.family);
    const ModelConfig& m = f.model;
    std::ostringstream s;
    s << "---\nlibrary_name: transformers\n";
    if (!pipelineTag(m.family).empty()) s << "pipeline_tag: " << pipelineTag(m.family) << "\n";
    s << "tags:\n- llm-workbench\n- " << familyName(m.family) << "\n---\n\n";
    s << "# A small " << info.displayName << " " << info.architecture << "\n\n";
    s << info.description << "\n\n";
    s << "Trained and exported with LLM Workbench, a desktop application for training small "
         "models of each family in the history of language models and seeing how they behave. "
         "It is a teaching-sized model: expect it to have learned the surface of its corpus, "
         "not general language ability.\n\n";
    s << "## Model\n\n";
    s << "| | |\n|---|---|\n";
    s << "| Family | " << info.displayName << " (" << info.architecture << ") |\n";
    s << "| Parameters | " << f.parameters << " |\n";
    if (m.family == ModelFamily::Bart)
        s << "| Layers | " << m.layers << " encoder, " << m.decoderDepth() << " decoder |\n";
    else
        s << "| Layers | " << m.layers << " |\n";
    s << "| Width | " << m.embed << " (feed-forward " << m.ffnWidth() << ") |\n";
    s << "| Attention heads | " << m.heads << " |\n";
    s << "| Context | " << (m.positions > 0 ? m.positions : m.block) << " tokens |\n";
    s << "| Activation | " << activationName(m.activation) << " |\n";
    s << "| Tokenizer | " << f.tokenizerKind << ", " << f.vocabSize << " tokens |\n\n";
    s << "## Training\n\n";
    s << "| | |\n|---|---|\n";
    s << "| Objective | " << objectiveText(f.train) << " |\n";
    s << "| Corpus | " << (f.corpusName.empty() ? "not recorded" : f.corpusName) << " |\n";
    s << "| Corpus SHA-256 | "
      << (f.corpusSha256.empty() ? "not recorded (the corpus file was not found at export)"
                                 : f.corpusSha256)
      << " |\n";
    s << "| Steps | " << f.step << " of " << f.train.iters << " |\n";
    s << "| Batch | " << f.train.batch << " sequences of " << m.block << " tokens |\n";
    s << "| Learning rate | " << f.train.lr << " peak, " << f.train.warmup
      << " warm-up steps, cosine decay to " << f.train.minLr << " |\n";
    s << "| Optimizer | AdamW (beta1 " << f.train.beta1 << ", beta2 " << f.train.beta2
      << ", weight decay " << f.train.weightDecay << "), gradient clipping " << f.train.gradClip
      << " |\n";
    s << "| Seed | " << f.train.seed << " |\n";
    s << "| Final training loss | " << number(f.finalTrainLoss, 4) << " |\n";
    s << "| Final validation loss | " << number(f.finalValLoss, 4) << " |\n";
    if (!f.created.empty()) s << "| Checkpoint written | " << f.created << " |\n";
    if (!f.exported.empty()) s << "| Exported | " << f.exported << " |\n";
    s << "\nLosses are cross-entropy in nats per predicted token.\n\n";
    s << "## Use\n\n```python\nfrom transformers import AutoModelFor";
    switch (m.family) {
        case ModelFamily::Gpt:
            s << "CausalLM, AutoTokenizer\nmodel = AutoModelForCausalLM";
            break;
        case ModelFamily::Bart:
            s << "Seq2SeqLM, AutoTokenizer\nmodel = AutoModelForSeq2SeqLM";
            break;
        default:
            s << "MaskedLM, AutoTokenizer\nmodel = AutoModelForMaskedLM";
            break;
    }
    s << ".from_pretrained(\"PATH\")\ntokenizer = AutoTokenizer.from_pretrained(\"PATH\")\n```\n\n";
    s << "The files: `config.json` and `model.safetensors` (the weights), `tokenizer.json`, "
         "`tokenizer_config.json` and `special_tokens_map.json` (the tokenizer, which gives the "
         "ids LLM Workbench gives)";
    if (!generationConfigFor(m, SpecialIds{}).is_null())
        s << ", `generation_config.json` (decoding defaults)";
    s << ". The optimizer's state and the learning-rate schedule's position stay in the "
         "workbench checkpoint.\n";
    return s.str();
}

std::string fileSha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "";
    Sha256 sha;
    std::string buffer(1 << 16, '\0');
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        sha.add(std::string_view(buffer.data(), std::size_t(in.gcount())));
    }
    if (in.bad()) return "";
    return sha.hex();
}

}  // namespace lmw::hf
