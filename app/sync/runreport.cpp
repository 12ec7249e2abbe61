// SPDX-License-Identifier: MIT
#include "runreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "counted.h"

using namespace Qt::StringLiterals;

namespace RunReport {

int exitCode(const Core::RunResult &result, int signalNumber)
{
    using Status = Core::RunResult::Status;
    switch (result.status) {
    case Status::Completed:
        return Success;
    case Status::Partial:
        return Partial;
    case Status::Failed:
        return NothingLoaded;
    case Status::Rejected:
        return KeyProblem;
    case Status::DatasetError:
        return DatasetProblem;
    case Status::Cancelled:
        return 128 + (signalNumber > 0 ? signalNumber : 2);
    }
    return NothingLoaded;
}

QString human(const Core::RunResult &result, const QString &datasetPath)
{
    int loaded = 0, failed = 0, skipped = 0;
    qint64 rows = 0;
    for (const Core::ResourceResult &r : result.resources) {
        loaded += r.status == Core::ResourceResult::Status::Completed;
        failed += r.status == Core::ResourceResult::Status::Failed;
        skipped += r.status == Core::ResourceResult::Status::Skipped;
        rows += r.rows;
    }
    QString out = u"Sync %1 in %2 s: %3 loaded, %4 failed, %5 skipped, %6\n"_s
                      .arg(Core::RunResult::statusName(result.status))
                      .arg(double(result.durationMs) / 1000.0, 0, 'f', 2)
                      .arg(loaded)
                      .arg(failed)
                      .arg(skipped)
                      .arg(counted(rows, u"row", u"rows"));
    out += u"Run id %1 into %2\n"_s.arg(result.runId, datasetPath);
    if (!result.identity.orgId.isEmpty())
        out += u"Org %1, %2 key\n"_s.arg(
            result.identity.orgId, Core::keyLevelDisplayName(result.identity.level));
    if (!result.identity.warning.isEmpty())
        out += u"Warning: %1\n"_s.arg(result.identity.warning);
    if (!result.error.isEmpty())
        out += u"Error: %1\n"_s.arg(result.error);
    for (const Core::ResourceResult &r : result.resources) {
        out += u"- %1: %2"_s.arg(r.resource, Core::ResourceResult::statusName(r.status));
        if (r.status == Core::ResourceResult::Status::Completed) {
            out += u", %1, %2 (%3 already stored), %4"_s
                       .arg(counted(r.pages, u"page", u"pages"),
                           counted(r.records, u"new record", u"new records"))
                       .arg(r.skippedRecords)
                       .arg(counted(r.requests, u"request", u"requests"));
            if (r.retries)
                out += u", %1 (%2 s waited)"_s.arg(counted(r.retries, u"retry", u"retries"))
                           .arg(double(r.waitedMs) / 1000.0, 0, 'f', 1);
            if (r.removed)
                out += u", %1 removed (gone from Fullstory)"_s.arg(r.removed);
            if (r.warnings)
                out += u", %1 (the last kept)"_s.arg(
                    counted(r.warnings, u"duplicate key", u"duplicate keys"));
            out += u'\n';
            for (auto it = r.rowsByTable.begin(); it != r.rowsByTable.end(); ++it)
                out += u"    %1: %2\n"_s.arg(it.key(), counted(it.value(), u"row", u"rows"));
        } else {
            out += u" — %1\n"_s.arg(r.error);
        }
    }
    return out;
}

QByteArray json(const Core::RunResult &result, const QString &datasetPath, int exitCode)
{
    QJsonArray resources;
    for (const Core::ResourceResult &r : result.resources) {
        QJsonObject byTable;
        for (auto it = r.rowsByTable.begin(); it != r.rowsByTable.end(); ++it)
            byTable.insert(it.key(), it.value());
        QJsonObject entry { { u"name"_s, r.resource },
            { u"status"_s, Core::ResourceResult::statusName(r.status) }, { u"pages"_s, r.pages },
            { u"records"_s, r.records }, { u"skipped_records"_s, r.skippedRecords },
            { u"rows"_s, r.rows }, { u"rows_by_table"_s, byTable }, { u"requests"_s, r.requests },
            { u"retries"_s, r.retries }, { u"waited_ms"_s, r.waitedMs },
            { u"duration_ms"_s, r.durationMs }, { u"warnings"_s, r.warnings },
            { u"removed"_s, r.removed } };
        entry.insert(
            u"error"_s, r.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error));
        resources.append(entry);
    }
    QJsonObject out { { u"run_id"_s, result.runId },
        { u"status"_s, Core::RunResult::statusName(result.status) }, { u"exit_code"_s, exitCode },
        { u"dataset"_s, datasetPath }, { u"duration_ms"_s, result.durationMs },
        { u"org_id"_s, result.identity.orgId },
        { u"key_level"_s,
            result.identity.orgId.isEmpty() ? QString()
                                            : Core::keyLevelName(result.identity.level) },
        { u"key_role"_s, result.identity.role }, { u"resources"_s, resources } };
    out.insert(u"key_warning"_s,
        result.identity.warning.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(result.identity.warning));
    out.insert(u"error"_s,
        result.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error));
    return QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace RunReport
