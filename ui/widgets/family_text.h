// The family registry (core/api/families.h) as the GUI shows it: the same words on every page,
// in the interface's language.
#pragma once

#include <QString>

#include "api/families.h"

namespace lmw::ui {

/// "GPT", "RoBERTa", "LSTM (ULMFiT)".
QString familyDisplayName(ModelFamily family);
/// "GPT decoder", "BART encoder-decoder".
QString familyTitle(ModelFamily family);
/// One sentence with the family's paper.
QString familyDescription(ModelFamily family);
/// How to prompt it, appended to a model's description; empty for plain decoders.
QString familyPromptHint(ModelFamily family);
/// The family's mask token ("[MASK]", "<mask>"); empty where it has none.
QString familyMaskToken(ModelFamily family);

}  // namespace lmw::ui
