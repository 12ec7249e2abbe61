// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "core/api/fetchedpage.h"
#include "core/normalize/schema.h"
#include "core/store/loadtypes.h"

namespace Core {

class ResourceLoad;
class SqliteDatabase;

/**
 * The dataset's only writer (design.md §5, §8): owns the write connection, the schema, and the
 * transaction of the resource being loaded.
 *
 * Threading: create it, move it to its own QThread, then call every method on that thread (the
 * engine posts each call as a typed lambda, SyncEngine::toWriter); it opens its connection in
 * open(), on that thread.
 * Pages arrive as raw bytes and are parsed, normalized and inserted here.
 *
 * Protocol: open → beginRun → (beginResource → writePage* → commitResource | abortResource)* →
 * finishRun. One transaction per resource: rows, schema changes, cursor and the resource's
 * _sync_resources row commit together; a failure, cancel or kill leaves the file as it was
 * before that resource started. The run row is written on its own, so a failed run is recorded.
 */
class DatasetWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetWriter)

public:
    explicit DatasetWriter(QString path, QObject *parent = nullptr);
    ~DatasetWriter() override;

    void open();
    void beginRun(const Core::RunRecord &run);
    // What GET /me said about the key, stored with the run when it finishes.
    void setIdentity(const QString &keyLevel, const QString &orgId);
    void beginResource(const Core::LoadPlan &plan);
    // By value: the page's body is freed as soon as it is parsed, before its rows are built.
    void writePage(Core::FetchedPage page);
    // Within the current resource: drop the records whose `column` is `value` (a user gone).
    void removeRecords(const QString &column, const QString &value);
    // `fetched` carries the fetch's counts; the writer adds its own and stores the row.
    void commitResource(const Core::ResourceResult &fetched);
    void abortResource(const Core::ResourceResult &fetched);
    void recordResource(const Core::ResourceResult &result); // skipped ones
    void finishRun(const QString &status, const QString &error, const QString &finishedAt);
    void close();

signals:
    void opened(const Core::DatasetOpenResult &result);
    void pageWritten(const QString &resource, qint64 rows);
    // A page could not be loaded; later pages of the resource are ignored until abortResource.
    void resourceFailed(const QString &resource, const QString &message);
    // The file itself failed (disk full, I/O error, damage, no longer writable): comes before
    // the resourceFailed or resourceFinished it causes; no later resource can succeed.
    void datasetFailed(const QString &message);
    void resourceFinished(const Core::ResourceResult &result);
    void runFinished();

private:
    void store(ResourceResult result);
    void failResource(const std::exception &error);
    std::optional<QString> fileFaultOf(const std::exception &error) const;
    static QString now();

    QString m_path;
    std::unique_ptr<SqliteDatabase> m_db;
    Schema m_schema;
    Schema m_snapshot; // the schema before the current resource, restored on rollback
    std::unique_ptr<ResourceLoad> m_load;
    LoadPlan m_plan;
    RunRecord m_run;
    QString m_failure;
    QElapsedTimer m_clock;
};

} // namespace Core
