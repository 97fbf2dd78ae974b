// xoshiro256** with splitmix64 seeding (Blackman and Vigna 2018), unbiased bounded integers by
// rejection of the short top range, and Knuth's Poisson sampler (TAOCP vol. 2, §3.4.1). The
// exponential in Knuth's method is computed here from + - * / only, so that no libm difference
// between platforms can change a draw.
#include "util/rng.h"

#include <cmath>
#include <stdexcept>

namespace lmw {
namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kMixOther = 0x632BE59BD9B4E019ull;
constexpr double kPoissonChunk = 64.0;  // larger lambdas are drawn as sums of pieces

/// The splitmix64 output function (a bijection of 64-bit values with good avalanche).
std::uint64_t finalize(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

/// exp(-x) for 0 <= x <= kPoissonChunk from basic operations only: halve x until it is tiny
/// (exact: powers of two), sum a short Taylor series, then square back. Relative error stays
/// below 1e-11, far under anything a sampler could notice. One operation per statement, so no
/// compiler can fuse a multiply and an add differently on another machine.
double expNeg(double x) {
    int halvings = 0;
    while (x > 1.0 / 1024.0) {
        x = x / 2.0;
        ++halvings;
    }
    // e^-x = 1 - x(1 - x/2(1 - x/3(1 - x/4(1 - x/5(1 - x/6))))), |x| <= 2^-10.
    double t = 1.0;
    for (int k = 6; k >= 1; --k) {
        const double step = x / static_cast<double>(k);
        const double product = step * t;
        t = 1.0 - product;
    }
    for (int i = 0; i < halvings; ++i) t = t * t;
    return t;
}

}  // namespace

Rng::Rng(std::uint64_t seed) {
    std::uint64_t counter = seed;
    for (std::uint64_t& word : s_) {
        counter += kGolden;
        word = finalize(counter);
    }
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Rng::uniform() {
    // 53 random bits times 2^-53: exact in a double, so identical everywhere.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::uint64_t Rng::below(std::uint64_t n) {
    if (n == 0) throw std::invalid_argument("Rng::below needs a positive bound");
    // 2^64 mod n: drawing again below this threshold leaves a range that is a multiple of n.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold) return r % n;
    }
}

bool Rng::bernoulli(double p) {
    return uniform() < p;
}

int Rng::poisson(double lambda) {
    if (!(lambda >= 0.0) || !std::isfinite(lambda))
        throw std::invalid_argument("Rng::poisson needs a finite, non-negative lambda");
    int total = 0;
    while (lambda > 0.0) {
        const double piece = lambda > kPoissonChunk ? kPoissonChunk : lambda;
        lambda = lambda - piece;
        // Knuth: multiply uniforms until the product drops to e^-piece; count the factors.
        const double limit = expNeg(piece);
        double product = uniform();
        while (product > limit) {
            ++total;
            product = product * uniform();
        }
    }
    return total;
}

std::uint64_t Rng::mix(std::uint64_t a, std::uint64_t b) {
    return finalize(finalize(a + kGolden) ^ finalize(b + kMixOther));
}

}  // namespace lmw
