#include "api/families.h"

#include "api/error.h"
#include "api/gui_text.h"

namespace lmw {

const std::vector<FamilyInfo>& families() {
    static const std::vector<FamilyInfo> table = [] {
        std::vector<FamilyInfo> t;
        FamilyInfo lstm;
        lstm.family = ModelFamily::Lstm;
        lstm.id = "lstm";
        lstm.displayName = LMW_UI_TEXT("ModelFamily", "LSTM (ULMFiT)");
        lstm.title = LMW_UI_TEXT("ModelFamily", "LSTM decoder");
        lstm.architecture = LMW_UI_TEXT("ModelFamily", "recurrent language model");
        lstm.description = LMW_UI_TEXT("ModelFamily",
                                       "ULMFiT's three-layer AWD-LSTM language model (Howard & "
                                       "Ruder 2018); heads do not apply.");
        lstm.objective = Objective::Clm;
        lstm.continuesText = true;
        lstm.classifies = true;
        t.push_back(lstm);

        FamilyInfo bert;
        bert.family = ModelFamily::Bert;
        bert.id = "bert";
        bert.displayName = LMW_UI_TEXT("ModelFamily", "BERT");
        bert.title = LMW_UI_TEXT("ModelFamily", "BERT encoder");
        bert.architecture = LMW_UI_TEXT("ModelFamily", "encoder");
        bert.description = LMW_UI_TEXT("ModelFamily",
                                       "Reads in both directions; learns to fill masked tokens and "
                                       "to tell whether two sentences "
                                       "follow each other (Devlin et al. 2018).");
        bert.promptHint = LMW_UI_TEXT(
            "ModelFamily", " · an encoder: write [MASK] in the prompt and it fills every mask");
        bert.maskToken = "[MASK]";
        bert.objective = Objective::MlmNsp;
        bert.fillsMasks = true;
        bert.hasAttention = true;
        bert.classifies = true;
        bert.exportsToHuggingFace = true;
        t.push_back(bert);

        FamilyInfo roberta = bert;
        roberta.family = ModelFamily::Roberta;
        roberta.id = "roberta";
        roberta.displayName = LMW_UI_TEXT("ModelFamily", "RoBERTa");
        roberta.title = LMW_UI_TEXT("ModelFamily", "RoBERTa encoder");
        roberta.description = LMW_UI_TEXT("ModelFamily",
                                          "BERT without next-sentence prediction, with masks drawn "
                                          "anew each time (Liu et al. 2019).");
        roberta.promptHint = LMW_UI_TEXT(
            "ModelFamily", " · an encoder: write <mask> in the prompt and it fills every mask");
        roberta.maskToken = "<mask>";
        roberta.objective = Objective::Mlm;
        t.push_back(roberta);

        FamilyInfo gpt;
        gpt.family = ModelFamily::Gpt;
        gpt.id = "gpt";
        gpt.displayName = LMW_UI_TEXT("ModelFamily", "GPT");
        gpt.title = LMW_UI_TEXT("ModelFamily", "GPT decoder");
        gpt.architecture = LMW_UI_TEXT("ModelFamily", "decoder");
        gpt.description =
            LMW_UI_TEXT("ModelFamily",
                        "Reads left to right and predicts each next token (Radford et al. 2018).");
        gpt.objective = Objective::Clm;
        gpt.continuesText = true;
        gpt.hasAttention = true;
        gpt.classifies = true;
        gpt.exportsToHuggingFace = true;
        t.push_back(gpt);

        FamilyInfo bart;
        bart.family = ModelFamily::Bart;
        bart.id = "bart";
        bart.displayName = LMW_UI_TEXT("ModelFamily", "BART");
        bart.title = LMW_UI_TEXT("ModelFamily", "BART encoder-decoder");
        bart.architecture = LMW_UI_TEXT("ModelFamily", "encoder-decoder");
        bart.description = LMW_UI_TEXT("ModelFamily",
                                       "An encoder reads a corrupted text, a decoder writes the "
                                       "original (Lewis et al. 2019).");
        bart.promptHint = LMW_UI_TEXT(
            "ModelFamily",
            " · an encoder-decoder: it rewrites the prompt (try <mask> for missing words)");
        bart.maskToken = "<mask>";
        bart.objective = Objective::Denoise;
        bart.rewrites = true;
        bart.hasAttention = true;
        bart.classifies = true;
        bart.exportsToHuggingFace = true;
        t.push_back(bart);
        return t;
    }();
    return table;
}

const FamilyInfo& familyInfo(ModelFamily family) {
    for (const FamilyInfo& f : families())
        if (f.family == family) return f;
    throw Error(LMW_MESSAGE("config.unknown_family_value", "Unknown model family."));
}

}  // namespace lmw
