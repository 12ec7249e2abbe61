// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Gui {

/**
 * The result of the SQL pane's last statement, streamed: rows are appended as the runner
 * delivers batches, and canFetchMore()/fetchMore() ask it for the next batch when the view
 * scrolls near the end (Qt's fetchmore pattern), so a million-row SELECT costs only what is
 * looked at. Values keep their SQLite type (RawValueRole).
 */
class SqlResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlResultModel)

public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit SqlResultModel(QObject *parent = nullptr);
    ~SqlResultModel() override;

    void clear();
    void setColumns(const QStringList &columns);
    void appendRows(const QList<QVariantList> &rows, bool complete);
    bool isComplete() const { return m_complete; }
    const QStringList &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreRequested(); // the view wants the next batch

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
    bool m_complete = true;
    bool m_requested = false;
};

} // namespace Gui
