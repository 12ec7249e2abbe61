// SPDX-License-Identifier: MIT
#include "core/browse/gridread.h"

#include "core/store/sqlite.h"

namespace Core::GridRead {

QList<qint64> keys(SqliteDatabase &db, const ViewQuery &query)
{
    const SqlFragment sql = query.keySql();
    SqliteStatement statement(db, sql.sql.toStdString());
    statement.bindValues(sql.args);
    QList<qint64> out;
    while (statement.step())
        out.append(statement.columnInt(0));
    return out;
}

QHash<qint64, QVariantList> rowsByKey(
    SqliteDatabase &db, const ViewQuery &query, const QList<qint64> &keys)
{
    QHash<qint64, QVariantList> out;
    if (keys.isEmpty())
        return out;
    out.reserve(keys.size());
    const int columns = int(query.columns.size());
    SqliteStatement statement(db, query.rowsSql(Batch).toStdString());
    for (qsizetype first = 0; first < keys.size(); first += Batch) {
        // SQLite assigns our tables' rowids from 1 up: -1 pads the last batch's list.
        for (int i = 0; i < Batch; ++i)
            statement.bindInt(i + 1, first + i < keys.size() ? keys.at(first + i) : -1);
        while (statement.step()) {
            QVariantList values;
            values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                values.append(statement.columnValue(c + 1));
            out.insert(statement.columnInt(0), std::move(values));
        }
        statement.reset();
    }
    return out;
}

QList<QVariantList> rowsInOrder(
    SqliteDatabase &db, const ViewQuery &query, const QList<qint64> &keys)
{
    const QHash<qint64, QVariantList> byKey = rowsByKey(db, query, keys);
    QList<QVariantList> out;
    out.reserve(keys.size());
    for (const qint64 key : keys)
        out.append(byKey.value(key));
    return out;
}

} // namespace Core::GridRead
