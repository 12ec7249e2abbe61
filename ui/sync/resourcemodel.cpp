// SPDX-License-Identifier: MIT
#include "ui/sync/resourcemodel.h"

#include <QGuiApplication>
#include <QPalette>
#include <cmath>

#include "core/common/keylevel.h"
#include "core/sync/syncplan.h"
#include "ui/common/format.h"

using namespace Qt::StringLiterals;

namespace Gui {

ResourceModel::ResourceModel(const Core::Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const QString &name : Core::SyncPlan::defaultResources(catalog)) {
        if (const Core::ResourceSpec *spec = catalog.find(name)) {
            Row row;
            row.spec = *spec;
            m_rows.append(row);
        }
    }
}

ResourceModel::~ResourceModel() = default;

void ResourceModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ResourceModel::rowOf(const QString &resource) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).spec.name == resource)
            return i;
    }
    return -1;
}

void ResourceModel::setKeyLevel(std::optional<Core::KeyLevel> level)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.allowed = !level || Core::levelAllows(*level, row.spec.minLevel);
        row.reason = row.allowed ? QString()
                                 : tr("Needs an %1 key or higher; this key is %2.")
                                       .arg(Core::keyLevelDisplayName(row.spec.minLevel),
                                           Core::keyLevelDisplayName(*level));
        changed(i);
    }
    emit checkedChanged();
}

void ResourceModel::setLastSuccess(const QHash<QString, QString> &finishedAtByResource)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].lastSuccess = finishedAtByResource.value(m_rows.at(i).spec.name);
        changed(i);
    }
}

void ResourceModel::setRunning(bool running)
{
    m_running = running;
    emit dataChanged(index(0, ResourceColumn), index(rowCount() - 1, ResourceColumn));
}

QStringList ResourceModel::checkedResources() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (row.checked && row.allowed)
            out.append(row.spec.name);
    }
    return out;
}

QStringList ResourceModel::uncheckedResources() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (!row.checked)
            out.append(row.spec.name);
    }
    return out;
}

void ResourceModel::setUncheckedResources(const QStringList &names)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].checked = !names.contains(m_rows.at(i).spec.name);
        changed(i);
    }
    emit checkedChanged();
}

void ResourceModel::setAllChecked(bool checked)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].checked = checked;
        changed(i);
    }
    emit checkedChanged();
}

void ResourceModel::beginRun(const QStringList &resources)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QDeadlineTimer none(QDeadlineTimer::Forever);
        const QString kept = row.lastSuccess;
        const bool checked = row.checked, allowed = row.allowed;
        const QString reason = row.reason;
        const Core::ResourceSpec spec = row.spec;
        row = Row();
        row.spec = spec;
        row.checked = checked;
        row.allowed = allowed;
        row.reason = reason;
        row.lastSuccess = kept;
        row.retryUntil = none;
        row.state = resources.contains(spec.name) ? State::Waiting : State::Idle;
        changed(i);
    }
}

void ResourceModel::onProgress(const Core::SyncProgress &progress)
{
    const int i = rowOf(progress.resource);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    row.state = State::Running;
    row.pages = progress.pages;
    row.records = progress.records;
    row.rows = progress.rows;
    row.total = progress.totalRecords;
    if (row.retryUntil.hasExpired())
        row.retryUntil = QDeadlineTimer(QDeadlineTimer::Forever);
    changed(i);
}

void ResourceModel::onRetry(const QString &resource, const Core::RetryEvent &event)
{
    const int i = rowOf(resource);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    row.retryUntil = QDeadlineTimer(event.wait);
    row.retryReason = event.reason.kind == Core::ApiError::Kind::RateLimited
        ? tr("rate limited")
        : tr("attempt %1 of %2 failed").arg(event.failedAttempt).arg(event.maxAttempts);
    changed(i);
}

void ResourceModel::onResourceFinished(const Core::ResourceResult &result)
{
    const int i = rowOf(result.resource);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    using S = Core::ResourceResult::Status;
    row.state = result.status == S::Completed ? State::Completed
        : result.status == S::Skipped         ? State::Skipped
        : result.status == S::Cancelled       ? State::Cancelled
                                              : State::Failed;
    row.retryUntil = QDeadlineTimer(QDeadlineTimer::Forever);
    row.pages = result.pages;
    row.rows = result.rows;
    row.records = result.records;
    row.skipped = result.skippedRecords;
    row.durationMs = result.durationMs;
    row.error = result.error;
    changed(i);
}

