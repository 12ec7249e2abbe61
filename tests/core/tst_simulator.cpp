// SPDX-License-Identifier: MIT
// The simulator must be faithful to fullstory-api.md: every catalog endpoint answers with the
// documented shape, over real HTTP, read here with a plain QNetworkAccessManager.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "core/catalog/catalog.h"
#include "core/simulator/settingsgenerator.h"
#include "core/simulator/simulator.h"
#include "core/simulator/simulatorthread.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
};

QDateTime instant(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

bool isBool(const QJsonObject &o, const QString &key)
{
    return o.value(key).isBool();
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyCatalogEndpointAnswers();
    void settingsHaveDocumentedShapes_data();
    void settingsHaveDocumentedShapes();
    void historyIsNewestFirstAndPagesCleanly_data();
    void historyIsNewestFirstAndPagesCleanly();
    void historyLimitDefaultsAndCaps();
    void historyTokenSpellingIsSwitchable();
    void currentSettingsEqualNewestVersion();
    void versionsCarryRealChanges();
    void addedVersionsArriveFirst();
    void usersPageWithInt64IdsAsStrings();
    void usersWalkServesEveryoneOnce();
    void singleUserLookups();
    void keyLevelsAndErrorBodies();
    void rateLimitCarriesRetryAfter();
    void dataIsDeterministicForASeed();
    void historiesEndNearTheChosenDate();
    void theDemoServerStartsOnceWhenFirstAsked();

private:
    Reply get(const QString &pathAndQuery, const char *key = SimKeys::Admin);

    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_network;
};

void TestSimulator::init()
{
    SimConfig config;
    config.users = 250;
    config.usersPageSize = 100;
    config.versions = 45;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
}

Reply TestSimulator::get(const QString &pathAndQuery, const char *key)
{
    QNetworkRequest request(QUrl(m_sim->url().toString() + pathAndQuery));
    if (key)
        request.setRawHeader("Authorization", QByteArray("Basic ") + key);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        qFatal("no answer for %s", qPrintable(pathAndQuery));
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return out;
}

void TestSimulator::everyCatalogEndpointAnswers()
{
    const Catalog catalog = Catalog::load().value();
    const QHash<QString, QString> arguments { { u"id"_s, m_sim->users().idAt(3) },
        { u"uid"_s, m_sim->users().uidAt(3) } };
    for (const ResourceSpec &spec : catalog.resources()) {
        QString path = spec.path;
        for (auto it = arguments.begin(); it != arguments.end(); ++it)
            path.replace(u'{' + it.key() + u'}', it.value());
        QUrlQuery query;
        for (const auto &[key, value] : spec.params) {
            QString filled = value;
            for (auto it = arguments.begin(); it != arguments.end(); ++it)
                filled.replace(u'{' + it.key() + u'}', it.value());
            query.addQueryItem(key, filled);
        }
        const QStringList platforms =
            spec.platforms.isEmpty() ? QStringList { QString() } : spec.platforms;
        for (const QString &platform : platforms) {
            QUrlQuery q = query;
            if (!platform.isEmpty())
                q.addQueryItem(u"platform"_s, platform);
            const QString target =
                path + (q.isEmpty() ? QString() : u"?"_s + q.toString(QUrl::FullyEncoded));
            const Reply reply = get(target);
            QVERIFY2(reply.status == 200,
                qPrintable(spec.name + u": "_s + QString::number(reply.status)));
            if (spec.selector.isEmpty()) {
                QVERIFY2(!reply.json.isEmpty(), qPrintable(spec.name));
            } else {
                QVERIFY2(reply.json.value(spec.selector).isArray(), qPrintable(spec.name));
                QVERIFY2(
                    !reply.json.value(spec.selector).toArray().isEmpty(), qPrintable(spec.name));
            }
        }
    }
}

void TestSimulator::settingsHaveDocumentedShapes_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : SettingsSeries::kinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestSimulator::settingsHaveDocumentedShapes()
{
    QFETCH(QString, kind);
    const Reply page = get(u"/settings/recording/v1/%1/history?limit=100"_s.arg(kind));
    QCOMPARE(page.status, 200);
    const QJsonArray versions = page.json.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 45);
    // The contract's enums (GET_settings_recording_v1_privacy.json).
    const QStringList scopes = { u"ALL_SESSIONS"_s, u"NO_SESSIONS"_s, u"PREVIEW_SESSIONS_ONLY"_s,
        u"LIVE_SESSIONS_ONLY"_s };
    const QStringList recordModes = { u"ELIDE"_s, u"RECORD"_s, u"WHITELIST"_s };
    QSet<QString> scopesSeen;
    int watches = 0, groupCount = 0;
    for (const auto &value : versions) {
        const QJsonObject v = value.toObject();
        const QJsonObject meta = v.value(u"metadata"_s).toObject();
        for (const QString &field :
            { u"lastUpdated"_s, u"lastUpdatedBy"_s, u"created"_s, u"createdBy"_s })
            QVERIFY2(!meta.value(field).toString().isEmpty(), qPrintable(field));
        QVERIFY(instant(meta.value(u"lastUpdated"_s).toString()).isValid());
        if (kind == u"blocking"_s) {
            for (const QString &list : { u"blockedIps"_s, u"blockedUas"_s, u"blockedAppIds"_s })
                QVERIFY(v.value(list).isArray());
        } else if (kind == u"domain"_s) {
            QVERIFY(isBool(v, u"onlyRecordKnownDomains"_s));
            for (const auto &d : v.value(u"domains"_s).toArray()) {
                QVERIFY(d.toObject().value(u"domain"_s).isString());
                QVERIFY(isBool(d.toObject(), u"disabled"_s));
            }
        } else if (kind == u"geo"_s) {
            QVERIFY((QStringList { u"GEO_ALL"_s, u"GEO_ALLOW_LIST"_s, u"GEO_BLOCK_LIST"_s })
                        .contains(v.value(u"recordGeoMode"_s).toString()));
            QVERIFY(v.value(u"recordGeoZones"_s).isArray());
        } else if (kind == u"privacy"_s) {
            QVERIFY(v.value(u"elementBlocks"_s).isArray());
            QVERIFY(v.value(u"ajaxWatches"_s).isArray());
            QVERIFY(isBool(v, u"discardIpAddresses"_s));
            QVERIFY(v.value(u"defaultPrivacyMode"_s).isString());
            QVERIFY(v.value(u"elementRuleGroups"_s).isObject()); // keyed by group id, not a list
            for (const auto &b : v.value(u"elementBlocks"_s).toArray()) {
                const QJsonObject block = b.toObject();
                QVERIFY(block.value(u"selector"_s).isString());
                QVERIFY((QStringList { u"BLOCK_EXCLUDE"_s, u"BLOCK_MASK"_s, u"BLOCK_UNMASK"_s })
                            .contains(block.value(u"type"_s).toString()));
                QVERIFY(block.value(u"exceptionSelectors"_s).isArray());
                QVERIFY(block.contains(u"targetingConditions"_s));
                QVERIFY(block.value(u"groupId"_s).isDouble()); // int64, sent as a number
                QVERIFY2(scopes.contains(block.value(u"scope"_s).toString()),
                    qPrintable(block.value(u"scope"_s).toString()));
                scopesSeen.insert(block.value(u"scope"_s).toString());
            }
            for (const auto &w : v.value(u"ajaxWatches"_s).toArray()) {
                const QJsonObject watch = w.toObject();
                QVERIFY(watch.value(u"urlRegex"_s).isString());
                QVERIFY(recordModes.contains(watch.value(u"recordReq"_s).toString()));
                QVERIFY(recordModes.contains(watch.value(u"recordRsp"_s).toString()));
                QVERIFY(watch.value(u"whitelistReq"_s).isString()); // not a list
                QVERIFY(watch.value(u"whitelistRsp"_s).isString());
                ++watches;
            }
            const QJsonObject groups = v.value(u"elementRuleGroups"_s).toObject();
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                const QJsonObject group = it.value().toObject();
                QVERIFY(group.value(u"groupId"_s).isDouble());
                QCOMPARE(QString::number(group.value(u"groupId"_s).toInteger()), it.key());
                QVERIFY((QStringList { u"NONE"_s, u"FORM_PRIVACY"_s })
                            .contains(group.value(u"templateId"_s).toString()));
                QVERIFY(scopes.contains(
                    group.value(u"overrides"_s).toObject().value(u"scope"_s).toString()));
                ++groupCount;
            }
        } else if (kind == u"features"_s) {
            for (const QString &flag : { u"enabled"_s, u"consoleWatcher"_s, u"ajaxWatcher"_s,
                     u"resourceUploading"_s, u"recordingShutoff"_s, u"clientSideRageClick"_s })
                QVERIFY2(isBool(v, flag), qPrintable(flag));
        } else {
            for (const auto &r : v.value(u"sessionTargetingRules"_s).toArray()) {
                const QJsonObject rule = r.toObject();
                QVERIFY(rule.value(u"id"_s).isString());
                QVERIFY(rule.value(u"children"_s).isArray());
                for (const auto &c : rule.value(u"conditions"_s).toArray()) {
                    const QJsonObject condition = c.toObject();
                    QVERIFY(condition.value(u"attr"_s).isString());
                    QVERIFY(condition.value(u"op"_s).isString());
                    const QJsonObject firstValue =
                        condition.value(u"values"_s).toArray().first().toObject();
                    if (firstValue.contains(u"intVal"_s))
                        QVERIFY(firstValue.value(u"intVal"_s).isString()); // int64 as string
                }
            }
            QVERIFY(v.contains(u"sessionTargetingRules"_s));
        }
    }
    if (kind == u"privacy"_s) {
        // The history exercises the shapes, not only the first version's.
        QVERIFY(watches > 0);
        QVERIFY(groupCount > 0);
        QVERIFY2(scopesSeen.size() >= 2, qPrintable(QStringList(scopesSeen.values()).join(u',')));
    }
}

