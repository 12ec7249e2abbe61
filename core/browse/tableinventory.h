// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Core {

class SqliteDatabase;

struct ColumnInfo
{
    QString name;
    QString declaredType; // as in CREATE TABLE: TEXT, BIGINT, DATETIME, …
    QString dataType; // dlt's: text, bigint, double, bool, timestamp, json; empty if unknown
    bool primaryKey = false;
    bool nullable = true;
    bool variant = false; // <column>__v_<type>, made when a value changed type
    bool system = false; // _dlt_*, _raw_json, _overflow_json
};

struct TableInfo
{
    enum class Kind { Data, Child, System };

    QString name;
    Kind kind = Kind::Data;
    QString parent; // child tables: the table their _dlt_parent_id points into
    QString root;
    QList<ColumnInfo> columns;

    int indexOf(const QString &column) const;
    // Holds JSON documents the viewer can pretty-print.
    bool isJsonColumn(int column) const;
};

/**
 * What a dataset holds, for the table browser and the schema view: data tables, their child
 * tables (with the parent they join to) and the _sync_* bookkeeping, each with its columns.
 * Types and flags come from _sync_schema where the sync recorded them, else from SQLite.
 * Staging tables of a sync in progress are left out. Runs on a reader thread.
 */
namespace TableInventory {

QList<TableInfo> read(SqliteDatabase &db);
qint64 rowCount(SqliteDatabase &db, const QString &table);

} // namespace TableInventory

} // namespace Core

Q_DECLARE_METATYPE(Core::TableInfo)
