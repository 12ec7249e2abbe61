// SPDX-License-Identifier: MIT
#include "core/simulator/simulator.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include "core/common/logging.h"
#include "core/simulator/httpconnection.h"
#include "core/simulator/settingsgenerator.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

const QString SettingsPrefix = u"/settings/recording/v1/"_s;
constexpr qsizetype MaxLogEntries = 100000;

HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject { { u"code"_s, code }, { u"message"_s, message } })
                        .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse jsonResponse(QByteArray body)
{
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

QString encodeUsersToken(int offset)
{
    return QString::fromLatin1(
        QByteArray("users:" + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> decodeUsersToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("users:"))
        return std::nullopt;
    bool ok = false;
    const int offset = decoded.decoded.mid(6).toInt(&ok);
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

// Tokens look like Fullstory's ("v" + hex milliseconds of the next older version); clients must
// treat them as opaque.
QString historyToken(qint64 msecs)
{
    return u"v"_s + QString::number(msecs, 16);
}

} // namespace

Simulator::Simulator(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_users(m_config)
{
    qRegisterMetaType<Core::SimRequest>();
    const QDateTime endAt = m_config.historyEnd.isValid()
        ? m_config.historyEnd
        : QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    const qint64 end = endAt.toMSecsSinceEpoch();
    for (const QString &kind : SettingsSeries::kinds()) {
        const QStringList platforms = SettingsSeries::hasPlatforms(kind)
            ? QStringList { u"web"_s, u"mobile"_s }
            : QStringList { QString() };
        for (const QString &platform : platforms) {
            // A dry run measures how long the story takes; the real one starts that long before
            // the end, so its newest version is recent.
            SettingsSeries dryRun(kind, platform, m_config.seed, 0);
            dryRun.appendVersions(qMax(1, m_config.versions));
            const qint64 span = dryRun.versions().last().msecs - dryRun.versions().first().msecs;
            auto series = std::make_unique<SettingsSeries>(
                kind, platform, m_config.seed, end - span - 3600000);
            series->appendVersions(qMax(1, m_config.versions));
            m_series[kind + u'/' + platform] = std::move(series);
        }
    }
}

Simulator::~Simulator() = default;

bool Simulator::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                new HttpConnection(
                    socket, [this](const HttpRequest &request) { return handle(request); }, this);
            }
        });
    }
    return m_server->listen(QHostAddress::LocalHost, port);
}

void Simulator::close()
{
    if (m_server)
        m_server->close();
}

QUrl Simulator::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

QString Simulator::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

const SimConfig &Simulator::config() const
{
    return m_config;
}

SimFaults &Simulator::faults()
{
    return m_config.faults;
}

void Simulator::setCamelCaseHistoryToken(bool camel)
{
    m_config.camelCaseHistoryToken = camel;
}

void Simulator::setUserCount(int users)
{
    m_config.users = qMax(0, users);
}

void Simulator::setUserSchemaRevision(int revision)
{
    m_config.userSchemaRevision = revision;
}

void Simulator::addVersions(const QString &kind, int count)
{
    for (auto &[key, series] : m_series) {
        if (series->kind() == kind)
            series->appendVersions(count);
    }
}

const SettingsSeries *Simulator::series(const QString &kind, const QString &platform) const
{
    const auto it = m_series.find(kind + u'/' + platform);
    return it == m_series.end() ? nullptr : it->second.get();
}

const UserGenerator &Simulator::users() const
{
    return m_users;
}

QList<SimRequest> Simulator::requestLog() const
{
    return m_log;
}

void Simulator::clearRequestLog()
{
    m_log.clear();
}

int Simulator::listPagesServed() const
{
    return m_listPagesServed;
}

namespace {

// What each demo key is: GET /me's answer for it and what it may read.
struct SimKey
{
    const char *key;
    const char *role; // as GET /me sends it
    KeyLevel access;
    bool hasEmail; // a legacy org key has none
};

constexpr SimKey simKeys[] = {
    { SimKeys::Admin, "ADMIN", KeyLevel::Admin, true },
    { SimKeys::Architect, "ARCHITECT", KeyLevel::Architect, true },
    { SimKeys::Standard, "USER", KeyLevel::Standard, true },
    { SimKeys::ViewOnly, "VIEW_ONLY", KeyLevel::Standard, true },
    { SimKeys::UmbrellaManager, "UMBRELLA_MANAGER", KeyLevel::Standard, true },
    { SimKeys::Unknown, "UNKNOWN", KeyLevel::Standard, true },
    { SimKeys::LegacyOrg, "ADMIN", KeyLevel::Admin, false },
};

const SimKey *findKey(const QByteArray &key)
{
    for (const SimKey &candidate : simKeys) {
        if (key == candidate.key)
            return &candidate;
    }
    return nullptr;
}

} // namespace

