// SPDX-License-Identifier: MIT
// A dataset of every older format opens and is brought up to date (design.md §5): format 1
// (no settings_changes), format 2 (settings_changes written by the older diff), and the current
// one, left alone. Older files are made from a real synced one the way that release left it:
// migrations only ever add, so format 1 is today's file without what 2 and 3 added.

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/store/migrations.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

std::string scalarOn(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    return db.scalar(sql);
}

void execOn(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(sql);
}

QList<QVariantList> rowsOf(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    SqliteStatement statement(db, sql);
    return statement.readAll();
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every change row but the load id, which names the run that wrote it.
constexpr const char *Changes =
    "SELECT setting, platform, version, previous_version, author, path, "
    "change, old_value, new_value, seq FROM settings_changes "
    "ORDER BY setting, platform, version, seq";

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formatOneGainsSettingsChangesAndSyncsOn();
    void formatTwoDiffsItsVersionsAgain();
    void theCurrentFormatIsLeftAlone();
    void aMigrationThatFailsLeavesTheFileAsItWas();

private:
    std::unique_ptr<Simulator> m_sim;
    QTemporaryDir m_dir;
    QString m_db;
    QList<QVariantList> m_freshChanges; // what a first sync of today's format stores
};

void TestMigrations::initTestCase()
{
    SimConfig config;
    config.users = 200;
    config.usersPageSize = 100;
    config.versions = 12;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
    const QString fresh = m_dir.filePath(u"fresh.sqlite"_s);
    QCOMPARE(TestSupport::syncFromSimulator(fresh, *m_sim).status, RunResult::Status::Completed);
    m_freshChanges = rowsOf(fresh, Changes);
    QVERIFY(m_freshChanges.size() > 20);
}

void TestMigrations::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QCOMPARE(TestSupport::syncFromSimulator(m_db, *m_sim).status, RunResult::Status::Completed);
    QCOMPARE(scalarOn(m_db, "PRAGMA user_version"), std::to_string(Migrations::CurrentVersion));
}

void TestMigrations::formatOneGainsSettingsChangesAndSyncsOn()
{
    execOn(m_db, "DROP TABLE settings_changes; PRAGMA user_version = 1");
    const std::string users = scalarOn(m_db, "SELECT count(*) FROM users");

    const RunResult result = TestSupport::syncFromSimulator(m_db, *m_sim);
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(scalarOn(m_db, "PRAGMA user_version"), std::to_string(Migrations::CurrentVersion));
    // What the older release stored is kept; the changes are built from the stored versions.
    QCOMPARE(scalarOn(m_db, "SELECT count(*) FROM users"), users);
    QCOMPARE(scalarOn(m_db, "SELECT count(*) FROM _sync_runs WHERE status = 'completed'"), "2");
    QCOMPARE(rowsOf(m_db, Changes), m_freshChanges);
}

void TestMigrations::formatTwoDiffsItsVersionsAgain()
{
    // Format 2 wrote a list added whole without its brackets; stand for that with rows the
    // current diff would never write.
    execOn(m_db,
        "UPDATE settings_changes SET new_value = 'written by format 2' "
        "WHERE change = 'added'; PRAGMA user_version = 2");
    QVERIFY(rowsOf(m_db, Changes) != m_freshChanges);

    const RunResult result = TestSupport::syncFromSimulator(m_db, *m_sim);
    QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
    QCOMPARE(scalarOn(m_db, "PRAGMA user_version"), std::to_string(Migrations::CurrentVersion));
    QCOMPARE(rowsOf(m_db, Changes), m_freshChanges);
}

void TestMigrations::theCurrentFormatIsLeftAlone()
{
    const QByteArray before = digest(m_db);
    {
        SqliteDatabase db(m_db, SqliteDatabase::Mode::ReadWrite);
        Migrations::apply(db);
        Migrations::apply(db);
    }
    QCOMPARE(digest(m_db), before);
}

void TestMigrations::aMigrationThatFailsLeavesTheFileAsItWas()
{
    // A format-1 file that somehow holds a table named like the one format 2 adds.
    execOn(m_db,
        "DROP TABLE settings_changes; CREATE TABLE settings_changes (note TEXT); "
        "PRAGMA user_version = 1");
    const QByteArray before = digest(m_db);
    {
        SqliteDatabase db(m_db, SqliteDatabase::Mode::ReadWrite);
        QVERIFY_THROWS_EXCEPTION(SqliteError, Migrations::apply(db));
    }
    QCOMPARE(digest(m_db), before);
    QCOMPARE(scalarOn(m_db, "PRAGMA user_version"), "1");
    QCOMPARE(scalarOn(m_db, "SELECT count(*) FROM _sync_runs"), "1");
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
