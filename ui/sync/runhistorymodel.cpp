// SPDX-License-Identifier: MIT
#include "ui/sync/runhistorymodel.h"

#include <QColor>
#include <QDateTime>

#include "core/store/datasetreader.h"
#include "core/store/sqlite.h"
#include "ui/common/format.h"
#include "ui/common/storedwords.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// internalId: 0 for a run row, run index + 1 for its resource rows.
constexpr quintptr RunLevel = 0;

QString text(const Core::SqliteStatement &s, int column)
{
    return QString::fromStdString(s.columnText(column));
}

RunHistoryModel::Snapshot readSnapshot(Core::SqliteDatabase &db)
{
    RunHistoryModel::Snapshot snapshot;
    if (!db.hasTable("_sync_runs"))
        return snapshot;
    Core::SqliteStatement runs(db,
        "SELECT id, started_at, finished_at, status, trigger, key_level, org_id, full_refresh, "
        "error FROM _sync_runs ORDER BY started_at DESC LIMIT "
            + std::to_string(RunHistoryModel::MaxRuns));
    QHash<QString, int> byId;
    while (runs.step()) {
        RunHistoryModel::RunRow run;
        run.id = text(runs, 0);
        run.startedAt = text(runs, 1);
        run.finishedAt = text(runs, 2);
        run.status = text(runs, 3);
        run.trigger = text(runs, 4);
        run.keyLevel = text(runs, 5);
        run.orgId = text(runs, 6);
        run.fullRefresh = runs.columnInt(7) != 0;
        run.error = text(runs, 8);
        byId.insert(run.id, int(snapshot.runs.size()));
        snapshot.runs.append(run);
    }
    Core::SqliteStatement resources(db,
        "SELECT run_id, resource, status, pages, records, rows, requests, retries, waited_ms, "
        "duration_ms, error FROM _sync_resources ORDER BY rowid");
    while (resources.step()) {
        const auto found = byId.constFind(text(resources, 0));
        if (found == byId.cend())
            continue;
        RunHistoryModel::ResourceRow row;
        row.resource = text(resources, 1);
        row.status = text(resources, 2);
        row.pages = resources.columnInt(3);
        row.records = resources.columnInt(4);
        row.rows = resources.columnInt(5);
        row.requests = resources.columnInt(6);
        row.retries = resources.columnInt(7);
        row.waitedMs = resources.columnInt(8);
        row.durationMs = resources.columnInt(9);
        row.error = text(resources, 10);
        snapshot.runs[*found].resources.append(row);
    }
    Core::SqliteStatement last(db,
        "SELECT s.resource, max(r.started_at) FROM _sync_resources s JOIN _sync_runs r "
        "ON r.id = s.run_id WHERE s.status = 'completed' GROUP BY s.resource");
    while (last.step())
        snapshot.lastSuccess.insert(text(last, 0), text(last, 1));
    return snapshot;
}

qint64 msBetween(const QString &from, const QString &to)
{
    const QDateTime a = QDateTime::fromString(from, Qt::ISODateWithMs);
    const QDateTime b = QDateTime::fromString(to, Qt::ISODateWithMs);
    return a.isValid() && b.isValid() ? a.msecsTo(b) : -1;
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

RunHistoryModel::~RunHistoryModel() = default;

void RunHistoryModel::setDataset(const QString &path)
{
    if (m_reader && m_reader->path() == path)
        return;
    beginResetModel();
    m_runs.clear();
    m_lastSuccess.clear();
    m_reader = std::make_unique<Core::DatasetReader>(path);
    endResetModel();
    reload();
}

void RunHistoryModel::reload()
{
    if (!m_reader)
        return;
    const int generation = ++m_generation;
    m_reader->run<Snapshot>(
        readSnapshot, this, [this, generation](const Core::Result<Snapshot, QString> &result) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_runs = result ? result.value().runs : QList<RunRow>();
            m_lastSuccess = result ? result.value().lastSuccess : QHash<QString, QString>();
            endResetModel();
            emit loaded();
        });
}

QModelIndex RunHistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_runs.size() ? createIndex(row, column, RunLevel) : QModelIndex();
    if (parent.internalId() != RunLevel || parent.column() != 0 || parent.row() >= m_runs.size())
        return {};
    if (row >= m_runs.at(parent.row()).resources.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RunHistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RunLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RunLevel);
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_runs.size());
    if (parent.internalId() != RunLevel || parent.column() != 0)
        return 0;
    return int(m_runs.at(parent.row()).resources.size());
}

int RunHistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == RunLevel)
        return runData(m_runs.at(index.row()), index.column(), role);
    const RunRow &run = m_runs.at(int(index.internalId() - 1));
    return resourceData(run.resources.at(index.row()), index.column(), role);
}

QVariant RunHistoryModel::runData(const RunRow &run, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == StatusColumn && run.status == u"failed"_s)
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StartedColumn:
        return Format::timestamp(run.startedAt);
    case StatusColumn:
        return StoredWords::runStatus(run.status);
    case TriggerColumn: {
        const QString trigger = StoredWords::runTrigger(run.trigger);
        return run.fullRefresh ? tr("%1, full refresh").arg(trigger) : trigger;
    }
    case RowsColumn: {
        qint64 rows = 0;
        int completed = 0;
        for (const ResourceRow &r : run.resources) {
            rows += r.rows;
            completed += r.status == u"completed"_s ? 1 : 0;
        }
        return tr("%1, %2").arg(Format::rows(rows),
            tr("%1 of %Ln resource(s)", nullptr, int(run.resources.size())).arg(completed));
    }
    case DurationColumn: {
        const qint64 ms = msBetween(run.startedAt, run.finishedAt);
        return ms < 0 ? QString() : Format::duration(ms);
    }
    case DetailsColumn: {
        QStringList parts;
        if (!run.keyLevel.isEmpty())
            parts.append(tr("%1 key").arg(StoredWords::keyLevel(run.keyLevel)));
        if (!run.orgId.isEmpty())
            parts.append(run.orgId);
        if (!run.error.isEmpty())
            parts.append(run.error);
        return parts.join(u" · "_s);
    }
    }
    return {};
}

QVariant RunHistoryModel::resourceData(const ResourceRow &r, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == StatusColumn && r.status == u"failed"_s)
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StartedColumn:
        return r.resource;
    case StatusColumn:
        return StoredWords::runStatus(r.status);
    case RowsColumn:
        return tr("%1, %2").arg(Format::rows(r.rows), tr("%Ln page(s)", nullptr, int(r.pages)));
    case DurationColumn:
        return Format::duration(r.durationMs);
    case DetailsColumn: {
        QStringList parts { tr("%Ln request(s)", nullptr, int(r.requests)) };
        if (r.retries > 0)
            parts.append(tr("%Ln retry(s), waited %1", nullptr, int(r.retries))
                             .arg(Format::duration(r.waitedMs)));
        if (!r.error.isEmpty())
            parts.append(r.error);
        return parts.join(u" · "_s);
    }
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case TriggerColumn:
        return tr("From");
    case RowsColumn:
        return tr("Loaded");
    case DurationColumn:
        return tr("Duration");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Gui
