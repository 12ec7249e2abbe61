// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "core/secrets/keystore.h"
#include "core/simulator/simconfig.h"
#include "core/sync/syncrun.h"
#include "ui/common/workspace.h"
#include "ui/mainwindow.h"

namespace Core {
class Catalog;
class KeyService;
class SimulatorThread;
} // namespace Core

/**
 * The desktop app's composition root: the only place that knows every concrete type. It
 * loads the catalog and builds the key service, the demo server and the sync engine's factory,
 * then the Workspace and the MainWindow that use them. GUI tests compose the app here too,
 * with choices of their own.
 */
class DeskApp final
{
public:
    // What the real app and a GUI test choose differently; everything else is built the same.
    struct Choices
    {
        std::unique_ptr<Core::KeyStore> store; // the OS keychain, or a test's store
        Gui::WorkspacePaths paths;
        Core::SimConfig demo; // the demo org
        Core::SyncRunFactory newSyncRun; // empty: core's SyncEngine
    };
    // The real keychain, the user's data folder, a demo org of 2000 users.
    static Choices defaults();

    explicit DeskApp(Choices choices = defaults());
    ~DeskApp();
    DeskApp(const DeskApp &) = delete;
    DeskApp &operator=(const DeskApp &) = delete;

    void show(Gui::MainWindow::Start how);

    Core::KeyStore &store() const { return *m_store; }
    Core::KeyService &keys() const { return *m_keys; }
    Gui::Workspace &workspace() const { return *m_workspace; }
    Gui::MainWindow &window() const { return *m_window; }

private:
    std::unique_ptr<Core::KeyStore> m_store;
    std::unique_ptr<Core::KeyService> m_keys;
    std::unique_ptr<Core::Catalog> m_catalog;
    std::unique_ptr<Core::SimulatorThread> m_demoServer;
    std::unique_ptr<Gui::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};
