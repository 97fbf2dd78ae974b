// The safetensors reader validates the header completely (types, ranges, sizes, layout) before
// it hands out a TensorInfo, so the conversions below can index the bytes without further
// checks. All multi-byte values are decoded and encoded explicitly as little-endian.
#include "hf/safetensors.h"
#include "hf/safetensors_text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>

#include <nlohmann/json.hpp>

#include "api/error.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw::hf {

using detail::inQuotes;
using detail::isUtf8;
using detail::kMetadataKey;
using detail::shapeText;

namespace {

// Reading streams the header (HeaderParser) and builds only small per-tensor values; writing
// keeps insertion order.
using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::uint64_t kMaxHeaderBytes = 100ull * 1000 * 1000;  // as in the reference reader
constexpr std::uint64_t kMaxFileBytes = 8ull << 30;
constexpr int kMaxJsonDepth = 16;  // the format itself needs 3 levels

struct DTypeName {
    DType dtype;
    const char* name;
};
constexpr DTypeName kDTypes[] = {
    {DType::F64, "F64"}, {DType::F32, "F32"},   {DType::F16, "F16"}, {DType::BF16, "BF16"},
    {DType::I64, "I64"}, {DType::I32, "I32"},   {DType::I16, "I16"}, {DType::I8, "I8"},
    {DType::U8, "U8"},   {DType::Bool, "BOOL"},
};

// Safetensors dtypes that exist but that this reader does not convert.
constexpr const char* kOtherKnownDTypes[] = {"U16",     "U32",     "U64",     "C64",     "F8_E4M3",
                                             "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4"};

bool parseDType(const std::string& name, DType& out) {
    for (const DTypeName& d : kDTypes) {
        if (name == d.name) {
            out = d.dtype;
            return true;
        }
    }
    return false;
}

bool isOtherKnownDType(const std::string& name) {
    return std::any_of(std::begin(kOtherKnownDTypes), std::end(kOtherKnownDTypes),
                       [&](const char* n) { return name == n; });
}

std::string offsetsText(std::uint64_t begin, std::uint64_t end) {
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + "]";
}

std::string bytesText(std::uint64_t n) {
    return std::to_string(n) + (n == 1 ? " byte" : " bytes");
}

// Throws the one-sentence error for a malformed file.
[[noreturn]] void fail(const std::string& file, const std::string& problem) {
    throw Error(LMW_MESSAGE("safetensors.invalid", "'%1' is not a valid safetensors file: %2."),
                {file, problem});
}

std::uint16_t load16(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}

std::uint32_t load32(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return std::uint32_t(b[0]) | (std::uint32_t(b[1]) << 8) | (std::uint32_t(b[2]) << 16) |
           (std::uint32_t(b[3]) << 24);
}

std::uint64_t load64(const char* p) {
    return std::uint64_t(load32(p)) | (std::uint64_t(load32(p + 4)) << 32);
}

float floatFromBits(std::uint32_t bits) {
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// double -> float, rounding to nearest; values that round past the float range become +/-inf
// (converting them directly would be undefined behaviour in C++).
float narrowToFloat(double d) {
    // Halfway between FLT_MAX = 2^128 - 2^104 and 2^128; ties round to even, i.e. up to inf.
    const double overflow = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
    if (std::fabs(d) >= overflow) {
        return d > 0 ? std::numeric_limits<float>::infinity()
                     : -std::numeric_limits<float>::infinity();
    }
    return static_cast<float>(d);  // NaN stays NaN
}

// A JSON value as a non-negative integer that fits in int64; false otherwise.
bool nonNegativeInteger(const Json& v, std::uint64_t& out) {
    if (v.is_number_unsigned()) {
        out = v.get<std::uint64_t>();
        return out <= std::uint64_t(std::numeric_limits<std::int64_t>::max());
    }
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0) {
        out = static_cast<std::uint64_t>(v.get<std::int64_t>());
        return true;
    }
    return false;
}

TensorInfo parseEntry(const std::string& file, const std::string& name, const Json& entry,
                      std::uint64_t dataSize) {
    auto bad = [&](const std::string& what) {
        fail(file, "tensor " + inQuotes(name) + " " + what);
    };
    if (!entry.is_object()) bad("is not described by a JSON object");

    TensorInfo info;
    info.name = name;

    const auto dtype = entry.find("dtype");
    if (dtype == entry.end()) bad("has no dtype");
    if (!dtype->is_string()) bad("has a dtype that is not a string");
    const std::string& dtypeText = dtype->get_ref<const std::string&>();
    if (!parseDType(dtypeText, info.dtype)) {
        if (isOtherKnownDType(dtypeText))
            bad("has dtype " + inQuotes(dtypeText) + ", which is not supported");
        bad("has unknown dtype " + inQuotes(dtypeText));
    }

    const auto shape = entry.find("shape");
    if (shape == entry.end()) bad("has no shape");
    if (!shape->is_array()) bad("has a shape that is not a list");
    for (const Json& dim : *shape) {
        std::uint64_t d = 0;
        if (dim.is_number_integer() && !dim.is_number_unsigned() && dim.get<std::int64_t>() < 0)
            bad("has a negative dimension (" + std::to_string(dim.get<std::int64_t>()) + ")");
        if (dim.is_number_unsigned() && !nonNegativeInteger(dim, d))
            bad("has a dimension too large to be real (" +
                std::to_string(dim.get<std::uint64_t>()) + ")");
        if (!nonNegativeInteger(dim, d)) bad("has a shape entry that is not an integer");
        info.shape.push_back(static_cast<std::int64_t>(d));
    }
    // The element count, refusing overflow; any zero dimension makes it 0.
    std::int64_t numel = 1;
    if (std::find(info.shape.begin(), info.shape.end(), 0) != info.shape.end()) {
        numel = 0;
    } else {
        for (std::int64_t d : info.shape) {
            if (numel > std::numeric_limits<std::int64_t>::max() / d)
                bad("has shape " + shapeText(info.shape) + " whose element count overflows");
            numel *= d;
        }
    }
    const std::uint64_t elementSize = dtypeSize(info.dtype);
    if (std::uint64_t(numel) >
        std::uint64_t(std::numeric_limits<std::int64_t>::max()) / elementSize)
        bad("has shape " + shapeText(info.shape) + " whose byte size overflows");
    const std::uint64_t expectedBytes = std::uint64_t(numel) * elementSize;

    const auto offsets = entry.find("data_offsets");
    if (offsets == entry.end()) bad("has no data_offsets");
    if (!offsets->is_array() || offsets->size() != 2 ||
        !nonNegativeInteger((*offsets)[0], info.begin) ||
        !nonNegativeInteger((*offsets)[1], info.end)) {
        bad("has data_offsets that are not two non-negative integers");
    }
    if (info.begin > info.end) {
        bad("has data_offsets " + offsetsText(info.begin, info.end) +
            " whose begin is after its end");
    }
    if (info.end > dataSize) {
        bad("has data_offsets " + offsetsText(info.begin, info.end) +
            " past the end of the data section (" + bytesText(dataSize) + ")");
    }
    if (info.end - info.begin != expectedBytes) {
        bad("has shape " + shapeText(info.shape) + " of " + dtypeText + " (" +
            bytesText(expectedBytes) + ") but data_offsets " + offsetsText(info.begin, info.end) +
            " (" + bytesText(info.end - info.begin) + "): shape/size mismatch");
    }
    return info;
}

std::map<std::string, std::string> parseMetadata(const std::string& file, const Json& value) {
    if (!value.is_object()) fail(file, "__metadata__ is not a map of strings to strings");
    std::map<std::string, std::string> out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it.value().is_string()) {
            fail(file, "__metadata__ is not a map of strings to strings (the value of " +
                           inQuotes(it.key()) + " is not a string)");
        }
        out[it.key()] = it.value().get<std::string>();
    }
    return out;
}

