// SPDX-License-Identifier: MIT
#include "core/api/apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::ApiError)
};

QString withServerMessage(QString message, const QString &serverMessage)
{
    if (!serverMessage.isEmpty())
        message += u" "_s + Text::tr("Fullstory said: “%1”").arg(serverMessage);
    return message;
}

} // namespace

bool ApiError::isRetryable() const
{
    if (permanent)
        return false;
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
        return true;
    case Kind::BadResponse:
        // A 2xx body that does not parse is a transfer problem; a 4xx is our request's fault.
        return httpStatus >= 200 && httpStatus < 300;
    default:
        return false;
    }
}

ApiError ApiError::fromHttpStatus(int status, const QString &serverMessage, const QString &url)
{
    ApiError e;
    e.httpStatus = status;
    e.url = url;
    if (status == 401) {
        e.kind = Kind::Auth;
        e.message =
            Text::tr("The API key was rejected (HTTP 401): it is wrong, revoked, or belongs to "
                     "another region. Check the key and the region in the API key settings.");
    } else if (status == 403) {
        e.kind = Kind::Permission;
        e.message = Text::tr("This API key's level may not read %1 (HTTP 403). Use an Architect or "
                             "Admin key for it.")
                        .arg(url);
    } else if (status == 404) {
        e.kind = Kind::NotFound;
        e.message = Text::tr("Fullstory has no such resource: %1 (HTTP 404).").arg(url);
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        e.message = Text::tr("Fullstory kept rate-limiting the requests to %1 (HTTP 429). Wait a "
                             "minute, then sync again.")
                        .arg(url);
    } else if (status >= 500) {
        e.kind = Kind::Server;
        e.message =
            Text::tr("Fullstory answered %1 with a server error (HTTP %2). Try again later; if it "
                     "persists, check Fullstory's status page.")
                .arg(url)
                .arg(status);
    } else {
        e.kind = Kind::BadResponse;
        e.message = Text::tr("Fullstory refused the request %1 (HTTP %2).").arg(url).arg(status);
    }
    e.message = withServerMessage(e.message, serverMessage);
    return e;
}

ApiError ApiError::network(const QString &detail, const QString &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.url = url;
    e.message =
        Text::tr("Could not complete the request %1: %2. Check the network connection and the "
                 "region (base URL).")
            .arg(url, detail);
    return e;
}

ApiError ApiError::timeout(int seconds, const QString &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.url = url;
    e.message =
        Text::tr("The request %1 got no answer for %2 s. Check the network connection and the "
                 "region (base URL).")
            .arg(url)
            .arg(seconds);
    return e;
}

ApiError ApiError::tooSlow(int seconds, const QString &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.url = url;
    e.message = Text::tr("The answer to %1 did not finish within %2 s: the server kept the "
                         "connection open but sent too slowly. Check the network connection, or "
                         "try again later.")
                    .arg(url)
                    .arg(seconds);
    return e;
}

ApiError ApiError::tooLarge(qint64 limitBytes, const QString &url)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.url = url;
    e.message = Text::tr("The answer to %1 is larger than %2 MiB, the most Fullstory Desk reads "
                         "as one page; it was not read. Nothing of this resource was stored. "
                         "Tell Fullstory's support if it happens again.")
                    .arg(url)
                    .arg(limitBytes / (1024 * 1024));
    return e;
}

ApiError ApiError::walkStopped(const QString &detail, const QString &url)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.url = url;
    e.message = Text::tr("Stopped reading %1: %2. Nothing of this resource was stored; sync "
                         "again later, and if it happens again, tell Fullstory's support.")
                    .arg(url, detail);
    return e;
}

ApiError ApiError::badResponse(const QString &detail, const QString &url, int httpStatus)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.url = url;
    e.httpStatus = httpStatus;
    e.message = Text::tr("Fullstory's answer to %1 (HTTP %2) could not be read: %3.")
                    .arg(url)
                    .arg(httpStatus)
                    .arg(detail);
    return e;
}

ApiError ApiError::cancelled(const QString &url)
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.url = url;
    e.message = Text::tr("Cancelled.");
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Auth:
        return u"auth"_s;
    case Kind::Permission:
        return u"permission"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::BadResponse:
        return u"bad_response"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace Core
