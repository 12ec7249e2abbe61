// SPDX-License-Identifier: MIT
#include "core/normalize/schema.h"

namespace Core {

int TableSchema::indexOf(const std::string &column) const
{
    const auto it = m_index.find(column);
    return it == m_index.end() ? -1 : it->second;
}

int TableSchema::dataColumnCount() const
{
    return m_dataColumns;
}

void TableSchema::addColumn(ColumnSchema column)
{
    m_index.emplace(column.name, int(columns.size()));
    m_dataColumns += column.system ? 0 : 1;
    columns.push_back(std::move(column));
}

std::string_view schemaChangeKindName(SchemaChange::Kind kind)
{
    switch (kind) {
    case SchemaChange::Kind::NewTable:
        return "new_table";
    case SchemaChange::Kind::NewColumn:
        return "new_column";
    case SchemaChange::Kind::NewVariant:
        return "new_variant";
    case SchemaChange::Kind::Overflow:
        return "overflow";
    case SchemaChange::Kind::Renamed:
        return "renamed";
    }
    return {};
}

TableSchema *Schema::find(const std::string &table)
{
    const auto it = m_tables.find(table);
    return it == m_tables.end() ? nullptr : &it->second;
}

const TableSchema *Schema::find(const std::string &table) const
{
    const auto it = m_tables.find(table);
    return it == m_tables.end() ? nullptr : &it->second;
}

TableSchema &Schema::add(TableSchema table)
{
    m_order.push_back(table.name);
    const std::string name = table.name;
    return m_tables.insert_or_assign(name, std::move(table)).first->second;
}

std::vector<const TableSchema *> Schema::tree(const std::string &root) const
{
    std::vector<const TableSchema *> out;
    for (const std::string &name : m_order) {
        const TableSchema *table = find(name);
        if (table && table->root == root)
            out.push_back(table);
    }
    return out;
}

} // namespace Core
