// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/api/apicall.h"
#include "core/sync/syncrun.h"

namespace Core {
class Catalog;
} // namespace Core

namespace Gui {

class Workspace;

/**
 * Runs a sync for the desktop: gets the key from the keychain (or the demo simulator), has
 * the factory build the run — core's SyncEngine, the same one fullstory-sync runs, unless a
 * test scripts one — and relays its events to the sync pane. Each committed resource is announced
 * through the Workspace so open views refresh while the sync goes on. Everything stays on the GUI
 * thread except the engine's writer.
 */
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(Workspace &workspace, const Core::Catalog &catalog,
        Core::SyncRunFactory newSyncRun, QObject *parent = nullptr);
    ~SyncController() override;

    void start(const QStringList &resources, bool fullRefresh);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started(const QStringList &resources);
    void stageChanged(const QString &text);
    void progressChanged(const Core::SyncProgress &progress);
    void retrying(const QString &resource, const Core::RetryEvent &event);
    void resourceFinished(const Core::ResourceResult &result);
    void finished(const Core::RunResult &result);

private:
    void run(
        const QString &key, const QUrl &baseUrl, const QStringList &resources, bool fullRefresh);
    void finishWithoutEngine(Core::RunResult::Status status, const QString &error);
    void onFinished(const Core::RunResult &result);

    Workspace &m_workspace;
    const Core::Catalog &m_catalog;
    const Core::SyncRunFactory m_newSyncRun;
    QPointer<Core::SyncRun> m_engine;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Gui
