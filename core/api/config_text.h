// Configurations as JSON text, for files the GUI writes (experiment files): the same objects as
// a run folder's config.json ("model" and "train"), so a configuration reads back exactly.
#pragma once

#include <string>

#include "api/configs.h"

namespace lmw {

/// {"model": {...}, "train": {...}} as compact JSON text.
std::string configsToJsonText(const ModelConfig& model, const TrainConfig& train);

/// Reads text written by configsToJsonText (or a run's config.json). Throws lmw::Error naming
/// the field that is missing or of the wrong type.
void configsFromJsonText(const std::string& text, ModelConfig& model, TrainConfig& train);

}  // namespace lmw
