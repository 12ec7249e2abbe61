// SPDX-License-Identifier: MIT
#include "core/simulator/httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Core {

namespace {
constexpr qsizetype MaxHeaderBytes = qsizetype(64) * 1024;
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    while (!m_busy && parseOne()) { }
}

bool HttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            m_socket->abort();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    HttpRequest request;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        m_socket->abort();
        return false;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
    if (m_buffer.size() < headerEnd + 4 + bodyLength)
        return false; // wait for the rest of the body
    m_buffer.remove(0, headerEnd + 4 + bodyLength);

    const QUrl url(QString::fromLatin1(request.target), QUrl::StrictMode);
    request.path = url.path(QUrl::FullyDecoded);
    // Servers decode a query as a form does, `+` as a space (Go's net/url, which Fullstory's
    // gateway is taken to use: an inference, no contract says it). A client that leaves a `+`
    // in a uid unencoded asks for another user, as it would against the real API.
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', QStringLiteral("%20"));
    request.query = QUrlQuery(rawQuery);
    const bool keepAlive = request.headers.value("connection").toLower() != "close";

    const HttpResponse response = m_handler(request);
    m_busy = true;
    if (response.delayMs > 0) {
        QTimer::singleShot(
            response.delayMs, this, [this, response, keepAlive] { deliver(response, keepAlive); });
    } else {
        deliver(response, keepAlive);
    }
    return true;
}

void HttpConnection::deliver(const HttpResponse &response, bool keepAlive)
{
    if (!m_socket)
        return;
    if (response.delivery == HttpResponse::Delivery::Never)
        return; // stalled for good: the client must time out or cancel
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    const bool truncated = response.delivery == HttpResponse::Delivery::Truncated;
    const bool trickled = response.delivery == HttpResponse::Delivery::Trickle;
    if (!keepAlive || truncated || trickled)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (truncated) {
        m_socket->write(response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    }
    if (trickled) {
        trickle(response.body, response.trickleMs);
        return;
    }
    m_socket->write(response.body);
    if (!keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    m_busy = false;
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::trickle(QByteArray rest, int intervalMs)
{
    if (!m_socket)
        return;
    if (rest.isEmpty()) {
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(rest.left(1));
    QTimer::singleShot(
        intervalMs, this, [this, rest = rest.mid(1), intervalMs] { trickle(rest, intervalMs); });
}

} // namespace Core
