// Argument checks shared by the pretraining pipelines (masking, noising). Messages are single
// lines for the user and print numbers the same way whatever the process locale is.
#pragma once

#include <cmath>
#include <locale>
#include <sstream>
#include <string>

#include "api/error.h"

namespace lmw::detail {

/// `value` as "0.15", "1.5", "-2": shortest of %g's forms, always with a '.' decimal point.
inline std::string formatNumber(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

/// Throws lmw::Error(outOfRange, {formatNumber(value)}) unless 0 <= value <= 1; `outOfRange`
/// reads "<what> must be between 0 and 1 (got %1)."
inline void requireProbability(double value, MessageText outOfRange) {
    if (!(value >= 0.0 && value <= 1.0)) throw Error(outOfRange, {formatNumber(value)});
}

}  // namespace lmw::detail
