// Reading and writing the safetensors format used by Hugging Face checkpoints: an 8-byte
// little-endian header length, a JSON header that maps tensor names to dtype, shape and byte
// range, then the raw little-endian tensor bytes. The reader checks every field before any byte
// of tensor data is touched, and reports a malformed file with one lmw::Error sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lmw::hf {

/// The element types this reader and writer understand (their safetensors names are the
/// upper-case spellings: "F64", ..., "U8", "BOOL").
enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

/// Bytes per element: 8, 4, 2, 2, 8, 4, 2, 1, 1, 1.
std::size_t dtypeSize(DType dtype);

/// The name used in safetensors headers, e.g. "BF16" or "BOOL".
std::string dtypeName(DType dtype);

/// One tensor of a safetensors file. `begin` and `end` are byte offsets into the data section
/// (the bytes after the header), half-open: [begin, end).
struct TensorInfo {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;  // empty for a scalar
    std::uint64_t begin = 0, end = 0;

    /// Product of the dimensions: 1 for a scalar, 0 when any dimension is 0.
    std::int64_t numel() const;
};

/// A whole safetensors file held in memory, validated on construction.
///
/// Rules: the header length must fit in the file and be at most 100 MB; the header must be a
/// UTF-8 JSON object (trailing spaces allowed) without duplicate keys; every entry needs a
/// supported dtype, a shape of non-negative integers and data_offsets [begin, end] whose length
/// is exactly numel x element size; "__metadata__", if present, maps strings to strings; the
/// tensors must tile the data section exactly, with no overlaps, no gaps and no bytes after the
/// last tensor (as the reference implementation requires). Files larger than 8 GiB are refused.
/// Unknown keys inside a tensor entry are ignored.
class SafetensorsFile {
public:
    /// Reads and validates the whole file; throws lmw::Error naming the problem (and the tensor).
    static SafetensorsFile open(const std::string& path);

    /// Validates `bytes` as a safetensors file; `nameForMessages` stands for it in errors.
    static SafetensorsFile fromBytes(std::string bytes, const std::string& nameForMessages);

    /// All tensors, in the order of the JSON header.
    const std::vector<TensorInfo>& tensors() const { return tensors_; }

    /// The tensor called `name`, or nullptr if there is none.
    const TensorInfo* find(const std::string& name) const;

    /// The tensor called `name`; throws lmw::Error "... tensor 'x' is missing" if there is none.
    const TensorInfo& at(const std::string& name) const;

    /// The values of a F32, F16, BF16 or F64 tensor as floats (F16 and BF16 exactly; F64
    /// rounded to nearest, out-of-range values becoming +/-inf). Throws lmw::Error for other
    /// dtypes or a missing tensor.
    std::vector<float> toFloat32(const std::string& name) const;

    /// The values of an I64, I32, I16, I8, U8 or BOOL tensor as int64 (BOOL as 0 or 1; a BOOL
    /// byte other than 0 or 1 is an error). Throws lmw::Error for other dtypes or a missing
    /// tensor.
    std::vector<std::int64_t> toInt64(const std::string& name) const;

    /// The raw little-endian bytes of a tensor.
    std::string_view rawData(const std::string& name) const;

    /// Everything after the header: the bytes that data_offsets index into.
    std::string_view dataSection() const;

    /// The "__metadata__" map (empty when the file has none).
    const std::map<std::string, std::string>& metadata() const { return metadata_; }

    /// The name used in error messages: the path given to open(), or the one given to
    /// fromBytes().
    const std::string& name() const { return name_; }

private:
    SafetensorsFile() = default;

    std::string name_;
    std::string bytes_;          // the whole file
    std::size_t dataStart_ = 0;  // 8 + header length
    std::vector<TensorInfo> tensors_;
    std::map<std::string, std::size_t> index_;  // name -> position in tensors_
    std::map<std::string, std::string> metadata_;
};

/// Builds a safetensors file from float32 and int64 tensors.
///
/// The header is compact JSON: "__metadata__" first (when set), then the tensors in the order
/// they were added, whose data is laid out back to back in that same order. The header is
/// padded with spaces so that the data section starts at a multiple of 8 bytes.
class SafetensorsWriter {
public:
    /// Adds an F32 tensor. Throws lmw::Error when the name is already used, is "__metadata__"
    /// or is not UTF-8, when a dimension is negative, or when `data` does not hold exactly the
    /// shape's number of elements.
    void addFloat32(const std::string& name, std::vector<std::int64_t> shape,
                    const std::vector<float>& data);

    /// Adds an I64 tensor, with the same checks as addFloat32().
    void addInt64(const std::string& name, std::vector<std::int64_t> shape,
                  const std::vector<std::int64_t>& data);

    /// Replaces the "__metadata__" map (not written at all when empty). Throws lmw::Error when
    /// a key or value is not UTF-8.
    void setMetadata(std::map<std::string, std::string> metadata);

    /// The complete file.
    std::string toBytes() const;

    /// Writes the file atomically (temporary file, then rename); throws lmw::Error on failure.
    void write(const std::string& path) const;

private:
    void add(const std::string& name, DType dtype, std::vector<std::int64_t> shape,
             std::size_t count, std::string bytes);

    struct Entry {
        std::string name;
        DType dtype;
        std::vector<std::int64_t> shape;
        std::string bytes;
    };
    std::vector<Entry> entries_;
    std::map<std::string, std::string> metadata_;
};

/// Exact conversion of an IEEE half-precision bit pattern to float (subnormals, infinities and
/// NaN payloads included).
float halfToFloat(std::uint16_t bits);

/// Exact conversion of a bfloat16 bit pattern to float.
float bfloat16ToFloat(std::uint16_t bits);

}  // namespace lmw::hf
