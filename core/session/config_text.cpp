#include "api/config_text.h"

#include "api/error.h"
#include "session/config_json.h"

namespace lmw {

std::string configsToJsonText(const ModelConfig& model, const TrainConfig& train) {
    return nlohmann::json{{"model", toJson(model)}, {"train", toJson(train)}}.dump();
}

void configsFromJsonText(const std::string& text, ModelConfig& model, TrainConfig& train) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw Error(LMW_MESSAGE("config_text.not_json", "The configuration is not a JSON object."));
    if (!j.contains("model") || !j["model"].is_object())
        throw Error(
            LMW_MESSAGE("config_text.no_model", "The configuration has no \"model\" object."));
    if (!j.contains("train") || !j["train"].is_object())
        throw Error(
            LMW_MESSAGE("config_text.no_train", "The configuration has no \"train\" object."));
    ModelConfig m = modelConfigFromJson(j["model"]);
    TrainConfig t = trainConfigFromJson(j["train"]);
    model = m;
    train = t;
}

}  // namespace lmw
