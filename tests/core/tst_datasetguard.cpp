// SPDX-License-Identifier: MIT
// What the writer does to a file before and while it syncs (issue 11, items 1 and 8–12): files
// that are not ours, newer, damaged, read-only or on a full disk, left-over locks, symlinks and
// killed runs. Real SQLite files, the real engine, the simulator on 127.0.0.1; the read-only
// and full-disk cases mount a small tmpfs (root, as CI is; skipped where mounting is refused).

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

#include "core/store/datasetlock.h"
#include "core/store/migrations.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void execOn(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(sql);
}

std::string scalarOn(const QString &path, const char *sql)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    return db.scalar(sql);
}

// A tmpfs of a given size at a folder of the test's own; unmounted when it goes.
class ScratchMount
{
public:
    ScratchMount(const QString &folder, const QString &size)
        : m_folder(folder)
    {
        m_mounted = QProcess::execute(u"mount"_s,
                        { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, folder })
            == 0;
    }
    ~ScratchMount()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_s, { u"-l"_s, m_folder });
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool isMounted() const { return m_mounted; }
    bool makeReadOnly()
    {
        return QProcess::execute(u"mount"_s, { u"-o"_s, u"remount,ro"_s, m_folder }) == 0;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestDatasetGuard final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void anotherApplicationsFileIsRefusedUnchanged();
    void emptyFileBecomesADataset();
    void newerFormatIsRefusedBeforeAnyChange();
    void damagedDatasetIsRefusedUnchanged();
    void unreadableLeftoverLockIsTakenOver();
    void freshLockStillMeansBusy();
    void symlinkedPathSharesTheLock();
    void killedRunsAreMarkedInterrupted();
    void readOnlyDatasetIsRefusedUpFront();
    void readOnlyFileInAWritableFolderIsRefused();
    void fullDiskRollsBackAndStopsTheRun();

private:
    RunResult sync(const QString &path, int users = 40);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestDatasetGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"fullstory.sqlite"_s);
}

RunResult TestDatasetGuard::sync(const QString &path, int users)
{
    return TestSupport::syncNewDataset(path, users, 100, 3);
}

void TestDatasetGuard::anotherApplicationsFileIsRefusedUnchanged()
{
    // Another program's database whose table names happen to match ours.
    execOn(m_db,
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE settings_geo (k TEXT); CREATE TABLE orders (n INTEGER);"
        "INSERT INTO users VALUES (1, 'ann'); PRAGMA user_version = 7;");
    const QByteArray before = digest(m_db);

    const RunResult result = sync(m_db);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.contains(u"not a Fullstory Desk dataset"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"Nothing was changed"_s));
    QCOMPARE(digest(m_db), before);
    QVERIFY(!QFile::exists(m_db + u"-wal"_s));
    QCOMPARE(scalarOn(m_db, "PRAGMA journal_mode"), "delete");
    QCOMPARE(scalarOn(m_db, "SELECT name FROM users"), "ann");
}

void TestDatasetGuard::emptyFileBecomesADataset()
{
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    QCOMPARE(scalarOn(m_db, "SELECT COUNT(*) FROM users"), "40");
}

void TestDatasetGuard::newerFormatIsRefusedBeforeAnyChange()
{
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    execOn(m_db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = digest(m_db);

    const RunResult result = sync(m_db);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.contains(u"newer Fullstory Desk"_s), qPrintable(result.error));
    QCOMPARE(digest(m_db), before);
    QCOMPARE(scalarOn(m_db, "PRAGMA journal_mode"), "delete"); // not switched to WAL first
}

void TestDatasetGuard::damagedDatasetIsRefusedUnchanged()
{
    QCOMPARE(sync(m_db, 2000).status, RunResult::Status::Completed);
    execOn(m_db, "PRAGMA journal_mode = DELETE");
    const int pageSize = std::stoi(scalarOn(m_db, "PRAGMA page_size"));
    const int rootPage = std::stoi(scalarOn(
        m_db, "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_users_1'"));
    {
        // Scribble over an index's root page: the header still says SQLite, the b-tree is gone.
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * pageSize));
        file.write(QByteArray(pageSize, '\x5a'));
    }
    const QByteArray before = digest(m_db);

    const RunResult result = sync(m_db);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.contains(u"is damaged"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"Restore it from a backup"_s));
    QCOMPARE(digest(m_db), before);
}

