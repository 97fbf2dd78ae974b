// Whole numbers out of JSON without undefined behaviour: nlohmann's get<int>() casts a float
// such as 6e41 (or an out-of-range integer) blindly. These check type and range first.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace lmw {

enum class JsonNumber { Ok, NotANumber, OutOfRange };

/// Reads a whole number of type T from `v`: an integer in T's range, or a float with no
/// fraction in T's range. Leaves `out` unchanged unless it returns Ok.
template <typename T>
JsonNumber readWholeNumber(const nlohmann::json& v, T& out) {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
    if (v.is_number_unsigned()) {
        const std::uint64_t u = v.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<T>::max())) return JsonNumber::OutOfRange;
        out = static_cast<T>(u);
        return JsonNumber::Ok;
    }
    if (v.is_number_integer()) {
        const std::int64_t i = v.get<std::int64_t>();
        if (i < std::int64_t(std::numeric_limits<T>::min())) return JsonNumber::OutOfRange;
        if (!std::is_unsigned_v<T> && i > std::int64_t(std::numeric_limits<T>::max()))
            return JsonNumber::OutOfRange;
        if (std::is_unsigned_v<T> &&
            std::uint64_t(i) > std::uint64_t(std::numeric_limits<T>::max()))
            return JsonNumber::OutOfRange;
        out = static_cast<T>(i);
        return JsonNumber::Ok;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        // Compare against the range in double; the top of int64's range is not exact in double.
        if (!std::isfinite(d) || d != std::floor(d) || d < double(std::numeric_limits<T>::min()) ||
            d >= double(std::numeric_limits<T>::max()))
            return JsonNumber::OutOfRange;
        out = static_cast<T>(d);
        return JsonNumber::Ok;
    }
    return JsonNumber::NotANumber;
}

}  // namespace lmw
