// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace Core {

/**
 * When to try a request again, and how long to wait first (design.md §7). Pure: the caller passes
 * the clock reading and the jitter, so every decision is reproducible in a unit test.
 *
 * - 429: wait what `Retry-After` says (seconds or an HTTP date), at least 1 s even when it says 0,
 *   and no less than the exponential backoff for this attempt; capped at maxDelay.
 * - 5xx, network errors, unreadable bodies: exponential backoff with "equal jitter"
 *   (half fixed, half random), doubling per attempt, capped at maxDelay.
 * - timeScale multiplies every wait: tests shrink waits to milliseconds without touching logic.
 */
struct RetryPolicy
{
    using Ms = std::chrono::milliseconds;

    int maxAttempts = 5;
    Ms baseDelay { 1000 };
    Ms maxDelay { 60000 };
    Ms minRetryAfter { 1000 };
    double timeScale = 1.0;

    bool shouldRetry(int attemptsMade) const { return attemptsMade < maxAttempts; }

    // The wait after failed attempt number `attempt` (1-based); `jitter` in [0, 1).
    Ms backoff(int attempt, double jitter) const;

    // The wait after a 429 on attempt `attempt`; `retryAfter` is the raw header (may be empty).
    Ms rateLimitWait(
        const QByteArray &retryAfter, int attempt, double jitter, const QDateTime &now) const;

    Ms scaled(Ms wait) const;

    // `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3); nullopt if unreadable.
    static std::optional<Ms> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace Core
