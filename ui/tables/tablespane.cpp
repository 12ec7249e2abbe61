// SPDX-License-Identifier: MIT
#include "ui/tables/tablespane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

#include "core/export/exporter.h"
#include "ui/common/datasetinventory.h"
#include "ui/common/format.h"
#include "ui/common/grids.h"
#include "ui/common/uisettings.h"
#include "ui/tables/exportcontroller.h"
#include "ui/tables/filterheader.h"
#include "ui/tables/jsonviewer.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablelistmodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

TablesPane::TablesPane(DatasetInventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    setObjectName(u"tablesPane"_s);
    m_list = new TableListModel(inventory, this);
    m_grid = new TableGridModel(this);
    m_export = new ExportController(this);

    QWidget *list = createTableList();
    QWidget *grid = createGrid();
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(list);
    m_splitter->addWidget(grid);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 280, 900 });
    m_splitter->restoreState(UiSettings::TablesSplitter.value());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    connectTableList();
    connectGrid();
    setShowSystemTables(UiSettings::ShowSystemTables.value());
}

// The tables and their row counts, with the system-tables choice below.
QWidget *TablesPane::createTableList()
{
    m_listView = new QTreeView(this);
    m_listView->setObjectName(u"tableList"_s);
    m_listView->setModel(m_list);
    m_listView->setUniformRowHeights(true);
    m_listView->setAllColumnsShowFocus(true);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_listView->header()->setStretchLastSection(false);
    m_listView->header()->setSectionResizeMode(TableListModel::NameColumn, QHeaderView::Stretch);
    m_listView->header()->setSectionResizeMode(
        TableListModel::RowsColumn, QHeaderView::ResizeToContents);
    m_showSystem = new QCheckBox(tr("Show system tables"), this);
    m_showSystem->setObjectName(u"showSystemTables"_s);
    m_showSystem->setToolTip(tr("The _sync_* tables: runs, per-resource results, cursors and the "
                                "schema log"));

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_listView);
    panelLayout->addWidget(m_showSystem);

    return panel;
}

// The open table: its title, loading mark and buttons over the windowed grid.
QWidget *TablesPane::createGrid()
{
    m_gridView = new QTableView(this);
    m_gridView->setObjectName(u"tableGrid"_s);
    m_header = new FilterHeader(m_gridView);
    m_gridView->setHorizontalHeader(m_header);
    m_gridView->setModel(m_grid);
    // Ascending, descending, then back to the table's own order.
    m_header->setSortIndicatorClearable(true);
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    m_gridView->setSortingEnabled(true);
    setUpGrid(m_gridView);
    m_gridView->setAlternatingRowColors(true);
    m_gridView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_gridView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_header->setDefaultSectionSize(160);

    m_title = new QLabel(this);
    m_title->setObjectName(u"tableTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loading = new QLabel(tr("Loading…"), this);
    m_loading->setObjectName(u"tableLoading"_s);
    m_loading->hide();
    m_clearFilters = new QPushButton(tr("Clear filters"), this);
    m_clearFilters->setObjectName(u"clearFilters"_s);
    m_clearFilters->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(u"exportView"_s);
    m_exportButton->setEnabled(false);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_loading);
    bar->addStretch();
    bar->addWidget(m_clearFilters);
    bar->addWidget(m_exportButton);
    panelLayout->addLayout(bar);
    panelLayout->addWidget(m_gridView);

    return panel;
}

void TablesPane::connectTableList()
{
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TablesPane::onListSelection);
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        m_listView->expandAll();
        if (m_list->rowCount() == 0 && m_inventory.isLoaded() && !m_grid->hasTable())
            m_title->setText(tr("Nothing synced yet. Press Sync (F9) to fetch the data."));
        // The list was rebuilt (a sync, the toggle): select the same table again.
        const QString wanted = m_pendingTable.isEmpty() ? m_grid->table().name : m_pendingTable;
        if (!wanted.isEmpty())
            openTable(wanted);
    });
    // One choice, one action: the View menu shows it and the checkbox follows it (before, the
    // menu had an action of its own, whose mark went stale when the box was ticked).
    m_showSystemAction = new QAction(tr("Show &system tables"), this);
    m_showSystemAction->setObjectName(u"actionSystemTables"_s);
    m_showSystemAction->setCheckable(true);
    connect(m_showSystem, &QCheckBox::toggled, m_showSystemAction, &QAction::setChecked);
    connect(m_showSystemAction, &QAction::toggled, this, &TablesPane::setShowSystemTables);
}

