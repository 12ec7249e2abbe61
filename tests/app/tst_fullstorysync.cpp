// SPDX-License-Identifier: MIT
// fullstory-sync as scripts run it: a child process against a fullstory-sim child process,
// real HTTP, real signals, a real file. Covers the exit-code table of design.md §2.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include <unistd.h>

#include "core/secrets/keychainstore.h"
#include "simprocess.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

} // namespace

class TestFullstorySync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void demoSyncsWithoutAnyKey();
    void keyFromStdinOrEnvironment();
    void theSummaryCountsInGoodEnglish();
    void keyFromTheKeychain();
    void baseUrlFromTheStoredRegion();
    void usageErrorsExitTwo();
    void malformedCatalogExitsTwo();
    void missingKeyExitsThree();
    void rejectedKeyExitsThreeAndKeepsData();
    void standardKeyIsPartial();
    void unreachableApiExitsFive();
    void corruptDatasetExitsSix();
    void anotherApplicationsFileExitsSixUnchanged();
    void strayArgumentIsNeverEchoed();
    void killMidUsersLeavesTheDatasetIntact();
    void signalsRollBackAndExit_data();
    void signalsRollBackAndExit();
    void keyLeavesNoTrace();

private:
    Run sync(const QStringList &arguments, const QByteArray &stdinKey = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QProcess *startSync(const QStringList &arguments, const QByteArray &stdinKey);
    qint64 count(const QString &sql);
    QString db() const { return m_dir->filePath(u"fullstory.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestSupport::DatasetQuery> m_query;
};

static QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FULLSTORY_API_KEY"_s);
    return env;
}

void TestFullstorySync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_query = std::make_unique<TestSupport::DatasetQuery>(db());
}

void TestFullstorySync::cleanup()
{
    m_query.reset();
}

QProcess *TestFullstorySync::startSync(const QStringList &arguments, const QByteArray &stdinKey)
{
    auto *process = new QProcess(this);
    process->setStandardErrorFile(m_dir->filePath(u"progress.log"_s)); // not read while it runs
    process->setProcessEnvironment(cleanEnvironment());
    QStringList args = arguments;
    if (!stdinKey.isEmpty())
        args.append(u"--api-key-stdin"_s);
    process->start(QStringLiteral(FSD_BIN_DIR "/fullstory-sync"), args);
    process->waitForStarted(5000);
    if (!stdinKey.isEmpty()) {
        process->write(stdinKey + '\n');
        // Written only when this process's events run; the test is about to block elsewhere.
        process->waitForBytesWritten(5000);
    }
    process->closeWriteChannel();
    return process;
}

Run TestFullstorySync::sync(
    const QStringList &arguments, const QByteArray &stdinKey, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList args = arguments;
    if (!stdinKey.isEmpty())
        args.append(u"--api-key-stdin"_s);
    process.start(QStringLiteral(FSD_BIN_DIR "/fullstory-sync"), args);
    if (!stdinKey.isEmpty())
        process.write(stdinKey + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("fullstory-sync did not finish");
    Run run;
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

qint64 TestFullstorySync::count(const QString &sql)
{
    return m_query->count(sql);
}

void TestFullstorySync::demoSyncsWithoutAnyKey()
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    const Run run = sync({ u"--demo"_s, u"--json"_s }, {}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"status"_s).toString(), u"completed"_s);
    const QString dataset = run.json.value(u"dataset"_s).toString();
    QCOMPARE(dataset, m_dir->filePath(u"data/fullstory-desk/demo.sqlite"_s)); // the demo's own file
    QVERIFY(QFile::exists(dataset));
    QVERIFY(run.err.contains("Syncing users")); // progress on stderr, JSON alone on stdout
    QCOMPARE(run.json.value(u"resources"_s).toArray().size(), 13);
}

