// SPDX-License-Identifier: MIT
#include "ui/sql/historymodel.h"

#include "core/sql/queryrunner.h"
#include "ui/common/format.h"

namespace Gui {

HistoryModel::HistoryModel(Core::QueryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::reload()
{
    beginResetModel();
    m_entries = m_store.history();
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Core::QueryStore::HistoryEntry &e = m_entries.at(index.row());
    if (role == SqlRole)
        return e.sql;
    if (role == Qt::ToolTipRole) {
        if (index.column() == RowsColumn && e.moreRows)
            return tr("The run fetched the first %1 rows; the result had more.")
                .arg(Format::count(e.rows));
        return e.sql;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == RowsColumn || index.column() == DurationColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return Format::timestamp(e.startedAt);
    case StatusColumn: {
        const auto status = Core::StatementReport::statusFromName(e.status);
        return status ? Core::StatementReport::statusLabel(*status) : e.status;
    }
    case RowsColumn:
        return e.moreRows ? tr("%1+").arg(Format::count(e.rows)) : Format::count(e.rows);
    case DurationColumn:
        return Format::duration(e.durationMs);
    case QueryColumn:
        return e.sql.simplified();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case StatusColumn:
        return tr("Status");
    case RowsColumn:
        return tr("Rows");
    case DurationColumn:
        return tr("Duration");
    case QueryColumn:
        return tr("Query");
    }
    return {};
}

} // namespace Gui
