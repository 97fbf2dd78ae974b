// Hugging Face checkpoints (config.json + model.safetensors) in and out (no torch, no Qt).
// Supported: GPT2LMHeadModel, BertForPreTraining, RobertaForMaskedLM and
// BartForConditionalGeneration.
#pragma once

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
/// Hugging Face checkpoint folder: config.json + model.safetensors. Throws lmw::Error.
void exportHuggingFace(const std::string& checkpoint, const std::string& outDir);

}  // namespace lmw
