// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

#include "core/api/apierror.h"
#include "core/api/retrypolicy.h"

class QNetworkAccessManager;

namespace Core {

class ApiCall;

enum class Region { NA1, EU1 };

struct ApiClientConfig
{
    QUrl baseUrl = baseUrlFor(Region::NA1);
    // The raw key as pasted; ApiClient trims it. Held in memory only, never written anywhere.
    QString apiKey;
    std::chrono::milliseconds connectTimeout { 15000 };
    // Longest silence while a response is due before the attempt counts as a network error.
    std::chrono::milliseconds transferTimeout { 60000 };
    RetryPolicy retry;

    static QUrl baseUrlFor(Region region);
};

/**
 * The one way core talks to the Fullstory REST API.
 *
 * Sends `Authorization: Basic <key>` with the raw trimmed key (fullstory-api.md §1.2),
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

    // `path` is relative to the base URL, e.g. "/settings/recording/v1/geo/history".
    // Without a check, a 2xx body must be well-formed JSON.
    ApiCall *get(const QString &path, const QUrlQuery &query = {}, BodyCheck check = {});

    const ApiClientConfig &config() const;
    // Replaces every occurrence of the key in `text`: a last line of defence for messages that
    // quote a server's words.
    QString redact(QString text) const;

    // The default body check: well-formed JSON, else a BadResponse naming the parse offset.
    static ApiError checkJson(const QByteArray &body, const QString &url);

private:
    friend class ApiCall;
    QNetworkAccessManager &network();

    ApiClientConfig m_config;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Core
