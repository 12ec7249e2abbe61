// SPDX-License-Identifier: MIT
// The SQL pane's runner on a real SQLite file: results, scripts, errors with their position,
// every write form refused with the file left byte for byte as it was, Stop and the time
// limit within 200 ms, batches on demand.

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "core/sql/queryrunner.h"
#include "core/store/sqlite.h"
#include "testsupport.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;

namespace {

// Counts to a billion: minutes of work unless something stops it.
const QString Endless = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        u"WHERE i < 1000000000) SELECT count(*) FROM n"_s;

} // namespace

class TestQueryRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectStreamsColumnsAndRows();
    void scriptReportsEveryStatementAndShowsTheLast();
    void errorsSayWhere();
    void writesAreRefusedAndTheFileIsUntouched_data();
    void writesAreRefusedAndTheFileIsUntouched();
    void readsThatLookLikeWritesStillWork();
    void stopInterruptsWithin200ms();
    void timeLimitStopsWithin200ms();
    void fetchMoreDeliversTheRest();
    void aNewRunSupersedesTheOld();
    void missingDatasetIsExplained();
    void anOpenTransactionEndsWithTheScript();
    void limitsStopHugeValuesAndSayWhich_data();
    void limitsStopHugeValuesAndSayWhich();
    void largeValuesEndABatchEarly();

private:
    Core::QueryOutcome runToEnd(Core::QueryRunner &runner, const QString &sql,
        const Core::QueryOptions &options = {}, QList<QVariantList> *rows = nullptr,
        QStringList *columns = nullptr);
    QByteArray fingerprint() const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestQueryRunner::initTestCase()
{
    Core::SqliteDatabase::keepMemoryStatistics(); // as the desktop app does at start
    // The runner keeps a heap limit it finds; a quarter of the real one is quicker to reach.
    sqlite3_hard_heap_limit64(qint64(256) * 1024 * 1024);
    m_path = m_dir.filePath(u"sql.sqlite"_s);
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadWrite);
    db.exec(R"sql(
        PRAGMA journal_mode = WAL;
        CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT, seats BIGINT);
        INSERT INTO users VALUES ('1', 'Zoë', 3), ('2', NULL, 12), ('3', 'Ann "A"', 7);
        CREATE TABLE many AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
            WHERE i < 5000) SELECT i FROM n;
        PRAGMA wal_checkpoint(TRUNCATE);
    )sql");
}

QByteArray TestQueryRunner::fingerprint() const
{
    // Every file in the folder, bytes and all: a write anywhere (the dataset, its WAL, a new
    // file from VACUUM INTO or ATTACH) changes it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        hash.addData(name.toUtf8());
        hash.addData(TestSupport::readFile(dir.filePath(name)));
    }
    return hash.result();
}

Core::QueryOutcome TestQueryRunner::runToEnd(Core::QueryRunner &runner, const QString &sql,
    const Core::QueryOptions &options, QList<QVariantList> *rows, QStringList *columns)
{
    QSignalSpy finished(&runner, &Core::QueryRunner::finished);
    QList<QVariantList> got;
    QStringList names;
    const auto c1 = connect(&runner, &Core::QueryRunner::rowsReady, this,
        [&](int, const QList<QVariantList> &batch) { got.append(batch); });
    const auto c2 = connect(&runner, &Core::QueryRunner::columnsReady, this,
        [&](int, const QStringList &cols) { names = cols; });
    const int id = runner.run(sql, options);
    if (!finished.wait(20000))
        qFatal("the query did not finish");
    disconnect(c1);
    disconnect(c2);
    QTest::qWait(1); // rows posted before finished() are delivered by now
    if (rows)
        *rows = got;
    if (columns)
        *columns = names;
    const QList<QVariant> last = finished.last();
    if (last.at(0).toInt() != id)
        qFatal("finished() of another run");
    return last.at(1).value<Core::QueryOutcome>();
}

