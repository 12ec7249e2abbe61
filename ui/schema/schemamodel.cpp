// SPDX-License-Identifier: MIT
#include "ui/schema/schemamodel.h"

#include <QFont>
#include <QHash>

#include "ui/common/datasetinventory.h"
#include "ui/common/format.h"

using namespace Qt::StringLiterals;

namespace Gui {

SchemaModel::SchemaModel(DatasetInventory &inventory, QObject *parent)
    : NodeTreeModel(ColumnCount, parent)
    , m_inventory(inventory)
{
    connect(&m_inventory, &DatasetInventory::tablesChanged, this, &SchemaModel::rebuild);
    connect(
        &m_inventory, &DatasetInventory::rowCountChanged, this, &SchemaModel::onRowCountChanged);
    rebuild();
}

SchemaModel::~SchemaModel() = default;

void SchemaModel::rebuild()
{
    beginResetModel();
    m_root.children.clear();
    QHash<QString, Node *> tables;
    Node *systemGroup = nullptr;
    // Data tables first, the bookkeeping last (by name "_sync_*" would sort first).
    QList<Core::TableInfo> ordered;
    for (const Core::TableInfo &table : m_inventory.tables()) {
        if (table.kind != Core::TableInfo::Kind::System)
            ordered.append(table);
    }
    for (const Core::TableInfo &table : m_inventory.tables()) {
        if (table.kind == Core::TableInfo::Kind::System)
            ordered.append(table);
    }
    for (const Core::TableInfo &table : std::as_const(ordered)) {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Table;
        node->table = table.name;
        node->label = table.name;
        Node *parent = &m_root;
        if (table.kind == Core::TableInfo::Kind::System) {
            if (!systemGroup) {
                auto group = std::make_unique<Node>();
                group->kind = Node::Kind::Group;
                group->label = tr("System tables");
                group->details = tr("what each sync did, cursors and the schema log");
                systemGroup = append(m_root, std::move(group));
            }
            parent = systemGroup;
            node->type = tr("system");
        } else if (table.kind == Core::TableInfo::Kind::Child && tables.contains(table.parent)) {
            parent = tables.value(table.parent);
            node->type = tr("child table");
            node->details = tr("%1._dlt_parent_id → %2._dlt_id").arg(table.name, table.parent);
        } else {
            node->type = tr("table");
        }
        Node *added = append(*parent, std::move(node));
        tables.insert(table.name, added);
        for (const Core::ColumnInfo &column : table.columns) {
            auto columnNode = std::make_unique<Node>();
            columnNode->kind = Node::Kind::Column;
            columnNode->table = table.name;
            columnNode->column = column.name;
            columnNode->label = column.name;
            columnNode->type =
                column.dataType.isEmpty() ? column.declaredType.toLower() : column.dataType;
            QStringList facts;
            if (column.primaryKey)
                facts.append(tr("primary key"));
            facts.append(column.nullable ? tr("nullable") : tr("not null"));
            if (column.variant)
                facts.append(tr("variant column (the value changed type)"));
            if (column.system)
                facts.append(tr("system column"));
            if (column.name == u"_dlt_parent_id"_s && !table.parent.isEmpty())
                facts.append(tr("→ %1._dlt_id").arg(table.parent));
            columnNode->details = facts.join(u", "_s);
            // Columns before the child tables, which are appended after them.
            append(*added, std::move(columnNode));
        }
    }
    endResetModel();
}

const SchemaModel::Node *SchemaModel::findTable(const Node &from, const QString &table) const
{
    for (const auto &child : from.children) {
        if (child->kind == Node::Kind::Column)
            continue;
        if (child->kind == Node::Kind::Table && child->table == table)
            return child.get();
        if (const Node *found = findTable(*child, table))
            return found;
    }
    return nullptr;
}

QModelIndex SchemaModel::indexOfTable(const QString &table) const
{
    const Node *node = findTable(m_root, table);
    return node ? indexOfNode(node) : QModelIndex();
}

void SchemaModel::onRowCountChanged(const QString &table)
{
    if (const Node *node = findTable(m_root, table)) {
        const QModelIndex cell = indexOfNode(node, RowsColumn);
        emit dataChanged(cell, cell);
    }
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case TableNameRole:
        return node->table;
    case ColumnNameRole:
        return node->column;
    case IsTableRole:
        return node->kind == Node::Kind::Table;
    case Qt::FontRole:
        if (node->kind != Node::Kind::Column && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->label;
        case TypeColumn:
            return node->type;
        case DetailsColumn:
            return node->details;
        case RowsColumn: {
            if (node->kind != Node::Kind::Table)
                return {};
            const qint64 rows = m_inventory.rowCount(node->table);
            return rows < 0 ? u"…"_s : Format::count(rows);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DetailsColumn:
        return tr("Details");
    case RowsColumn:
        return tr("Rows");
    }
    return {};
}

} // namespace Gui
