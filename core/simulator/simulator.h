// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>

#include "core/common/keylevel.h"
#include "core/simulator/simconfig.h"
#include "core/simulator/usergenerator.h"

class QTcpServer;

namespace Core {

class SettingsSeries;
struct HttpRequest;
struct HttpResponse;

// One request as the simulator saw it. Headers are kept so tests can check the exact
// Authorization header; the simulator never prints them.
struct SimRequest
{
    QString method;
    QString path;
    QString query; // decoded, e.g. "limit=2&paginationToken=v17..."
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    int status = 0; // 0 when the request was left unanswered (stall)
    QDateTime at;
};

/**
 * A faithful stand-in for the Fullstory REST API on 127.0.0.1, for tests, benchmarks and demo
 * mode (design.md §4c). Serves every catalog endpoint plus /me with the documented shapes and
 * quirks (fullstory-api.md): camelCase v1 settings, newest-first history with either token
 * spelling, v2 users with int64 ids as strings, {code, message} error bodies, 401 for unknown
 * keys and 403 where a key's level is too low (privacy and v2 users need Architect).
 *
 * Data is deterministic for SimConfig::seed; faults (429, 5xx, truncated and malformed bodies,
 * latency, stalls) are switched on through faults().
 *
 * Threading: use it on the thread that created it (tests: the test thread; the desktop demo:
 * its own thread). Listens on loopback only.
 */
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(SimConfig config = {}, QObject *parent = nullptr);
    ~Simulator() override;

    bool listen(quint16 port = 0);
    void close();
    QUrl url() const;
    QString errorString() const;

    const SimConfig &config() const;
    SimFaults &faults();
    void setCamelCaseHistoryToken(bool camel);
    void setUserCount(int users);
    void setUserSchemaRevision(int revision);
    // New versions at the newest end of every series of `kind` (both platforms where it has them).
    void addVersions(const QString &kind, int count);

    const SettingsSeries *series(const QString &kind, const QString &platform = {}) const;
    const UserGenerator &users() const;

    // The most recent requests (up to 100,000), oldest first.
    QList<SimRequest> requestLog() const;
    void clearRequestLog();
    int listPagesServed() const;

    static std::optional<KeyLevel> levelOfKey(const QByteArray &key);

signals:
    void requestServed(const Core::SimRequest &request);

private:
    HttpResponse handle(const HttpRequest &request);
    // `level` decides what the key may read; `role` is what GET /me called it.
    HttpResponse route(
        const HttpRequest &request, KeyLevel level, const char *role, bool &isListPage);
    HttpResponse settings(const QString &kind, bool history, const HttpRequest &request);
    HttpResponse usersList(const HttpRequest &request);
    HttpResponse me(const char *role, bool hasEmail) const;

    SimConfig m_config;
    UserGenerator m_users;
    std::map<QString, std::unique_ptr<SettingsSeries>> m_series; // key: kind + "/" + platform
    QTcpServer *m_server = nullptr;
    QList<SimRequest> m_log;
    int m_requestCount = 0;
    int m_listPagesServed = 0;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::SimRequest)
