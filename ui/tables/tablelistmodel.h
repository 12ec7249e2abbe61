// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "ui/common/nodetreemodel.h"

namespace Gui {

class DatasetInventory;

struct TableListNode : TreeNode<TableListNode>
{
    QString table;
    QString label;
    bool system = false;
};

/**
 * The table browser's list: data tables first, each child table under the table it joins to,
 * and the _sync_* bookkeeping last when showSystemTables is on. Two columns: the name (a
 * child's relative to its parent, "properties__tags" under "users") and the row count, which
 * fills in as the inventory counts off the GUI thread.
 */
class TableListModel final : public NodeTreeModel<TableListNode>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    using Node = TableListNode;

    void rebuild();
    void onRowCountChanged(const QString &table);
    const Node *find(const Node &from, const QString &table) const;

    DatasetInventory &m_inventory;
    bool m_showSystem = false;
};

} // namespace Gui
