// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/api/apicall.h"
#include "core/sync/syncengine.h"

namespace Gui {

class Workspace;

/**
 * Runs a sync for the desktop: gets the key from the keychain (or the demo simulator), runs
 * core's SyncEngine — the same one fullstory-sync runs — and relays its events to the sync
 * pane. Each committed resource is announced through the Workspace so open views refresh
 * while the sync goes on. Everything stays on the GUI thread except the engine's writer.
 */
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(Workspace &workspace, QObject *parent = nullptr);
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
    QPointer<Core::SyncEngine> m_engine;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Gui
