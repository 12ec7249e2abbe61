// SPDX-License-Identifier: MIT
#include "ui/sync/runhistorymodel.h"

#include <QColor>
#include <QDateTime>

#include "core/store/datasetreader.h"
#include "ui/common/format.h"
#include "ui/common/storedwords.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// internalId: 0 for a run row, run index + 1 for its resource rows.
constexpr quintptr RunLevel = 0;

struct Snapshot
{
    QList<Core::RunLog::StoredRun> runs;
    QHash<QString, QString> lastSuccess;
};

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
    m_reader->run<Snapshot>(
        [](Core::SqliteDatabase &db) {
            return Snapshot { Core::RunLog::recent(db, MaxRuns), Core::RunLog::lastSuccess(db) };
        },
        this, m_latest.request([this](const Core::Result<Snapshot, QString> &result) {
            beginResetModel();
            m_runs = result ? result.value().runs : QList<Core::RunLog::StoredRun>();
            m_lastSuccess = result ? result.value().lastSuccess : QHash<QString, QString>();
            endResetModel();
            emit loaded();
        }));
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
    const Core::RunLog::StoredRun &run = m_runs.at(int(index.internalId() - 1));
    return resourceData(run.resources.at(index.row()), index.column(), role);
}

QVariant RunHistoryModel::runData(const Core::RunLog::StoredRun &run, int column, int role) const
{
    const Core::RunRecord &record = run.record;
    if (role == Qt::ForegroundRole && column == StatusColumn && run.status == u"failed"_s)
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StartedColumn:
        return Format::timestamp(record.startedAt);
    case StatusColumn:
        return StoredWords::runStatus(run.status);
    case TriggerColumn: {
        const QString trigger = StoredWords::runTrigger(record.trigger);
        return record.fullRefresh ? tr("%1, full refresh").arg(trigger) : trigger;
    }
    case RowsColumn: {
        qint64 rows = 0;
        int completed = 0;
        for (const Core::ResourceResult &r : run.resources) {
            rows += r.rows;
            completed += r.status == Core::ResourceResult::Status::Completed ? 1 : 0;
        }
        return tr("%1, %2").arg(Format::rows(rows),
            tr("%1 of %Ln resource(s)", nullptr, int(run.resources.size())).arg(completed));
    }
    case DurationColumn: {
        const qint64 ms = msBetween(record.startedAt, run.finishedAt);
        return ms < 0 ? QString() : Format::duration(ms);
    }
    case DetailsColumn: {
        QStringList parts;
        if (!record.keyLevel.isEmpty())
            parts.append(tr("%1 key").arg(StoredWords::keyLevel(record.keyLevel)));
        if (!record.orgId.isEmpty())
            parts.append(record.orgId);
        if (!run.error.isEmpty())
            parts.append(run.error);
        return parts.join(u" · "_s);
    }
    }
    return {};
}

QVariant RunHistoryModel::resourceData(const Core::ResourceResult &r, int column, int role) const
{
    const bool failed = r.status == Core::ResourceResult::Status::Failed;
    if (role == Qt::ForegroundRole && column == StatusColumn && failed)
        return QColor(0xc0, 0x39, 0x2b);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StartedColumn:
        return r.resource;
    case StatusColumn:
        return StoredWords::runStatus(Core::ResourceResult::statusName(r.status));
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
