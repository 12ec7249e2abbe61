// SPDX-License-Identifier: MIT
#include "core/store/schemastore.h"

#include <map>

#include "core/store/sqlite.h"

namespace Core::SchemaStore {

Schema load(SqliteDatabase &db)
{
    SqliteStatement rows(db,
        "SELECT table_name, column_name, data_type, nullable, is_primary_key, "
        "is_variant, is_system, parent_table, root_table, has_root_id "
        "FROM _sync_schema ORDER BY rowid");
    // rowid order is insertion order: parents before children, columns in creation order.
    std::map<std::string, TableSchema> tables;
    std::vector<std::string> order;
    while (rows.step()) {
        const std::string name = rows.columnText(0);
        auto [it, inserted] = tables.try_emplace(name);
        TableSchema &table = it->second;
        if (inserted) {
            table.name = name;
            table.parent = rows.columnText(7);
            table.root = rows.columnText(8);
            table.hasRootId = rows.columnInt(9) != 0;
            order.push_back(name);
        }
        ColumnSchema column;
        column.name = rows.columnText(1);
        column.type = dataTypeFromName(rows.columnText(2)).value_or(DataType::Text);
        column.nullable = rows.columnInt(3) != 0;
        column.primaryKey = rows.columnInt(4) != 0;
        column.variant = rows.columnInt(5) != 0;
        column.system = rows.columnInt(6) != 0;
        table.addColumn(column);
    }
    Schema schema;
    for (const std::string &name : order)
        schema.add(std::move(tables[name]));
    return schema;
}

void save(SqliteDatabase &db, const Schema &schema, const std::vector<std::string> &tables,
    const std::vector<SchemaChange> &changes, const std::string &runId, const std::string &resource,
    const std::string &now)
{
    SqliteStatement column(db,
        "INSERT INTO _sync_schema (table_name, column_name, position, "
        "data_type, nullable, is_primary_key, is_variant, is_system, "
        "parent_table, root_table, has_root_id) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (table_name, column_name) DO NOTHING");
    for (const std::string &name : tables) {
        const TableSchema *table = schema.find(name);
        if (!table)
            continue;
        for (size_t i = 0; i < table->columns.size(); ++i) {
            const ColumnSchema &c = table->columns[i];
            column.bindText(1, table->name);
            column.bindText(2, c.name);
            column.bindInt(3, std::int64_t(i));
            column.bindText(4, dataTypeName(c.type));
            column.bindInt(5, c.nullable);
            column.bindInt(6, c.primaryKey);
            column.bindInt(7, c.variant);
            column.bindInt(8, c.system);
            if (table->parent.empty())
                column.bindNull(9);
            else
                column.bindText(9, table->parent);
            column.bindText(10, table->root);
            column.bindInt(11, table->hasRootId);
            column.step();
            column.reset();
        }
    }
    SqliteStatement log(db,
        "INSERT INTO _sync_schema_changes (run_id, resource, table_name, "
        "column_name, data_type, change, created_at) VALUES (?,?,?,?,?,?,?)");
    for (const SchemaChange &change : changes) {
        log.bindText(1, runId);
        log.bindText(2, resource);
        log.bindText(3, change.table);
        if (change.column.empty()) {
            log.bindNull(4);
            log.bindNull(5);
        } else {
            log.bindText(4, change.column);
            log.bindText(5, dataTypeName(change.type));
        }
        log.bindText(6, schemaChangeKindName(change.kind));
        log.bindText(7, now);
        log.step();
        log.reset();
    }
}

QList<QVariantList> recentChanges(SqliteDatabase &db, int limit)
{
    if (!db.hasTable("_sync_schema_changes"))
        return {};
    SqliteStatement changes(db,
        "SELECT created_at, resource, table_name, column_name, data_type, change, run_id "
        "FROM _sync_schema_changes ORDER BY id DESC LIMIT ?");
    changes.bindInt(1, limit);
    return changes.readAll();
}

} // namespace Core::SchemaStore