void TestFullstorySync::keyFromStdinOrEnvironment()
{
    SimProcess sim({ u"--users"_s, u"50"_s });
    Run run = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s, u"--quiet"_s },
        "sim-admin-key");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty()); // --quiet
    QCOMPARE(run.json.value(u"key_level"_s).toString(), u"admin"_s);

    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"FULLSTORY_API_KEY"_s, u"sim-architect-key"_s);
    run = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, {}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"key_level"_s).toString(), u"architect"_s);
    // stdin wins over the environment.
    run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, "sim-standard-key", env);
    QCOMPARE(run.json.value(u"key_level"_s).toString(), u"standard"_s);
    QVERIFY(run.json.value(u"key_warning"_s).isNull());

    // A role with no documented level syncs as Standard, says so once, and exits as a
    // Standard key does (4: the Architect resources were not for it).
    run = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, "sim-viewonly-key", env);
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.out.count("role “VIEW_ONLY”"), 1);
    QVERIFY2(run.out.contains("Warning: Fullstory names this key's role “VIEW_ONLY”"),
        run.out.constData());
    run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, "sim-unknown-key", env);
    QCOMPARE(run.json.value(u"key_role"_s).toString(), u"UNKNOWN"_s);
    QCOMPARE(run.json.value(u"key_level"_s).toString(), u"standard"_s);
    QVERIFY(run.json.value(u"key_warning"_s).toString().contains(u"“UNKNOWN”"_s));
    QVERIFY(run.json.value(u"resources"_s).toArray().size() > 0);
}

void TestFullstorySync::theSummaryCountsInGoodEnglish()
{
    // Before: "1 pages, 1 new records (0 already stored), 1 requests" and "settings_geo: 1 rows".
    SimProcess sim({ u"--users"_s, u"50"_s });
    const Run run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--resources"_s, u"settings_geo"_s },
            "sim-admin-key");
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"- settings_geo: completed, 1 page, 1 new record (0 already stored), "
                          "1 request\n"_s),
        qPrintable(out));
    QVERIFY2(out.contains(u"    settings_geo: 1 row\n"_s), qPrintable(out));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"settings_geo: completed (1 record, "_s), qPrintable(err));
    const QRegularExpression singularAsPlural(
        u"(^|[^0-9.])1 (new )?(rows|pages|records|requests|retries)\\b"_s);
    QVERIFY2(!out.contains(singularAsPlural), qPrintable(out));
    QVERIFY2(!err.contains(singularAsPlural), qPrintable(err));
}

void TestFullstorySync::keyFromTheKeychain()
{
    Core::KeychainStore store;
    QSignalSpy written(store.writeKey(u"sim-admin-key"_s), &Core::KeyStoreJob::finished);
    QVERIFY(written.wait(10000));
    if (!written.first().first().value<Core::KeyStoreResult>().isOk()) {
        if (qEnvironmentVariable("REQUIRE_KEYCHAIN") == u"1"_s)
            QFAIL("keychain required but unusable");
        QSKIP("no usable keychain here");
    }
    SimProcess sim({ u"--users"_s, u"10"_s });
    const Run run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, {}, cleanEnvironment());
    QSignalSpy removed(store.removeKey(), &Core::KeyStoreJob::finished);
    QVERIFY(removed.wait(10000));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"key_level"_s).toString(), u"admin"_s);
}

void TestFullstorySync::baseUrlFromTheStoredRegion()
{
    // The desktop app stores the region (base URL) in its settings file, never with the key.
    SimProcess sim({ u"--users"_s, u"10"_s });
    const QString config = m_dir->filePath(u"config"_s);
    QVERIFY(QDir().mkpath(config + u"/fullstory-desk"_s));
    QFile ini(config + u"/fullstory-desk/fullstory-desk.ini"_s);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[api]\nbaseUrl=" + sim.url().toUtf8() + "\n");
    ini.close();
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    const Run run = sync({ u"--db"_s, db(), u"--json"_s }, "sim-admin-key", env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"org_id"_s).toString(), u"o-SIM42-na1"_s);
}