void TestSimulator::historyIsNewestFirstAndPagesCleanly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("platform");
    for (const QString &kind : SettingsSeries::kinds()) {
        if (SettingsSeries::hasPlatforms(kind)) {
            QTest::newRow(qPrintable(kind + u"/web"_s)) << kind << u"web"_s;
            QTest::newRow(qPrintable(kind + u"/mobile"_s)) << kind << u"mobile"_s;
        } else {
            QTest::newRow(qPrintable(kind)) << kind << QString();
        }
    }
}

void TestSimulator::historyIsNewestFirstAndPagesCleanly()
{
    QFETCH(QString, kind);
    QFETCH(QString, platform);
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        QString target = u"/settings/recording/v1/%1/history?limit=7"_s.arg(kind);
        if (!platform.isEmpty())
            target += u"&platform="_s + platform;
        if (!token.isEmpty())
            target += u"&paginationToken="_s + token;
        const Reply page = get(target);
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.contains(u"next_pagination_token"_s)); // the examples' spelling, default
        for (const auto &v : page.json.value(u"versions"_s).toArray())
            seen.append(
                v.toObject().value(u"metadata"_s).toObject().value(u"lastUpdated"_s).toString());
        token = page.json.value(u"next_pagination_token"_s).toString();
        QVERIFY(++pages < 20);
    } while (!token.isEmpty());
    QCOMPARE(pages, 7); // 45 versions, 7 per page
    QCOMPARE(seen.size(), 45);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 45);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY2(instant(seen.at(i - 1)) > instant(seen.at(i)), qPrintable(seen.at(i)));
    // Fraction digits vary as Fullstory's do: none, milliseconds, microseconds.
    QSet<qsizetype> lengths;
    for (const QString &s : seen)
        lengths.insert(s.size());
    QVERIFY(lengths.size() >= 2);
}

