// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/api/apiclient.h"
#include "core/api/capabilityprobe.h"
#include "core/store/loadtypes.h"
#include "core/sync/paginator.h"

namespace Core {

struct SyncOptions
{
    QString datasetPath;
    ApiClientConfig api; // base URL, key, timeouts, retry policy
    // Catalog resource names to sync; empty: every list, settings and history resource.
    QStringList resources;
    // Values for look-up placeholders ({id}, {uid}); a look-up runs only when named in resources.
    QHash<QString, QString> arguments;
    bool fullRefresh = false;
    QString trigger = QStringLiteral("cli");
    int historyPageSize = 100;
    int maxPagesAhead = 2; // fetched pages waiting for the writer, at most
    int maxPagesPerWalk = Paginator::DefaultMaxPages; // a longer walk fails the resource
};

// Progress of the resource being synced, for the CLI's line and the UI's table.
struct SyncProgress
{
    QString resource;
    QString platform;
    int resourceIndex = 0; // 1-based among planned resources
    int resourceCount = 0;
    int pages = 0;
    qint64 records = 0; // fetched
    qint64 rows = 0; // written
    std::optional<qint64> totalRecords;
    int retries = 0;
    qint64 waitedMs = 0;
};

struct RunResult
{
    enum class Status {
        Completed, // every planned resource synced
        Partial, // some failed or were skipped for the key's level
        Failed, // nothing loaded
        Cancelled,
        Rejected, // the key was rejected (401)
        DatasetError, // locked by another sync, not writable, corrupt
    };

    Status status = Status::Failed;
    QString runId;
    QString error; // the run-level problem, if any
    KeyIdentity identity;
    QList<ResourceResult> resources;
    qint64 durationMs = 0;

    static QString statusName(Status status);
};

} // namespace Core

Q_DECLARE_METATYPE(Core::SyncProgress)
Q_DECLARE_METATYPE(Core::RunResult)
