// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/normalize/datatype.h"

namespace Core {

struct ColumnSchema
{
    std::string name;
    DataType type = DataType::Text;
    bool nullable = true;
    bool primaryKey = false;
    bool variant = false; // a <column>__v_<type> column made by a type conflict
    bool system = false; // _dlt_*, _raw_json, _overflow_json
};

/**
 * One table of the dataset as the normalizer knows it: columns in creation order, and its place
 * in the parent/child tree. Columns are only ever added (normalization.md §6).
 */
struct TableSchema
{
    std::string name;
    std::string parent; // empty for a root table
    std::string root; // the root table of its tree (itself for a root)
    bool hasRootId = false; // children carry _dlt_root_id (the root is loaded with merge)
    std::vector<ColumnSchema> columns;

    bool isRoot() const { return parent.empty(); }
    int indexOf(const std::string &column) const; // -1 when absent
    int dataColumnCount() const;
    void addColumn(ColumnSchema column);

private:
    std::unordered_map<std::string, int> m_index;
    int m_dataColumns = 0;
};

// A change the normalizer made, for DDL and for _sync_schema_changes.
struct SchemaChange
{
    // Renamed: a new column whose name was suffixed, its key's normalized name being taken by
    // another key of the same object, by SQLite (rowid) or by a system column.
    enum class Kind { NewTable, NewColumn, NewVariant, Overflow, Renamed };
    Kind kind = Kind::NewColumn;
    std::string table;
    std::string column; // empty for NewTable
    DataType type = DataType::Text;
};

std::string_view schemaChangeKindName(SchemaChange::Kind kind);

/**
 * Every table of a dataset. A value type: the writer snapshots it when a resource starts and
 * restores the snapshot when the resource rolls back, so memory and file never disagree.
 */
class Schema
{
public:
    TableSchema *find(const std::string &table);
    const TableSchema *find(const std::string &table) const;
    TableSchema &add(TableSchema table);
    // Root first, then descendants in creation order.
    std::vector<const TableSchema *> tree(const std::string &root) const;
    const std::map<std::string, TableSchema> &tables() const { return m_tables; }

private:
    std::map<std::string, TableSchema> m_tables;
    std::vector<std::string> m_order; // creation order
};

} // namespace Core
