// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/store/loadtypes.h"

namespace Core {

class SqliteDatabase;

/**
 * The sync history as _sync_runs and _sync_resources keep it (design.md §5), read back into
 * the types the writer stores: the sync pane, `fullstory-sync` and tests read it here, so the
 * tables' columns are named in core only. Before the first sync there is no history: every
 * read is then empty. Throws SqliteError.
 */
namespace RunLog {

// One run with its resources (only the stored fields of each ResourceResult are set).
struct StoredRun
{
    RunRecord record;
    QString finishedAt; // empty while running or after a kill
    QString status; // running, completed, partial, failed, cancelled, interrupted
    QString error;
    QList<ResourceResult> resources; // in the order they were synced
};

// The newest `limit` runs, newest first.
QList<StoredRun> recent(SqliteDatabase &db, int limit);
// resource → started_at of the newest run that completed it.
QHash<QString, QString> lastSuccess(SqliteDatabase &db);

} // namespace RunLog

} // namespace Core
