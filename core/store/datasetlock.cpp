// SPDX-License-Identifier: MIT
#include "core/store/datasetlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace Core {

namespace {
constexpr qint64 UnreadableGraceMs = 3000;
} // namespace

DatasetLock::DatasetLock(const QString &datasetPath)
    : m_path(datasetPath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // A sync never holds the lock for "too long"; only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
}

DatasetLock::~DatasetLock() = default;

QString DatasetLock::resolvedPath(const QString &datasetPath)
{
    const QFileInfo file(datasetPath);
    const QString canonical = file.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not created yet: its folder may still be reached through a link.
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? file.absoluteFilePath() : folder + u'/' + file.fileName();
}

Result<bool, QString> DatasetLock::tryLock()
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    const bool readable = m_lock->getLockInfo(&pid, &host, &app);
    // An empty or garbled lock (a power loss between creating and writing it) names no owner
    // to wait for. QLockFile writes its owner right after creating the file, so one that is
    // still unreadable a few seconds later is left over, not being written.
    if (!readable && m_lock->error() == QLockFile::LockFailedError) {
        const QDateTime modified = QFileInfo(m_path).lastModified();
        if (modified.isValid() && modified.msecsTo(QDateTime::currentDateTime()) > UnreadableGraceMs
            && QFile::remove(m_path) && m_lock->tryLock(0))
            return true;
    }
    if (m_lock->error() == QLockFile::PermissionError) {
        return Failure<QString> { QCoreApplication::translate("Core::DatasetLock",
            "cannot create %1: the dataset's folder is read-only or not yours to "
            "write. Nothing was changed. Make it writable, or choose a dataset in a "
            "folder you can write to.")
                                      .arg(m_path) };
    }
    const QDateTime started = QFileInfo(m_path).lastModified();
    return Failure<QString> { QCoreApplication::translate("Core::DatasetLock",
        "busy: a sync is already running (%1, pid %2, started at %3). Wait "
        "for it to finish, or stop it.")
                                  .arg(app.isEmpty() ? QStringLiteral("unknown program") : app)
                                  .arg(pid)
                                  .arg(started.toString(Qt::ISODate)) };
}

void DatasetLock::unlock()
{
    m_lock->unlock();
}

} // namespace Core