void TestFullstorySync::usageErrorsExitTwo()
{
    Run run = sync({ u"--no-such-option"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no-such-option"));
    run = sync({ u"--resources"_s, u"users,nope"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unknown resource “nope”"));
    // A key on the command line is refused without being echoed.
    run = sync({ u"--api-key=fs-na1-SECRET-1234"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("never taken from the command line"));
    QVERIFY(!run.err.contains("SECRET"));
    run = sync({ u"--base-url"_s, u"ftp://example.com"_s });
    QCOMPARE(run.exitCode, 2);
    // Plain http would carry the key unencrypted: refused before any key is read.
    run = sync({ u"--base-url"_s, u"http://10.1.2.3"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--base-url “http://10.1.2.3”: Plain http would send the key"),
        run.err.constData());
    run = sync({ u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--api-key-stdin"));
    run = sync({ u"--list-resources"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("settings_privacy_history"));
}

void TestFullstorySync::malformedCatalogExitsTwo()
{
    const QString broken = m_dir->filePath(u"catalog.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"version": 1, "resources": [{"name": "users", "kind": "users", "path": "/v2/users",
               "paginator": "v9", "selector": "results", "primary_key": ["id"], "write": "replace",
               "min_level": "architect"}]})");
    file.close();
    const Run run = sync({ u"--catalog"_s, broken, u"--demo"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("resource #1 “users”, field “paginator”: “v9” is not one of"),
        run.err.constData());
}

void TestFullstorySync::missingKeyExitsThree()
{
    SimProcess sim({});
    const Run run = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, {}, cleanEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("no API key found") && run.err.contains("--api-key-stdin"),
        run.err.constData());
    QVERIFY(!QFile::exists(db())); // nothing was opened
}

void TestFullstorySync::rejectedKeyExitsThreeAndKeepsData()
{
    SimProcess sim({ u"--users"_s, u"100"_s });
    QCOMPARE(sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, "sim-admin-key").exitCode, 0);
    const qint64 users = count(u"SELECT COUNT(*) FROM users"_s);
    const qint64 cursors = count(u"SELECT COUNT(*) FROM _sync_state"_s);
    const Run run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, "fs-na1-revoked");
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.json.value(u"error"_s).toString().contains(u"API key was rejected"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), users);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_state"_s), cursors);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs WHERE status = 'failed'"_s), 1);
}

void TestFullstorySync::standardKeyIsPartial()
{
    SimProcess sim({ u"--users"_s, u"100"_s });
    const Run run =
        sync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, "sim-standard-key");
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.json.value(u"status"_s).toString(), u"partial"_s);
    int skipped = 0;
    for (const auto &value : run.json.value(u"resources"_s).toArray()) {
        const QJsonObject r = value.toObject();
        if (r.value(u"status"_s).toString() == u"skipped"_s) {
            ++skipped;
            QVERIFY(r.value(u"error"_s).toString().contains(u"needs an Architect key"_s));
        } else {
            QCOMPARE(r.value(u"status"_s).toString(), u"completed"_s);
        }
    }
    QCOMPARE(skipped, 3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_geo_history"_s), 30);
}

void TestFullstorySync::unreachableApiExitsFive()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const Run run = sync({ u"--db"_s, db(), u"--base-url"_s, url, u"--json"_s }, "sim-admin-key");
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.json.value(u"error"_s).toString().contains(u"Check the network connection"_s));
}