void TestQueryRunner::selectStreamsColumnsAndRows()
{
    Core::QueryRunner runner(m_path);
    QList<QVariantList> rows;
    QStringList columns;
    const Core::QueryOutcome outcome = runToEnd(runner,
        u"SELECT id, name, seats, seats * 1.5 AS x FROM users ORDER BY id"_s, {}, &rows, &columns);
    QVERIFY(outcome.ok());
    QCOMPARE(columns, (QStringList { u"id"_s, u"name"_s, u"seats"_s, u"x"_s }));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(1).toString(), u"Zoë"_s);
    QVERIFY(rows.at(1).at(1).isNull());
    QCOMPARE(rows.at(1).at(2).typeId(), int(QMetaType::LongLong));
    QCOMPARE(rows.at(2).at(3).toDouble(), 10.5);
    QCOMPARE(outcome.statements.size(), 1);
    QCOMPARE(outcome.statements.first().rows, 3);
    QVERIFY(outcome.statements.first().returnsRows);
    QVERIFY(!outcome.statements.first().moreRows);
    QVERIFY(!runner.isRunning());
}

void TestQueryRunner::scriptReportsEveryStatementAndShowsTheLast()
{
    Core::QueryRunner runner(m_path);
    QList<QVariantList> rows;
    const QString script =
        u"SELECT * FROM many;\n-- then\nSELECT name FROM users WHERE seats > 5;"_s;
    const Core::QueryOutcome outcome = runToEnd(runner, script, {}, &rows);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.statements.size(), 2);
    QCOMPARE(outcome.statements.at(0).rows, 5000); // counted, not shown
    QCOMPARE(outcome.statements.at(0).offset, 0);
    QCOMPARE(outcome.statements.at(1).rows, 2);
    QCOMPARE(outcome.statements.at(1).offset, script.indexOf(u"-- then"_s));
    QCOMPARE(rows.size(), 2); // only the last statement's rows
}

void TestQueryRunner::errorsSayWhere()
{
    Core::QueryRunner runner(m_path);
    const QString script = u"SELECT 1;\nSELECT name FRM users;\nSELECT 3"_s;
    const Core::QueryOutcome outcome = runToEnd(runner, script);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.statements.size(), 2); // the third is not run after an error
    const Core::StatementReport &bad = outcome.statements.at(1);
    QCOMPARE(bad.status, Core::StatementReport::Status::Failed);
    QVERIFY2(bad.message.contains(u"syntax error"_s), qPrintable(bad.message));
    QCOMPARE(bad.errorOffset, script.indexOf(u"users"_s));

    const Core::QueryOutcome missing = runToEnd(runner, u"SELECT nope FROM users"_s);
    QVERIFY(missing.statements.first().message.contains(u"no such column: nope"_s));
    QCOMPARE(missing.statements.first().errorOffset, 7);

    // SQLite gives no position for a missing table: it is found, and a near name offered.
    const QString typo = u"SELECT 1;\n-- from user\nSELECT count(*)\nFROM user u"_s;
    const Core::QueryOutcome table = runToEnd(runner, typo);
    const Core::StatementReport &noTable = table.statements.last();
    QCOMPARE(noTable.message, u"no such table: user. Did you mean users?"_s);
    QCOMPARE(noTable.errorOffset, typo.lastIndexOf(u"user u"_s));
    const Core::QueryOutcome far = runToEnd(runner, u"SELECT * FROM \"sessions\""_s);
    QCOMPARE(far.statements.first().message, u"no such table: sessions"_s);
    QCOMPARE(far.statements.first().errorOffset, 14);
    const Core::QueryOutcome function = runToEnd(runner, u"SELECT nosuchfn(1)"_s);
    QCOMPARE(function.statements.first().errorOffset, 7);
}

