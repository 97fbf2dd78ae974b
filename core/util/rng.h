// A small deterministic pseudo-random generator for the data pipelines: xoshiro256** (Blackman
// and Vigna 2018, "Scrambled linear pseudorandom number generators") seeded through splitmix64.
// Every draw is defined here with integer arithmetic and single IEEE operations, never with
// std:: distributions, so a seed gives the same masks, pairs and noise on every machine,
// compiler and standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace lmw {

class Rng {
public:
    /// Seeds the 256-bit state from `seed` with splitmix64 (any seed, 0 included, is fine).
    explicit Rng(std::uint64_t seed);

    /// The next 64 raw bits (xoshiro256**).
    std::uint64_t next();

    /// Uniform double in [0, 1): the top 53 bits of next(), scaled by 2^-53.
    double uniform();

    /// Uniform integer in [0, n), without modulo bias (rejection of the short top range).
    /// Throws std::invalid_argument when n is 0.
    std::uint64_t below(std::uint64_t n);

    /// True with probability p: uniform() < p. p <= 0 is never, p >= 1 is always.
    bool bernoulli(double p);

    /// A Poisson(lambda) draw by Knuth's multiplication method. Lambdas above 64 are split into
    /// a sum of smaller Poisson draws (exact, since sums of independent Poissons are Poisson),
    /// so the cost is O(lambda): meant for the small lambdas of span lengths. lambda 0 gives 0;
    /// a negative or non-finite lambda throws std::invalid_argument.
    int poisson(double lambda);

    /// Fisher-Yates shuffle driven by below(), identical across standard libraries.
    template <class T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            if (j != i - 1) std::swap(items[i - 1], items[j]);
        }
    }

    /// Combines two 64-bit values into a well-mixed one (order matters: mix(a, b) != mix(b, a)
    /// in general). Used to derive a generator per sequence, e.g. Rng(mix(mix(seed, i), epoch)).
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b);

private:
    std::uint64_t s_[4];
};

}  // namespace lmw
