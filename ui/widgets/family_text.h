// The family registry (core/api/families.h) as the GUI shows it: the same words on every page,
// in the interface's language.
#pragma once

#include <QString>

#include <string>

#include "api/configs.h"
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
/// A position encoding's short name ("absolute", "RoPE", "ALiBi") and its one-sentence
/// description, in the interface's language.
QString positionEncodingLabel(PositionEncoding p);
QString positionEncodingTooltip(PositionEncoding p);
/// A size preset's name or description (api/configs.h sizePresets()), translated.
QString sizePresetText(const std::string& english);

/// The family's mask token ("[MASK]", "<mask>"); empty where it has none.
QString familyMaskToken(ModelFamily family);

}  // namespace lmw::ui
