// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "ui/common/nodetreemodel.h"

namespace Gui {

class DatasetInventory;

struct SchemaNode : TreeNode<SchemaNode>
{
    enum class Kind { Group, Table, Column };
    Kind kind = Kind::Table;
    QString table;
    QString column; // Column nodes
    QString type;
    QString details;
    QString label;
};

/**
 * The schema as a tree: each table with its row count, its columns (type, primary key,
 * nullability, variant) and, under it, the child tables that join to it, with the join
 * spelled out ("users__properties__tags._dlt_parent_id → users._dlt_id"). System tables
 * come last under their own heading.
 */
class SchemaModel final : public NodeTreeModel<SchemaNode>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaModel)

public:
    enum Column { NameColumn, TypeColumn, DetailsColumn, RowsColumn, ColumnCount };
    enum Role { TableNameRole = Qt::UserRole + 1, ColumnNameRole, IsTableRole };

    explicit SchemaModel(DatasetInventory &inventory, QObject *parent = nullptr);
    ~SchemaModel() override;

    QModelIndex indexOfTable(const QString &table) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    using Node = SchemaNode;

    void rebuild();
    void onRowCountChanged(const QString &table);
    const Node *findTable(const Node &from, const QString &table) const;

    DatasetInventory &m_inventory;
};

} // namespace Gui