// Streaming parser for the header: each top-level entry is built as a small JSON value,
// validated and turned into a TensorInfo as soon as it is complete, so the header is never held
// as one big JSON document. It rejects what nlohmann::json would silently accept: duplicate keys
// (at any level) and absurd nesting.
class HeaderParser {
public:
    struct Result {
        std::vector<TensorInfo> tensors;  // in header order
        std::map<std::string, std::size_t> index;
        std::map<std::string, std::string> metadata;
    };

    HeaderParser(const std::string& file, std::uint64_t dataSize)
        : file_(file), dataSize_(dataSize) {}

    Result parse(std::string_view text) {
        if (!Json::sax_parse(text.begin(), text.end(), this)) {
            fail(file_, errorId_ == 406 ? "the header is not valid JSON (a number is out of range)"
                                        : "the header is not valid JSON (error at byte " +
                                              std::to_string(errorByte_) + " of the header)");
        }
        return std::move(result_);
    }

    // nlohmann::json SAX interface.
    bool null() { return value(Json(nullptr)); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t&) { return value(Json(v)); }
    bool string(Json::string_t& v) { return value(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return false; }  // never produced from JSON text
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(Json::string_t& k) {
        if (depth_ == 1) {
            const bool seen = k == kMetadataKey ? sawMetadata_ : result_.index.count(k) > 0;
            if (seen && k == kMetadataKey) fail(file_, "__metadata__ appears twice");
            if (seen) fail(file_, "tensor " + inQuotes(k) + " appears twice");
            entryName_ = std::move(k);
            return true;
        }
        Json& object = *open_.back();
        if (object.contains(k)) {
            fail(file_,
                 "key " + inQuotes(k) + " appears twice in " +
                     (entryName_ == kMetadataKey ? std::string(kMetadataKey)
                                                 : "the entry of tensor " + inQuotes(entryName_)));
        }
        slot_ = &object[k];
        return true;
    }
    bool parse_error(std::size_t byte, const std::string&, const Json::exception& e) {
        errorByte_ = byte;
        errorId_ = e.id;
        return false;
    }

private:
    // Places a value inside the current entry: appended to the innermost open array, or stored
    // under the last key of the innermost open object.
    Json* place(Json&& v) {
        Json& container = *open_.back();
        if (container.is_array()) {
            container.push_back(std::move(v));
            return &container.back();
        }
        *slot_ = std::move(v);
        return slot_;
    }

    bool value(Json&& v) {
        if (depth_ == 0) fail(file_, "the header is not a JSON object");
        if (depth_ == 1) {
            entry_ = std::move(v);
            finishEntry();
        } else {
            place(std::move(v));
        }
        return true;
    }

    bool open(Json&& container) {
        if (depth_ == 0) {
            if (!container.is_object()) fail(file_, "the header is not a JSON object");
        } else if (depth_ >= kMaxJsonDepth) {
            fail(file_, "the header is nested too deeply");
        } else if (depth_ == 1) {
            entry_ = std::move(container);
            open_.assign(1, &entry_);
        } else {
            open_.push_back(place(std::move(container)));
        }
        ++depth_;
        return true;
    }

    bool close() {
        --depth_;
        if (depth_ == 0) return true;  // the end of the header object
        open_.pop_back();
        if (depth_ == 1) finishEntry();
        return true;
    }

    void finishEntry() {
        if (entryName_ == kMetadataKey) {
            sawMetadata_ = true;
            result_.metadata = parseMetadata(file_, entry_);
        } else {
            result_.index[entryName_] = result_.tensors.size();
            result_.tensors.push_back(parseEntry(file_, entryName_, entry_, dataSize_));
        }
        entry_ = Json();
    }

    const std::string& file_;
    const std::uint64_t dataSize_;
    Result result_;
    int depth_ = 0;            // open objects and arrays, the header object included
    std::string entryName_;    // the top-level key being parsed
    Json entry_;               // its value, while it is being built
    std::vector<Json*> open_;  // the open containers inside entry_, innermost last
    Json* slot_ = nullptr;     // where the value after the last key goes
    bool sawMetadata_ = false;
    std::size_t errorByte_ = 0;
    int errorId_ = 0;
};

// The tensors must tile the data section: sorted by offset, each begins where the previous one
// ended, and the last one ends at the end of the file.
void checkLayout(const std::string& file, const std::vector<TensorInfo>& tensors,
                 std::uint64_t dataSize) {
    std::vector<const TensorInfo*> sorted;
    sorted.reserve(tensors.size());
    for (const TensorInfo& t : tensors) sorted.push_back(&t);
    std::sort(sorted.begin(), sorted.end(), [](const TensorInfo* a, const TensorInfo* b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
    });
    std::uint64_t covered = 0;
    const TensorInfo* previous = nullptr;
    for (const TensorInfo* t : sorted) {
        if (t->begin < covered) {
            fail(file, "tensors " + inQuotes(previous->name) + " " +
                           offsetsText(previous->begin, previous->end) + " and " +
                           inQuotes(t->name) + " " + offsetsText(t->begin, t->end) + " overlap");
        }
        if (t->begin > covered) {
            fail(file, bytesText(t->begin - covered) + " before tensor " + inQuotes(t->name) +
                           " belong to no tensor (a gap in the data section)");
        }
        covered = t->end;
        previous = t;
    }
    if (covered < dataSize) {
        fail(file, bytesText(dataSize - covered) +
                       " at the end of the data section belong to no tensor (trailing bytes)");
    }
}

}  // namespace

