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
    if (name == kMetadataKey)
        throw Error(
            LMW_MESSAGE(
                "safetensors_writer.reserved_name",
                "Cannot add tensor '%1' to a safetensors file: the name is reserved for metadata."),
            {name});
    if (!isUtf8(name))
        throw Error(
            LMW_MESSAGE(
                "safetensors_writer.name_not_utf8",
                "Cannot add tensor '%1' to a safetensors file: the name is not valid UTF-8."),
            {name});
    for (const Entry& e : entries_) {
        if (e.name == name)
            throw Error(LMW_MESSAGE("safetensors_writer.duplicate_name",
                                    "Cannot add tensor '%1' to a safetensors file: a tensor with "
                                    "that name was already added."),
                        {name});
    }
    std::uint64_t numel = 1;
    for (std::int64_t d : shape) {
        if (d < 0)
            throw Error(LMW_MESSAGE("safetensors_writer.negative_dimension",
                                    "Cannot add tensor '%1' to a safetensors file: shape %2 has a "
                                    "negative dimension."),
                        {name, shapeText(shape)});
        if (d != 0 && numel > std::numeric_limits<std::uint64_t>::max() / std::uint64_t(d))
            throw Error(
                LMW_MESSAGE("safetensors_writer.shape_too_large",
                            "Cannot add tensor '%1' to a safetensors file: shape %2 is too large."),
                {name, shapeText(shape)});
        numel *= std::uint64_t(d);
    }
    if (numel != count) {
        throw Error(LMW_MESSAGE("safetensors_writer.count_mismatch",
                                "Cannot add tensor '%1' to a safetensors file: shape %2 holds %3 "
                                "elements but %4 were given."),
                    {name, shapeText(shape), std::to_string(numel), std::to_string(count)});
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
            throw Error(
                LMW_MESSAGE("safetensors_writer.metadata_not_utf8",
                            "Safetensors metadata must be UTF-8 text; the entry '%1' is not."),
                {key});
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