void ResourceModel::endRun(bool cancelled, const QString &why)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state == State::Waiting || row.state == State::Running) {
            row.state = cancelled ? State::Cancelled : State::NotRun;
            if (!cancelled)
                row.error = why;
            changed(i);
        }
    }
}

void ResourceModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).retryUntil.isForever())
            emit dataChanged(index(i, StatusColumn), index(i, StatusColumn));
    }
}

ResourceModel::State ResourceModel::stateOf(const QString &resource) const
{
    const int i = rowOf(resource);
    return i < 0 ? State::Idle : m_rows.at(i).state;
}

QString ResourceModel::statusText(int row) const
{
    const Row &r = m_rows.at(row);
    switch (r.state) {
    case State::Idle:
        return r.allowed ? QString() : tr("Not available");
    case State::Waiting:
        return tr("Waiting");
    case State::Running: {
        if (!r.retryUntil.isForever() && !r.retryUntil.hasExpired()) {
            const qint64 seconds = std::max<qint64>(1, (r.retryUntil.remainingTime() + 999) / 1000);
            return tr("%1, retrying in %2 s").arg(r.retryReason).arg(seconds);
        }
        if (r.total && *r.total > 0)
            return tr("Syncing: %1 of %2").arg(Format::count(r.records), Format::count(*r.total));
        return tr("Syncing…");
    }
    case State::Completed:
        if (r.skipped > 0 && r.records == 0)
            return tr("Up to date (%1 stored versions)").arg(Format::count(r.skipped));
        return tr("Done in %1").arg(Format::duration(r.durationMs));
    case State::Failed:
        return tr("Failed: %1").arg(r.error);
    case State::Skipped:
        return tr("Skipped: %1").arg(r.error);
    case State::Cancelled:
        return tr("Cancelled; nothing of it was kept");
    case State::NotRun:
        return tr("Not run: the sync stopped before its turn"); // why: in the tooltip
    }
    return {};
}

int ResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ResourceNameRole)
        return row.spec.name;
    if (role == Qt::ToolTipRole) {
        QString tip = u"%1 (%2)\n%3"_s.arg(row.spec.displayTitle(), row.spec.name, row.spec.path);
        if (!row.reason.isEmpty())
            tip += u"\n"_s + row.reason;
        if (!row.error.isEmpty())
            tip += u"\n"_s + row.error;
        return tip;
    }
    switch (index.column()) {
    case ResourceColumn:
        if (role == Qt::DisplayRole)
            return row.spec.displayTitle();
        if (role == Qt::CheckStateRole)
            return row.checked && row.allowed ? Qt::Checked : Qt::Unchecked;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return row.allowed || row.state != State::Idle ? statusText(index.row()) : row.reason;
        if (role == Qt::ForegroundRole && row.state == State::Failed)
            return QColor(0xc0, 0x39, 0x2b);
        break;
    case PagesColumn:
        if (role == Qt::DisplayRole && row.state != State::Idle && row.state != State::Waiting)
            return Format::count(row.pages);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RowsColumn:
        if (role == Qt::DisplayRole && row.state != State::Idle && row.state != State::Waiting)
            return Format::count(row.rows);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LastSyncColumn:
        if (role == Qt::DisplayRole)
            return row.lastSuccess.isEmpty() ? tr("never") : Format::age(row.lastSuccess);
        break;
    }
    return {};
}

bool ResourceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ResourceColumn || role != Qt::CheckStateRole)
        return false;
    Row &row = m_rows[index.row()];
    if (!row.allowed || m_running)
        return false;
    row.checked = value.toInt() == Qt::Checked;
    changed(index.row());
    emit checkedChanged();
    return true;
}

Qt::ItemFlags ResourceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    if (row.allowed)
        flags |= Qt::ItemIsEnabled;
    if (index.column() == ResourceColumn && row.allowed && !m_running)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case StatusColumn:
        return tr("Status");
    case PagesColumn:
        return tr("Pages");
    case RowsColumn:
        return tr("Rows");
    case LastSyncColumn:
        return tr("Last successful sync");
    }
    return {};
}

} // namespace Gui
