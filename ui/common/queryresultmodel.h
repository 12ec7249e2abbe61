// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>

namespace Core {
class DatasetReader;
}

namespace Gui {

/**
 * A small, read-only query result (a log, a history) loaded whole off the GUI thread: for
 * tables of at most a few thousand rows. Big tables go through TableGridModel instead.
 * Each column may format its raw value for display.
 */
class QueryResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryResultModel)

public:
    struct Column
    {
        QString title;
        std::function<QString(const QVariant &)> format; // empty: the value as text
    };

    QueryResultModel(QString sql, QList<Column> columns, QObject *parent = nullptr);
    ~QueryResultModel() override;

    void setDataset(const QString &path);
    void reload();
    QVariant rawValue(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();

private:
    const QString m_sql;
    const QList<Column> m_columns;
    std::unique_ptr<Core::DatasetReader> m_reader;
    QList<QVariantList> m_rows;
    int m_generation = 0;
};

} // namespace Gui
