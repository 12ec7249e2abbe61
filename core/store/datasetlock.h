// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <memory>

#include "core/common/result.h"

class QLockFile;

namespace Core {

/**
 * "Only one sync writes a dataset at a time" (design.md §7), across processes: the desktop app
 * and fullstory-sync alike hold `<dataset>.lock` while they sync. A lock left by a killed
 * process is detected as stale and taken over, and so is one too damaged to name its owner.
 * Readers never take it. Lock the resolvedPath(), so a symlink does not make a second lock.
 */
class DatasetLock
{
public:
    explicit DatasetLock(const QString &datasetPath);
    ~DatasetLock();
    DatasetLock(const DatasetLock &) = delete;
    DatasetLock &operator=(const DatasetLock &) = delete;

    // The dataset's real location: symlinks and relative parts resolved, the file may not exist.
    static QString resolvedPath(const QString &datasetPath);

    // Ok, or the "busy: a sync is already running (pid …, started at …)" message.
    Result<bool, QString> tryLock();
    void unlock();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Core
