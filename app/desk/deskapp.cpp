// SPDX-License-Identifier: MIT
#include "deskapp.h"

#include <QFileInfo>
#include <cstdio>

#include "core/catalog/catalog.h"
#include "core/common/appsettings.h"
#include "core/secrets/keychainstore.h"
#include "core/secrets/keyservice.h"
#include "core/simulator/simulatorthread.h"
#include "core/sync/syncengine.h"

using namespace Qt::StringLiterals;

DeskApp::Choices DeskApp::defaults()
{
    Choices choices;
    choices.store = std::make_unique<Core::KeychainStore>();
    choices.paths.ownDataset = Core::AppSettings::defaultDatasetPath(false);
    choices.paths.demoDataset = Core::AppSettings::defaultDatasetPath(true);
    choices.paths.stateFolder = QFileInfo(choices.paths.ownDataset).absolutePath();
    choices.demo.users = 2000;
    return choices;
}

DeskApp::DeskApp(Choices choices)
    : m_store(std::move(choices.store))
    , m_keys(std::make_unique<Core::KeyService>(*m_store))
    , m_demoServer(std::make_unique<Core::SimulatorThread>(std::move(choices.demo)))
{
    auto catalog = Core::Catalog::load();
    if (!catalog) {
        // The catalog is compiled in; failing here means a broken build, not bad input.
        std::fprintf(stderr, "fullstory-desk: %s\n", qPrintable(catalog.error().toString()));
        std::abort();
    }
    m_catalog = std::make_unique<Core::Catalog>(std::move(catalog.value()));
    auto demoApi = [server = m_demoServer.get()](QObject *context,
                       std::function<void(const Gui::Workspace::Credentials &)> done) {
        server->whenReady(context, [done = std::move(done)](const QUrl &url, const QString &error) {
            Gui::Workspace::Credentials credentials;
            credentials.error = error;
            if (error.isEmpty()) {
                credentials.key = QString::fromLatin1(Core::SimKeys::Admin);
                credentials.baseUrl = url;
            }
            done(credentials);
        });
    };
    Core::SyncRunFactory newSyncRun = std::move(choices.newSyncRun);
    if (!newSyncRun)
        newSyncRun = [catalog = m_catalog.get()](
                         const Core::SyncOptions &options, QObject *parent) -> Core::SyncRun * {
            return new Core::SyncEngine(*catalog, options, parent);
        };
    m_workspace =
        std::make_unique<Gui::Workspace>(*m_keys, std::move(demoApi), std::move(choices.paths));
    m_window =
        std::make_unique<Gui::MainWindow>(*m_workspace, *m_keys, *m_catalog, std::move(newSyncRun));
}

DeskApp::~DeskApp()
{
    // The window's panes use the workspace; the workspace uses the key service, the keychain
    // and the demo server.
    m_window.reset();
    m_workspace.reset();
    m_demoServer.reset();
}

void DeskApp::show(Gui::MainWindow::Start how)
{
    m_window->show();
    m_window->start(how);
}
