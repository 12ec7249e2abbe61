// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace Core {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query, percent-encoded
    QString path; // decoded
    QUrlQuery query; // `+` already read as a space
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    // A query parameter's value, fully decoded ("" when absent).
    QString param(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct HttpResponse
{
    // How the body reaches the client: all of it, half of it before the connection drops
    // (a truncated transfer), never (a stalled server), or one byte per trickleMs (a server
    // that keeps a connection alive without ever finishing the answer).
    enum class Delivery { Full, Truncated, Never, Trickle };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Full;
    int delayMs = 0; // simulated latency before the answer goes out
    int trickleMs = 1000; // Trickle: the pause between two bytes of the body
};

/**
 * One client connection of the simulator: parses HTTP/1.1 requests (keep-alive, one at a time,
 * bodies skipped by Content-Length), hands each to its handler and writes the answer, after the
 * response's delay. Owns the socket; deletes itself when the client disconnects.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    static QByteArray reasonPhrase(int status);

private:
    void onReadyRead();
    bool parseOne(); // true when a full request was taken from the buffer
    void deliver(const HttpResponse &response, bool keepAlive);
    void trickle(QByteArray rest, int intervalMs);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false; // a response is pending: later requests wait in the buffer
};

} // namespace Core
