// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/secrets/keyservice.h"
#include "core/secrets/keystore.h"
#include "deskapp.h"
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
 * The desktop app as DeskApp composes it, with the dataset files in a temporary folder, a
 * key store of the test's choosing (the real keychain under a test service name, or memory)
 * and, where a test needs a failure the simulator cannot stage, a scripted sync run.
 */
struct Desk
{
    explicit Desk(std::unique_ptr<Core::KeyStore> keyStore, Core::SimConfig demo = small(),
        Core::SyncRunFactory newSyncRun = {})
        : app(choices(std::move(keyStore), std::move(demo), std::move(newSyncRun)))
    {
        window->resize(1280, 800);
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
        if (!QTest::qWaitForWindowExposed(window))
            return false;
        window->start(Gui::MainWindow::Start::Demo);
        return QTest::qWaitFor([this] { return !window->isShowingWelcome(); }, 10000)
            && waitForSync();
    }

    // Waits for the running (or about to start) sync to end; false on time-out.
    bool waitForSync(int timeoutMs = 60000)
    {
        QTest::qWait(1);
        return QTest::qWaitFor(
            [this] { return !window->findChild<Gui::SyncPane *>()->isSyncing(); }, timeoutMs);
    }

    // The window's one child of type T (named `name` when given), as a person would find it
    // on screen; a missing one ends the test at once rather than crashing it later.
    template <typename T> T *find(const QString &name = {}) const
    {
        T *child = window->findChild<T *>(name);
        if (!child)
            qFatal("no %s named '%s' in the window", T::staticMetaObject.className(),
                qPrintable(name));
        return child;
    }

    QTemporaryDir dir;
    DeskApp app;
    Core::KeyStore *const store = &app.store();
    Core::KeyService *const keys = &app.keys();
    Gui::Workspace *const workspace = &app.workspace();
    Gui::MainWindow *const window = &app.window();

private:
    DeskApp::Choices choices(std::unique_ptr<Core::KeyStore> keyStore, Core::SimConfig demo,
        Core::SyncRunFactory newSyncRun) const
    {
        DeskApp::Choices choices;
        choices.store = std::move(keyStore);
        choices.paths.ownDataset = dir.filePath(QStringLiteral("own.sqlite"));
        choices.paths.demoDataset = dir.filePath(QStringLiteral("demo.sqlite"));
        choices.paths.stateFolder = dir.path();
        choices.demo = std::move(demo);
        choices.newSyncRun = std::move(newSyncRun);
        return choices;
    }
};

} // namespace DeskTest
