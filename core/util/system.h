// Small platform helpers: memory figures, checksums, atomic file replacement.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lmw::sys {

std::int64_t availableMemoryBytes();  // MemAvailable, or 0 when unknown
std::int64_t peakRssBytes();          // high-water mark of this process
int hardwareThreads();                // at least 1

std::uint32_t crc32(std::string_view bytes, std::uint32_t seed = 0);

/// Reads a whole file; throws lmw::Error with a clear message when it cannot.
std::string readFile(const std::string& path, std::int64_t maxBytes);

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed, then
/// renamed over `path`. On any failure the temporary is removed and `path` is untouched.
void writeFileAtomically(const std::string& path, std::string_view bytes);

/// Test hook: when >= 0, the next atomic writes fail (as on a full disk) once this many bytes
/// have been written. -1 (the default) disables it.
void setWriteFailureAfterBytesForTesting(std::int64_t bytes);

/// ISO-8601 local time, e.g. "2026-11-28T21:59:50".
std::string nowIso8601();

/// JSON text must end with its value: a NUL byte (which the JSON reader takes as the end of
/// the input, silently ignoring what follows) is refused with lmw::Error naming `what` and
/// the byte's offset.
void requireNoNulBytes(const std::string& text, const std::string& what);

}  // namespace lmw::sys
