// SPDX-License-Identifier: MIT
// The engine against servers that misbehave on purpose (issue 11): reserved characters in look-
// up values, 404s that do not say "not found", messages that echo the key, walks that never
// end, bodies too slow or too large, numbers no 64-bit type holds. Real HTTP on 127.0.0.1 (the
// simulator, or a scripted server), the real writer, a real SQLite file.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/simulator/simulator.h"
#include "core/sync/syncengine.h"
#include "scriptedserver.h"
#include "testsupport.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;
using namespace Core;
using TestSupport::ScriptedServer;

namespace {

constexpr char Key[] = "fs-na1-Sekret0Key-7f3a9c2e41d8b6";

HttpResponse pass()
{
    HttpResponse response;
    response.status = 0; // ScriptedServer: not handled here
    return response;
}

// A /v2/users page of `count` users numbered from `first`; an empty token ends the walk, an
// empty total leaves total_records out.
QByteArray usersPage(int first, int count, const QByteArray &token, const QByteArray &total = {})
{
    QByteArray body = "{\"results\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        const QByteArray n = QByteArray::number(i);
        body += "{\"id\":\"u-" + n + "\",\"uid\":\"acct-" + n + "\",\"display_name\":\"User " + n
            + "\",\"properties\":{\"score\":" + n + "}}";
    }
    body += ']';
    if (!total.isEmpty())
        body += ",\"total_records\":\"" + total + '"';
    if (!token.isEmpty())
        body += ",\"next_page_token\":\"" + token + '"';
    return body + '}';
}

// How many requests a script saw for one path.
int requestsTo(const ScriptedServer &server, const QByteArray &path)
{
    int n = 0;
    for (const QByteArray &target : server.targets())
        n += target == path || target.startsWith(QByteArray(path + '?')) ? 1 : 0;
    return n;
}

} // namespace

class TestHostileServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lookupValuesAreEncodedExactlyOnce_data();
    void lookupValuesAreEncodedExactlyOnce();
    void lookupKeepsTheUserUnlessTheServerSaysNotFound();
    void echoedKeyIsScrubbedBeforeItIsCut();
    void pageTokensGoingRoundStopTheWalk();
    void endlessTokensStopAtThePageCap();
    void aWalkPastTheServersTotalStops();
    void aTrickledBodyMeetsTheDeadline();
    void aNonStringTokenFailsTheResource();
    void anOversizedBodyIsRefusedUnread();
    void numbersBeyond64BitsAreStoredAsText();
    void variantColumnsCountAgainstTheColumnCap();
    void keysWithOneNameKeepEveryValue();
    void theKeyChecksRetriesAreSaidAsTheyHappen();

private:
    using Tweak = std::function<void(SyncOptions &)>;
    RunResult sync(const QUrl &url, const QStringList &resources,
        const QHash<QString, QString> &arguments = {},
        const QString &key = QString::fromLatin1(Key), const Tweak &tweak = {});
    RunResult syncUsers(const QUrl &url, const Tweak &tweak = {})
    {
        return sync(url, { u"users"_s }, {}, QString::fromLatin1(Key), tweak);
    }
    // Stores 20 users from a well-behaved server: what every hostile run must leave alone.
    void storeTwentyUsers();
    void expectTwentyUsersUnchanged();
    static const ResourceResult &only(const RunResult &result);
    qint64 count(const QString &sql) { return m_query->count(sql); }

    Catalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<TestSupport::DatasetQuery> m_query;
};

void TestHostileServer::init()
{
    m_catalog = Catalog::load().value();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"fullstory.sqlite"_s);
    m_query = std::make_unique<TestSupport::DatasetQuery>(m_db);
}

void TestHostileServer::cleanup()
{
    m_query.reset();
}

RunResult TestHostileServer::sync(const QUrl &url, const QStringList &resources,
    const QHash<QString, QString> &arguments, const QString &key, const Tweak &tweak)
{
    SyncOptions options;
    options.datasetPath = m_db;
    options.api.baseUrl = url;
    options.api.apiKey = key;
    options.api.retry.timeScale = 0.001;
    options.resources = resources;
    options.arguments = arguments;
    options.trigger = u"test"_s;
    if (tweak)
        tweak(options);
    SyncEngine engine(m_catalog, options);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(60000))
        qFatal("sync did not finish");
    return finished.first().first().value<RunResult>();
}

void TestHostileServer::lookupValuesAreEncodedExactlyOnce_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plus-tagged e-mail") << u"+test@example.com"_s;
    QTest::newRow("space percent hash") << u" 100%#x+y@ex.com"_s;
    QTest::newRow("slash and question mark") << u"/a?b=c&d"_s;
}

