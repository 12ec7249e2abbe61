// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/catalog/catalog.h"
#include "core/secrets/keyservice.h"
#include "core/secrets/keystore.h"
#include "ui/common/workspace.h"
#include "ui/mainwindow.h"
#include "ui/sync/syncpane.h"

namespace DeskTest {

// Settings and data of every GUI test go to a throw-away folder. Runs at static
// initialisation, before QApplication or any QSettings could read the environment.
inline QString isolatedHome()
{
    static QTemporaryDir home;
    static const bool once = [] {
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
        return true;
    }();
    Q_UNUSED(once)
    return home.path();
}
inline const bool homeIsolated = !isolatedHome().isEmpty();

/**
 * The desktop app as DeskApp composes it, with the dataset files in a temporary folder and a
 * key store of the test's choosing (the real keychain under a test service name, or memory).
 */
struct Desk
{
    explicit Desk(std::unique_ptr<Core::KeyStore> store, Core::SimConfig demo = small())
        : store(std::move(store))
        , keys(std::make_unique<Core::KeyService>(*this->store))
    {
        Gui::WorkspacePaths paths;
        paths.ownDataset = dir.filePath(QStringLiteral("own.sqlite"));
        paths.demoDataset = dir.filePath(QStringLiteral("demo.sqlite"));
        paths.stateFolder = dir.path();
        workspace = std::make_unique<Gui::Workspace>(
            *keys, Core::Catalog::load().value(), paths, std::move(demo));
        window = std::make_unique<Gui::MainWindow>(*workspace);
        window->resize(1280, 800);
    }
    ~Desk()
    {
        window.reset();
        workspace.reset();
    }

    static Core::SimConfig small()
    {
        Core::SimConfig config;
        config.users = 300;
        config.usersPageSize = 100;
        config.versions = 12;
        return config;
    }

    // The demo as a person first sees it: the window at `size`, shown, the demo synced.
    bool showDemo(QSize size = { 1024, 700 })
    {
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->start(Gui::MainWindow::Start::Demo);
        return QTest::qWaitFor([this] { return !window->isShowingWelcome(); }, 10000)
            && waitForSync();
    }

    // Waits for the running (or about to start) sync to end; false on time-out.
    bool waitForSync(int timeoutMs = 60000)
    {
        QTest::qWait(1);
        return QTest::qWaitFor([this] { return !window->syncPane()->isSyncing(); }, timeoutMs);
    }

    QTemporaryDir dir;
    std::unique_ptr<Core::KeyStore> store;
    std::unique_ptr<Core::KeyService> keys;
    std::unique_ptr<Gui::Workspace> workspace;
    std::unique_ptr<Gui::MainWindow> window;
};

} // namespace DeskTest
