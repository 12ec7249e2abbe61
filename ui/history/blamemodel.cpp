// SPDX-License-Identifier: MIT
#include "ui/history/blamemodel.h"

#include "ui/common/format.h"

namespace Gui {

BlameModel::BlameModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BlameModel::~BlameModel() = default;

void BlameModel::setLines(QList<Core::Blame::Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int BlameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BlameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Core::Blame::Line &line = m_lines.at(index.row());
    if (role == VersionRole)
        return line.version;
    if (role == PathRole)
        return line.path;
    if (role == Qt::ToolTipRole) {
        if (index.column() == VersionColumn)
            return line.version;
        if (index.column() == FieldColumn || index.column() == ValueColumn)
            return data(index, Qt::DisplayRole); // long paths and values are cut off
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return line.path;
    case ValueColumn:
        // An empty string would look like no value at all.
        return line.value.isString() && line.value.toString().isEmpty()
            ? QStringLiteral("\"\"")
            : Core::SettingsDiff::valueText(line.value);
    case VersionColumn:
        return line.version.isEmpty() ? tr("unknown") : Format::timestamp(line.version);
    case AuthorColumn:
        return line.author;
    }
    return {};
}

QVariant BlameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case VersionColumn:
        return tr("Last changed");
    case AuthorColumn:
        return tr("By");
    }
    return {};
}

} // namespace Gui
