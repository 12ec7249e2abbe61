// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/browse/columnfilter.h"

namespace Core {

/**
 * One table as the browser shows it: its columns, the filters typed under them and the sort
 * order, turned into SQL (pure; the reader runs it).
 *
 * The browser first reads the rowids of the whole view in order (keySql), then fetches any
 * window of rows by rowid (rowsSql): a jump to row 900,000 of a sorted million-row table costs
 * the same as row 0, and sorting runs once per change instead of once per scrolled page.
 * Sorting ties are broken by rowid so the order is stable.
 */
struct ViewQuery
{
    QString table;
    QStringList columns;
    QMap<int, ColumnFilter> filters; // by column index
    std::optional<int> sortColumn;
    bool descending = false;

    SqlFragment keySql() const; // SELECT rowid FROM … WHERE … ORDER BY …
    SqlFragment countSql() const; // SELECT count(*) FROM … WHERE …
    // The columns of `count` rows by rowid (any order): rowid first, then the columns.
    QString rowsSql(int count) const;
    // Every column of the view in view order, for exports.
    SqlFragment selectSql() const;

    static QString quote(const QString &identifier);
    // "SELECT * FROM "table" LIMIT 100;" — what "Copy SELECT" and "Query in the SQL pane" offer.
    static QString previewSql(const QString &table);

private:
    SqlFragment where() const;
    QString orderBy() const;
};

} // namespace Core
