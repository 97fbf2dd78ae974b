// Hugging Face checkpoints (config.json + model.safetensors) in and out (no torch, no Qt).
// Supported: GPT2LMHeadModel, BertForPreTraining, RobertaForMaskedLM and
// BartForConditionalGeneration.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lmw {

struct HfForwardOptions {
    int greedyPrefix = 5;   // GPT-2: the greedy continuation starts from input_ids[:1, :prefix]
    int greedyTokens = 10;  // tokens the greedy decoding adds (GPT-2 and BART)
};

/// Runs the checkpoint in `modelDir` on the tensors of `inputsPath` (input_ids, and where the
/// model uses them token_type_ids, attention_mask, labels) and writes every output under
/// Hugging Face's names to `outPath`: logits (or prediction_logits and
/// seq_relationship_logits), loss, attentions.N, encoder_attentions.N, decoder_attentions.N,
/// cross_attentions.N, hidden_states.N, and the greedy decoding (greedy_continuation for
/// GPT-2, greedy_generation for BART). Returns the names written. Throws lmw::Error.
std::vector<std::string> hfForward(const std::string& modelDir, const std::string& inputsPath,
                                   const std::string& outPath,
                                   const HfForwardOptions& options = {});

/// Writes a workbench checkpoint of the GPT (with biases), BERT, RoBERTa or BART family as a
/// complete Hugging Face folder: config.json, model.safetensors ("format": "pt"), the tokenizer
/// (tokenizer.json, tokenizer_config.json, special_tokens_map.json), generation_config.json for
/// GPT and BART, and a README.md model card. A model no Hugging Face class can hold is refused
/// with one sentence saying why, before anything is written. Throws lmw::Error.
void exportHuggingFace(const std::string& checkpoint, const std::string& outDir);

/// The tokenizer of the model at `model` (a checkpoint, a run folder or a Hugging Face GPT-2
/// folder) reading text the way the tokenizer export-hf writes for it does: special tokens'
/// texts ("[MASK]", "<s>") become those tokens. Loaded once, it encodes any number of texts.
class HuggingFaceTokenizer {
public:
    static HuggingFaceTokenizer load(const std::string& model);  // throws lmw::Error
    HuggingFaceTokenizer(HuggingFaceTokenizer&&) noexcept;
    HuggingFaceTokenizer& operator=(HuggingFaceTokenizer&&) noexcept;
    ~HuggingFaceTokenizer();

    /// The ids of `text`; with `addSpecial` the family's [CLS] ... [SEP] or <s> ... </s>
    /// around them. Throws lmw::Error for text the tokenizer cannot represent.
    std::vector<std::int32_t> encode(const std::string& text, bool addSpecial) const;

private:
    struct Impl;
    explicit HuggingFaceTokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace lmw