// --- dtypes and conversions -------------------------------------------------------------------

std::size_t dtypeSize(DType dtype) {
    switch (dtype) {
        case DType::F64:
        case DType::I64:
            return 8;
        case DType::F32:
        case DType::I32:
            return 4;
        case DType::F16:
        case DType::BF16:
        case DType::I16:
            return 2;
        case DType::I8:
        case DType::U8:
        case DType::Bool:
            return 1;
    }
    return 1;
}

std::string dtypeName(DType dtype) {
    for (const DTypeName& d : kDTypes) {
        if (d.dtype == dtype) return d.name;
    }
    return "?";
}

std::int64_t TensorInfo::numel() const {
    std::int64_t n = 1;
    for (std::int64_t d : shape) n *= d;
    return n;
}

float halfToFloat(std::uint16_t bits) {
    const std::uint32_t sign = std::uint32_t(bits & 0x8000u) << 16;
    const std::uint32_t exponent = (bits >> 10) & 0x1Fu;
    std::uint32_t mantissa = bits & 0x3FFu;
    if (exponent == 0x1F) return floatFromBits(sign | 0x7F800000u | (mantissa << 13));  // inf, NaN
    if (exponent != 0)
        return floatFromBits(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
    if (mantissa == 0) return floatFromBits(sign);  // +/-0
    // Subnormal half (mantissa x 2^-24): normal in float. Shift the leading one into the
    // implicit-bit position, lowering the exponent by one per shift from that of 2^-14.
    std::uint32_t floatExponent = 127 - 14;
    while ((mantissa & 0x400u) == 0) {
        mantissa <<= 1;
        --floatExponent;
    }
    return floatFromBits(sign | (floatExponent << 23) | ((mantissa & 0x3FFu) << 13));
}

float bfloat16ToFloat(std::uint16_t bits) {
    return floatFromBits(std::uint32_t(bits) << 16);
}

// --- SafetensorsFile --------------------------------------------------------------------------

SafetensorsFile SafetensorsFile::open(const std::string& path) {
    return fromBytes(sys::readFile(path, static_cast<std::int64_t>(kMaxFileBytes)), path);
}

SafetensorsFile SafetensorsFile::fromBytes(std::string bytes, const std::string& nameForMessages) {
    const std::string& file = nameForMessages;
    const std::uint64_t size = bytes.size();
    if (size == 0) fail(file, "the file is empty");
    if (size < 8) {
        fail(file, "the file is only " + bytesText(size) +
                       " long, too short for the 8-byte header length");
    }
    if (size > kMaxFileBytes) fail(file, "the file is larger than 8 GiB");
    const std::uint64_t headerSize = load64(bytes.data());
    if (headerSize > kMaxHeaderBytes) {
        fail(file, "the header length (" + bytesText(headerSize) + ") is absurd, more than 100 MB");
    }
    if (headerSize > size - 8) {
        fail(file, "the header length (" + bytesText(headerSize) +
                       ") runs past the end of the file (" + bytesText(size) + ")");
    }
    const std::string_view headerText(bytes.data() + 8, headerSize);
    if (!isUtf8(headerText)) fail(file, "the header is not valid UTF-8");
    SafetensorsFile out;
    out.name_ = nameForMessages;
    out.dataStart_ = 8 + headerSize;
    const std::uint64_t dataSize = size - out.dataStart_;
    try {
        HeaderParser::Result header = HeaderParser(file, dataSize).parse(headerText);
        out.tensors_ = std::move(header.tensors);
        out.index_ = std::move(header.index);
        out.metadata_ = std::move(header.metadata);
    } catch (const std::bad_alloc&) {
        fail(file, "the header is too large to parse in the available memory");
    }
    checkLayout(file, out.tensors_, dataSize);
    out.bytes_ = std::move(bytes);
    return out;
}

const TensorInfo* SafetensorsFile::find(const std::string& name) const {
    const auto it = index_.find(name);
    return it == index_.end() ? nullptr : &tensors_[it->second];
}

const TensorInfo& SafetensorsFile::at(const std::string& name) const {
    const TensorInfo* t = find(name);
    if (!t)
        throw Error(LMW_MESSAGE("safetensors.tensor_missing", "Tensor '%1' is missing from '%2'."),
                    {name, name_});
    return *t;
}

std::string_view SafetensorsFile::dataSection() const {
    return std::string_view(bytes_).substr(dataStart_);
}

std::string_view SafetensorsFile::rawData(const std::string& name) const {
    const TensorInfo& t = at(name);
    return dataSection().substr(t.begin, t.end - t.begin);
}

std::vector<float> SafetensorsFile::toFloat32(const std::string& name) const {
    const TensorInfo& t = at(name);
    const char* p = dataSection().data() + t.begin;
    const auto n = static_cast<std::size_t>(t.numel());
    std::vector<float> out(n);
    switch (t.dtype) {
        case DType::F32:
            for (std::size_t i = 0; i < n; ++i) out[i] = floatFromBits(load32(p + 4 * i));
            break;
        case DType::F16:
            for (std::size_t i = 0; i < n; ++i) out[i] = halfToFloat(load16(p + 2 * i));
            break;
        case DType::BF16:
            for (std::size_t i = 0; i < n; ++i) out[i] = bfloat16ToFloat(load16(p + 2 * i));
            break;
        case DType::F64:
            for (std::size_t i = 0; i < n; ++i) {
                const std::uint64_t bits = load64(p + 8 * i);
                double d;
                std::memcpy(&d, &bits, sizeof d);
                out[i] = narrowToFloat(d);
            }
            break;
        default:
            throw Error(LMW_MESSAGE("safetensors.not_float",
                                    "Tensor '%1' in '%2' is %3, not a floating-point type (F32, "
                                    "F16, BF16 or F64)."),
                        {name, name_, dtypeName(t.dtype)});
    }
    return out;
}

std::vector<std::int64_t> SafetensorsFile::toInt64(const std::string& name) const {
    const TensorInfo& t = at(name);
    const char* p = dataSection().data() + t.begin;
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    const auto n = static_cast<std::size_t>(t.numel());
    std::vector<std::int64_t> out(n);
    switch (t.dtype) {
        case DType::I64:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::int64_t>(load64(p + 8 * i));
            break;
        case DType::I32:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::int32_t>(load32(p + 4 * i));
            break;
        case DType::I16:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = static_cast<std::int16_t>(load16(p + 2 * i));
            break;
        case DType::I8:
            for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::int8_t>(u[i]);
            break;
        case DType::U8:
            for (std::size_t i = 0; i < n; ++i) out[i] = u[i];
            break;
        case DType::Bool:
            for (std::size_t i = 0; i < n; ++i) {
                if (u[i] > 1) {
                    throw Error(
                        LMW_MESSAGE(
                            "safetensors.bad_bool",
                            "Tensor '%1' in '%2' holds the byte %3, which is not a BOOL (0 or 1)."),
                        {name, name_, std::to_string(u[i])});
                }
                out[i] = u[i];
            }
            break;
        default:
            throw Error(LMW_MESSAGE("safetensors.not_integer",
                                    "Tensor '%1' in '%2' is %3, not an integer type (I64, I32, "
                                    "I16, I8, U8 or BOOL)."),
                        {name, name_, dtypeName(t.dtype)});
    }
    return out;
}

}  // namespace lmw::hf
