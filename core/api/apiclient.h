// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>

#include "core/api/apierror.h"
#include "core/api/retrypolicy.h"

class QNetworkAccessManager;

namespace Core {

class ApiCall;

enum class Region { NA1, EU1 };

// Query parameters as plain text, in order; ApiClient percent-encodes each key and value exactly
// once (a `+` in a uid must reach the server as %2B, not as a space).
using QueryItems = QList<std::pair<QString, QString>>;

struct ApiClientConfig
{
    QUrl baseUrl = baseUrlFor(Region::NA1);
    // The key as pasted; ApiClient cleans it (cleanKey). Held in memory only, never written.
    QString apiKey;
    std::chrono::milliseconds connectTimeout { 15000 };
    // Longest silence while a response is due before the attempt counts as a network error.
    std::chrono::milliseconds transferTimeout { 60000 };
    // Longest time one attempt may take from sending to the last byte, however lively the
    // server: a body trickled at a byte a second never trips the silence timer above.
    std::chrono::milliseconds responseDeadline { 180000 };
    // The largest answer read (README: 64 MiB, some 30 times a full page of 1,000 users): a
    // larger one is refused, not buffered, so memory stays a small multiple of this.
    qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
    RetryPolicy retry;

    static QUrl baseUrlFor(Region region);
    // The key as Fullstory wants it: trimmed, and without the "Basic " that comes along when
    // the whole header value is copied from a curl example (fullstory-api.md §1.2).
    static QString cleanKey(const QString &pasted);
};

/**
 * The one way core talks to the Fullstory REST API.
 *
 * Sends `Authorization: Basic <key>` with the key as cleanKey() leaves it (fullstory-api.md §1.2),
 * `Accept: application/json`, enforces connect and transfer timeouts, and retries per RetryPolicy:
 * 429 (honouring Retry-After), 5xx, connection trouble and unreadable bodies, up to maxAttempts.
 * Every wait is announced by ApiCall::retrying before it starts.
 *
 * Threading: lives on one thread (the main thread in the apps); all I/O is asynchronous.
 * Ownership: get() returns an ApiCall parented to the client; it deletes itself after finished().
 * Errors: ApiCall::finished carries an ApiResponse whose error says what to do; the key is
 * scrubbed from every message and never logged.
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // Checks a 2xx body; returns an error (BadResponse) to have the attempt retried.
    using BodyCheck = std::function<ApiError(const QByteArray &body, const QString &url)>;

    explicit ApiClient(ApiClientConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    // `path` is relative to the base URL and already percent-encoded (encodePathSegment() for
    // values placed in it), e.g. "/settings/recording/v1/geo/history". Without a check, a 2xx
    // body must be well-formed JSON.
    ApiCall *get(const QString &path, const QueryItems &query = {}, BodyCheck check = {});

    // The URL get() requests: base URL, path as given, query encoded once.
    static QUrl requestUrl(const QUrl &baseUrl, const QString &path, const QueryItems &query);
    // A value for a path placeholder, every character outside RFC 3986's unreserved set encoded.
    static QString encodePathSegment(const QString &value);

    const ApiClientConfig &config() const;
    // Replaces every occurrence of the key in `text`, in any letter case, base64 (also of
    // "key:"), base64url or percent-encoded: for messages that quote a server's words. Scrub
    // the whole text before shortening it, or a cut key escapes the match.
    QString redact(QString text) const;
    // The spellings redact() looks for, longest first.
    static QStringList secretForms(const QString &key);

    // The default body check: well-formed JSON, else a BadResponse naming the parse offset.
    static ApiError checkJson(const QByteArray &body, const QString &url);

private:
    friend class ApiCall;
    QNetworkAccessManager &network();

    ApiClientConfig m_config;
    QByteArray m_authorization;
    QStringList m_secretForms;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Core
