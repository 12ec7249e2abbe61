// SPDX-License-Identifier: MIT
// The engine against servers that misbehave on purpose (issue 11): reserved characters in look-
// up values, 404s that do not say "not found", messages that echo the key. Real HTTP on
// 127.0.0.1 (the simulator, or a scripted server), the real writer, a real SQLite file.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/simulator/simulator.h"
#include "core/sync/syncengine.h"
#include "scriptedserver.h"
#include "testsupport.h"

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

private:
    RunResult sync(const QUrl &url, const QStringList &resources,
        const QHash<QString, QString> &arguments = {},
        const QString &key = QString::fromLatin1(Key));
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
    const QHash<QString, QString> &arguments, const QString &key)
{
    SyncOptions options;
    options.datasetPath = m_db;
    options.api.baseUrl = url;
    options.api.apiKey = key;
    options.api.retry.timeScale = 0.001;
    options.resources = resources;
    options.arguments = arguments;
    options.trigger = u"test"_s;
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

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
