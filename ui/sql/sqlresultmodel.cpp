// SPDX-License-Identifier: MIT
#include "ui/sql/sqlresultmodel.h"

#include "ui/common/cellroles.h"

namespace Gui {

SqlResultModel::SqlResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SqlResultModel::~SqlResultModel() = default;

void SqlResultModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_complete = true;
    m_requested = false;
    endResetModel();
}

void SqlResultModel::setColumns(const QStringList &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_complete = false;
    m_requested = false;
    endResetModel();
}

void SqlResultModel::appendRows(const QList<QVariantList> &rows, bool complete)
{
    m_requested = false;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_complete = complete;
}

int SqlResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    return role == RawValueRole ? value : cellData(value, role);
}

QVariant SqlResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section))
                                                      : QVariant();
}

bool SqlResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_requested;
}

void SqlResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_requested = true;
    emit moreRequested();
}

} // namespace Gui
