// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "ui/mainwindow.h"

namespace Core {
class KeyService;
class KeyStore;
} // namespace Core

namespace Gui {
class Workspace;
}

/**
 * The desktop app's composition root: the only place that knows every concrete type. It
 * loads the catalog, picks the keychain and the dataset paths, and builds the key service,
 * the Workspace and the MainWindow on them.
 */
class DeskApp final
{
public:
    DeskApp();
    ~DeskApp();
    DeskApp(const DeskApp &) = delete;
    DeskApp &operator=(const DeskApp &) = delete;

    void show(Gui::MainWindow::Start how);

private:
    std::unique_ptr<Core::KeyStore> m_store;
    std::unique_ptr<Core::KeyService> m_keys;
    std::unique_ptr<Gui::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};
