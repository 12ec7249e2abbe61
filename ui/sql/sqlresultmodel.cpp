// SPDX-License-Identifier: MIT
#include "ui/sql/sqlresultmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/common/format.h"

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
    const bool isNull = !value.isValid() || value.isNull();
    switch (role) {
    case Qt::DisplayRole:
        return Format::cell(value);
    case RawValueRole:
        return value;
    case Qt::ToolTipRole:
        return !isNull && value.typeId() == QMetaType::QString && value.toString().size() > 60
            ? Format::cell(value, 2000)
            : QVariant();
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        return type == QMetaType::LongLong || type == QMetaType::Double
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::ForegroundRole:
        return isNull ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                      : QVariant();
    case Qt::FontRole:
        if (isNull) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
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
