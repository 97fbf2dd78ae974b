// The safetensors writer: tensors in insertion order, a JSON header padded to 8 bytes, every
// value little-endian, written atomically.
#include <cstring>
#include <limits>

#include <nlohmann/json.hpp>

#include "api/error.h"
#include "hf/safetensors.h"
#include "hf/safetensors_text.h"
#include "util/system.h"

namespace lmw::hf {

using detail::inQuotes;
using detail::isUtf8;
using detail::kMetadataKey;
using detail::shapeText;
using detail::store32;
using detail::store64;

namespace {
using OrderedJson = nlohmann::ordered_json;
}  // namespace

void SafetensorsWriter::add(const std::string& name, DType dtype, std::vector<std::int64_t> shape,
                            std::size_t count, std::string bytes) {
    const std::string what = "Cannot add tensor " + inQuotes(name) + " to a safetensors file: ";
    if (name == kMetadataKey) throw Error(what + "the name is reserved for metadata.");
    if (!isUtf8(name)) throw Error(what + "the name is not valid UTF-8.");
    for (const Entry& e : entries_) {
        if (e.name == name) throw Error(what + "a tensor with that name was already added.");
    }
    std::uint64_t numel = 1;
    for (std::int64_t d : shape) {
        if (d < 0) throw Error(what + "shape " + shapeText(shape) + " has a negative dimension.");
        if (d != 0 && numel > std::numeric_limits<std::uint64_t>::max() / std::uint64_t(d))
            throw Error(what + "shape " + shapeText(shape) + " is too large.");
        numel *= std::uint64_t(d);
    }
    if (numel != count) {
        throw Error(what + "shape " + shapeText(shape) + " holds " + std::to_string(numel) +
                    " elements but " + std::to_string(count) + " were given.");
    }
    entries_.push_back(Entry{name, dtype, std::move(shape), std::move(bytes)});
}

void SafetensorsWriter::addFloat32(const std::string& name, std::vector<std::int64_t> shape,
                                   const std::vector<float>& data) {
    std::string bytes;
    bytes.reserve(data.size() * 4);
    for (float f : data) {
        std::uint32_t bits;
        std::memcpy(&bits, &f, sizeof bits);
        store32(bytes, bits);
    }
    add(name, DType::F32, std::move(shape), data.size(), std::move(bytes));
}

void SafetensorsWriter::addInt64(const std::string& name, std::vector<std::int64_t> shape,
                                 const std::vector<std::int64_t>& data) {
    std::string bytes;
    bytes.reserve(data.size() * 8);
    for (std::int64_t v : data) store64(bytes, static_cast<std::uint64_t>(v));
    add(name, DType::I64, std::move(shape), data.size(), std::move(bytes));
}

void SafetensorsWriter::setMetadata(std::map<std::string, std::string> metadata) {
    for (const auto& [key, value] : metadata) {
        if (!isUtf8(key) || !isUtf8(value)) {
            throw Error("Safetensors metadata must be UTF-8 text; the entry " + inQuotes(key) +
                        " is not.");
        }
    }
    metadata_ = std::move(metadata);
}

std::string SafetensorsWriter::toBytes() const {
    OrderedJson header = OrderedJson::object();
    if (!metadata_.empty()) {
        OrderedJson meta = OrderedJson::object();
        for (const auto& [key, value] : metadata_) meta[key] = value;
        header[kMetadataKey] = std::move(meta);
    }
    std::uint64_t offset = 0;
    for (const Entry& e : entries_) {
        OrderedJson entry = OrderedJson::object();
        entry["dtype"] = dtypeName(e.dtype);
        entry["shape"] = e.shape;
        entry["data_offsets"] = OrderedJson::array({offset, offset + e.bytes.size()});
        offset += e.bytes.size();
        header[e.name] = std::move(entry);
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');

    std::string out;
    out.reserve(8 + text.size() + offset);
    store64(out, text.size());
    out += text;
    for (const Entry& e : entries_) out += e.bytes;
    return out;
}

void SafetensorsWriter::write(const std::string& path) const {
    sys::writeFileAtomically(path, toBytes());
}

}  // namespace lmw::hf
