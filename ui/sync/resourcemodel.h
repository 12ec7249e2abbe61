// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <optional>

#include "core/api/apicall.h"
#include "core/catalog/catalog.h"
#include "core/sync/syncoptions.h"

namespace Gui {

/**
 * The sync pane's table of resources: a checkbox each (disabled, with the reason, when the
 * key's level is too low to read it), then what the current or last run did with it — pages,
 * rows, "rate limited, retrying in 4 s", the error — and when it last synced successfully.
 */
class ResourceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceModel)

public:
    enum Column {
        ResourceColumn,
        StatusColumn,
        PagesColumn,
        RowsColumn,
        LastSyncColumn,
        ColumnCount
    };
    enum Role { ResourceNameRole = Qt::UserRole + 1 };
    // NotRun: the run ended before this resource's turn (the key check failed, the dataset was
    // not writable), which nobody should read as "Cancelled".
    enum class State { Idle, Waiting, Running, Completed, Failed, Skipped, Cancelled, NotRun };

    explicit ResourceModel(const Core::Catalog &catalog, QObject *parent = nullptr);
    ~ResourceModel() override;

    void setKeyLevel(std::optional<Core::KeyLevel> level);
    void setLastSuccess(const QHash<QString, QString> &finishedAtByResource);
    void setRunning(bool running);

    QStringList checkedResources() const;
    QStringList uncheckedResources() const;
    void setUncheckedResources(const QStringList &names);
    void setAllChecked(bool checked);

    void beginRun(const QStringList &resources);
    void onProgress(const Core::SyncProgress &progress);
    void onRetry(const QString &resource, const Core::RetryEvent &event);
    void onResourceFinished(const Core::ResourceResult &result);
    // Resources left waiting are Cancelled after a cancel, else NotRun with `why`.
    void endRun(bool cancelled, const QString &why);
    void tick(); // once a second while a retry wait counts down

    State stateOf(const QString &resource) const;
    QString statusText(int row) const;
    int rowOf(const QString &resource) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void checkedChanged();

private:
    struct Row
    {
        Core::ResourceSpec spec;
        bool checked = true;
        bool allowed = true;
        QString reason; // why it is not allowed
        State state = State::Idle;
        int pages = 0;
        qint64 records = 0;
        qint64 rows = 0;
        qint64 skipped = 0;
        std::optional<qint64> total;
        QDeadlineTimer retryUntil { QDeadlineTimer::Forever };
        QString retryReason;
        qint64 durationMs = 0;
        QString error;
        QString lastSuccess;
    };

    void changed(int row);

    QList<Row> m_rows;
    bool m_running = false;
};

} // namespace Gui
