// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Core {

/**
 * What went wrong talking to Fullstory, as one value that crosses threads and signals.
 *
 * `message` is written for the person who has to act on it: what happened and what to do. It
 * never contains the API key (ApiClient scrubs every text it puts here); `url` carries path and
 * query only, which never hold the key either.
 */
struct ApiError
{
    enum class Kind {
        None,
        Auth, // 401: key wrong, revoked or for another region
        Permission, // 403: key level too low for this endpoint
        NotFound, // 404
        RateLimited, // 429 after every retry
        Server, // 5xx after every retry
        Network, // no connection, reset, timeout
        BadResponse, // body unreadable or not the documented shape; also other 4xx
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;
    QString url;
    // A 404 whose readable error body says the thing asked for does not exist (a `code` such as
    // user_not_found, or a message saying "not found"), as opposed to a proxy's page or a
    // wrong path. Only this lets a look-up delete what it stored.
    bool confirmsNotFound = false;
    // The same request would get the same answer (a well-formed body of the wrong shape), so
    // another attempt only costs time and quota.
    bool permanent = false;

    bool isError() const { return kind != Kind::None; }
    // Worth another attempt: rate limits, server errors, network trouble and bodies that are not
    // JSON (perhaps cut short), unless marked permanent.
    bool isRetryable() const;

    static ApiError fromHttpStatus(int status, const QString &serverMessage, const QString &url);
    static ApiError network(const QString &detail, const QString &url);
    static ApiError timeout(int seconds, const QString &url);
    // The answer kept coming, too slowly to finish within the whole-response deadline.
    static ApiError tooSlow(int seconds, const QString &url);
    // Longer than ApiClientConfig::maxBodyBytes: refused whole, not retried.
    static ApiError tooLarge(qint64 limitBytes, const QString &url);
    // A walk the fetcher ended itself (token cycle, past the server's own total, page cap): not
    // retried, since the same server would lead the same way.
    static ApiError walkStopped(const QString &detail, const QString &url);
    static ApiError badResponse(const QString &detail, const QString &url, int httpStatus = 200);
    static ApiError cancelled(const QString &url);

    // Stable lower-case names for logs and `--json`: "auth", "permission", ...
    static QString kindName(Kind kind);
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ApiError)
