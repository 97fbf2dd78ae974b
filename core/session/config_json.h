// JSON form of the configuration structs, shared by checkpoints and run folders.
#pragma once

#include <nlohmann/json.hpp>

#include "api/configs.h"
#include "api/events.h"

namespace lmw {

nlohmann::json toJson(const ModelConfig& m);
nlohmann::json toJson(const TrainConfig& t);
nlohmann::json toJson(const ObjectiveConfig& o);
nlohmann::json toJson(const RunSummary& s);
/// These throw lmw::Error naming the missing or mistyped field.
ModelConfig modelConfigFromJson(const nlohmann::json& j);
TrainConfig trainConfigFromJson(const nlohmann::json& j);
RunSummary runSummaryFromJson(const nlohmann::json& j);

}  // namespace lmw
