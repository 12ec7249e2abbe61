// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

#include "core/common/latest.h"
#include "core/store/runlog.h"

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

signals:
    void loaded();

private:
    QVariant runData(const Core::RunLog::StoredRun &run, int column, int role) const;
    QVariant resourceData(const Core::ResourceResult &resource, int column, int role) const;

    std::unique_ptr<Core::DatasetReader> m_reader;
    QList<Core::RunLog::StoredRun> m_runs;
    QHash<QString, QString> m_lastSuccess;
    Core::Latest m_latest;
};

} // namespace Gui
