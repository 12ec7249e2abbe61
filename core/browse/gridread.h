// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QVariantList>

#include "core/browse/viewquery.h"

namespace Core {

class SqliteDatabase;

/**
 * The table browser's two reads of a view (ViewQuery): its rowids in view order, then rows by
 * rowid, a batch of them per statement. Run on a reader thread; throws SqliteError.
 */
namespace GridRead {

// Rows fetched per statement: one prepared IN (…) list serves every batch.
inline constexpr int Batch = 256;

QList<qint64> keys(SqliteDatabase &db, const ViewQuery &query);
// The view's columns of the rows with these rowids, by rowid; a rowid no longer in the table
// (deleted by a sync since the keys were read) is absent.
QHash<qint64, QVariantList> rowsByKey(
    SqliteDatabase &db, const ViewQuery &query, const QList<qint64> &keys);
// The same rows in the order of `keys`; an empty list where a rowid is no longer there.
QList<QVariantList> rowsInOrder(
    SqliteDatabase &db, const ViewQuery &query, const QList<qint64> &keys);

} // namespace GridRead

} // namespace Core
