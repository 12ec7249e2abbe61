// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QTimer>
#include <optional>

#include "core/sync/syncoptions.h"
#include "core/sync/syncrun.h"

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Core {
class Catalog;
class KeyService;
} // namespace Core

namespace Gui {

class DatasetInventory;
class HistoryPane;
class SchemaPane;
class SqlPane;
class SyncPane;
class TablesPane;
class WelcomePane;
class Workspace;

/**
 * The main window assembles the panes — welcome, sync, tables, schema — with the menus,
 * toolbar and status bar, and wires them to the Workspace. It implements no screen itself.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Start { Remembered, Demo, DemoIfNoKey };

    MainWindow(Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog,
        Core::SyncRunFactory newSyncRun, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's size on a first start, on a screen with `available` free.
    static QSize firstSize(const QRect &available);

    // Checks the keychain, then opens what fits: the demo, the user's data, or the welcome.
    void start(Start how);
    void openDemo();
    void openOwnData();
    void openKeyDialog();

    void openInSqlPane(const QString &sql);
    bool isShowingWelcome() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Every window action, made once in createActions(); menus, toolbar and updateActions()
    // use these. Each also has an object name (actionSync, …) for tests to find it by.
    struct Actions
    {
        QAction *sync = nullptr, *fullRefresh = nullptr, *cancelSync = nullptr;
        QAction *apiKey = nullptr, *demo = nullptr, *ownData = nullptr;
        QAction *exportView = nullptr, *openFolder = nullptr, *quit = nullptr;
        QAction *copy = nullptr, *copyHeaders = nullptr, *copyRows = nullptr;
        QAction *filter = nullptr, *clearFilters = nullptr, *systemTables = nullptr;
        QAction *showSync = nullptr, *showTables = nullptr, *showSchema = nullptr;
        QAction *showSql = nullptr, *showHistory = nullptr;
        QAction *nextPart = nullptr, *previousPart = nullptr, *refresh = nullptr;
        QAction *about = nullptr, *aboutQt = nullptr;
    };

    void createActions();
    void createMenus();
    void createStatusBar();
    void connectPanes();
    void onKeyStateChanged();
    void onModeChanged();
    void onDataChanged(const QStringList &tables);
    void applyDataChanges();
    void onSyncFinished(const Core::RunResult &result);
    void updateKeyAction();
    void updateActions();
    void copy(bool withHeaders);
    void showMessage(const QString &text);
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
        std::function<void()> slot);

    Workspace &m_workspace;
    Core::KeyService &m_keys;
    const Core::Catalog &m_catalog;
    DatasetInventory *m_inventory = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    WelcomePane *m_welcome = nullptr;
    SyncPane *m_sync = nullptr;
    TablesPane *m_tables = nullptr;
    SchemaPane *m_schema = nullptr;
    SqlPane *m_sql = nullptr;
    HistoryPane *m_history = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_viewLabel = nullptr;
    Actions m_actions;
    QTimer m_refresh; // coalesces the refreshes of one sync's commits
    QStringList m_changedTables;
    bool m_changedAll = false;
    bool m_closeAfterSync = false;
    std::optional<Start> m_start; // waiting for the keychain to answer
};

} // namespace Gui