void TablesPane::connectGrid()
{
    connect(m_header, &FilterHeader::filterChanged, this, &TablesPane::onFilterChanged);
    connect(m_clearFilters, &QPushButton::clicked, this, &TablesPane::clearFilters);
    connect(m_exportButton, &QPushButton::clicked, this, &TablesPane::exportView);
    connect(m_grid, &TableGridModel::loadingChanged, m_loading, &QWidget::setVisible);
    connect(m_grid, &TableGridModel::loadingChanged, this, &TablesPane::updateStatus);
    connect(m_grid, &TableGridModel::viewChanged, this, &TablesPane::updateStatus);
    connect(m_grid, &TableGridModel::errorOccurred, this, &TablesPane::messageShown);
    connect(m_grid, &QAbstractItemModel::dataChanged, this, [this] {
        if (std::exchange(m_fitColumns, false))
            fitColumns(m_gridView);
    });
    // A double-click or Enter on a JSON cell.
    connect(m_gridView, &QTableView::activated, this, &TablesPane::openJsonViewer);
    connect(m_gridView, &QWidget::customContextMenuRequested, this, &TablesPane::showGridMenu);
    connect(m_listView, &QWidget::customContextMenuRequested, this, &TablesPane::showListMenu);
    connect(m_export, &ExportController::finished, this,
        [this](bool, const QString &message) { emit messageShown(message); });
    connect(&m_inventory, &DatasetInventory::rowCountChanged, this, [this](const QString &table) {
        if (table == m_grid->table().name)
            updateStatus();
    });
}

QList<QWidget *> TablesPane::parts() const
{
    return { m_listView, m_gridView };
}

TablesPane::~TablesPane() = default;

void TablesPane::hideEvent(QHideEvent *event)
{
    UiSettings::TablesSplitter.setValue(m_splitter->saveState());
    QWidget::hideEvent(event);
}

void TablesPane::setDataset(const QString &path)
{
    m_grid->setDataset(path);
    m_header->setFilterCount(0);
    m_title->clear();
    m_pendingTable = UiSettings::LastTable.value();
    updateStatus();
}

void TablesPane::setShowSystemTables(bool show)
{
    if (m_showSystem->isChecked() != show)
        m_showSystem->setChecked(show);
    if (m_showSystemAction->isChecked() != show)
        m_showSystemAction->setChecked(show);
    UiSettings::ShowSystemTables.setValue(show);
    m_list->setShowSystemTables(show);
}

void TablesPane::openTable(const QString &table)
{
    const QModelIndex index = m_list->indexOf(table);
    if (!index.isValid()) {
        m_pendingTable = table;
        return;
    }
    m_pendingTable.clear();
    if (m_listView->currentIndex() != index)
        m_listView->setCurrentIndex(index);
    else if (m_grid->table().name != table)
        onListSelection();
}

QString TablesPane::currentTable() const
{
    return m_grid->table().name;
}

void TablesPane::onListSelection()
{
    const QString table = m_listView->currentIndex().data(TableListModel::TableNameRole).toString();
    const Core::TableInfo *info = m_inventory.find(table);
    if (!info)
        return;
    // The list was rebuilt around the same table (a sync): refresh() reloads it in place.
    if (table == m_grid->table().name && info->columns.size() == m_grid->columnCount())
        return;
    UiSettings::LastTable.setValue(table);
    m_title->setText(table);
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    m_grid->setTable(*info);
    m_header->setFilterCount(int(info->columns.size()));
    m_fitColumns = true; // once the first rows are in
    m_exportButton->setEnabled(true);
    m_clearFilters->setEnabled(false);
    m_gridView->scrollToTop();
    updateStatus();
}

void TablesPane::refresh(const QStringList &changedRoots)
{
    const Core::TableInfo &shown = m_grid->table();
    if (shown.name.isEmpty() || (!changedRoots.isEmpty() && !changedRoots.contains(shown.root)))
        return;
    // The model resets with the fresh rows; put the view back where the user was.
    const int vertical = m_gridView->verticalScrollBar()->value();
    const int horizontal = m_gridView->horizontalScrollBar()->value();
    const QModelIndex current = m_gridView->currentIndex();
    const int row = current.row(), column = current.column();
    connect(
        m_grid, &TableGridModel::viewChanged, this,
        [this, vertical, horizontal, row, column] {
            if (row >= 0 && row < m_grid->rowCount())
                m_gridView->setCurrentIndex(m_grid->index(row, column));
            m_gridView->verticalScrollBar()->setValue(vertical);
            m_gridView->horizontalScrollBar()->setValue(horizontal);
        },
        Qt::SingleShotConnection);
    m_grid->reload();
}

void TablesPane::onFilterChanged(int column, const QString &text)
{
    const QString error = m_grid->setFilter(column, text);
    m_header->setFilterError(column, error);
    if (!error.isEmpty())
        emit messageShown(error);
    m_clearFilters->setEnabled(m_grid->hasFilters());
}

void TablesPane::clearFilters()
{
    m_header->clearFilters();
    m_grid->clearFilters();
    m_clearFilters->setEnabled(false);
}

void TablesPane::focusFilter()
{
    const QModelIndex current = m_gridView->currentIndex();
    m_header->focusFilter(current.isValid() ? current.column() : 0);
}

