// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "ui/common/keyboard.h"

class QAction;
class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeView;

namespace Gui {

class DatasetInventory;
class ExportController;
class FilterHeader;
class TableGridModel;
class TableListModel;

/**
 * The table browser: the list of tables on the left, the chosen table as a lazy grid with a
 * filter box under every column on the right. Sorting by a column header, copying cells or
 * rows, a JSON viewer for JSON cells, and exporting the current (filtered, sorted) view.
 */
class TablesPane final : public QWidget, public PaneParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablesPane)

public:
    explicit TablesPane(DatasetInventory &inventory, QWidget *parent = nullptr);
    ~TablesPane() override;

    QList<QWidget *> parts() const override;
    void setDataset(const QString &path);
    void openTable(const QString &table);
    QString currentTable() const;
    // After a sync: the same table, filters, sort and scroll position, with fresh rows.
    void refresh(const QStringList &changedRoots);

    void copySelection(bool withHeaders);
    void copyRows();
    void clearFilters();
    void focusFilter();
    void exportView();
    void openJsonViewer(const QModelIndex &index);
    void setShowSystemTables(bool show);

    TableGridModel *gridModel() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    QTreeView *listView() const { return m_listView; }
    QAction *showSystemTablesAction() const { return m_showSystemAction; }
    ExportController *exporter() const { return m_export; }

signals:
    void statusChanged(const QString &text);
    void messageShown(const QString &text); // transient, for the status bar
    void sqlRequested(const QString &sql);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createTableList();
    QWidget *createGrid();
    void connectTableList();
    void connectGrid();
    void onListSelection();
    void onFilterChanged(int column, const QString &text);
    void updateStatus();
    void showGridMenu(const QPoint &pos);
    void showListMenu(const QPoint &pos);

    DatasetInventory &m_inventory;
    TableListModel *m_list = nullptr;
    TableGridModel *m_grid = nullptr;
    ExportController *m_export = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_listView = nullptr;
    QCheckBox *m_showSystem = nullptr;
    QAction *m_showSystemAction = nullptr;
    QTableView *m_gridView = nullptr;
    FilterHeader *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_loading = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_pendingTable; // to open once the inventory knows it
    bool m_fitColumns = false;
};

} // namespace Gui