std::optional<KeyLevel> Simulator::levelOfKey(const QByteArray &key)
{
    const SimKey *found = findKey(key);
    return found ? std::optional(found->access) : std::nullopt;
}

HttpResponse Simulator::handle(const HttpRequest &request)
{
    SimRequest entry { QString::fromLatin1(request.method), request.path,
        request.query.query(QUrl::FullyDecoded), request.headers, 0,
        QDateTime::currentDateTimeUtc() };
    const int number = ++m_requestCount;
    const SimFaults &faults = m_config.faults;
    auto every = [number](int k) { return k > 0 && number % k == 0; };

    HttpResponse response;
    bool isListPage = false;
    const QByteArray auth = request.headers.value("authorization");
    const SimKey *key = auth.startsWith("Basic ") ? findKey(auth.mid(6)) : nullptr;
    if (request.method != "GET") {
        response = errorResponse(405, u"method_not_allowed"_s, u"only GET is simulated"_s);
    } else if (every(faults.rateLimitEvery)) {
        response = errorResponse(429, u"too_many_requests"_s, u"rate limit exceeded"_s);
        response.headers.append({ "Retry-After", faults.retryAfter.toLatin1() });
    } else if (every(faults.serverErrorEvery)) {
        response =
            errorResponse(503, u"server_error"_s, u"the service is temporarily unavailable"_s);
    } else if (!key) {
        response = errorResponse(401, u"unauthorized"_s,
            auth.isEmpty() ? u"missing Authorization header"_s
                           : u"the API key is invalid or has been revoked"_s);
    } else {
        response = request.path == u"/me"_s ? me(key->role, key->hasEmail)
                                            : route(request, key->access, key->role, isListPage);
    }

    if (isListPage && faults.stallAfterPage >= 0 && m_listPagesServed >= faults.stallAfterPage)
        response.delivery = HttpResponse::Delivery::Never;
    if (response.status == 200 && response.delivery == HttpResponse::Delivery::Full) {
        if (every(faults.truncateEvery)) {
            response.delivery = HttpResponse::Delivery::Truncated;
        } else if (every(faults.malformedEvery)) {
            response.body.truncate(response.body.size() / 2); // well delivered, unreadable
        } else if (isListPage) {
            ++m_listPagesServed;
        }
    }
    response.delayMs = faults.latencyMs;

    entry.status = response.delivery == HttpResponse::Delivery::Never ? 0 : response.status;
    qCDebug(lcSim).noquote() << entry.method << request.path << entry.query << "->" << entry.status;
    // Bounded, so a demo simulator that runs for days does not grow without end.
    if (m_log.size() >= MaxLogEntries)
        m_log.remove(0, m_log.size() / 2);
    m_log.append(entry);
    emit requestServed(entry);
    return response;
}

HttpResponse Simulator::route(
    const HttpRequest &request, KeyLevel level, const char *role, bool &isListPage)
{
    const QString &path = request.path;
    auto forbidden = [role] {
        return errorResponse(403, u"forbidden"_s,
            u"an API key with role %1 may not access this resource"_s.arg(
                QString::fromLatin1(role)));
    };

    if (path.startsWith(SettingsPrefix)) {
        QString rest = path.mid(SettingsPrefix.size());
        const bool history = rest.endsWith(u"/history"_s);
        if (history)
            rest.chop(8);
        if (!SettingsSeries::kinds().contains(rest))
            return errorResponse(404, u"resource_not_found"_s, u"no such settings kind"_s);
        if (rest == u"privacy"_s && !levelAllows(level, KeyLevel::Architect))
            return forbidden();
        isListPage = history;
        return settings(rest, history, request);
    }

    if (path == u"/v2/users"_s) {
        if (!levelAllows(level, KeyLevel::Architect))
            return forbidden();
        isListPage = true;
        return usersList(request);
    }
    if (path.startsWith(u"/v2/users/"_s)) {
        if (!levelAllows(level, KeyLevel::Architect))
            return forbidden();
        const auto index = m_users.indexOfId(path.mid(10));
        if (!index)
            return errorResponse(404, u"user_not_found"_s, u"no user with this id"_s);
        return jsonResponse(m_users.v2User(*index));
    }
    if (path.startsWith(u"/users/v1/individual/"_s)) {
        const auto index = m_users.indexOfUid(path.mid(21));
        if (!index)
            return errorResponse(404, u"user_not_found"_s, u"user not found"_s);
        return jsonResponse(m_users.v1User(*index));
    }
    return errorResponse(404, u"resource_not_found"_s, u"no such endpoint: %1"_s.arg(path));
}