void TestHostileServer::lookupValuesAreEncodedExactlyOnce()
{
    QFETCH(QString, suffix);
    SimConfig config;
    config.users = 30;
    config.uidSuffix = suffix;
    Simulator sim(config);
    QVERIFY(sim.listen());
    const QString admin = QString::fromLatin1(SimKeys::Admin);
    QCOMPARE(sync(sim.url(), { u"users"_s }, {}, admin).status, RunResult::Status::Completed);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 30);

    const QString uid = u"acct-000001"_s + suffix;
    const RunResult result =
        sync(sim.url(), { u"user_by_uid"_s, u"user_v1"_s }, { { u"uid"_s, uid } }, admin);
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    // The simulator reads `+` as a space, as the real API does: both found the user only
    // because the uid arrived whole.
    QCOMPARE(result.resources.size(), 2);
    for (const ResourceResult &r : result.resources) {
        QCOMPARE(r.records, 1);
        QCOMPARE(r.removed, 0);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 30);
    QCOMPARE(m_query->column(u"SELECT uid FROM users_v1"_s), QStringList { uid });
}

void TestHostileServer::lookupKeepsTheUserUnlessTheServerSaysNotFound()
{
    SimConfig config;
    config.users = 20;
    Simulator sim(config);
    QVERIFY(sim.listen());
    const QString uid = sim.users().uidAt(3);
    const QString admin = QString::fromLatin1(SimKeys::Admin);
    QCOMPARE(sync(sim.url(), { u"users"_s, u"user_v1"_s }, { { u"uid"_s, uid } }, admin).status,
        RunResult::Status::Completed);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users_v1"_s), 1);

    // A 400, a proxy's 404 page and a 404 with an unreadable body say nothing about the user.
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path == u"/v2/users"_s)
            return ScriptedServer::error(400, u"invalid_argument"_s, u"bad uid"_s);
        if (request.path.startsWith(u"/users/v1/individual/"_s))
            return ScriptedServer::json("<html><body>Not Found</body></html>", 404);
        if (request.path.startsWith(u"/v2/users/"_s))
            return ScriptedServer::json("{\"cod", 404);
        return pass();
    });
    const RunResult result = sync(server.url(), { u"user_by_uid"_s, u"user_v1"_s, u"user_by_id"_s },
        { { u"uid"_s, uid }, { u"id"_s, sim.users().idAt(3) } });
    QCOMPARE(result.status, RunResult::Status::Failed);
    for (const ResourceResult &r : result.resources) {
        QCOMPARE(r.status, ResourceResult::Status::Failed);
        QCOMPARE(r.removed, 0);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 20);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users_v1"_s), 1);

    // The server's own "not found" still removes the user (design.md §7).
    ScriptedServer gone([](const HttpRequest &request) {
        if (request.path.startsWith(u"/users/v1/individual/"_s))
            return ScriptedServer::error(404, u"user_not_found"_s, u"user not found"_s);
        return pass();
    });
    QCOMPARE(sync(gone.url(), { u"user_v1"_s }, { { u"uid"_s, uid } }).status,
        RunResult::Status::Completed);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users_v1"_s), 0);
}

void TestHostileServer::echoedKeyIsScrubbedBeforeItIsCut()
{
    const QByteArray key = Key;
    // Every spelling a server might echo, at every offset around the 300-character cut.
    const QList<QByteArray> forms = { key, key.toUpper(), key.toLower(), key.toBase64(),
        QByteArray(key + ':').toBase64() };
    int offset = 0;
    QByteArray form;
    ScriptedServer server([&](const HttpRequest &request) {
        const QByteArray message = QByteArray(offset, 'x') + form + " was not accepted";
        if (request.path == u"/me"_s && offset % 2 == 1)
            return ScriptedServer::error(401, u"unauthorized"_s, QString::fromLatin1(message));
        if (request.path == u"/settings/recording/v1/geo"_s)
            return ScriptedServer::error(400, u"invalid_argument"_s, QString::fromLatin1(message));
        return pass();
    });
    auto leaks = [&key](const QString &text) {
        // Any eight characters of the key, in any case, count as a leak.
        const QString haystack = text.toLower();
        const QString lowerKey = QString::fromLatin1(key).toLower();
        for (qsizetype i = 0; i + 8 <= lowerKey.size(); ++i) {
            if (haystack.contains(lowerKey.mid(i, 8)))
                return true;
        }
        return false;
    };
    for (const QByteArray &candidate : forms) {
        form = candidate;
        for (offset = 300 - int(form.size()) - 4; offset <= 302; ++offset) {
            const RunResult result = sync(server.url(), { u"settings_geo"_s });
            QVERIFY(!result.error.isEmpty() || !result.resources.isEmpty());
            QVERIFY2(!leaks(result.error), qPrintable(result.error));
            for (const ResourceResult &r : result.resources)
                QVERIFY2(!leaks(r.error), qPrintable(r.error));
        }
    }
    QStringList stored = m_query->column(u"SELECT error FROM _sync_runs WHERE error IS NOT NULL"_s);
    stored += m_query->column(u"SELECT error FROM _sync_resources WHERE error IS NOT NULL"_s);
    QVERIFY(stored.size() > 100);
    for (const QString &text : std::as_const(stored))
        QVERIFY2(!leaks(text), qPrintable(text));
    QVERIFY(stored.join(u'\n').contains(u"[api key]"_s));
}

