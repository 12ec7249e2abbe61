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

    MainWindow(Workspace &workspace, Core::SyncRunFactory newSyncRun, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's size on a first start, on a screen with `available` free.
    static QSize firstSize(const QRect &available);

    // Checks the keychain, then opens what fits: the demo, the user's data, or the welcome.
    void start(Start how);
    void openDemo();
    void openOwnData();
    void openKeyDialog();

    WelcomePane *welcomePane() const { return m_welcome; }
    SyncPane *syncPane() const { return m_sync; }
    TablesPane *tablesPane() const { return m_tables; }
    SchemaPane *schemaPane() const { return m_schema; }
    SqlPane *sqlPane() const { return m_sql; }
    HistoryPane *historyPane() const { return m_history; }
    void openInSqlPane(const QString &sql);
    QTabWidget *tabs() const { return m_tabs; }
    bool isShowingWelcome() const;
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
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
    QList<QAction *> m_actions;
    QTimer m_refresh; // coalesces the refreshes of one sync's commits
    QStringList m_changedTables;
    bool m_changedAll = false;
    bool m_closeAfterSync = false;
    std::optional<Start> m_start; // waiting for the keychain to answer
};

} // namespace Gui