HttpResponse Simulator::me(const char *role, bool hasEmail) const
{
    const QJsonObject body { { u"email"_s, hasEmail ? u"analyst@example.com"_s : QString() },
        { u"orgId"_s, m_config.orgId }, { u"role"_s, QString::fromLatin1(role) } };
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse Simulator::settings(const QString &kind, bool history, const HttpRequest &request)
{
    QString platform;
    if (SettingsSeries::hasPlatforms(kind)) {
        platform = request.param(u"platform"_s);
        if (platform.isEmpty())
            platform = u"web"_s;
        if (platform != u"web"_s && platform != u"mobile"_s)
            return errorResponse(400, u"invalid_argument"_s, u"platform must be web or mobile"_s);
    }
    const SettingsSeries *versions = series(kind, platform);
    const QList<SettingsVersion> &all = versions->versions();
    if (!history)
        return jsonResponse(all.last().json);

    int limit = m_config.historyDefaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.param(u"limit"_s).toInt(&ok);
        if (!ok)
            return errorResponse(400, u"invalid_argument"_s, u"limit must be an integer"_s);
        limit = limit <= 0 ? m_config.historyDefaultLimit : qMin(limit, m_config.historyMaxLimit);
    }
    // Both request spellings are honoured, as Fullstory's gateway is believed to (api §2).
    QString token = request.param(u"paginationToken"_s);
    if (token.isEmpty())
        token = request.param(u"pagination_token"_s);

    // Newest first: position 0 is the last element of `all`.
    qsizetype start = 0;
    if (!token.isEmpty()) {
        bool ok = token.startsWith(u'v');
        const qint64 msecs = ok ? token.mid(1).toLongLong(&ok, 16) : 0;
        start = -1;
        for (qsizetype i = 0; ok && i < all.size(); ++i) {
            if (all.at(all.size() - 1 - i).msecs == msecs) {
                start = i;
                break;
            }
        }
        if (start < 0)
            return errorResponse(400, u"invalid_argument"_s, u"invalid pagination token"_s);
    }
    const qsizetype end = qMin(all.size(), start + limit);
    QByteArray body = "{\"versions\":[";
    for (qsizetype i = start; i < end; ++i) {
        if (i > start)
            body += ',';
        body += all.at(all.size() - 1 - i).json;
    }
    const QString next =
        end < all.size() ? historyToken(all.at(all.size() - 1 - end).msecs) : QString();
    body += "],\"";
    body += m_config.camelCaseHistoryToken ? "nextPaginationToken" : "next_pagination_token";
    body += "\":\"" + next.toLatin1() + "\"}";
    return jsonResponse(body);
}

HttpResponse Simulator::usersList(const HttpRequest &request)
{
    const QString uid = request.param(u"uid"_s);
    if (request.query.hasQueryItem(u"uid"_s)) {
        const auto index = m_users.indexOfUid(uid);
        QByteArray body = "{\"results\":[";
        if (index)
            body += m_users.v2User(*index);
        body += "],\"total_records\":\"" + QByteArray(index ? "1" : "0") + "\"}";
        return jsonResponse(body);
    }
    int offset = 0;
    const QString token = request.param(u"page_token"_s);
    if (!token.isEmpty()) {
        const auto decoded = decodeUsersToken(token);
        if (!decoded)
            return errorResponse(400, u"invalid_argument"_s, u"invalid page_token"_s);
        offset = *decoded;
    }
    const int total = m_users.count();
    const int first = qMin(offset, total);
    const int count = qMin(m_config.usersPageSize, total - first);
    const QString next = first + count < total ? encodeUsersToken(first + count) : QString();
    const qint64 reported =
        m_config.faults.reportedUserTotal >= 0 ? m_config.faults.reportedUserTotal : total;
    return jsonResponse(m_users.v2Page(first, count, next, reported));
}

} // namespace Core