void TestSimulator::historyLimitDefaultsAndCaps()
{
    SimConfig config;
    config.versions = 130;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
    QCOMPARE(
        get(u"/settings/recording/v1/geo/history"_s).json.value(u"versions"_s).toArray().size(),
        20);
    QCOMPARE(get(u"/settings/recording/v1/geo/history?limit=2"_s)
                 .json.value(u"versions"_s)
                 .toArray()
                 .size(),
        2);
    QCOMPARE(get(u"/settings/recording/v1/geo/history?limit=500"_s)
                 .json.value(u"versions"_s)
                 .toArray()
                 .size(),
        100);
    QCOMPARE(get(u"/settings/recording/v1/geo/history?limit=abc"_s).status, 400);
    QCOMPARE(get(u"/settings/recording/v1/geo/history?paginationToken=nonsense"_s).status, 400);
    // Both request spellings of the token are accepted.
    const QString token = get(u"/settings/recording/v1/geo/history?limit=2"_s)
                              .json.value(u"next_pagination_token"_s)
                              .toString();
    QVERIFY(token.startsWith(u'v'));
    const Reply camel =
        get(u"/settings/recording/v1/geo/history?limit=2&paginationToken="_s + token);
    const Reply snake =
        get(u"/settings/recording/v1/geo/history?limit=2&pagination_token="_s + token);
    QCOMPARE(camel.body, snake.body);
}