void TestQueryRunner::writesAreRefusedAndTheFileIsUntouched_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("insert") << u"INSERT INTO users VALUES ('9', 'x', 1)"_s << u"INSERT"_s;
    QTest::newRow("replace") << u"REPLACE INTO users VALUES ('1', 'x', 1)"_s << u"INSERT"_s;
    QTest::newRow("insert from a CTE")
        << u"WITH s AS (SELECT 1) INSERT INTO many SELECT * FROM s"_s << u"INSERT"_s;
    QTest::newRow("update") << u"UPDATE users SET seats = 0"_s << u"UPDATE"_s;
    QTest::newRow("delete") << u"DELETE FROM users"_s << u"DELETE"_s;
    QTest::newRow("drop") << u"DROP TABLE users"_s << u"CREATE, DROP"_s;
    QTest::newRow("create") << u"CREATE TABLE x (a)"_s << u"CREATE, DROP"_s;
    QTest::newRow("create temp") << u"CREATE TEMP TABLE x (a)"_s << u"CREATE, DROP"_s;
    QTest::newRow("create index") << u"CREATE INDEX i ON users (name)"_s << u"CREATE, DROP"_s;
    QTest::newRow("alter") << u"ALTER TABLE users ADD COLUMN c"_s << u"ALTER TABLE"_s;
    QTest::newRow("attach") << u"ATTACH DATABASE 'other.sqlite' AS other"_s << u"ATTACH"_s;
    QTest::newRow("pragma set") << u"PRAGMA user_version = 7"_s << u"PRAGMA"_s;
    QTest::newRow("pragma call") << u"PRAGMA journal_mode(DELETE)"_s << u"PRAGMA"_s;
    QTest::newRow("pragma checkpoint") << u"PRAGMA wal_checkpoint"_s << u"PRAGMA"_s;
    QTest::newRow("vacuum") << u"VACUUM"_s << u"VACUUM"_s;
    QTest::newRow("vacuum into") << u"VACUUM INTO 'copy.sqlite'"_s << u"VACUUM"_s;
    QTest::newRow("reindex") << u"REINDEX"_s << u"REINDEX"_s;
    QTest::newRow("analyze") << u"ANALYZE"_s << u"ANALYZE"_s;
    QTest::newRow("after a select") << u"SELECT 1; DELETE FROM users"_s << u"DELETE"_s;
}

void TestQueryRunner::writesAreRefusedAndTheFileIsUntouched()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QByteArray before = fingerprint();
    {
        Core::QueryRunner runner(m_path);
        const Core::QueryOutcome outcome = runToEnd(runner, sql);
        QVERIFY(!outcome.ok());
        const Core::StatementReport &refused = outcome.statements.last();
        QCOMPARE(refused.status, Core::StatementReport::Status::Refused);
        QVERIFY2(refused.message.startsWith(u"Refused: "_s), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(named), qPrintable(refused.message));
        QVERIFY(refused.message.contains(u"only through a sync"_s));
    }
    QCOMPARE(fingerprint(), before);
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(db.scalar("SELECT count(*) FROM users"), std::string("3"));
}

void TestQueryRunner::readsThatLookLikeWritesStillWork()
{
    Core::QueryRunner runner(m_path);
    QList<QVariantList> rows;
    QVERIFY(runToEnd(runner, u"PRAGMA table_info(users)"_s, {}, &rows).ok());
    QCOMPARE(rows.size(), 3);
    QVERIFY(runToEnd(runner, u"PRAGMA user_version"_s, {}, &rows).ok());
    QVERIFY(runToEnd(runner, u"BEGIN; SELECT count(*) FROM users; COMMIT"_s).ok());
    QVERIFY(runToEnd(runner, u"EXPLAIN QUERY PLAN SELECT * FROM users WHERE id = '1'"_s).ok());
}

void TestQueryRunner::stopInterruptsWithin200ms()
{
    Core::QueryRunner runner(m_path);
    QSignalSpy finished(&runner, &Core::QueryRunner::finished);
    runner.run(Endless);
    QTest::qWait(300); // well into it
    QVERIFY(finished.isEmpty());
    QElapsedTimer clock;
    clock.start();
    runner.stop();
    QVERIFY(finished.wait(5000));
    qInfo("Stop ended the query after %lld ms", clock.elapsed());
    // The issue's bound, asserted as is: the real figure is about a millisecond.
    QVERIFY2(
        clock.elapsed() < TestSupport::withinMs(200), qPrintable(QString::number(clock.elapsed())));
    const auto outcome = finished.first().at(1).value<Core::QueryOutcome>();
    QCOMPARE(outcome.statements.first().status, Core::StatementReport::Status::Stopped);
    // The runner is ready for the next query.
    QVERIFY(runToEnd(runner, u"SELECT 1"_s).ok());
}

