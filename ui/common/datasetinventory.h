// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

#include "core/browse/tableinventory.h"
#include "core/common/latest.h"

namespace Core {
class DatasetReader;
}

namespace Gui {

/**
 * The tables of the open dataset and their row counts, read off the GUI thread and shared by
 * the table list and the schema view. reload() lists the tables at once and counts the rows
 * one table at a time after, so a million-row table only delays its own count.
 */
class DatasetInventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetInventory)

public:
    explicit DatasetInventory(QObject *parent = nullptr);
    ~DatasetInventory() override;

    void setDataset(const QString &path);
    QString datasetPath() const;
    void reload();

    const QList<Core::TableInfo> &tables() const { return m_tables; }
    const Core::TableInfo *find(const QString &name) const;
    qint64 rowCount(const QString &table) const { return m_counts.value(table, -1); } // -1: not yet
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }

signals:
    void tablesChanged();
    void rowCountChanged(const QString &table, qint64 rows);

private:
    void countNext(QStringList remaining); // one table at a time, for the current reload

    std::unique_ptr<Core::DatasetReader> m_reader;
    QList<Core::TableInfo> m_tables;
    QHash<QString, qint64> m_counts;
    QString m_error;
    bool m_loaded = false;
    Core::Latest m_latest;
};

} // namespace Gui