void TestSimulator::historyTokenSpellingIsSwitchable()
{
    m_sim->setCamelCaseHistoryToken(true);
    const Reply page = get(u"/settings/recording/v1/blocking/history?limit=5"_s);
    QVERIFY(!page.json.value(u"nextPaginationToken"_s).toString().isEmpty());
    QVERIFY(!page.json.contains(u"next_pagination_token"_s));
}

void TestSimulator::currentSettingsEqualNewestVersion()
{
    for (const QString &kind : SettingsSeries::kinds()) {
        const QString suffix =
            SettingsSeries::hasPlatforms(kind) ? u"?platform=mobile"_s : QString();
        const Reply current = get(u"/settings/recording/v1/"_s + kind + suffix);
        const QString sep = suffix.isEmpty() ? u"?"_s : u"&"_s;
        const Reply history =
            get(u"/settings/recording/v1/"_s + kind + u"/history"_s + suffix + sep + u"limit=1"_s);
        QCOMPARE(current.json, history.json.value(u"versions"_s).toArray().first().toObject());
    }
    // Platforms are separate series.
    QVERIFY(get(u"/settings/recording/v1/domain?platform=web"_s).json
        != get(u"/settings/recording/v1/domain?platform=mobile"_s).json);
    QCOMPARE(get(u"/settings/recording/v1/domain"_s).json,
        get(u"/settings/recording/v1/domain?platform=web"_s).json); // web is the default
}

void TestSimulator::versionsCarryRealChanges()
{
    for (const QString &kind : SettingsSeries::kinds()) {
        const SettingsSeries *series =
            m_sim->series(kind, SettingsSeries::hasPlatforms(kind) ? u"web"_s : QString());
        QVERIFY(series);
        int changed = 0;
        QSet<QString> authors;
        for (qsizetype i = 1; i < series->versions().size(); ++i) {
            QJsonObject before =
                QJsonDocument::fromJson(series->versions().at(i - 1).json).object();
            QJsonObject after = QJsonDocument::fromJson(series->versions().at(i).json).object();
            authors.insert(
                after.value(u"metadata"_s).toObject().value(u"lastUpdatedBy"_s).toString());
            before.remove(u"metadata"_s);
            after.remove(u"metadata"_s);
            changed += before != after ? 1 : 0;
        }
        QVERIFY2(changed >= 35, qPrintable(kind + u": "_s + QString::number(changed)));
        QVERIFY2(authors.size() >= 3, qPrintable(kind));
    }
}

void TestSimulator::addedVersionsArriveFirst()
{
    const QString before = get(u"/settings/recording/v1/privacy/history?limit=1"_s)
                               .json.value(u"versions"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"metadata"_s)
                               .toObject()
                               .value(u"lastUpdated"_s)
                               .toString();
    m_sim->addVersions(u"privacy"_s, 3);
    const QJsonArray page = get(u"/settings/recording/v1/privacy/history?limit=4"_s)
                                .json.value(u"versions"_s)
                                .toArray();
    QCOMPARE(
        page.at(3).toObject().value(u"metadata"_s).toObject().value(u"lastUpdated"_s).toString(),
        before);
    QVERIFY(instant(page.at(0)
                        .toObject()
                        .value(u"metadata"_s)
                        .toObject()
                        .value(u"lastUpdated"_s)
                        .toString())
        > instant(before));
}