void TestFullstorySync::corruptDatasetExitsSix()
{
    QFile file(db());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const Run run = sync({ u"--db"_s, db(), u"--demo"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.json.value(u"error"_s).toString().contains(u"not a Fullstory Desk dataset"_s),
        run.out.constData());
    QCOMPARE(file.size(), 8192); // untouched
}

void TestFullstorySync::anotherApplicationsFileExitsSixUnchanged()
{
    {
        TestSupport::DatasetQuery other(db(), u"other"_s);
        other.column(u"CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"_s);
        other.column(u"INSERT INTO users VALUES (1, 'ann@example.com')"_s);
    }
    QFile file(db());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run run = sync({ u"--db"_s, db(), u"--demo"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.json.value(u"error"_s).toString().contains(u"not a Fullstory Desk dataset"_s),
        run.out.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(db() + u"-wal"_s));
}

void TestFullstorySync::strayArgumentIsNeverEchoed()
{
    // `--api-key-stdin KEY` puts the key where a usage error would quote it.
    for (const QStringList &args : { QStringList { u"--api-key-stdin"_s, u"fs-na1-STRAY-4242"_s },
             QStringList { u"--api-key-stdin=fs-na1-STRAY-4242"_s } }) {
        const Run run = sync(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(!QByteArray(run.out + run.err).contains("STRAY-4242"), run.err.constData());
    }
}

void TestFullstorySync::killMidUsersLeavesTheDatasetIntact()
{
    {
        SimProcess sim({ u"--users"_s, u"3000"_s });
        QCOMPARE(
            sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, "sim-admin-key").exitCode, 0);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 3000);
    m_query->close(); // no reader open while the victim writes

    // The same org with one user more, whose list stalls after its first page.
    SimProcess stalling({ u"--users"_s, u"3001"_s, u"--stall-after-page"_s, u"1"_s, u"--log"_s });
    QProcess *victim = startSync(
        { u"--db"_s, db(), u"--base-url"_s, stalling.url(), u"--resources"_s, u"users"_s },
        "sim-admin-key");
    QVERIFY(
        stalling.waitForLog("/v2/users?page_token=", 20000)); // page 2 asked for, never answered
    QTest::qWait(200); // let the writer take page 1 into its open transaction

    // While it holds the dataset, a second sync is refused as busy.
    const Run busy = sync({ u"--db"_s, db(), u"--demo"_s, u"--json"_s });
    QCOMPARE(busy.exitCode, 6);
    QVERIFY2(
        busy.json.value(u"error"_s).toString().startsWith(u"busy: a sync is already running"_s),
        busy.out.constData());
    QVERIFY(busy.json.value(u"error"_s).toString().contains(u"pid %1"_s.arg(victim->processId())));

    ::kill(pid_t(victim->processId()), SIGKILL);
    QVERIFY(victim->waitForFinished(5000));
    QCOMPARE(victim->exitStatus(), QProcess::CrashExit);

    QCOMPARE(m_query->column(u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 3000); // the previous complete set
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '_sync_stage%'"_s), 0);
    m_query->close();

    // A rerun takes over the dead process's lock and completes.
    SimProcess healthy({ u"--users"_s, u"3001"_s });
    const Run rerun = sync({ u"--db"_s, db(), u"--base-url"_s, healthy.url(), u"--resources"_s,
                               u"users"_s, u"--json"_s },
        "sim-admin-key");
    QCOMPARE(rerun.exitCode, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 3001);
    // The killed run is no longer "running" for ever.
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs WHERE status = 'running'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs WHERE status = 'interrupted'"_s), 1);
}

void TestFullstorySync::signalsRollBackAndExit_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << SIGINT << 130;
    QTest::newRow("SIGTERM") << SIGTERM << 143;
}

void TestFullstorySync::signalsRollBackAndExit()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    SimProcess sim({ u"--users"_s, u"2500"_s, u"--stall-after-page"_s, u"9"_s, u"--log"_s });
    QProcess *process =
        startSync({ u"--db"_s, db(), u"--base-url"_s, sim.url(), u"--json"_s }, "sim-admin-key");
    QVERIFY(sim.waitForLog("/v2/users?page_token=", 20000));
    // While it holds the key in memory: no core file can be written.
    // (A non-dumpable process's /proc files belong to root; CI runs as root.)
    QFile limits(u"/proc/%1/limits"_s.arg(process->processId()));
    if (::geteuid() == 0)
        QVERIFY(limits.open(QIODevice::ReadOnly));
    if (limits.isOpen())
        QVERIFY(QRegularExpression(u"Max core file size\\s+0\\s+0"_s)
                    .match(QString::fromLatin1(limits.readAll()))
                    .hasMatch());
    ::kill(pid_t(process->processId()), signalNumber);
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), exitCode);
    const QJsonObject json = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
    QCOMPARE(json.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'"_s), 0); // rolled back
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_targeting_history"_s), 30); // finished ones kept
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs WHERE status = 'cancelled'"_s), 1);
}

void TestFullstorySync::keyLeavesNoTrace()
{
    const QByteArray key = "sim-admin-key";
    SimProcess sim(
        { u"--users"_s, u"200"_s, u"--rate-limit-every"_s, u"4"_s, u"--retry-after"_s, u"0"_s });
    Run run = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, key);
    QCOMPARE(run.exitCode, 0);
    const Run wrong = sync({ u"--db"_s, db(), u"--base-url"_s, sim.url() }, "fs-na1-WRONG-9876");
    QCOMPARE(wrong.exitCode, 3);
    QByteArray everything = run.out + run.err + wrong.out + wrong.err;
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files))
        everything += [&] {
            QFile f(m_dir->filePath(file));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
    QVERIFY(everything.size() > 100000); // the dataset (and its WAL) really were read
    QVERIFY(!everything.contains(key));
    QVERIFY(!everything.contains("fs-na1-WRONG-9876"));
}

QTEST_GUILESS_MAIN(TestFullstorySync)
#include "tst_fullstorysync.moc"
