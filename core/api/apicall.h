// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

#include "core/api/apiclient.h"
#include "core/api/apierror.h"

class QNetworkReply;

namespace Core {

// A wait before the next attempt, announced before it starts ("rate limited, retrying in 4 s").
struct RetryEvent
{
    int failedAttempt = 0; // 1-based
    int maxAttempts = 0;
    std::chrono::milliseconds wait { 0 };
    ApiError reason; // why the attempt failed
};

struct ApiResponse
{
    ApiError error; // kind None on success
    int httpStatus = 0;
    QByteArray body;
    QString url; // path and query, no key
    int attempts = 0;
    int retries = 0;
    qint64 waitedMs = 0; // time spent waiting between attempts

    bool isOk() const { return !error.isError(); }
};

/**
 * One logical GET with its retries. Created by ApiClient::get(); emits retrying() before each
 * wait and finished() exactly once, then deletes itself. cancel() finishes it at once with
 * kind Cancelled, whether a request is in flight or a retry wait is pending.
 */
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    void cancel();
    QString url() const;

signals:
    void retrying(const Core::RetryEvent &event);
    void finished(const Core::ApiResponse &response);

private:
    friend class ApiClient;
    ApiCall(ApiClient &client, const QUrl &url, ApiClient::BodyCheck check);

    void startAttempt();
    void onReplyFinished();
    void onTimeout();
    void onDeadline();
    void handleFailure(const ApiError &error, const QByteArray &retryAfter);
    void finish(ApiError error, int status, QByteArray body);

    enum class Abort { None, Cancel, ConnectTimeout, TransferTimeout, Deadline, TooLarge };

    ApiClient &m_client;
    const QUrl m_url;
    const QString m_displayUrl;
    const ApiClient::BodyCheck m_check;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_timeoutTimer;
    QTimer m_deadlineTimer;
    QByteArray m_body; // of the attempt in flight
    QElapsedTimer m_attemptClock;
    bool m_requestSent = false;
    Abort m_abort = Abort::None;
    bool m_finished = false;
    int m_attempts = 0;
    qint64 m_waitedMs = 0;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::RetryEvent)
Q_DECLARE_METATYPE(Core::ApiResponse)