void TablesPane::updateStatus()
{
    if (!m_grid->hasTable()) {
        emit statusChanged({});
        return;
    }
    const qint64 total = m_inventory.rowCount(m_grid->table().name);
    const int rows = m_grid->rowCount();
    const int columns = m_grid->columnCount();
    const QString columnsText = tr("%Ln column(s)", nullptr, columns);
    QString text = tr("%1 × %2").arg(Format::rows(rows), columnsText);
    if (m_grid->hasFilters()) {
        text = total >= 0 ? tr("%1 of %2 × %3 (filtered)")
                                .arg(Format::count(rows), Format::rows(total), columnsText)
                          : tr("%1 × %2 (filtered)").arg(Format::rows(rows), columnsText);
    }
    if (m_grid->isLoading())
        text = tr("Loading %1…").arg(m_grid->table().name);
    emit statusChanged(text);
}

void TablesPane::copySelection(bool withHeaders)
{
    const QModelIndexList selected = m_gridView->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : selected) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    QStringList header;
    for (const int column : std::as_const(columns))
        header.append(m_grid->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    const QItemSelection selection = m_gridView->selectionModel()->selection();
    m_grid->readRows(rows, this,
        [this, rows, columns, header, withHeaders, selection](const QList<QVariantList> &values) {
            QStringList lines;
            if (withHeaders)
                lines.append(
                    Core::Exporter::clipboardLine(QVariantList(header.begin(), header.end())));
            for (int i = 0; i < values.size(); ++i) {
                QVariantList line;
                for (const int column : columns) {
                    const bool picked = selection.contains(m_grid->index(rows.at(i), column));
                    line.append(picked && column < values.at(i).size() ? values.at(i).at(column)
                                                                       : QVariant());
                }
                lines.append(Core::Exporter::clipboardLine(line));
            }
            QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
            emit messageShown(tr("Copied %Ln row(s).", nullptr, int(values.size())));
        });
}

void TablesPane::copyRows()
{
    const QModelIndexList selected = m_gridView->selectionModel()->selectedIndexes();
    QList<int> rows;
    for (const QModelIndex &index : selected) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QVariantList header;
    for (int column = 0; column < m_grid->columnCount(); ++column)
        header.append(m_grid->headerData(column, Qt::Horizontal, Qt::DisplayRole));
    m_grid->readRows(rows, this, [this, header](const QList<QVariantList> &values) {
        QStringList lines { Core::Exporter::clipboardLine(header) };
        for (const QVariantList &row : values)
            lines.append(Core::Exporter::clipboardLine(row));
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
        emit messageShown(tr("Copied %Ln row(s).", nullptr, int(values.size())));
    });
}

void TablesPane::exportView()
{
    if (!m_grid->hasTable())
        return;
    m_export->exportView(m_grid->datasetPath(), m_grid->viewQuery(), m_grid->rowCount());
}

void TablesPane::openJsonViewer(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Core::TableInfo &table = m_grid->table();
    const QVariant value = index.data(TableGridModel::RawValueRole);
    const QString text = value.toString().trimmed();
    const bool looksJson = text.startsWith(u'{') || text.startsWith(u'[');
    if (!table.isJsonColumn(index.column()) && !looksJson)
        return;
    const QString title = table.name + u'.'
        + m_grid->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    auto *viewer = new JsonViewer(title, value.toString(), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void TablesPane::showGridMenu(const QPoint &pos)
{
    const QModelIndex index = m_gridView->indexAt(pos);
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] { copySelection(false); });
    menu.addAction(tr("Copy with headers"), this, [this] { copySelection(true); });
    menu.addAction(tr("Copy rows"), this, &TablesPane::copyRows);
    if (index.isValid()) {
        menu.addSeparator();
        const QVariant value = index.data(TableGridModel::RawValueRole);
        const bool isNull = !value.isValid() || value.isNull();
        const QString exact = isNull ? u"NULL"_s : u"=%1"_s.arg(value.toString());
        if (index.data(TableGridModel::IsLoadedRole).toBool() && value.toString().size() < 200) {
            menu.addAction(tr("Filter by this value"), this, [this, index, exact] {
                m_header->setFilterText(index.column(), exact);
                onFilterChanged(index.column(), exact);
            });
        }
        const QString text = value.toString().trimmed();
        if (m_grid->table().isJsonColumn(index.column()) || text.startsWith(u'{')
            || text.startsWith(u'[')) {
            menu.addAction(tr("Open JSON viewer"), this, [this, index] { openJsonViewer(index); });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Export view…"), this, &TablesPane::exportView);
    menu.exec(m_gridView->viewport()->mapToGlobal(pos));
}

void TablesPane::showListMenu(const QPoint &pos)
{
    const QString table = m_listView->indexAt(pos).data(TableListModel::TableNameRole).toString();
    if (table.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy name"), this, [table] { QApplication::clipboard()->setText(table); });
    menu.addAction(tr("Query in the SQL pane"), this,
        [this, table] { emit sqlRequested(Core::ViewQuery::previewSql(table)); });
    menu.addAction(tr("Copy SELECT statement"), this,
        [table] { QApplication::clipboard()->setText(Core::ViewQuery::previewSql(table)); });
    menu.exec(m_listView->viewport()->mapToGlobal(pos));
}

} // namespace Gui
