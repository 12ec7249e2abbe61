// SPDX-License-Identifier: MIT
#include "deskapp.h"

#include <QApplication>
#include <QFileInfo>
#include <cstdio>

#include "core/catalog/catalog.h"
#include "core/common/appsettings.h"
#include "core/secrets/keychainstore.h"
#include "core/secrets/keyservice.h"
#include "ui/common/workspace.h"

using namespace Qt::StringLiterals;

DeskApp::DeskApp()
{
    auto catalog = Core::Catalog::load();
    if (!catalog) {
        // The catalog is compiled in; failing here means a broken build, not bad input.
        std::fprintf(stderr, "fullstory-desk: %s\n", qPrintable(catalog.error().toString()));
        std::abort();
    }
    m_store = std::make_unique<Core::KeychainStore>();
    m_keys = std::make_unique<Core::KeyService>(*m_store);
    Gui::WorkspacePaths paths;
    paths.ownDataset = Core::AppSettings::defaultDatasetPath(false);
    paths.demoDataset = Core::AppSettings::defaultDatasetPath(true);
    paths.stateFolder = QFileInfo(paths.ownDataset).absolutePath();
    Core::SimConfig demo;
    demo.users = 2000;
    m_workspace = std::make_unique<Gui::Workspace>(*m_keys, catalog.value(), paths, demo);
    m_window = std::make_unique<Gui::MainWindow>(*m_workspace);
}

DeskApp::~DeskApp()
{
    // The window's panes use the workspace; the workspace uses the key service and keychain.
    m_window.reset();
    m_workspace.reset();
}

void DeskApp::show(Gui::MainWindow::Start how)
{
    m_window->show();
    m_window->start(how);
}
