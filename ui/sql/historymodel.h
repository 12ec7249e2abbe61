// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/sql/querystore.h"

namespace Gui {

// The SQL pane's query history, newest first: when, status, rows, duration and the query.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    // The query first: the history panel is narrow, and the text is what one looks for.
    enum Column { QueryColumn, WhenColumn, StatusColumn, RowsColumn, DurationColumn, ColumnCount };
    enum Role { SqlRole = Qt::UserRole + 1 };

    explicit HistoryModel(Core::QueryStore &store, QObject *parent = nullptr);
    ~HistoryModel() override;

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Core::QueryStore &m_store;
    QList<Core::QueryStore::HistoryEntry> m_entries;
};

} // namespace Gui