void TestHostileServer::storeTwentyUsers()
{
    ScriptedServer good([](const HttpRequest &request) {
        if (request.path == u"/v2/users"_s)
            return ScriptedServer::json(usersPage(1, 20, {}, "20"));
        return pass();
    });
    QCOMPARE(syncUsers(good.url()).status, RunResult::Status::Completed);
    expectTwentyUsersUnchanged();
}

void TestHostileServer::expectTwentyUsersUnchanged()
{
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 20);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE id BETWEEN 'u-1' AND 'u-9'"_s), 20);
}

const ResourceResult &TestHostileServer::only(const RunResult &result)
{
    if (result.resources.size() != 1)
        qFatal("expected one resource, got %d", int(result.resources.size()));
    return result.resources.first();
}

void TestHostileServer::pageTokensGoingRoundStopTheWalk()
{
    storeTwentyUsers();
    // Before: A → B → A → B … for as long as the sync ran (35k requests in 60 s).
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        const QString token = request.param(u"page_token"_s);
        const int first = 100 + 20 * int(request.target.size() % 7);
        return ScriptedServer::json(usersPage(first, 20, token == u"A"_s ? "B" : "A"));
    });
    const RunResult result = syncUsers(server.url());
    QCOMPARE(result.status, RunResult::Status::Failed);
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(
        only(result).error.contains(u"go round in a circle"_s), qPrintable(only(result).error));
    QCOMPARE(requestsTo(server, "/v2/users"), 3); // first, A, B: B's "A" is the repeat
    expectTwentyUsersUnchanged();
}

void TestHostileServer::endlessTokensStopAtThePageCap()
{
    storeTwentyUsers();
    // Before: new tokens and new rows forever, the WAL growing by 3 MB a second.
    int served = 0;
    ScriptedServer server([&served](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        ++served;
        return ScriptedServer::json(
            usersPage(1000 + 20 * served, 20, "t" + QByteArray::number(served)));
    });
    const RunResult result =
        syncUsers(server.url(), [](SyncOptions &options) { options.maxPagesPerWalk = 6; });
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(only(result).error.contains(u"after 6 pages"_s), qPrintable(only(result).error));
    QCOMPARE(served, 6);
    expectTwentyUsersUnchanged();
    // The default cap is generous: ten million users at a thousand a page.
    QCOMPARE(SyncOptions().maxPagesPerWalk, 10000);
}

void TestHostileServer::aWalkPastTheServersTotalStops()
{
    storeTwentyUsers();
    int served = 0;
    ScriptedServer server([&served](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        ++served;
        return ScriptedServer::json(
            usersPage(1000 + 20 * served, 20, "t" + QByteArray::number(served), "40"));
    });
    const RunResult result = syncUsers(server.url());
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(only(result).error.contains(u"more than the 40 it says it holds"_s),
        qPrintable(only(result).error));
    // 40 claimed, plus a tenth, plus a thousand of slack for a list that grows while read.
    QCOMPARE(served, (40 + 4 + 1000) / 20 + 1);
    expectTwentyUsersUnchanged();
}