void TestDatasetGuard::unreadableLeftoverLockIsTakenOver()
{
    const QString lockPath = DatasetLock::resolvedPath(m_db) + u".lock"_s;
    for (const QByteArray &content : { QByteArray(), QByteArray("\x01\xff garbage\n") }) {
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(content);
        lock.close();
        // As after a power loss: written well before this sync.
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(
            QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
        lock.close();
        const RunResult result = sync(m_db);
        QVERIFY2(result.status == RunResult::Status::Completed, qPrintable(result.error));
        QVERIFY(!QFile::exists(lockPath));
    }
}

void TestDatasetGuard::freshLockStillMeansBusy()
{
    // Just created and not yet written: a starting sync, not debris.
    QFile lock(DatasetLock::resolvedPath(m_db) + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    const RunResult result = sync(m_db);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.startsWith(u"busy"_s), qPrintable(result.error));
}

void TestDatasetGuard::symlinkedPathSharesTheLock()
{
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    const QString link = m_dir->filePath(u"link.sqlite"_s);
    QVERIFY(QFile::link(m_db, link));
    DatasetLock held(DatasetLock::resolvedPath(m_db));
    QVERIFY(held.tryLock());

    const RunResult result = sync(link);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.startsWith(u"busy"_s), qPrintable(result.error));
    held.unlock();
    QCOMPARE(sync(link).status, RunResult::Status::Completed);
}

void TestDatasetGuard::killedRunsAreMarkedInterrupted()
{
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    // What a kill -9 mid-run leaves: the run row says running, nothing finished it.
    execOn(m_db,
        "INSERT INTO _sync_runs (id, started_at, status, trigger, app_version) "
        "VALUES ('1.000001', '2026-12-01T10:00:00.000Z', 'running', 'cli', 'x')");
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    QCOMPARE(scalarOn(m_db, "SELECT status FROM _sync_runs WHERE id = '1.000001'"), "interrupted");
    QVERIFY(!scalarOn(m_db, "SELECT finished_at FROM _sync_runs WHERE id = '1.000001'").empty());
    QCOMPARE(scalarOn(m_db, "SELECT COUNT(*) FROM _sync_runs WHERE status = 'running'"), "0");
}

void TestDatasetGuard::readOnlyDatasetIsRefusedUpFront()
{
    const QString folder = m_dir->filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(folder));
    ScratchMount mount(folder, u"32m"_s);
    if (!mount.isMounted())
        QSKIP("mounting a tmpfs needs root (CI runs as root)");
    const QString db = folder + u"/fullstory.sqlite"_s;
    QCOMPARE(sync(db).status, RunResult::Status::Completed);
    execOn(db, "PRAGMA journal_mode = DELETE");
    const QByteArray before = digest(db);
    QVERIFY(mount.makeReadOnly());

    const RunResult result = sync(db);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.contains(u"read-only"_s), qPrintable(result.error));
    QVERIFY(result.resources.isEmpty()); // refused before the first resource, not after each
    QCOMPARE(digest(db), before);
}

void TestDatasetGuard::readOnlyFileInAWritableFolderIsRefused()
{
    QCOMPARE(sync(m_db).status, RunResult::Status::Completed);
    execOn(m_db, "PRAGMA journal_mode = DELETE");
    const QByteArray before = digest(m_db);
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    // Root ignores permission bits; an immutable file is read-only even for root.
    const bool immutable = QProcess::execute(u"chattr"_s, { u"+i"_s, m_db }) == 0;
    const RunResult result = sync(m_db);
    if (immutable)
        QProcess::execute(u"chattr"_s, { u"-i"_s, m_db });
    QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!immutable && geteuid() == 0)
        QSKIP("as root, a read-only file needs chattr +i, which this file system refuses");
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(result.error.contains(u"read-only"_s), qPrintable(result.error));
    QVERIFY(result.resources.isEmpty());
    QCOMPARE(digest(m_db), before);
}

void TestDatasetGuard::fullDiskRollsBackAndStopsTheRun()
{
    const QString folder = m_dir->filePath(u"small"_s);
    QVERIFY(QDir().mkpath(folder));
    ScratchMount mount(folder, u"3m"_s);
    if (!mount.isMounted())
        QSKIP("mounting a tmpfs needs root (CI runs as root)");
    const QString db = folder + u"/fullstory.sqlite"_s;
    QCOMPARE(sync(db, 100).status, RunResult::Status::Completed);
    const std::string usersBefore = scalarOn(db, "SELECT COUNT(*) FROM users");
    QCOMPARE(usersBefore, "100");

    // Twenty thousand users do not fit in what is left of 3 MB.
    const RunResult result = sync(db, 20000);
    QCOMPARE(result.status, RunResult::Status::DatasetError);
    QVERIFY2(
        result.error.contains(u"the disk is full: free space and sync again; nothing was lost"_s),
        qPrintable(result.error));
    QCOMPARE(scalarOn(db, "SELECT COUNT(*) FROM users"), usersBefore);
    QCOMPARE(scalarOn(db, "PRAGMA quick_check"), "ok");
}

QTEST_GUILESS_MAIN(TestDatasetGuard)
#include "tst_datasetguard.moc"
