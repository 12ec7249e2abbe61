// SPDX-License-Identifier: MIT
#include "core/store/datasetlock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>

namespace Core {

DatasetLock::DatasetLock(const QString &datasetPath)
    : m_path(datasetPath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // A sync never holds the lock for "too long"; only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
}

DatasetLock::~DatasetLock() = default;

Result<bool, QString> DatasetLock::tryLock()
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    if (m_lock->error() == QLockFile::PermissionError) {
        return Failure<QString> { QCoreApplication::translate("Core::DatasetLock",
            "cannot create %1: permission denied. Choose a dataset in a "
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