void TestSimulator::usersPageWithInt64IdsAsStrings()
{
    const Reply page = get(u"/v2/users"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"total_records"_s), QJsonValue(u"250"_s)); // int64 as a string
    QVERIFY(!page.json.value(u"next_page_token"_s).toString().isEmpty());
    QVERIFY(page.json.value(u"app_url"_s).isString());
    const QJsonArray results = page.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 100);
    int anonymous = 0;
    for (const auto &value : results) {
        const QJsonObject user = value.toObject();
        QVERIFY(user.value(u"id"_s).isString());
        bool ok = false;
        QVERIFY(user.value(u"id"_s).toString().toULongLong(&ok) > (1ULL << 53));
        QVERIFY(ok);
        QVERIFY(user.value(u"is_being_deleted"_s).isBool());
        QVERIFY(user.value(u"display_name"_s).isString());
        QVERIFY(user.value(u"schema"_s).isNull());
        QVERIFY(user.value(u"type_conflicts"_s).isNull());
        const QJsonObject properties = user.value(u"properties"_s).toObject();
        QVERIFY(properties.value(u"seats"_s).isDouble());
        QVERIFY(properties.value(u"beta"_s).isBool());
        QVERIFY(properties.value(u"tags"_s).isArray());
        QVERIFY(properties.value(u"device_count"_s).isDouble());
        if (properties.value(u"device_count"_s).toInt() > 0)
            QVERIFY(properties.value(u"device"_s).toObject().value(u"os"_s).isString());
        // Fullstory refuses a property that is a list of objects; lists of scalars are fine.
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.value().isArray()) {
                for (const auto &element : it.value().toArray())
                    QVERIFY2(!element.isObject() && !element.isArray(), qPrintable(it.key()));
            }
        }
        QVERIFY(properties.value(u"address"_s).toObject().value(u"geo"_s).isObject());
        QVERIFY(instant(properties.value(u"signup_date"_s).toString()).isValid());
        anonymous += user.contains(u"uid"_s) ? 0 : 1;
    }
    QCOMPARE(anonymous, 10);
    // Doubles keep their fraction in the literal, so a loader can tell them from integers.
    QVERIFY(QRegularExpression(u"\"lifetime_value\":\\d+\\.\\d\\d[,}]"_s)
                .match(QString::fromUtf8(page.body))
                .hasMatch());
}

void TestSimulator::usersWalkServesEveryoneOnce()
{
    QSet<QString> ids;
    QString token;
    int pages = 0;
    do {
        const Reply page =
            get(u"/v2/users"_s + (token.isEmpty() ? QString() : u"?page_token="_s + token));
        QCOMPARE(page.status, 200);
        for (const auto &user : page.json.value(u"results"_s).toArray())
            ids.insert(user.toObject().value(u"id"_s).toString());
        token = page.json.value(u"next_page_token"_s).toString();
        ++pages;
    } while (!token.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 250);
    QCOMPARE(m_sim->listPagesServed(), 3);
    QCOMPARE(get(u"/v2/users?page_token=garbage!"_s).status, 400);
}

void TestSimulator::singleUserLookups()
{
    const QString id = m_sim->users().idAt(7);
    const QString uid = m_sim->users().uidAt(7);
    const Reply byId = get(u"/v2/users/"_s + id);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json.value(u"id"_s).toString(), id); // no envelope
    const Reply byUid = get(u"/v2/users?uid="_s + uid);
    QCOMPARE(byUid.json.value(u"results"_s).toArray().first().toObject(), byId.json);
    QCOMPARE(byUid.json.value(u"total_records"_s).toString(), u"1"_s);
    QCOMPARE(get(u"/v2/users?uid=nobody"_s).json.value(u"results"_s).toArray().size(), 0);

    const Reply v1 = get(u"/users/v1/individual/"_s + uid, SimKeys::Standard);
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.json.value(u"uid"_s).toString(), uid);
    QCOMPARE(v1.json.value(u"displayName"_s), byId.json.value(u"display_name"_s)); // camelCase v1
    QVERIFY(v1.json.value(u"numSessions"_s).isString());
    QVERIFY(instant(v1.json.value(u"firstSeen"_s).toString()).isValid());
    QVERIFY(instant(v1.json.value(u"lastSeen"_s).toString()).isValid());

    const Reply gone = get(u"/v2/users/6606828898126528474"_s);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json.value(u"code"_s).toString(), u"user_not_found"_s);
    QCOMPARE(get(u"/users/v1/individual/acct-999999"_s).status, 404);
}

void TestSimulator::keyLevelsAndErrorBodies()
{
    QCOMPARE(get(u"/me"_s, SimKeys::Admin).json.value(u"role"_s).toString(), u"ADMIN"_s);
    QCOMPARE(get(u"/me"_s, SimKeys::Architect).json.value(u"role"_s).toString(), u"ARCHITECT"_s);
    QCOMPARE(get(u"/me"_s, SimKeys::Standard).json.value(u"role"_s).toString(), u"USER"_s);

    for (const char *key : { "wrong-key", static_cast<const char *>(nullptr) }) {
        const Reply denied = get(u"/settings/recording/v1/geo"_s, key);
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.json.value(u"code"_s).toString(), u"unauthorized"_s);
        QVERIFY(!denied.json.value(u"message"_s).toString().isEmpty());
    }
    QCOMPARE(get(u"/me"_s, "Bearer-style").status, 401);

    const QStringList restricted = { u"/settings/recording/v1/privacy"_s,
        u"/settings/recording/v1/privacy/history"_s, u"/v2/users"_s,
        u"/v2/users/"_s + m_sim->users().idAt(0) };
    for (const QString &path : restricted) {
        const Reply forbidden = get(path, SimKeys::Standard);
        QVERIFY2(forbidden.status == 403, qPrintable(path));
        QCOMPARE(forbidden.json.value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(get(path, SimKeys::Architect).status, 200);
    }
    QCOMPARE(get(u"/settings/recording/v1/geo"_s, SimKeys::Standard).status, 200);
    QCOMPARE(get(u"/nowhere"_s).status, 404);
}

