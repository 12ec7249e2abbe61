// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace TestSupport {

// A latency bound in a test is a correctness limit with a wide margin, not a benchmark
// (style.md §7). Under ASan + UBSan (packaging/dev.sh sanitize) everything runs several times
// slower, so each bound stretches by the same factor there; lower bounds never do.
inline constexpr qint64 SlowdownFactor = FSD_TEST_SLOWDOWN;

constexpr qint64 withinMs(qint64 ms)
{
    return ms * SlowdownFactor;
}

} // namespace TestSupport
