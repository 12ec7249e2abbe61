// SPDX-License-Identifier: MIT
#include "core/store/runlog.h"

#include "core/common/nametable.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

const NameTable<ResourceResult::Status> &statusNames()
{
    using Status = ResourceResult::Status;
    static const NameTable<Status> names = {
        { u"completed"_s, Status::Completed },
        { u"failed"_s, Status::Failed },
        { u"skipped"_s, Status::Skipped },
        { u"cancelled"_s, Status::Cancelled },
    };
    return names;
}

QString text(const SqliteStatement &s, int column)
{
    return QString::fromStdString(s.columnText(column));
}

} // namespace

QString ResourceResult::statusName(Status status)
{
    return nameOf(statusNames(), status);
}

std::optional<ResourceResult::Status> ResourceResult::statusFromName(const QString &name)
{
    return valueOf(statusNames(), name);
}

namespace RunLog {

QList<StoredRun> recent(SqliteDatabase &db, int limit)
{
    QList<StoredRun> out;
    if (!db.hasTable("_sync_runs"))
        return out;
    SqliteStatement runs(db,
        "SELECT id, started_at, finished_at, status, trigger, key_level, org_id, full_refresh, "
        "error FROM _sync_runs ORDER BY started_at DESC LIMIT ?");
    runs.bindInt(1, limit);
    QHash<QString, qsizetype> byId;
    while (runs.step()) {
        StoredRun run;
        run.record.id = text(runs, 0);
        run.record.startedAt = text(runs, 1);
        run.finishedAt = text(runs, 2);
        run.status = text(runs, 3);
        run.record.trigger = text(runs, 4);
        run.record.keyLevel = text(runs, 5);
        run.record.orgId = text(runs, 6);
        run.record.fullRefresh = runs.columnInt(7) != 0;
        run.error = text(runs, 8);
        byId.insert(run.record.id, out.size());
        out.append(run);
    }
    if (out.isEmpty())
        return out;
    // Only the runs just read: the oldest of them bounds the walk.
    SqliteStatement resources(db,
        "SELECT s.run_id, s.resource, s.status, s.pages, s.records, s.rows, s.requests, "
        "s.retries, s.waited_ms, s.duration_ms, s.error FROM _sync_resources s "
        "JOIN _sync_runs r ON r.id = s.run_id WHERE r.started_at >= ? ORDER BY s.rowid");
    const std::string oldest = out.constLast().record.startedAt.toStdString();
    resources.bindText(1, oldest); // bound without a copy: kept alive while stepping
    while (resources.step()) {
        const auto found = byId.constFind(text(resources, 0));
        if (found == byId.cend())
            continue;
        ResourceResult row;
        row.resource = text(resources, 1);
        row.status = ResourceResult::statusFromName(text(resources, 2))
                         .value_or(ResourceResult::Status::Failed);
        row.pages = int(resources.columnInt(3));
        row.records = resources.columnInt(4);
        row.rows = resources.columnInt(5);
        row.requests = int(resources.columnInt(6));
        row.retries = int(resources.columnInt(7));
        row.waitedMs = resources.columnInt(8);
        row.durationMs = resources.columnInt(9);
        row.error = text(resources, 10);
        out[*found].resources.append(row);
    }
    return out;
}

QHash<QString, QString> lastSuccess(SqliteDatabase &db)
{
    QHash<QString, QString> out;
    if (!db.hasTable("_sync_runs"))
        return out;
    SqliteStatement last(db,
        "SELECT s.resource, max(r.started_at) FROM _sync_resources s JOIN _sync_runs r "
        "ON r.id = s.run_id WHERE s.status = 'completed' GROUP BY s.resource");
    while (last.step())
        out.insert(text(last, 0), text(last, 1));
    return out;
}

} // namespace RunLog

} // namespace Core
