// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

#include "core/api/apicall.h"
#include "core/sync/syncoptions.h"

namespace Core {

/**
 * One sync run as its caller sees it: start it, perhaps cancel it, follow its signals.
 * SyncEngine is the one that does the work; the desktop asks a SyncRunFactory for a run so
 * its tests can script a run that fails in ways the simulator cannot stage (a full disk, a
 * writer that dies mid-resource).
 *
 * The contract every implementation keeps: start() once; finished() comes exactly once,
 * after every resourceFinished(); cancel() is safe at any time and still ends in finished().
 */
class SyncRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRun)

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;

signals:
    void stageChanged(const QString &text); // "Checking the API key", "Syncing users (3 of 14)"
    void progressChanged(const Core::SyncProgress &progress);
    void retrying(const QString &resource, const Core::RetryEvent &event);
    void resourceFinished(const Core::ResourceResult &result);
    void finished(const Core::RunResult &result);
};

// Builds the run for these options, owned by `parent`; the composition root decides which.
using SyncRunFactory = std::function<SyncRun *(const SyncOptions &options, QObject *parent)>;

} // namespace Core
