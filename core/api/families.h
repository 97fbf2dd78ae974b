// The model families in one table: what each is called, what it is, which paper introduced it,
// what it was trained on, and what it can do in the workbench. Every page of the GUI and the
// CLI read this instead of switching over ModelFamily themselves, so a family is described
// the same way everywhere and a new one is added in one place (plus its model file).
//
// Plain C++ (no torch, no Qt): the strings are English; the GUI translates them (context
// "ModelFamily").
#pragma once

#include <string>
#include <vector>

#include "api/configs.h"

namespace lmw {

struct FamilyInfo {
    ModelFamily family = ModelFamily::Gpt;
    const char* id = "";            // "gpt": names in files and on the command line
    const char* displayName = "";   // "GPT", "RoBERTa", "LSTM (ULMFiT)"
    const char* title = "";         // "GPT decoder": the name with what it is
    const char* architecture = "";  // "decoder", "encoder", "encoder-decoder", "recurrent LM"
    const char* description = "";   // one sentence with its paper, for the Train form
    const char* promptHint = "";    // how to prompt it, after the sample box's source; may be ""
    const char* maskToken = "";     // "[MASK]", "<mask>", or "" where the family has none
    Objective objective = Objective::Clm;  // the objective it was introduced with

    // What the workbench can do with it.
    bool continuesText = false;  // generates the next tokens (Playground, Prompt lab)
    bool fillsMasks = false;     // fill-mask (Playground, the encoder side of Compare)
    bool rewrites = false;       // denoises / rewrites its input (BART)
    bool hasAttention = false;   // the Attention tab and the Compare tab's maps
    bool classifies = false;     // a classification head can be fine-tuned on it (ULMFiT wizard)
    bool exportsToHuggingFace = false;  // export-hf (with the family's own block layout)
};

/// Every family, in the order the history goes: LSTM, BERT, RoBERTa, GPT, BART.
const std::vector<FamilyInfo>& families();
/// The row of `family` (every value of the enum has one).
const FamilyInfo& familyInfo(ModelFamily family);

}  // namespace lmw
