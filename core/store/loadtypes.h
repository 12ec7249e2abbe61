// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/api/apierror.h"
#include "core/store/loadplan.h"

namespace Core {

// One resource's outcome, as stored in _sync_resources and reported by the CLI and the UI.
struct ResourceResult
{
    enum class Status { Completed, Failed, Skipped, Cancelled };

    QString resource;
    Status status = Status::Failed;
    int pages = 0;
    qint64 records = 0; // root rows written
    qint64 skippedRecords = 0; // history versions already stored
    qint64 rows = 0; // rows written in all tables
    QMap<QString, qint64> rowsByTable;
    qint64 warnings = 0;
    qint64 removed = 0; // records deleted because Fullstory no longer has them (look-ups)
    int requests = 0;
    int retries = 0;
    qint64 waitedMs = 0;
    qint64 durationMs = 0;
    QString error; // what went wrong, or why it was skipped
    ApiError::Kind errorKind = ApiError::Kind::None;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
};

// The run as stored in _sync_runs.
struct RunRecord
{
    QString id; // also _dlt_load_id
    QString startedAt;
    QString trigger; // cli, desktop, demo
    bool fullRefresh = false;
    QString keyLevel;
    QString orgId;
};

// What the writer found when it opened the dataset.
struct DatasetOpenResult
{
    bool ok = false;
    QString error;
    StoredCursors cursors;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ResourceResult)
Q_DECLARE_METATYPE(Core::DatasetOpenResult)
