// SPDX-License-Identifier: MIT
#include "ui/tables/tablelistmodel.h"

#include <QHash>

#include "ui/common/datasetinventory.h"
#include "ui/common/format.h"

using namespace Qt::StringLiterals;

namespace Gui {

TableListModel::TableListModel(DatasetInventory &inventory, QObject *parent)
    : NodeTreeModel(ColumnCount, parent)
    , m_inventory(inventory)
{
    connect(&m_inventory, &DatasetInventory::tablesChanged, this, &TableListModel::rebuild);
    connect(
        &m_inventory, &DatasetInventory::rowCountChanged, this, &TableListModel::onRowCountChanged);
    rebuild();
}

TableListModel::~TableListModel() = default;

void TableListModel::setShowSystemTables(bool show)
{
    if (show == m_showSystem)
        return;
    m_showSystem = show;
    rebuild();
}

void TableListModel::rebuild()
{
    beginResetModel();
    m_root.children.clear();
    QHash<QString, Node *> byName;
    std::vector<std::unique_ptr<Node>> system;
    // Parents come before their children once sorted by name: "users" < "users__tags".
    for (const Core::TableInfo &table : m_inventory.tables()) {
        auto node = std::make_unique<Node>();
        node->table = table.name;
        node->label = table.name;
        if (table.kind == Core::TableInfo::Kind::System) {
            node->system = true;
            if (m_showSystem)
                system.push_back(std::move(node));
            continue;
        }
        Node *parent = &m_root;
        if (table.kind == Core::TableInfo::Kind::Child && byName.contains(table.parent)) {
            parent = byName.value(table.parent);
            const QString prefix = table.parent + u"__"_s;
            if (table.name.startsWith(prefix))
                node->label = table.name.mid(prefix.size());
        }
        byName.insert(table.name, append(*parent, std::move(node)));
    }
    for (auto &node : system)
        append(m_root, std::move(node));
    endResetModel();
}

const TableListModel::Node *TableListModel::find(const Node &from, const QString &table) const
{
    for (const auto &child : from.children) {
        if (child->table == table)
            return child.get();
        if (const Node *found = find(*child, table))
            return found;
    }
    return nullptr;
}

QModelIndex TableListModel::indexOf(const QString &table) const
{
    const Node *node = find(m_root, table);
    return node ? indexOfNode(node) : QModelIndex();
}

void TableListModel::onRowCountChanged(const QString &table)
{
    const Node *node = find(m_root, table);
    if (!node)
        return;
    const QModelIndex cell = indexOfNode(node, RowsColumn);
    emit dataChanged(cell, cell);
}

QVariant TableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == TableNameRole)
        return node->table;
    if (role == Qt::ToolTipRole)
        return node->table;
    if (index.column() == NameColumn && role == Qt::DisplayRole)
        return node->label;
    if (index.column() == RowsColumn) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole) {
            const qint64 rows = m_inventory.rowCount(node->table);
            return rows < 0 ? u"…"_s : Format::count(rows);
        }
    }
    return {};
}

QVariant TableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Table") : tr("Rows");
}

} // namespace Gui