void TestQueryRunner::timeLimitStopsWithin200ms()
{
    Core::QueryRunner runner(m_path);
    Core::QueryOptions options;
    options.timeLimitMs = 400;
    QElapsedTimer clock;
    clock.start();
    const Core::QueryOutcome outcome = runToEnd(runner, Endless, options);
    qInfo("the 400 ms limit ended the query after %lld ms", clock.elapsed());
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(400) + TestSupport::withinMs(200),
        qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() >= 400);
    const Core::StatementReport &r = outcome.statements.first();
    QCOMPARE(r.status, Core::StatementReport::Status::TimedOut);
    QVERIFY(r.message.contains(u"time limit"_s));
}

void TestQueryRunner::fetchMoreDeliversTheRest()
{
    Core::QueryRunner runner(m_path);
    Core::QueryOptions options;
    options.firstBatch = 1000;
    options.batch = 1500;
    QList<QVariantList> rows;
    const Core::QueryOutcome outcome =
        runToEnd(runner, u"SELECT i FROM many ORDER BY i"_s, options, &rows);
    QCOMPARE(rows.size(), 1000);
    QVERIFY(outcome.statements.first().moreRows);
    QSignalSpy batches(&runner, &Core::QueryRunner::rowsReady);
    bool complete = false;
    while (!complete) {
        runner.fetchMore(runner.currentId());
        QVERIFY(batches.wait(5000));
        const auto args = batches.takeFirst();
        rows.append(args.at(1).value<QList<QVariantList>>());
        complete = args.at(2).toBool();
    }
    QCOMPARE(rows.size(), 5000);
    QCOMPARE(rows.last().first().toLongLong(), 5000);
}

void TestQueryRunner::aNewRunSupersedesTheOld()
{
    Core::QueryRunner runner(m_path);
    QSignalSpy finished(&runner, &Core::QueryRunner::finished);
    const int old = runner.run(Endless);
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    const int fresh = runner.run(u"SELECT 42"_s);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(clock.elapsed() < TestSupport::withinMs(2000));
    QCOMPARE(finished.at(0).at(0).toInt(), old);
    QCOMPARE(finished.at(1).at(0).toInt(), fresh);
    QVERIFY(finished.at(1).at(1).value<Core::QueryOutcome>().ok());
}

void TestQueryRunner::missingDatasetIsExplained()
{
    Core::QueryRunner runner(m_dir.filePath(u"never-synced.sqlite"_s));
    const Core::QueryOutcome outcome = runToEnd(runner, u"SELECT 1"_s);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.statements.first().message.contains(u"Run a sync"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never-synced.sqlite"_s)));
}

void TestQueryRunner::anOpenTransactionEndsWithTheScript()
{
    // Before: after `BEGIN; SELECT …` the pane kept reading that snapshot through three syncs.
    const QString copy = m_dir.filePath(u"tx.sqlite"_s);
    QFile::remove(copy);
    {
        Core::SqliteDatabase db(copy, Core::SqliteDatabase::Mode::ReadWrite);
        db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)");
        db.exec("ATTACH '" + m_path.toStdString()
            + "' AS src; CREATE TABLE many AS SELECT i FROM src.many");
    }
    Core::QueryRunner runner(copy);
    Core::QueryOutcome outcome = runToEnd(runner, u"BEGIN; SELECT COUNT(*) FROM t"_s);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.endedTransaction);
    Core::SqliteDatabase writer(copy, Core::SqliteDatabase::Mode::ReadWrite);
    writer.exec("INSERT INTO t VALUES (2)"); // a sync, as far as the reader can tell
    QList<QVariantList> rows;
    outcome = runToEnd(runner, u"SELECT COUNT(*) FROM t"_s, {}, &rows);
    QVERIFY(!outcome.endedTransaction);
    QCOMPARE(rows, QList<QVariantList>({ { qint64(2) } }));

    // With rows left to fetch, the transaction stays until they are read, then ends.
    writer.exec("INSERT INTO t SELECT i FROM many LIMIT 3000");
    Core::QueryOptions options;
    options.firstBatch = 10;
    outcome = runToEnd(runner, u"BEGIN; SELECT v FROM t"_s, options);
    QVERIFY(outcome.endedTransaction);
    QVERIFY(outcome.statements.last().moreRows);
    writer.exec("INSERT INTO t VALUES (4)");
    outcome = runToEnd(runner, u"SELECT COUNT(*) FROM t"_s, {}, &rows);
    QCOMPARE(rows, QList<QVariantList>({ { qint64(3003) } }));
}