void TestHostileServer::aTrickledBodyMeetsTheDeadline()
{
    storeTwentyUsers();
    // Before: a byte a second kept the silence timer happy and page 1 took 420 s.
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        HttpResponse response = ScriptedServer::json(usersPage(500, 20, {}, "20"));
        response.delivery = HttpResponse::Delivery::Trickle;
        response.trickleMs = 20; // 2 kB at 50 bytes a second: some 40 s
        return response;
    });
    QElapsedTimer clock;
    clock.start();
    const RunResult result = syncUsers(server.url(), [](SyncOptions &options) {
        options.api.responseDeadline = std::chrono::milliseconds(1000);
        options.api.retry.maxAttempts = 2;
    });
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(only(result).error.contains(u"did not finish within 1 s"_s),
        qPrintable(only(result).error));
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(20000),
        "two attempts of one second each, not the whole trickle");
    QCOMPARE(requestsTo(server, "/v2/users"), 2);
    expectTwentyUsersUnchanged();
}

void TestHostileServer::aNonStringTokenFailsTheResource()
{
    storeTwentyUsers();
    // Before: 12345 read as "no token", so paging ended after one page and the 20 users of
    // page 1 replaced all 50 (exit 0).
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        QByteArray body = usersPage(300, 20, {}, "50");
        body.chop(1);
        return ScriptedServer::json(body + ",\"next_page_token\":12345}");
    });
    const RunResult result = syncUsers(server.url());
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(only(result).error.contains(u"“next_page_token” is not a string"_s),
        qPrintable(only(result).error));
    // A well-formed body would come back the same: not retried.
    QCOMPARE(requestsTo(server, "/v2/users"), 1);
    expectTwentyUsersUnchanged();
}

void TestHostileServer::anOversizedBodyIsRefusedUnread()
{
    storeTwentyUsers();
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        return ScriptedServer::json(usersPage(2000, 12000, {}, "12000")); // some 1.3 MB
    });
    const RunResult result = syncUsers(
        server.url(), [](SyncOptions &options) { options.api.maxBodyBytes = 1024 * 1024; });
    QCOMPARE(only(result).status, ResourceResult::Status::Failed);
    QVERIFY2(only(result).error.contains(u"larger than 1 MiB"_s), qPrintable(only(result).error));
    QCOMPARE(requestsTo(server, "/v2/users"), 1);
    expectTwentyUsersUnchanged();
    // The real limit leaves room for a page some 30 times the size of Fullstory's largest.
    QCOMPARE(ApiClientConfig().maxBodyBytes, qint64(64) * 1024 * 1024);
}

void TestHostileServer::numbersBeyond64BitsAreStoredAsText()
{
    // Before: "Problem while parsing a number", five attempts, and the resource never synced.
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        QByteArray body = usersPage(1, 4, {}, "4");
        body.replace("\"score\":2}", "\"score\":18446744073709551616}");
        body.replace("\"score\":3}", "\"score\":-9223372036854775809}");
        body.replace("\"score\":4}", "\"score\":1e400}");
        return ScriptedServer::json(body);
    });
    const RunResult result = syncUsers(server.url());
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(requestsTo(server, "/v2/users"), 1);
    // The first value made the column an integer; the others keep their exact text beside it.
    QCOMPARE(m_query->column(u"SELECT COALESCE(properties__score, properties__score__v_text) "
                             "FROM users ORDER BY id"_s),
        QStringList({ u"1"_s, u"18446744073709551616"_s, u"-9223372036854775809"_s, u"1e400"_s }));
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM users WHERE typeof(properties__score__v_text) = 'text'"_s), 3);
}

