// SPDX-License-Identifier: MIT
#include "ui/common/queryresultmodel.h"

#include "core/store/datasetreader.h"

namespace Gui {

QueryResultModel::QueryResultModel(Read read, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_read(std::move(read))
    , m_columns(std::move(columns))
{
}

QueryResultModel::~QueryResultModel() = default;

void QueryResultModel::setDataset(const QString &path)
{
    if (m_reader && m_reader->path() == path)
        return;
    beginResetModel();
    m_rows.clear();
    m_reader = std::make_unique<Core::DatasetReader>(path);
    endResetModel();
    reload();
}

void QueryResultModel::reload()
{
    if (!m_reader)
        return;
    m_reader->run<QList<QVariantList>>(m_read, this,
        m_latest.request([this](const Core::Result<QList<QVariantList>, QString> &result) {
            beginResetModel();
            m_rows = result ? result.value() : QList<QVariantList>();
            endResetModel();
            emit loaded();
        }));
}

QVariant QueryResultModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QVariant value = rawValue(index.row(), index.column());
    const Column &column = m_columns.at(index.column());
    return column.format ? column.format(value) : value.toString();
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

} // namespace Gui
