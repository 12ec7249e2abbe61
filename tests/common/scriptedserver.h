// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

#include "core/simulator/httpconnection.h"

namespace TestSupport {

/**
 * A hostile or broken "Fullstory" on 127.0.0.1 for one test: real HTTP through the simulator's
 * connection code, every answer from the test's script. GET /me answers as an Admin key of
 * org "o-TEST" unless the script handles it first (return a response with status 0 to pass).
 */
class ScriptedServer final : public QObject
{
public:
    using Script = std::function<Core::HttpResponse(const Core::HttpRequest &)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                new Core::HttpConnection(
                    socket, [this](const Core::HttpRequest &r) { return answer(r); }, this);
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("the scripted server could not listen");
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    // Every request's target as sent (path and query, still percent-encoded).
    const QList<QByteArray> &targets() const { return m_targets; }
    int requests() const { return int(m_targets.size()); }

    static Core::HttpResponse json(const QByteArray &body, int status = 200)
    {
        Core::HttpResponse response;
        response.status = status;
        response.body = body;
        return response;
    }
    static Core::HttpResponse error(int status, const QString &code, const QString &message)
    {
        return json(QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                                      { QStringLiteral("message"), message } })
                        .toJson(QJsonDocument::Compact),
            status);
    }

private:
    Core::HttpResponse answer(const Core::HttpRequest &request)
    {
        m_targets.append(request.target);
        Core::HttpResponse response = m_script(request);
        if (response.status == 0 && request.path == QStringLiteral("/me"))
            return json(R"({"role":"ADMIN","orgId":"o-TEST","email":"test@example.com"})");
        return response;
    }

    Script m_script;
    QTcpServer m_server;
    QList<QByteArray> m_targets;
};

} // namespace TestSupport
