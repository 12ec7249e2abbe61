// SPDX-License-Identifier: MIT
#include "core/api/apicall.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include "core/common/jsonparse.h"
#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

// The server's own explanation, if its error body has one ({code, message} on v2; v1 varies),
// scrubbed of the key before it is shortened: a key cut in half no longer matches.
QString serverMessage(const QByteArray &body, const ApiClient &client)
{
    constexpr qsizetype MaxChars = 300;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto key : { "message", "detail" }) {
        const QString text = object.value(QLatin1StringView(key)).toString();
        if (!text.isEmpty())
            return client.redact(text).left(MaxChars);
    }
    const QString raw = client.redact(QString::fromUtf8(body)).simplified().left(MaxChars);
    return raw.startsWith(u'<') ? QString() : raw; // an HTML error page says nothing useful
}

bool saysNotFound(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(u"code"_s).toString().contains(u"not_found"_s))
        return true;
    return object.value(u"message"_s).toString().contains(u"not found"_s, Qt::CaseInsensitive);
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99 are connection-level errors (refused, closed, timeout, TLS...), whatever the status.
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

ApiCall::ApiCall(ApiClient &client, const QUrl &url, ApiClient::BodyCheck check)
    : m_client(client)
    , m_url(url)
    , m_displayUrl(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded))
    , m_check(std::move(check))
    , m_request(url)
{
    m_request.setRawHeader("Authorization", client.m_authorization);
    m_request.setRawHeader("Accept", "application/json");
    m_request.setRawHeader("Integration-Source", "fullstory-desk");
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a server's Retry-After is a minimum, not a hint.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    m_timeoutTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiCall::url() const
{
    return m_displayUrl;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    m_deadlineTimer.stop();
    if (m_reply) {
        m_abort = Abort::Cancel;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ApiError::cancelled(m_displayUrl), 0, {});
}

void ApiCall::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_abort = Abort::None;
    m_requestSent = false;
    m_attemptClock.start();
    m_reply = m_client.network().get(m_request);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        m_timeoutTimer.start(m_client.config().transferTimeout);
    });
    // Any sign of life restarts the silence timer; a stalled server is caught by it.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 limit = m_client.config().maxBodyBytes;
        if (received > limit || total > limit) {
            m_abort = Abort::TooLarge;
            m_reply->abort();
            return;
        }
        if (m_requestSent)
            m_timeoutTimer.start(m_client.config().transferTimeout);
    });
    // Taken as it arrives, into one buffer sized from Content-Length with simdjson's padding
    // behind it: the reply's own buffer stays small, and the page is parsed where it lies.
    m_body.clear();
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_body.isEmpty()) {
            const qint64 length =
                m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > 0 && length <= m_client.config().maxBodyBytes)
                m_body.reserve(length + JsonPadding);
        }
        m_body.append(m_reply->readAll());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeoutTimer.start(m_client.config().connectTimeout);
    m_deadlineTimer.start(m_client.config().responseDeadline);
}

void ApiCall::onDeadline()
{
    if (!m_reply)
        return;
    m_abort = Abort::Deadline;
    m_reply->abort();
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_abort = m_requestSent ? Abort::TransferTimeout : Abort::ConnectTimeout;
    m_reply->abort(); // finishes the reply; onReplyFinished reports the timeout
}

void ApiCall::onReplyFinished()
{
    m_timeoutTimer.stop();
    m_deadlineTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: there is nothing more to read, and reading warns.
    QByteArray body = std::exchange(m_body, {});
    if (m_abort == Abort::None)
        body.append(reply->readAll());
    if (body.capacity() - body.size() < JsonPadding)
        body.reserve(body.size() + JsonPadding);
    const auto error = reply->error();
    qCDebug(lcApi).noquote() << "GET" << m_displayUrl << "->" << status << error << "in"
                             << m_attemptClock.elapsed() << "ms, attempt" << m_attempts;

    if (m_abort == Abort::TooLarge) {
        finish(ApiError::tooLarge(m_client.config().maxBodyBytes, m_displayUrl), status, {});
        return;
    }
    if (m_abort == Abort::Deadline) {
        const auto limit = m_client.config().responseDeadline;
        handleFailure(ApiError::tooSlow(int((limit.count() + 999) / 1000), m_displayUrl), {});
        return;
    }
    if (m_abort == Abort::ConnectTimeout || m_abort == Abort::TransferTimeout) {
        const auto limit = m_abort == Abort::ConnectTimeout ? m_client.config().connectTimeout
                                                            : m_client.config().transferTimeout;
        handleFailure(ApiError::timeout(int((limit.count() + 999) / 1000), m_displayUrl), {});
        return;
    }
    if (isTransportError(error) || status == 0) {
        // A body cut short by a closed connection lands here too: the status may say 200.
        handleFailure(ApiError::network(m_client.redact(reply->errorString()), m_displayUrl), {});
        return;
    }
    if (status >= 200 && status < 300) {
        const ApiError bodyError = m_check(body, m_displayUrl);
        if (bodyError.isError()) {
            handleFailure(bodyError, {});
            return;
        }
        finish({}, status, std::move(body));
        return;
    }
    ApiError httpError =
        ApiError::fromHttpStatus(status, serverMessage(body, m_client), m_displayUrl);
    httpError.confirmsNotFound = status == 404 && saysNotFound(body);
    handleFailure(httpError, reply->rawHeader("Retry-After"));
}

void ApiCall::handleFailure(const ApiError &error, const QByteArray &retryAfter)
{
    const RetryPolicy &policy = m_client.config().retry;
    if (!error.isRetryable() || !policy.shouldRetry(m_attempts)) {
        qCInfo(lcApi).noquote() << "GET" << m_displayUrl << "failed after" << m_attempts
                                << "attempt(s):" << ApiError::kindName(error.kind);
        finish(error, error.httpStatus, {});
        return;
    }
    const double jitter = QRandomGenerator::global()->generateDouble();
    const auto wait = error.kind == ApiError::Kind::RateLimited
        ? policy.rateLimitWait(retryAfter, m_attempts, jitter, QDateTime::currentDateTimeUtc())
        : policy.backoff(m_attempts, jitter);
    const auto scaledWait = policy.scaled(wait);
    qCInfo(lcApi).noquote() << "GET" << m_displayUrl << ApiError::kindName(error.kind)
                            << "- retrying in" << scaledWait.count() << "ms";
    emit retrying(RetryEvent { m_attempts, policy.maxAttempts, scaledWait, error });
    if (m_finished) // a handler of retrying() may cancel
        return;
    m_waitedMs += scaledWait.count();
    m_retryTimer.start(scaledWait);
}

void ApiCall::finish(ApiError error, int status, QByteArray body)
{
    if (m_finished)
        return;
    m_finished = true;
    ApiResponse response;
    response.error = std::move(error);
    response.httpStatus = status;
    response.body = std::move(body);
    response.url = m_displayUrl;
    response.attempts = m_attempts;
    response.retries = qMax(0, m_attempts - 1);
    response.waitedMs = m_waitedMs;
    emit finished(response);
    deleteLater();
}

} // namespace Core
