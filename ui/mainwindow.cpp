// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include "core/catalog/catalog.h"
#include "core/secrets/keyservice.h"
#include "ui/common/actions.h"
#include "ui/common/datasetinventory.h"
#include "ui/common/dialogs.h"
#include "ui/common/keyboard.h"
#include "ui/common/uisettings.h"
#include "ui/common/workspace.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"
#include "ui/schema/schemapane.h"
#include "ui/settings/apikeydialog.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlpane.h"
#include "ui/sync/syncpane.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablespane.h"
#include "ui/welcome/welcomepane.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
enum Tab { SyncTab, TablesTab, SchemaTab };
}

MainWindow::MainWindow(Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog,
    Core::SyncRunFactory newSyncRun, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_keys(keys)
    , m_catalog(catalog)
{
    setObjectName(u"mainWindow"_s);
    m_inventory = new DatasetInventory(this);
    m_welcome = new WelcomePane(workspace, keys, this);
    m_sync = new SyncPane(workspace, keys, catalog, std::move(newSyncRun), this);
    m_tables = new TablesPane(*m_inventory, this);
    m_schema = new SchemaPane(*m_inventory, this);
    m_sql = new SqlPane(*m_inventory, workspace.stateFolder(), this);
    m_history = new HistoryPane(catalog.historySeries(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    // No mnemonics on the tabs: Alt+letters belong to the menus; Ctrl+1…3 switch tabs.
    m_tabs->addTab(m_sync, tr("Sync"));
    m_tabs->addTab(m_tables, tr("Tables"));
    m_tabs->addTab(m_schema, tr("Schema"));
    m_tabs->addTab(m_sql, tr("SQL"));
    m_tabs->addTab(m_history, tr("History"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    createActions();
    createMenus();
    createStatusBar();
    // A focus mark one can see from across the desk, on every list and grid: the style's own
    // barely changes the frame's colour (review: "invisible on most screenshots").
    setStyleSheet(u"QAbstractItemView:focus, QTextBrowser:focus "
                  u"{ border: 2px solid palette(highlight); }"_s);
    // A saved geometry is restored as it was left.
    resize(firstSize(QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1280, 800)));
    restoreGeometry(UiSettings::WindowGeometry.value());
    restoreState(UiSettings::WindowState.value());

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &MainWindow::applyDataChanges);
    connectPanes();
    updateKeyAction();
    onModeChanged();
}

// The window follows the workspace and the panes; panes reach one another only through it.
void MainWindow::connectPanes()
{
    connect(&m_workspace, &Workspace::modeChanged, this, &MainWindow::onModeChanged);
    connect(&m_workspace, &Workspace::dataChanged, this, &MainWindow::onDataChanged);
    connect(&m_keys, &Core::KeyService::changed, this, &MainWindow::onKeyStateChanged);
    connect(&m_workspace, &Workspace::identityChanged, this, &MainWindow::onModeChanged);
    connect(m_welcome, &WelcomePane::enterKeyRequested, this, &MainWindow::openKeyDialog);
    connect(m_welcome, &WelcomePane::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePane::ownDataRequested, this, &MainWindow::openOwnData);
    connect(m_sync, &SyncPane::syncStarted, this, &MainWindow::updateActions);
    connect(m_sync, &SyncPane::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_sync, &SyncPane::statusChanged, this, &MainWindow::showMessage);
    connect(m_tables, &TablesPane::statusChanged, m_viewLabel, &QLabel::setText);
    connect(m_tables, &TablesPane::messageShown, this, &MainWindow::showMessage);
    connect(m_sql, &SqlPane::statusChanged, this, &MainWindow::showMessage);
    connect(m_schema, &SchemaPane::sqlRequested, this, &MainWindow::openInSqlPane);
    connect(m_tables, &TablesPane::sqlRequested, this, &MainWindow::openInSqlPane);
    connect(m_schema, &SchemaPane::openTableRequested, this, [this](const QString &table) {
        m_tabs->setCurrentWidget(m_tables);
        m_tables->openTable(table);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // A pane's passing message speaks of that pane; it leaves with it.
        statusBar()->clearMessage();
        m_viewLabel->setVisible(index == TablesTab);
        updateActions();
    });
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstSize(const QRect &available)
{
    // 1280×800, but never more than the screen offers with the window manager's frame and
    // title bar around it (a 1024×768 laptop panel got a window taller than itself). The frame
    // is unknown until the window is shown; these cover common title bars.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 48;
    return { std::min(1280, available.width() - frameWidth),
        std::min(800, available.height() - frameHeight) };
}

QAction *MainWindow::addAction(const QString &name, const QString &text,
    const QKeySequence &shortcut, std::function<void()> slot)
{
    QAction *action = newAction(this, name, text, shortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

void MainWindow::createActions()
{
    m_actions.sync = addAction(u"actionSync"_s, tr("&Sync now"), QKeySequence(Qt::Key_F9), [this] {
        m_tabs->setCurrentWidget(m_sync);
        m_sync->startSync();
    });
    m_actions.fullRefresh =
        addAction(u"actionFullRefresh"_s, tr("Sync with &full refresh"), {}, [this] {
            m_tabs->setCurrentWidget(m_sync);
            m_sync->startFullRefresh();
        });
    m_actions.cancelSync = addAction(u"actionCancelSync"_s, tr("&Cancel sync"),
        QKeySequence(Qt::SHIFT | Qt::Key_F9), [this] { m_sync->cancelSync(); });
    m_actions.apiKey =
        addAction(u"actionApiKey"_s, tr("&API key…"), {}, [this] { openKeyDialog(); });
    m_actions.demo = addAction(u"actionDemo"_s, tr("Use &demo data"), {}, [this] { openDemo(); });
    m_actions.ownData =
        addAction(u"actionOwnData"_s, tr("Use &my data"), {}, [this] { openOwnData(); });
    m_actions.exportView = addAction(u"actionExport"_s, tr("&Export view…"),
        QKeySequence(Qt::CTRL | Qt::Key_E), [this] { m_tables->exportView(); });
    m_actions.openFolder = addAction(u"actionOpenFolder"_s, tr("Open data &folder"), {}, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_workspace.datasetPath()).absolutePath()));
    });
    m_actions.quit =
        addAction(u"actionQuit"_s, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    m_actions.copy =
        addAction(u"actionCopy"_s, tr("&Copy"), QKeySequence::Copy, [this] { copy(false); });
    m_actions.copyHeaders = addAction(u"actionCopyHeaders"_s, tr("Copy with &headers"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copy(true); });
    m_actions.copyRows =
        addAction(u"actionCopyRows"_s, tr("Copy &rows"), {}, [this] { m_tables->copyRows(); });
    m_actions.filter =
        addAction(u"actionFilter"_s, tr("&Filter column"), QKeySequence::Find, [this] {
            m_tabs->setCurrentWidget(m_tables);
            m_tables->focusFilter();
        });
    m_actions.clearFilters = addAction(
        u"actionClearFilters"_s, tr("C&lear filters"), {}, [this] { m_tables->clearFilters(); });
    m_actions.systemTables = m_tables->showSystemTablesAction();
    // Each pane's shortcut also puts the keyboard where one works in it: Ctrl+4 and typing
    // writes SQL (before, the keys went to the tab bar and nothing was typed).
    auto show = [this](QWidget *pane, QWidget *focus) {
        m_tabs->setCurrentWidget(pane);
        if (focus)
            focus->setFocus(Qt::ShortcutFocusReason);
    };
    m_actions.showSync =
        addAction(u"actionShowSync"_s, tr("Sync &pane"), QKeySequence(Qt::CTRL | Qt::Key_1),
            [this, show] { show(m_sync, firstPart(m_sync->parts())); });
    m_actions.showTables = addAction(
        u"actionShowTables"_s, tr("&Tables"), QKeySequence(Qt::CTRL | Qt::Key_2), [this, show] {
            show(m_tables,
                m_tables->gridModel()->hasTable() ? static_cast<QWidget *>(m_tables->gridView())
                                                  : m_tables->listView());
        });
    m_actions.showSchema = addAction(u"actionShowSchema"_s, tr("Sc&hema"),
        QKeySequence(Qt::CTRL | Qt::Key_3), [this, show] { show(m_schema, m_schema->treeView()); });
    m_actions.showSql =
        addAction(u"actionShowSql"_s, tr("S&QL"), QKeySequence(Qt::CTRL | Qt::Key_4), [this, show] {
            show(m_sql, m_sql->currentTab() ? m_sql->currentTab()->editor() : nullptr);
        });
    m_actions.showHistory = addAction(u"actionShowHistory"_s, tr("Settings histor&y"),
        QKeySequence(Qt::CTRL | Qt::Key_5),
        [this, show] { show(m_history, m_history->versions()->timeline()); });
    auto nextPart = [this](bool forward) {
        if (auto *pane = dynamic_cast<PaneParts *>(m_tabs->currentWidget());
            pane && !isShowingWelcome())
            focusNextPart(pane->parts(), forward);
    };
    m_actions.nextPart = addAction(u"actionNextPart"_s, tr("&Next part of the pane"),
        QKeySequence(Qt::Key_F6), [nextPart] { nextPart(true); });
    m_actions.previousPart = addAction(u"actionPreviousPart"_s, tr("Pre&vious part of the pane"),
        QKeySequence(Qt::SHIFT | Qt::Key_F6), [nextPart] { nextPart(false); });
    m_actions.refresh = addAction(u"actionRefresh"_s, tr("&Refresh"), QKeySequence::Refresh,
        [this] { m_workspace.announceDataChanged({}); });
    m_actions.about = addAction(u"actionAbout"_s, tr("&About Fullstory Desk"), {}, [this] {
        Dialogs::information(this, tr("About Fullstory Desk"),
            tr("Fullstory Desk %1\n\nYour Fullstory org's recording settings, their history and "
               "your users in a local SQLite dataset.\n\nDataset: %2")
                .arg(QApplication::applicationVersion(), m_workspace.datasetPath()));
    });
    m_actions.aboutQt =
        addAction(u"actionAboutQt"_s, tr("About &Qt"), {}, [] { QApplication::aboutQt(); });
    QStyle *s = style();
    m_actions.sync->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    m_actions.cancelSync->setIcon(s->standardIcon(QStyle::SP_BrowserStop));
    m_actions.exportView->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    auto add = [this](const QString &title, const QList<QAction *> &actions) {
        QMenu *menu = menuBar()->addMenu(title);
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
    };
    add(tr("&File"), { a.demo, a.ownData, nullptr, a.exportView, a.openFolder, nullptr, a.quit });
    add(tr("&Edit"), { a.copy, a.copyHeaders, a.copyRows, nullptr, a.filter, a.clearFilters });
    add(tr("&View"),
        { a.showSync, a.showTables, a.showSchema, a.showSql, a.showHistory, nullptr, a.nextPart,
            a.previousPart, nullptr, a.systemTables, a.refresh });
    add(tr("S&ync"), { a.sync, a.fullRefresh, a.cancelSync });
    add(tr("Se&ttings"), { a.apiKey });
    add(tr("&Help"), { a.about, a.aboutQt });

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(a.sync);
    toolbar->addAction(a.cancelSync);
    toolbar->addSeparator();
    toolbar->addAction(a.exportView);
    toolbar->addAction(a.apiKey);
}

void MainWindow::createStatusBar()
{
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(u"modeLabel"_s);
    m_viewLabel = new QLabel(this);
    m_viewLabel->setObjectName(u"viewLabel"_s);
    statusBar()->addPermanentWidget(m_viewLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::start(Start how)
{
    m_start = how;
    m_keys.check();
}

void MainWindow::onKeyStateChanged()
{
    updateKeyAction();
    updateActions();
    if (!m_start || m_keys.state() == Core::KeyService::State::Checking)
        return;
    const Start how = *std::exchange(m_start, std::nullopt);
    const bool hasKey = m_keys.isStored();
    const QString last = UiSettings::LastMode.value();
    if (how == Start::Demo || (how == Start::DemoIfNoKey && !hasKey)
        || (how == Start::Remembered && last == u"demo"_s))
        openDemo();
    else if (hasKey || (last == u"own"_s && m_workspace.hasOwnDataset()))
        openOwnData();
    else
        onModeChanged(); // stays on the welcome pane
}

void MainWindow::openDemo()
{
    m_workspace.setMode(Workspace::Mode::Demo);
    UiSettings::LastMode.setValue(u"demo"_s);
    // First visit: fill the demo dataset at once, so there is something to browse.
    if (!QFileInfo::exists(m_workspace.datasetPath()))
        m_sync->startSync();
}

void MainWindow::openOwnData()
{
    m_workspace.setMode(Workspace::Mode::Own);
    UiSettings::LastMode.setValue(u"own"_s);
}

void MainWindow::openKeyDialog()
{
    auto *dialog = new ApiKeyDialog(m_workspace, m_keys, m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::keySaved, this, [this] {
        if (m_workspace.mode() != Workspace::Mode::Own)
            openOwnData();
        showMessage(tr("API key saved in the keychain. Press Sync to fetch your org's data."));
    });
    dialog->open();
}

void MainWindow::onModeChanged()
{
    const Workspace::Mode mode = m_workspace.mode();
    if (mode == Workspace::Mode::None) {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Fullstory Desk"));
        m_modeLabel->clear();
        updateActions();
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    const QString path = m_workspace.datasetPath();
    if (m_inventory->datasetPath() != path) {
        m_inventory->setDataset(path);
        m_tables->setDataset(path);
        m_schema->setDataset(path);
        m_sync->setDataset(path);
        m_sql->setDataset(path, m_workspace.isDemo() ? u"demo"_s : u"own"_s);
        m_history->setDataset(path);
        m_tabs->setCurrentIndex(std::clamp(UiSettings::CurrentTab.value(), 0, m_tabs->count() - 1));
    }
    const auto identity = m_workspace.identity();
    if (m_workspace.isDemo()) {
        // Qt appends " — Fullstory Desk" (the display name) itself.
        setWindowTitle(tr("Demo data"));
        m_modeLabel->setText(tr("DEMO DATA (simulated org)"));
        m_modeLabel->setStyleSheet(
            u"QLabel { background: #f0ad4e; color: black; padding: 1px 6px; border-radius: 3px; }"_s);
    } else {
        const QString org = identity ? identity->orgId : QString();
        setWindowTitle(org.isEmpty() ? tr("Fullstory Desk") : tr("Org %1").arg(org));
        m_modeLabel->setText(org.isEmpty() ? tr("My data") : tr("Org %1").arg(org));
        m_modeLabel->setStyleSheet({});
    }
    m_modeLabel->setToolTip(path);
    updateActions();
}

void MainWindow::onDataChanged(const QStringList &tables)
{
    if (tables.isEmpty())
        m_changedAll = true;
    m_changedTables.append(tables);
    m_refresh.start();
}

void MainWindow::applyDataChanges()
{
    const QStringList tables = m_changedAll ? QStringList() : m_changedTables;
    m_changedTables.clear();
    m_changedAll = false;
    m_inventory->reload();
    m_tables->refresh(tables);
    m_schema->refresh();
    m_sync->refreshHistory();
    m_history->refresh();
}

void MainWindow::onSyncFinished(const Core::RunResult &result)
{
    Q_UNUSED(result)
    updateActions();
    if (m_closeAfterSync)
        close();
}

void MainWindow::updateKeyAction()
{
    // The tick means what it shows: a key is stored. Before, it was green with no key at all,
    // even with no keychain to store one in.
    QAction *key = m_actions.apiKey;
    QStyle *s = style();
    switch (m_keys.state()) {
    case Core::KeyService::State::Stored:
        key->setIcon(s->standardIcon(QStyle::SP_DialogApplyButton));
        key->setToolTip(tr("An API key is stored in the keychain. Change or remove it."));
        break;
    case Core::KeyService::State::Missing:
        key->setIcon(s->standardIcon(QStyle::SP_MessageBoxInformation));
        key->setToolTip(tr("No API key is stored yet. Enter one to sync your org's data."));
        break;
    case Core::KeyService::State::Unavailable:
        key->setIcon(s->standardIcon(QStyle::SP_MessageBoxWarning));
        key->setToolTip(tr("The keychain cannot be reached, so no key can be stored or read."));
        break;
    case Core::KeyService::State::Checking:
        key->setIcon({});
        key->setToolTip(tr("Looking for a stored API key…"));
        break;
    }
}

void MainWindow::updateActions()
{
    const bool open = m_workspace.mode() != Workspace::Mode::None;
    const bool syncing = m_sync->isSyncing();
    const bool canSync = m_workspace.isDemo() || m_keys.isStored();
    m_actions.sync->setEnabled(open && !syncing && canSync);
    m_actions.fullRefresh->setEnabled(open && !syncing && canSync);
    m_actions.cancelSync->setEnabled(syncing);
    m_actions.demo->setEnabled(!syncing && !m_workspace.isDemo());
    m_actions.ownData->setEnabled(!syncing && m_workspace.mode() != Workspace::Mode::Own
        && (m_keys.isStored() || m_workspace.hasOwnDataset()));
    m_actions.exportView->setEnabled(open && m_tabs->currentWidget() == m_tables);
    const Actions &a = m_actions;
    for (QAction *action : { a.filter, a.clearFilters, a.openFolder, a.showSync, a.showTables,
             a.showSchema, a.showSql, a.showHistory })
        action->setEnabled(open);
    // Copying needs a pane with a grid on show.
    QWidget *pane = m_tabs->currentWidget();
    const bool grid = open && (pane == m_tables || pane == m_sql || pane == m_history);
    m_actions.copy->setEnabled(grid);
    m_actions.copyHeaders->setEnabled(grid);
    m_actions.copyRows->setEnabled(open && pane == m_tables);
    // F5 runs the query in the SQL pane; Refresh there would make the key ambiguous.
    m_actions.refresh->setEnabled(open && m_tabs->currentWidget() != m_sql);
}

void MainWindow::openInSqlPane(const QString &sql)
{
    m_tabs->setCurrentWidget(m_sql);
    m_sql->openQuery(sql);
}

// Edit › Copy acts on the pane on show; the tables pane reports its own (it reads off-thread).
void MainWindow::copy(bool withHeaders)
{
    QWidget *pane = m_tabs->currentWidget();
    int rows = -1;
    if (pane == m_tables)
        m_tables->copySelection(withHeaders);
    else if (pane == m_sql)
        rows = m_sql->copySelection(withHeaders);
    else if (pane == m_history)
        rows = m_history->copySelection(withHeaders);
    if (rows > 0)
        showMessage(tr("Copied %Ln row(s).", nullptr, rows));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sync->isSyncing()) {
        if (!m_closeAfterSync) {
            const auto answer = Dialogs::question(this, tr("Quit Fullstory Desk"),
                tr("A sync is running. Cancel it and quit? Resources already synced are kept; "
                   "the one in progress is rolled back."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
            m_closeAfterSync = true;
            m_sync->cancelSync();
        }
        event->ignore(); // closes once the sync has rolled back (onSyncFinished)
        return;
    }
    UiSettings::WindowGeometry.setValue(saveGeometry());
    UiSettings::WindowState.setValue(saveState());
    UiSettings::CurrentTab.setValue(m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}

} // namespace Gui
