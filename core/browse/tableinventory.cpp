// SPDX-License-Identifier: MIT
#include "core/browse/tableinventory.h"

#include <QHash>
#include <algorithm>

#include "core/browse/viewquery.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

int TableInfo::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

bool TableInfo::isJsonColumn(int column) const
{
    if (column < 0 || column >= columns.size())
        return false;
    const ColumnInfo &info = columns.at(column);
    return info.dataType == u"json"_s || info.name == u"_raw_json"_s
        || info.name == u"_overflow_json"_s || info.name == u"rows_by_table"_s;
}

namespace TableInventory {

namespace {

struct Recorded
{
    ColumnInfo column;
    QString parent;
    QString root;
};

// table → column → what the sync recorded about it
QHash<QString, QHash<QString, Recorded>> recordedSchema(SqliteDatabase &db)
{
    QHash<QString, QHash<QString, Recorded>> out;
    if (!db.hasTable("_sync_schema"))
        return out;
    SqliteStatement rows(db,
        "SELECT table_name, column_name, data_type, is_variant, is_system, parent_table, "
        "root_table FROM _sync_schema");
    while (rows.step()) {
        Recorded r;
        r.column.name = QString::fromStdString(rows.columnText(1));
        r.column.dataType = QString::fromStdString(rows.columnText(2));
        r.column.variant = rows.columnInt(3) != 0;
        r.column.system = rows.columnInt(4) != 0;
        r.parent = QString::fromStdString(rows.columnText(5));
        r.root = QString::fromStdString(rows.columnText(6));
        out[QString::fromStdString(rows.columnText(0))].insert(r.column.name, r);
    }
    return out;
}

} // namespace

QList<TableInfo> read(SqliteDatabase &db)
{
    const auto recorded = recordedSchema(db);
    QList<TableInfo> tables;
    SqliteStatement names(db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND name NOT LIKE '\\_sync\\_stage\\_\\_%' ESCAPE '\\' ORDER BY name");
    while (names.step()) {
        TableInfo table;
        table.name = QString::fromStdString(names.columnText(0));
        table.root = table.name;
        tables.append(table);
    }
    for (TableInfo &table : tables) {
        const auto known = recorded.value(table.name);
        SqliteStatement info(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)");
        const std::string name = table.name.toStdString();
        info.bindText(1, name);
        while (info.step()) {
            ColumnInfo column;
            column.name = QString::fromStdString(info.columnText(0));
            column.declaredType = QString::fromStdString(info.columnText(1));
            column.nullable = info.columnInt(2) == 0;
            column.primaryKey = info.columnInt(3) > 0;
            const auto found = known.constFind(column.name);
            if (found != known.cend()) {
                column.dataType = found->column.dataType;
                column.variant = found->column.variant;
                column.system = found->column.system;
                if (!found->parent.isEmpty())
                    table.parent = found->parent;
                if (!found->root.isEmpty())
                    table.root = found->root;
            } else {
                column.system = column.name.startsWith(u"_dlt_"_s);
            }
            table.columns.append(column);
        }
        if (table.name.startsWith(u"_sync_"_s))
            table.kind = TableInfo::Kind::System;
        else if (!table.parent.isEmpty())
            table.kind = TableInfo::Kind::Child;
    }
    return tables;
}

qint64 rowCount(SqliteDatabase &db, const QString &table)
{
    const QString sql = u"SELECT count(*) FROM "_s + ViewQuery::quote(table);
    SqliteStatement count(db, sql.toStdString());
    return count.step() ? count.columnInt(0) : 0;
}

} // namespace TableInventory

} // namespace Core
