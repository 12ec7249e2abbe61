// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <iterator>

namespace Core {

/**
 * SplitMix64: tiny, fast, and the same sequence on every platform and standard library
 * (std::uniform_int_distribution is not), so a seed always yields the same simulated org.
 */
class SimRandom
{
public:
    explicit SimRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // In [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Items> const auto &pick(const Items &items)
    {
        return items[std::size_t(below(int(std::size(items))))];
    }

    // A generator for item `index` of a stream, independent of how many others were drawn.
    static SimRandom forItem(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
    {
        SimRandom mix(seed ^ (stream * 0xD6E8FEB86659FD93ULL) ^ (index * 0xA0761D6478BD642FULL));
        return SimRandom(mix.next());
    }

private:
    std::uint64_t m_state;
};

} // namespace Core
