// SPDX-License-Identifier: MIT
#include "ui/sql/sqlpane.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/sql/querystore.h"
#include "ui/common/actions.h"
#include "ui/common/datasetinventory.h"
#include "ui/common/dialogs.h"
#include "ui/common/uisettings.h"
#include "ui/common/viewcopy.h"
#include "ui/sql/chartdialog.h"
#include "ui/sql/historymodel.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlresultmodel.h"
#include "ui/sql/starterqueries.h"
#include "ui/tables/exportcontroller.h"

using namespace Qt::StringLiterals;

namespace Gui {

SqlPane::SqlPane(DatasetInventory &inventory, const QString &stateFolder, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_store(std::make_unique<Core::QueryStore>(stateFolder))
{
    setObjectName(u"sqlPane"_s);
    m_history = new HistoryModel(*m_store, this);
    m_historyFilter = new QSortFilterProxyModel(this);
    m_historyFilter->setSourceModel(m_history);
    m_historyFilter->setFilterKeyColumn(HistoryModel::QueryColumn);
    m_historyFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_export = new ExportController(this);

    setupTabs();
    setupActions();
    setupLibrary();
    setupLayout();
    connectQueries();
    connectLibrary();
    connect(&m_inventory, &DatasetInventory::tablesChanged, this, &SqlPane::updateSchema);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(800);
    connect(&m_autosave, &QTimer::timeout, this, &SqlPane::saveTabs);
    restoreTabs();
}

void SqlPane::setupTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"sqlTabs"_s);
    m_tabs->setMovable(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    auto *newTab = new QToolButton(this);
    newTab->setText(u"+"_s);
    newTab->setToolTip(tr("New query tab (Ctrl+T)"));
    m_tabs->setCornerWidget(newTab, Qt::TopRightCorner);
    connect(newTab, &QToolButton::clicked, this,
        [this] { m_tabs->setCurrentWidget(addTab(nextTitle(), {}, 0)); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &SqlPane::closeTab);
    connect(m_tabs->tabBar(), &QTabBar::tabBarDoubleClicked, this, &SqlPane::renameTab);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, [this] { m_autosave.start(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SqlPane::updateActions);
}

void SqlPane::setupActions()
{
    // No mnemonics: Alt+letters belong to the menu bar; these have shortcuts of their own.
    auto action = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        QAction *a = newAction(this, name, text, keys);
        // Only while the SQL pane has focus: F5 means Refresh elsewhere.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_runAll = action(u"sqlRunAll"_s, tr("Run all"), QKeySequence(Qt::Key_F5));
    m_runStatement =
        action(u"sqlRunStatement"_s, tr("Run statement"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runSelection = action(u"sqlRunSelection"_s, tr("Run selection"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_stop = action(u"sqlStop"_s, tr("Stop"), QKeySequence(Qt::Key_Escape));
    QAction *newTab = action(u"sqlNewTab"_s, tr("New tab"), QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *closeTab =
        action(u"sqlCloseTab"_s, tr("Close tab"), QKeySequence(Qt::CTRL | Qt::Key_W));
    m_save = action(u"sqlSave"_s, tr("Save query…"), QKeySequence(Qt::CTRL | Qt::Key_S));
    m_exportResult =
        action(u"sqlExport"_s, tr("Export results…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_chart = action(u"sqlChart"_s, tr("Chart…"), QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(newTab, &QAction::triggered, this,
        [this] { m_tabs->setCurrentWidget(addTab(nextTitle(), {}, 0)); });
    connect(
        closeTab, &QAction::triggered, this, [this] { this->closeTab(m_tabs->currentIndex()); });

    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(u"sqlTimeLimit"_s);
    m_timeLimit->setRange(0, 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSpecialValueText(tr("no limit"));
    m_timeLimit->setValue(UiSettings::SqlTimeLimit.value());
    m_timeLimit->setToolTip(tr("Queries running longer are stopped"));
    connect(m_timeLimit, &QSpinBox::valueChanged, this,
        [](int seconds) { UiSettings::SqlTimeLimit.setValue(seconds); });
}

// The query library beside the editor: history (searchable), saved queries, examples.
void SqlPane::setupLibrary()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setPlaceholderText(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(m_historyFilter);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->header()->setStretchLastSection(false);
    m_historyView->header()->resizeSection(HistoryModel::QueryColumn, 260);
    m_historyView->setToolTip(tr("Click a query to open it in a new tab"));
    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_search);
    historyLayout->addWidget(m_historyView);
    historyPage->setFocusProxy(m_search);
    leadToList(m_search, m_historyView);

    m_saved = new QListWidget(this);
    m_saved->setObjectName(u"savedQueries"_s);
    m_saved->setContextMenuPolicy(Qt::CustomContextMenu);
    m_saved->setToolTip(tr("Click a query to open it in a new tab; right-click to remove it"));
    m_examples = new QListWidget(this);
    m_examples->setObjectName(u"exampleQueries"_s);
    m_examples->setToolTip(tr("Example queries for this dataset; click one to open it"));
    for (const Core::QueryStore::SavedQuery &query : starterQueries()) {
        auto *item = new QListWidgetItem(query.name, m_examples);
        item->setData(Qt::UserRole, query.sql);
        item->setToolTip(query.sql);
    }
    m_library = new QTabWidget(this);
    m_library->setObjectName(u"sqlLibrary"_s);
    m_library->addTab(historyPage, tr("History"));
    m_library->addTab(m_saved, tr("Saved"));
    m_library->addTab(m_examples, tr("Examples"));
    reloadSaved();
}

void SqlPane::setupLayout()
{
    // Across the whole pane, above the editor and the side panel: beside the editor alone it
    // hid Time limit, Chart and Export behind » (at 1,280 px in German, at 1,024 in English).
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"sqlToolbar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({ m_runAll, m_runStatement, m_runSelection, m_stop });
    bar->addSeparator();
    bar->addActions({ m_save, m_exportResult, m_chart });
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Time limit: "), this));
    bar->addWidget(m_timeLimit);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_library);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 800, 320 });
    m_splitter->restoreState(UiSettings::SqlSplitter.value());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_splitter);
}

void SqlPane::connectQueries()
{
    auto runCurrent = [this](QueryTab::Scope scope) {
        if (QueryTab *tab = currentTab())
            tab->run(scope, m_timeLimit->value() * 1000);
    };
    connect(
        m_runAll, &QAction::triggered, this, [runCurrent] { runCurrent(QueryTab::Scope::All); });
    connect(m_runStatement, &QAction::triggered, this,
        [runCurrent] { runCurrent(QueryTab::Scope::Statement); });
    connect(m_runSelection, &QAction::triggered, this,
        [runCurrent] { runCurrent(QueryTab::Scope::Selection); });
    connect(m_stop, &QAction::triggered, this, [this] {
        if (QueryTab *tab = currentTab())
            tab->stop();
    });
    connect(m_save, &QAction::triggered, this, &SqlPane::saveCurrentQuery);
    connect(m_exportResult, &QAction::triggered, this, &SqlPane::exportResult);
    connect(m_chart, &QAction::triggered, this, &SqlPane::openChart);
    connect(m_export, &ExportController::finished, this,
        [this](bool, const QString &message) { emit statusChanged(message); });
}

void SqlPane::connectLibrary()
{
    connect(m_search, &QLineEdit::textChanged, m_historyFilter,
        &QSortFilterProxyModel::setFilterFixedString);
    auto openHistory = [this](const QModelIndex &index) {
        openQuery(index.data(HistoryModel::SqlRole).toString(), tr("From history"));
    };
    connect(m_historyView, &QTreeView::clicked, this, openHistory);
    openOnEnter(m_historyView, openHistory);
    auto openItem = [this](QListWidgetItem *item) {
        openQuery(item->data(Qt::UserRole).toString(), item->text());
    };
    for (QListWidget *list : { m_saved, m_examples }) {
        connect(list, &QListWidget::itemClicked, this, openItem);
        openOnEnter(list,
            [list, openItem](const QModelIndex &index) { openItem(list->item(index.row())); });
    }
    connect(m_saved, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_saved->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        menu.addAction(tr("Remove saved query"), this, [this, name = item->text()] {
            m_store->removeQuery(name);
            reloadSaved();
        });
        menu.exec(m_saved->viewport()->mapToGlobal(pos));
    });
}

// The tabs as they were left (the first start offers one with an example).
void SqlPane::restoreTabs()
{
    const QList<Core::QueryStore::Tab> saved = m_store->loadTabs();
    for (const Core::QueryStore::Tab &tab : saved)
        addTab(tab.title, tab.sql, tab.cursor);
    if (saved.isEmpty())
        addTab(tr("Query 1"), u"SELECT * FROM users LIMIT 100;\n"_s, 0);
    m_tabs->setCurrentIndex(std::clamp(UiSettings::SqlCurrentTab.value(), 0, m_tabs->count() - 1));
    updateActions();
}

SqlPane::~SqlPane()
{
    saveTabs();
}

void SqlPane::hideEvent(QHideEvent *event)
{
    UiSettings::SqlSplitter.setValue(m_splitter->saveState());
    saveTabs();
    QWidget::hideEvent(event);
}

QString SqlPane::nextTitle() const
{
    for (int n = m_tabs->count() + 1;; ++n) {
        QString title = tr("Query %1").arg(n);
        bool taken = false;
        for (int i = 0; i < m_tabs->count(); ++i)
            taken = taken || m_tabs->tabText(i) == title;
        if (!taken)
            return title;
    }
}

QueryTab *SqlPane::addTab(const QString &title, const QString &sql, int cursor)
{
    auto *tab = new QueryTab(this);
    tab->editor()->setPlainText(sql);
    QTextCursor position = tab->editor()->textCursor();
    position.setPosition(std::clamp(cursor, 0, int(sql.size())));
    tab->editor()->setTextCursor(position);
    if (!m_datasetPath.isEmpty())
        tab->setDataset(m_datasetPath, m_datasetLabel);
    connect(tab, &QueryTab::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(tab, &QueryTab::runningChanged, this, &SqlPane::updateActions);
    connect(tab, &QueryTab::ran, this, [this](const Core::QueryStore::HistoryEntry &entry) {
        m_store->addHistory(entry);
        m_history->reload();
    });
    // The status bar repeats the message line as it changes, so both count the same rows.
    connect(tab, &QueryTab::messageChanged, this, [this, tab](const QString &text) {
        if (tab == currentTab())
            emit statusChanged(text);
    });
    m_tabs->addTab(tab, title.isEmpty() ? nextTitle() : title);
    updateSchema();
    m_autosave.start();
    return tab;
}

QueryTab *SqlPane::openQuery(const QString &sql, const QString &title)
{
    QueryTab *tab = addTab(title.isEmpty() ? nextTitle() : title, sql, int(sql.size()));
    m_tabs->setCurrentWidget(tab);
    tab->editor()->setFocus();
    return tab;
}

int SqlPane::copySelection(bool withHeaders)
{
    QueryTab *tab = currentTab();
    return tab ? copySelectedCells(tab->resultView(), withHeaders, SqlResultModel::RawValueRole)
               : 0;
}

QueryTab *SqlPane::currentTab() const
{
    return qobject_cast<QueryTab *>(m_tabs->currentWidget());
}

void SqlPane::closeTab(int index)
{
    auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        addTab(nextTitle(), {}, 0);
    saveTabs();
}

void SqlPane::renameTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    const QString name =
        Dialogs::getText(this, tr("Rename query tab"), tr("Name:"), m_tabs->tabText(index))
            .trimmed();
    if (name.isEmpty())
        return;
    m_tabs->setTabText(index, name);
    saveTabs();
}

void SqlPane::saveTabs()
{
    m_autosave.stop();
    QList<Core::QueryStore::Tab> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(i)))
            tabs.append(tab->state(m_tabs->tabText(i)));
    }
    if (!m_store->saveTabs(tabs))
        emit statusChanged(m_store->error());
    UiSettings::SqlCurrentTab.setValue(m_tabs->currentIndex());
}

void SqlPane::exportResult()
{
    QueryTab *tab = currentTab();
    if (!tab || tab->resultSql().isEmpty()) {
        emit statusChanged(
            tr("Run a query that returns rows first; its whole result is exported."));
        return;
    }
    // The statement runs again for the export, so every row is written, not just those loaded.
    const qint64 rows = tab->result()->isComplete() ? tab->result()->rowCount() : -1;
    m_export->exportQuery(m_datasetPath, { tab->resultSql(), {} },
        m_tabs->tabText(m_tabs->indexOf(tab)).remove(u'&'), rows);
}

ChartDialog *SqlPane::openChart()
{
    QueryTab *tab = currentTab();
    if (!tab || tab->result()->rowCount() == 0) {
        emit statusChanged(tr("Run a query that returns rows first, then chart them."));
        return nullptr;
    }
    auto *dialog = new ChartDialog(*tab->result(), m_tabs->tabText(m_tabs->indexOf(tab)), tab);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new run replaces the rows the chart was drawn from.
    connect(tab, &QueryTab::runningChanged, dialog, &QDialog::close);
    dialog->show();
    return dialog;
}

void SqlPane::reloadSaved()
{
    m_saved->clear();
    for (const Core::QueryStore::SavedQuery &query : m_store->savedQueries()) {
        auto *item = new QListWidgetItem(query.name, m_saved);
        item->setData(Qt::UserRole, query.sql);
        item->setToolTip(query.sql);
    }
}

void SqlPane::saveCurrentQuery()
{
    QueryTab *tab = currentTab();
    if (!tab || tab->editor()->toPlainText().trimmed().isEmpty())
        return;
    const int index = m_tabs->indexOf(tab);
    const QString name =
        Dialogs::getText(this, tr("Save query"), tr("Name:"), m_tabs->tabText(index)).trimmed();
    if (name.isEmpty())
        return;
    if (!m_store->saveQuery(name, tab->editor()->toPlainText())) {
        emit statusChanged(m_store->error());
        return;
    }
    m_tabs->setTabText(index, name);
    reloadSaved();
    m_library->setCurrentWidget(m_saved);
    saveTabs();
    emit statusChanged(tr("Saved the query as “%1”.").arg(name));
}

void SqlPane::setDataset(const QString &path, const QString &label)
{
    m_datasetPath = path;
    m_datasetLabel = label;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(i)))
            tab->setDataset(path, label);
    }
}

void SqlPane::updateSchema()
{
    Core::SqlCompletion::Schema schema;
    for (const Core::TableInfo &table : m_inventory.tables()) {
        QStringList columns;
        for (const Core::ColumnInfo &column : table.columns)
            columns.append(column.name);
        schema.columns.insert(table.name, columns);
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<QueryTab *>(m_tabs->widget(i)))
            tab->editor()->setSchema(schema);
    }
}

void SqlPane::updateActions()
{
    QueryTab *tab = currentTab();
    const bool running = tab && tab->isRunning();
    m_runAll->setEnabled(tab && !running);
    m_runStatement->setEnabled(tab && !running);
    m_runSelection->setEnabled(tab && !running);
    m_stop->setEnabled(running);
    m_exportResult->setEnabled(tab && !running && !tab->resultSql().isEmpty());
    m_chart->setEnabled(tab && !running && !tab->resultSql().isEmpty());
}

QList<QWidget *> SqlPane::parts() const
{
    QueryTab *tab = currentTab();
    if (!tab)
        return { m_library->currentWidget() };
    return { tab->editor(), tab->resultView(), m_library->currentWidget() };
}

} // namespace Gui
