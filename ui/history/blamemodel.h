// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/diff/blame.h"

namespace Gui {

// Blame of a setting's newest version: each field with its value and the version and author
// that last changed it.
class BlameModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlameModel)

public:
    enum Column { FieldColumn, ValueColumn, VersionColumn, AuthorColumn, ColumnCount };
    // The raw version and the field's path, on every column.
    enum Role { VersionRole = Qt::UserRole + 1, PathRole };

    explicit BlameModel(QObject *parent = nullptr);
    ~BlameModel() override;

    void setLines(QList<Core::Blame::Line> lines);
    const Core::Blame::Line &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::Blame::Line> m_lines;
};

} // namespace Gui
