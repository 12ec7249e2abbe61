// SPDX-License-Identifier: MIT
// Retry-After as a server may spell it: a wait within the policy's floor and cap, no overflow
// (the int64 overflow of issue 11 item 7 was found this way).

#include <QByteArray>
#include <QDateTime>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/api/retrypolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1714557600, Qt::UTC);
    const auto parsed = Core::RetryPolicy::parseRetryAfter(value, now);
    if (parsed && parsed->count() < 0)
        std::abort();
    const Core::RetryPolicy policy;
    const auto wait = policy.rateLimitWait(value, 1 + int(size % 5), 0.5, now);
    if (wait.count() < 0 || wait > std::chrono::milliseconds(60000))
        std::abort();
    return 0;
}