void TestQueryRunner::limitsStopHugeValuesAndSayWhich_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("says");
    // Before: 3.1 GB of memory; 7.7 s past a 3 s time limit inside one function call.
    QTest::newRow("one huge blob per row")
        << u"SELECT zeroblob(400000000) FROM (VALUES(1),(2),(3),(4),(5),(6),(7),(8))"_s
        << u"larger than 64 MiB"_s;
    QTest::newRow("one long function call")
        << u"SELECT length(hex(zeroblob(499999999)))"_s << u"larger than 64 MiB"_s;
    // Before: ~105 MB/s of temp file for as long as the time limit allowed.
    QTest::newRow("a sort that outgrows temp space")
        << u"SELECT a.i, b.i, randomblob(4000) AS pad FROM many a, many b ORDER BY pad"_s
        << u"more than 32 MiB of temporary disk space"_s;
    QTest::newRow("a temp table that outgrows temp space")
        << u"SELECT COUNT(*) FROM (SELECT DISTINCT a.i, b.i, randomblob(4000) FROM many a, "
           "many b)"_s
        << u"more than 32 MiB of temporary disk space"_s;
    QTest::newRow("a row that outgrows memory")
        << u"SELECT x'01' || zeroblob(60000000), x'02' || zeroblob(60000000), x'03' || "
           "zeroblob(60000000), x'04' || zeroblob(60000000), x'05' || zeroblob(60000000)"_s
        << u"more than 256 MiB of memory"_s;
    QTest::newRow("a value that outgrows its limit")
        << u"SELECT length(group_concat(x'01' || zeroblob(1000000))) FROM many"_s
        << u"larger than 64 MiB"_s;
}

void TestQueryRunner::limitsStopHugeValuesAndSayWhich()
{
    QFETCH(QString, sql);
    QFETCH(QString, says);
    Core::QueryRunner runner(m_path);
    Core::QueryOptions options;
    options.timeLimitMs = 0; // the other limits, not the clock, must stop these
    options.tempLimitBytes = 32 * 1024 * 1024; // the real 4 GiB would take a minute to reach
    QElapsedTimer clock;
    clock.start();
    const Core::QueryOutcome outcome = runToEnd(runner, sql, options);
    QCOMPARE(outcome.statements.size(), 1);
    const Core::StatementReport &r = outcome.statements.first();
    QCOMPARE(r.status, Core::StatementReport::Status::Stopped);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(15000), "stopped by a limit, not left to run");
    // The connection is usable at once.
    QList<QVariantList> rows;
    QVERIFY(runToEnd(runner, u"SELECT COUNT(*) FROM users"_s, {}, &rows).ok());
    QCOMPARE(rows, QList<QVariantList>({ { qint64(3) } }));
}

void TestQueryRunner::largeValuesEndABatchEarly()
{
    Core::QueryRunner runner(m_path);
    QList<QVariantList> rows;
    // 40 rows of 20 MB: the first batch stops past 64 MiB instead of copying all 800 MB.
    const Core::QueryOutcome outcome =
        runToEnd(runner, u"SELECT zeroblob(20000000) FROM many LIMIT 40"_s, {}, &rows);
    QVERIFY(outcome.ok());
    QCOMPARE(rows.size(), 4);
    QVERIFY(outcome.statements.last().moreRows);
}

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
