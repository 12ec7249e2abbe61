// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>

#include "core/common/latest.h"

namespace Core {
class DatasetReader;
class SqliteDatabase;
} // namespace Core

namespace Gui {

/**
 * A small, read-only result (a log, a history) loaded whole off the GUI thread by one of
 * core's read functions: for tables of at most a few thousand rows. Big tables go through
 * TableGridModel instead. Each column may format its raw value for display.
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

    // Reads the rows, on the reader's thread (e.g. Core::SchemaStore::recentChanges).
    using Read = std::function<QList<QVariantList>(Core::SqliteDatabase &)>;

    QueryResultModel(Read read, QList<Column> columns, QObject *parent = nullptr);
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
    const Read m_read;
    const QList<Column> m_columns;
    std::unique_ptr<Core::DatasetReader> m_reader;
    QList<QVariantList> m_rows;
    Core::Latest m_latest;
};

} // namespace Gui
