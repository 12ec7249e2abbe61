// SPDX-License-Identifier: MIT
#include "core/api/retrypolicy.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Core {

RetryPolicy::Ms RetryPolicy::backoff(int attempt, double jitter) const
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const double full =
        std::min(double(baseDelay.count()) * std::pow(2.0, doublings), double(maxDelay.count()));
    const double wait = full / 2 + std::clamp(jitter, 0.0, 1.0) * full / 2;
    return Ms(qint64(wait));
}

RetryPolicy::Ms RetryPolicy::rateLimitWait(
    const QByteArray &retryAfter, int attempt, double jitter, const QDateTime &now) const
{
    Ms wait = backoff(attempt, jitter);
    if (const auto told = parseRetryAfter(retryAfter, now))
        wait = std::max({ wait, *told, minRetryAfter });
    return std::min(wait, maxDelay);
}

RetryPolicy::Ms RetryPolicy::scaled(Ms wait) const
{
    return Ms(qint64(std::llround(double(wait.count()) * timeScale)));
}

std::optional<RetryPolicy::Ms> RetryPolicy::parseRetryAfter(
    const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Delta-seconds of any length: a value past a year (or past int64) saturates, and the
        // caller's cap decides the real wait. Multiplying first would overflow.
        constexpr qint64 MaxSeconds = qint64(366) * 24 * 3600;
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxSeconds) {
                seconds = MaxSeconds;
                break;
            }
        }
        return Ms(seconds * 1000);
    }
    if (text.startsWith('-') || text.startsWith('+'))
        return std::nullopt;

    // IMF-fixdate is the form servers send; RFC 850 and asctime are obsolete but still legal.
    const QString date = QString::fromLatin1(text);
    const QLocale c = QLocale::c();
    for (const QString &format : { u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s,
             u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s }) {
        QDateTime at = c.toDateTime(date, format);
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        return Ms(std::max<qint64>(0, now.msecsTo(at)));
    }
    return std::nullopt;
}

} // namespace Core
