// One line naming a model's shape for the Playground's summary: layers, width, heads, and for
// transformers the position encoding and whether an encoder is built from GPT blocks.
#pragma once

#include <QString>

#include "api/configs.h"

namespace lmw::ui {

QString modelSizeText(const ModelConfig& config);

}  // namespace lmw::ui
