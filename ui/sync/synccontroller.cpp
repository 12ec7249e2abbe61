// SPDX-License-Identifier: MIT
#include "ui/sync/synccontroller.h"

#include "core/catalog/catalog.h"
#include "ui/common/workspace.h"

using namespace Qt::StringLiterals;

namespace Gui {

SyncController::SyncController(Workspace &workspace, const Core::Catalog &catalog,
    Core::SyncRunFactory newSyncRun, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_catalog(catalog)
    , m_newSyncRun(std::move(newSyncRun))
{
}

SyncController::~SyncController()
{
    if (m_engine) {
        m_engine->disconnect(this);
        delete m_engine; // the engine stops its writer thread; the open resource rolls back
    }
}

void SyncController::start(const QStringList &resources, bool fullRefresh)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    emit started(resources);
    emit stageChanged(m_workspace.isDemo() ? tr("Starting the demo simulator")
                                           : tr("Reading the API key from the keychain"));
    m_workspace.fetchCredentials(
        this, [this, resources, fullRefresh](const Workspace::Credentials &credentials) {
            if (m_cancelled) {
                finishWithoutEngine(Core::RunResult::Status::Cancelled, tr("Cancelled."));
                return;
            }
            if (!credentials.error.isEmpty()) {
                finishWithoutEngine(Core::RunResult::Status::Rejected, credentials.error);
                return;
            }
            run(credentials.key, credentials.baseUrl, resources, fullRefresh);
        });
}

void SyncController::run(
    const QString &key, const QUrl &baseUrl, const QStringList &resources, bool fullRefresh)
{
    Core::SyncOptions options;
    options.datasetPath = m_workspace.datasetPath();
    options.api.apiKey = key;
    options.api.baseUrl = baseUrl;
    options.resources = resources;
    options.fullRefresh = fullRefresh;
    options.trigger = m_workspace.isDemo() ? u"demo"_s : u"desktop"_s;
    m_engine = m_newSyncRun(options, this);
    connect(m_engine, &Core::SyncRun::stageChanged, this, &SyncController::stageChanged);
    connect(m_engine, &Core::SyncRun::progressChanged, this, &SyncController::progressChanged);
    connect(m_engine, &Core::SyncRun::retrying, this, &SyncController::retrying);
    connect(m_engine, &Core::SyncRun::resourceFinished, this,
        [this](const Core::ResourceResult &result) {
            emit resourceFinished(result);
            if (result.status != Core::ResourceResult::Status::Completed)
                return;
            if (const Core::ResourceSpec *spec = m_catalog.find(result.resource))
                m_workspace.announceDataChanged({ spec->table });
        });
    connect(m_engine, &Core::SyncRun::finished, this, &SyncController::onFinished);
    m_engine->start();
}

void SyncController::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    emit stageChanged(tr("Cancelling…"));
    if (m_engine)
        m_engine->cancel();
}

void SyncController::finishWithoutEngine(Core::RunResult::Status status, const QString &error)
{
    Core::RunResult result;
    result.status = status;
    result.error = error;
    onFinished(result);
}

void SyncController::onFinished(const Core::RunResult &result)
{
    if (m_engine)
        m_engine->deleteLater();
    m_engine = nullptr;
    m_running = false;
    if (!result.identity.orgId.isEmpty())
        m_workspace.setIdentity(result.identity);
    emit finished(result);
    // Run records, counts and anything a failed resource left alone: one refresh for all.
    m_workspace.announceDataChanged({});
}

} // namespace Gui
