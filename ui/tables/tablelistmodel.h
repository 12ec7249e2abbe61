// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Gui {

class DatasetInventory;

/**
 * The table browser's list: data tables first, each child table under the table it joins to,
 * and the _sync_* bookkeeping last when showSystemTables is on. Two columns: the name (a
 * child's relative to its parent, "properties__tags" under "users") and the row count, which
 * fills in as the inventory counts off the GUI thread.
 */
class TableListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableListModel)

public:
    enum Role { TableNameRole = Qt::UserRole + 1 };
    enum Column { NameColumn, RowsColumn, ColumnCount };

    explicit TableListModel(DatasetInventory &inventory, QObject *parent = nullptr);
    ~TableListModel() override;

    void setShowSystemTables(bool show);
    bool showSystemTables() const { return m_showSystem; }
    QModelIndex indexOf(const QString &table) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        QString table;
        QString label;
        Node *parent = nullptr;
        int row = 0;
        bool system = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    void rebuild();
    void onRowCountChanged(const QString &table);
    const Node *nodeOf(const QModelIndex &index) const;
    const Node *find(const Node &from, const QString &table) const;

    DatasetInventory &m_inventory;
    Node m_root;
    bool m_showSystem = false;
};

} // namespace Gui