void TestHostileServer::variantColumnsCountAgainstTheColumnCap()
{
    // 1,400 properties, integers first, then all of them text: a variant for each would take
    // `users` to some 2,800 columns, past SQLite's 2,000.
    constexpr int Properties = 1400;
    bool asText = false;
    ScriptedServer server([&asText](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        QByteArray body = "{\"results\":[";
        for (int user = 1; user <= 3; ++user) {
            body += user > 1 ? ",{" : "{";
            body += "\"id\":\"u-" + QByteArray::number(user) + "\",\"properties\":{";
            for (int p = 0; p < Properties; ++p) {
                body += (p ? ",\"p" : "\"p") + QByteArray::number(p) + "\":";
                // The last one with a quote and a backslash: overflow JSON must escape them.
                const QByteArray tail = p == Properties - 1 ? "\\\"q\\\\\"" : "\"";
                body += asText ? "\"v" + QByteArray::number(p) + tail : QByteArray::number(p);
            }
            body += "}}";
        }
        return ScriptedServer::json(body + "],\"total_records\":\"3\"}");
    });
    QCOMPARE(syncUsers(server.url()).status, RunResult::Status::Completed);
    const qint64 before = count(u"SELECT COUNT(*) FROM pragma_table_info('users')"_s);
    QVERIFY(before > Properties && before < 1500);

    // A dataset an older build left past the cap: 300 variants already there.
    for (int p = 0; p < 300; ++p) {
        const QString column = u"properties__p%1__v_text"_s.arg(p);
        m_query->column(u"ALTER TABLE users ADD COLUMN \"%1\" TEXT"_s.arg(column));
        m_query->column(
            u"INSERT INTO _sync_schema SELECT table_name, '%1', position + 10000, "
            "'text', 1, 0, 1, 0, parent_table, root_table, has_root_id FROM "
            "_sync_schema WHERE table_name = 'users' AND column_name = 'id'"_s.arg(column));
    }
    m_query->close();

    asText = true;
    const RunResult result = syncUsers(server.url());
    // Before: "too many columns on sqlite_altertab__sync_stage__users", every sync after.
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    const qint64 after = count(u"SELECT COUNT(*) FROM pragma_table_info('users')"_s);
    QCOMPARE(after, before + 300 + 1); // no new variant, only the overflow column
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 3);
    // An existing variant still takes its values; past the cap they go to the overflow JSON.
    QCOMPARE(m_query->column(u"SELECT properties__p7__v_text FROM users WHERE id = 'u-2'"_s),
        QStringList { u"v7"_s });
    QCOMPARE(m_query->column(u"SELECT json_extract(_overflow_json, '$.properties__p1399') "
                             "FROM users WHERE id = 'u-2'"_s),
        QStringList { u"v1399\"q\\"_s });
    QVERIFY(count(u"SELECT COUNT(*) FROM _sync_schema_changes WHERE change = 'overflow'"_s) >= 1);
    // And the next sync of the same data passes too.
    QCOMPARE(syncUsers(server.url()).status, RunResult::Status::Completed);
}

void TestHostileServer::keysWithOneNameKeepEveryValue()
{
    // Before: one column `foo_bar` holding the last of three values, "ID" overwriting the key,
    // and a column `rowid` that hid every row's identity from the table grid.
    ScriptedServer server([](const HttpRequest &request) {
        if (request.path != u"/v2/users"_s)
            return pass();
        return ScriptedServer::json(R"({"results":[{"id":"u-1","ID":"spoof","fooBar":1,)"
                                    R"("foo_bar":2,"FooBar":3,"rowid":"r"}],"total_records":"1"})");
    });
    const RunResult result = syncUsers(server.url());
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(m_query->column(u"SELECT id || ' ' || id__2 || ' ' || foo_bar || foo_bar__2 || "
                             "foo_bar__3 || ' ' || rowid__2 FROM users"_s),
        QStringList { u"u-1 spoof 231 r"_s });
    QCOMPARE(m_query->column(u"SELECT typeof(rowid) FROM users"_s), QStringList { u"integer"_s });
    QCOMPARE(m_query->column(u"SELECT column_name FROM _sync_schema_changes WHERE change = "
                             "'renamed' ORDER BY column_name"_s),
        QStringList({ u"foo_bar__2"_s, u"foo_bar__3"_s, u"id__2"_s, u"rowid__2"_s }));
}

void TestHostileServer::theKeyChecksRetriesAreSaidAsTheyHappen()
{
    // Before: "Checking the API key" for the whole backoff, then every resource "Cancelled".
    int meRequests = 0;
    ScriptedServer server([&meRequests](const HttpRequest &request) {
        if (request.path == u"/me"_s && ++meRequests <= 2)
            return ScriptedServer::error(503, u"unavailable"_s, u"down for maintenance"_s);
        if (request.path == u"/settings/recording/v1/geo"_s)
            return ScriptedServer::json(R"({"recordGeoMode":"all"})");
        return pass();
    });
    SyncOptions options;
    options.datasetPath = m_db;
    options.api.baseUrl = server.url();
    options.api.apiKey = QString::fromLatin1(Key);
    options.api.retry.timeScale = 0.001;
    options.resources = { u"settings_geo"_s };
    SyncEngine engine(m_catalog, options);
    QSignalSpy stages(&engine, &SyncEngine::stageChanged);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    QVERIFY(finished.wait(30000));
    QStringList said;
    for (const QList<QVariant> &stage : std::as_const(stages))
        said.append(stage.first().toString());
    QVERIFY2(said.contains(u"Checking the API key: Fullstory answered with an error, trying again "
                           "in 1 s (attempt 2 of 5)"_s),
        qPrintable(said.join(u'\n')));
    QVERIFY(said.join(u'\n').contains(u"(attempt 3 of 5)"_s));
    QCOMPARE(finished.first().first().value<RunResult>().status, RunResult::Status::Completed);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
