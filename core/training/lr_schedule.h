// Learning-rate schedule: linear warmup, cosine decay, constant floor (nanoGPT's get_lr).
// Pure and header-only so that tests can check its endpoints directly.
#pragma once

#include <algorithm>
#include <cmath>

#include "api/configs.h"

namespace lmw {

/// Learning rate for the optimizer step with 0-based index `it`.
///   it <  warmup:             lr * (it + 1) / (warmup + 1)
///   warmup <= it <= decay:    minLr + 0.5 * (1 + cos(pi * progress)) * (lr - minLr)
///   it >  decay:              minLr
inline double learningRateAt(long it, const TrainConfig& t) {
    const long warmup = t.warmup;
    const long decay = t.decayIters > 0 ? t.decayIters : t.iters;
    if (it < warmup) return t.lr * double(it + 1) / double(warmup + 1);
    if (it > decay) return t.minLr;
    if (decay <= warmup) return t.minLr;
    const double progress = double(it - warmup) / double(decay - warmup);  // 0 .. 1
    const double coeff = 0.5 * (1.0 + std::cos(M_PI * std::clamp(progress, 0.0, 1.0)));
    return t.minLr + coeff * (t.lr - t.minLr);
}

}  // namespace lmw
