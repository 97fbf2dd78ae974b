// Any bytes as a safetensors file: the reader either refuses them with lmw::Error or gives
// tensors whose every value can be read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/error.h"
#include "hf/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto file = lmw::hf::SafetensorsFile::fromBytes(
            std::string(reinterpret_cast<const char*>(data), size), "fuzz.safetensors");
        for (const auto& tensor : file.tensors()) {
            const std::string& name = tensor.name;
            (void)file.rawData(name);
            try {
                (void)file.toFloat32(name);
            } catch (const lmw::Error&) {
            }
            try {
                (void)file.toInt64(name);
            } catch (const lmw::Error&) {
            }
        }
    } catch (const lmw::Error&) {
    }
    return 0;
}
