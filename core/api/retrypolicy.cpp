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
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<Ms>(Ms(seconds * 1000));

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
