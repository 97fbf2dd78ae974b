// Any bytes as the JSON of a run folder's config.json / summary.json: read into the engine's
// configurations and checked by validateConfig, or refused with lmw::Error. JSON that does not
// parse is the JSON reader's business and ends the input here.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/configs.h"
#include "api/error.h"
#include "session/config_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto j = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return 0;  // the run store reads objects only
    try {
        const lmw::ModelConfig m = lmw::modelConfigFromJson(j.contains("model") ? j["model"] : j);
        const lmw::TrainConfig t = lmw::trainConfigFromJson(j.contains("train") ? j["train"] : j);
        try {
            lmw::validateConfig(m, t);
            (void)lmw::parameterCount(m);
        } catch (const lmw::Error&) {
        }
        (void)lmw::toJson(m).dump();
        (void)lmw::toJson(t).dump();
    } catch (const lmw::Error&) {
    }
    try {
        (void)lmw::runSummaryFromJson(j);
    } catch (const lmw::Error&) {
    }
    return 0;
}
