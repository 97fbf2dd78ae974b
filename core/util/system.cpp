#include "util/system.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include "api/configs.h"
#include "api/error.h"

namespace fs = std::filesystem;

namespace lmw::sys {

std::int64_t availableMemoryBytes() {
    std::ifstream in("/proc/meminfo");
    std::string key;
    std::int64_t value = 0;
    std::string unit;
    while (in >> key >> value >> unit) {
        if (key == "MemAvailable:") return value * 1024;
    }
    return 0;
}

std::int64_t peakRssBytes() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

int hardwareThreads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

std::uint32_t crc32(std::string_view bytes, std::uint32_t seed) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = ~seed;
    for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return ~c;
}

std::string readFile(const std::string& path, std::int64_t maxBytes) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st))
        throw Error(LMW_MESSAGE("file.missing", "'%1' does not exist."), {path});
    if (fs::is_directory(st))
        throw Error(LMW_MESSAGE("file.is_folder", "'%1' is a folder, not a file."), {path});
    const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
    if (ec)
        throw Error(LMW_MESSAGE("file.read_failed", "Cannot read '%1': %2."), {path, ec.message()});
    if (maxBytes > 0 && size > maxBytes) {
        throw Error(LMW_MESSAGE("file.too_large", "'%1' is %2; the limit is %3."),
                    {path, formatBytes(size), formatBytes(maxBytes)});
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(LMW_MESSAGE("file.read_failed", "Cannot read '%1': %2."),
                    {path, std::strerror(errno)});
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), size);
    if (in.gcount() != size)
        throw Error(LMW_MESSAGE("file.short_read", "Cannot read '%1': short read."), {path});
    return bytes;
}

namespace {
std::atomic<std::int64_t> gFailAfterBytes{-1};
}

void setWriteFailureAfterBytesForTesting(std::int64_t bytes) {
    gFailAfterBytes.store(bytes);
}

void writeFileAtomically(const std::string& path, std::string_view bytes) {
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string tmpl = (dir / (target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0) {
        throw Error(LMW_MESSAGE("file.write_failed", "Cannot write '%1': %2."),
                    {path, std::strerror(errno)});
    }
    const std::string tmp = tmpl;
    // mkstemp creates 0600; give the file the target's mode, or the usual 0644.
    struct stat existing {};
    ::fchmod(fd, ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644);
    auto failWith = [&](const std::string& why) {
        ::close(fd);
        std::remove(tmp.c_str());
        throw Error(LMW_MESSAGE("file.write_failed_unchanged",
                                "Cannot write '%1': %2. The previous file is unchanged."),
                    {path, why});
    };
    std::size_t written = 0;
    const std::int64_t failAfter = gFailAfterBytes.load();
    while (written < bytes.size()) {
        if (failAfter >= 0 && static_cast<std::int64_t>(written) >= failAfter)
            failWith("No space left on device (simulated)");
        std::size_t chunk = bytes.size() - written;
        if (failAfter >= 0)
            chunk = std::min<std::size_t>(chunk, std::max<std::int64_t>(1, failAfter - written));
        const ssize_t k = ::write(fd, bytes.data() + written, chunk);
        if (k < 0) {
            if (errno == EINTR) continue;
            failWith(std::strerror(errno));
        }
        written += static_cast<std::size_t>(k);
    }
    if (::fsync(fd) != 0) failWith(std::strerror(errno));
    if (::close(fd) != 0) {
        std::remove(tmp.c_str());
        throw Error(LMW_MESSAGE("file.write_failed", "Cannot write '%1': %2."),
                    {path, std::strerror(errno)});
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw Error(LMW_MESSAGE("file.write_failed_unchanged",
                                "Cannot write '%1': %2. The previous file is unchanged."),
                    {path, ec.message()});
    }
}

std::string nowIso8601() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local);
    return buf;
}

void requireNoNulBytes(const std::string& text, const std::string& what) {
    const std::size_t at = text.find('\0');
    if (at != std::string::npos)
        throw Error(
            LMW_MESSAGE("json.nul_byte",
                        "%1 has a NUL byte at offset %2 (JSON text must end with its value)."),
            {what, std::to_string(at)});
}

}  // namespace lmw::sys
