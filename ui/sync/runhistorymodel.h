// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace Core {
class DatasetReader;
}

namespace Gui {

/**
 * The run history from _sync_runs and _sync_resources: one row per sync (newest first) with
 * its resources beneath — status, pages, rows, requests, retries, waits and errors — read off
 * the GUI thread. Also knows when each resource last synced successfully.
 */
class RunHistoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column {
        StartedColumn,
        StatusColumn,
        TriggerColumn,
        RowsColumn,
        DurationColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int MaxRuns = 200;

    explicit RunHistoryModel(QObject *parent = nullptr);
    ~RunHistoryModel() override;

    void setDataset(const QString &path);
    void reload();
    // resource → started_at of the newest run that completed it
    const QHash<QString, QString> &lastSuccess() const { return m_lastSuccess; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    struct ResourceRow
    {
        QString resource, status, error;
        qint64 pages = 0, records = 0, rows = 0, requests = 0, retries = 0, waitedMs = 0,
               durationMs = 0;
    };
    struct RunRow
    {
        QString id, startedAt, finishedAt, status, trigger, keyLevel, orgId, error;
        bool fullRefresh = false;
        QList<ResourceRow> resources;
    };
    struct Snapshot
    {
        QList<RunRow> runs;
        QHash<QString, QString> lastSuccess;
    };

signals:
    void loaded();

private:
    QVariant runData(const RunRow &run, int column, int role) const;
    QVariant resourceData(const ResourceRow &resource, int column, int role) const;

    std::unique_ptr<Core::DatasetReader> m_reader;
    QList<RunRow> m_runs;
    QHash<QString, QString> m_lastSuccess;
    int m_generation = 0;
};

} // namespace Gui
