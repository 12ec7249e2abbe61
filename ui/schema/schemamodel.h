// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Gui {

class DatasetInventory;

/**
 * The schema as a tree: each table with its row count, its columns (type, primary key,
 * nullability, variant) and, under it, the child tables that join to it, with the join
 * spelled out ("users__properties__tags._dlt_parent_id → users._dlt_id"). System tables
 * come last under their own heading.
 */
class SchemaModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaModel)

public:
    enum Column { NameColumn, TypeColumn, DetailsColumn, RowsColumn, ColumnCount };
    enum Role { TableNameRole = Qt::UserRole + 1, ColumnNameRole, IsTableRole };

    explicit SchemaModel(DatasetInventory &inventory, QObject *parent = nullptr);
    ~SchemaModel() override;

    QModelIndex indexOfTable(const QString &table) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        enum class Kind { Group, Table, Column };
        Kind kind = Kind::Table;
        QString table;
        QString column; // Column nodes
        QString type;
        QString details;
        QString label;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    void rebuild();
    void onRowCountChanged(const QString &table);
    const Node *nodeOf(const QModelIndex &index) const;
    const Node *findTable(const Node &from, const QString &table) const;
    static Node *append(Node &parent, std::unique_ptr<Node> child);

    DatasetInventory &m_inventory;
    Node m_root;
};

} // namespace Gui