void TestSimulator::rateLimitCarriesRetryAfter()
{
    m_sim->faults().rateLimitEvery = 1;
    m_sim->faults().retryAfter = u"Wed, 21 Oct 2015 07:28:00 GMT"_s;
    const Reply limited = get(u"/me"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    QCOMPARE(limited.json.value(u"code"_s).toString(), u"too_many_requests"_s);
    QCOMPARE(m_sim->requestLog().last().status, 429);
}

void TestSimulator::dataIsDeterministicForASeed()
{
    SimConfig config;
    config.versions = 10;
    const Simulator a(config), b(config);
    config.seed = 7;
    const Simulator c(config);
    QCOMPARE(a.users().v2Page(0, 50, {}, 50), b.users().v2Page(0, 50, {}, 50));
    QVERIFY(a.users().v2Page(0, 50, {}, 50) != c.users().v2Page(0, 50, {}, 50));
    for (const QString &kind : SettingsSeries::kinds()) {
        const QString platform = SettingsSeries::hasPlatforms(kind) ? u"web"_s : QString();
        QCOMPARE(a.series(kind, platform)->versions().last().json,
            b.series(kind, platform)->versions().last().json);
    }
}

void TestSimulator::historiesEndNearTheChosenDate()
{
    SimConfig config;
    config.versions = 30;
    config.historyEnd = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const Simulator pinned(config);
    const Simulator again(config);
    for (const QString &kind : SettingsSeries::kinds()) {
        const QString platform = SettingsSeries::hasPlatforms(kind) ? u"mobile"_s : QString();
        const SettingsSeries *series = pinned.series(kind, platform);
        const QDateTime newest =
            QDateTime::fromMSecsSinceEpoch(series->versions().last().msecs, Qt::UTC);
        QVERIFY2(newest < config.historyEnd && newest > config.historyEnd.addSecs(-2 * 3600),
            qPrintable(newest.toString(Qt::ISODate)));
        QVERIFY(series->versions().first().msecs < series->versions().last().msecs);
        QCOMPARE(
            series->versions().last().json, again.series(kind, platform)->versions().last().json);
    }
    // By default the histories end today, so demo data is current.
    const Simulator today { SimConfig {} };
    const qint64 age =
        today.series(u"geo"_s)->versions().last().msecs - QDateTime::currentMSecsSinceEpoch();
    QVERIFY(age < 0 && age > -2 * 86400 * 1000LL);
}

void TestSimulator::theDemoServerStartsOnceWhenFirstAsked()
{
    SimConfig config;
    config.users = 10;
    SimulatorThread server(config);
    QVERIFY(!server.isReady()); // building it starts nothing

    QList<QUrl> answers;
    auto answer = [&answers](const QUrl &url, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        answers.append(url);
    };
    QObject first, second;
    auto gone = std::make_unique<QObject>();
    bool goneAnswered = false;
    server.whenReady(&first, answer);
    server.whenReady(&second, answer);
    server.whenReady(
        gone.get(), [&goneAnswered](const QUrl &, const QString &) { goneAnswered = true; });
    gone.reset(); // a pane closed while the server was starting
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0), answers.at(1)); // one server for both
    QVERIFY(answers.at(0).host() == u"127.0.0.1"_s);

    // Once running, an answer is still queued: the caller's code after the call runs first.
    server.whenReady(&first, answer);
    QCOMPARE(answers.size(), 2);
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers.at(2), answers.at(0));
    QVERIFY(!goneAnswered);

    QNetworkReply *reply =
        m_network.get(QNetworkRequest(answers.at(0).resolved(QUrl(u"/v2/users"_s))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401); // no key
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
