// SPDX-License-Identifier: MIT
// DatasetLock on its own (design.md §7): one writer per dataset across processes, a dead
// owner's lock taken over, a live one's refused with who holds it. The lock files are the ones
// QLockFile writes; a test that needs another owner rewrites the owner's pid in such a file.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/store/datasetlock.h"

using namespace Qt::StringLiterals;
using Core::DatasetLock;

class TestDatasetLock final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneHolderAtATime();
    void theLockGoesWithItsHolder();
    void aDeadOwnersLockIsTakenOver();
    void aLiveOwnerIsNamedInTheRefusal();
    void resolvedPathFollowsLinksBeforeTheFileExists();

private:
    // A lock file as QLockFile writes it, claimed by `pid` running `program`.
    void writeLockOf(qint64 pid, const QString &program);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataset;
};

void TestDatasetLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataset = DatasetLock::resolvedPath(m_dir->filePath(u"org.sqlite"_s));
}

void TestDatasetLock::writeLockOf(qint64 pid, const QString &program)
{
    const QString path = m_dataset + u".lock"_s;
    {
        QLockFile own(path);
        QVERIFY(own.tryLock(0));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() >= 3); // pid, program, host, then machine and boot ids
        lines[0] = QByteArray::number(pid);
        lines[1] = program.toUtf8();
        file.close();
        own.unlock();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
    }
    QVERIFY(QFile::exists(path));
}

void TestDatasetLock::oneHolderAtATime()
{
    DatasetLock first(m_dataset);
    DatasetLock second(m_dataset);
    QVERIFY(first.tryLock());
    const auto refused = second.tryLock();
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"busy: a sync is already running ("_s),
        qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"pid %1"_s.arg(QCoreApplication::applicationPid())),
        qPrintable(refused.error()));
    QVERIFY(refused.error().endsWith(u"Wait for it to finish, or stop it."_s));
    first.unlock();
    QVERIFY(second.tryLock());
    QVERIFY(!first.tryLock());
}

void TestDatasetLock::theLockGoesWithItsHolder()
{
    {
        DatasetLock held(m_dataset);
        QVERIFY(held.tryLock());
        QVERIFY(QFile::exists(m_dataset + u".lock"_s));
    }
    QVERIFY(!QFile::exists(m_dataset + u".lock"_s)); // nothing left for the next sync to judge
    DatasetLock again(m_dataset);
    QVERIFY(again.tryLock());
}

void TestDatasetLock::aDeadOwnersLockIsTakenOver()
{
    // A process that ran, took the lock and was killed: its pid is gone now.
    const qint64 deadPid = [] {
        QProcess probe;
        probe.start(u"true"_s);
        probe.waitForStarted();
        const qint64 pid = probe.processId();
        probe.waitForFinished();
        return pid;
    }();
    writeLockOf(deadPid, u"fullstory-sync"_s);
    DatasetLock next(m_dataset);
    const auto taken = next.tryLock();
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error()));
}

void TestDatasetLock::aLiveOwnerIsNamedInTheRefusal()
{
    QProcess owner;
    owner.start(u"sleep"_s, { u"30"_s });
    QVERIFY(owner.waitForStarted(5000));
    writeLockOf(owner.processId(), u"sleep"_s);
    DatasetLock next(m_dataset);
    const auto refused = next.tryLock();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"(sleep, pid %1, started at "_s.arg(owner.processId())),
        qPrintable(refused.error()));
    owner.kill();
    QVERIFY(owner.waitForFinished(5000));
    QVERIFY(next.tryLock()); // the owner died: the same lock is free now
}

void TestDatasetLock::resolvedPathFollowsLinksBeforeTheFileExists()
{
    const QString real = m_dir->filePath(u"real"_s);
    QVERIFY(QDir().mkpath(real));
    const QString link = m_dir->filePath(u"link"_s);
    QVERIFY(QFile::link(real, link));
    const QString canonicalReal = QFileInfo(real).canonicalFilePath();
    // Not synced yet: the file is missing, its folder is reached through the link.
    QCOMPARE(DatasetLock::resolvedPath(link + u"/org.sqlite"_s), canonicalReal + u"/org.sqlite"_s);
    QCOMPARE(DatasetLock::resolvedPath(link + u"/../link/./org.sqlite"_s),
        canonicalReal + u"/org.sqlite"_s);
    // Once it exists, the file itself is resolved (a link to the dataset shares its lock).
    QFile file(real + u"/org.sqlite"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString fileLink = m_dir->filePath(u"alias.sqlite"_s);
    QVERIFY(QFile::link(real + u"/org.sqlite"_s, fileLink));
    QCOMPARE(DatasetLock::resolvedPath(fileLink), canonicalReal + u"/org.sqlite"_s);
    // Relative paths are taken from the working folder.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(real));
    const QString existing = DatasetLock::resolvedPath(u"org.sqlite"_s);
    const QString fresh = DatasetLock::resolvedPath(u"new.sqlite"_s);
    QDir::setCurrent(before);
    QCOMPARE(existing, canonicalReal + u"/org.sqlite"_s);
    QCOMPARE(fresh, canonicalReal + u"/new.sqlite"_s);
}

QTEST_GUILESS_MAIN(TestDatasetLock)
#include "tst_datasetlock.moc"
