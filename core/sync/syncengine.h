// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

#include "core/catalog/catalog.h"
#include "core/store/loadplan.h"
#include "core/sync/resourcefetcher.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncrun.h"

namespace Core {

class ApiClient;
class CapabilityProbe;
class DatasetLock;
class DatasetWriter;
class ResourceFetcher;

/**
 * One sync run, shared by fullstory-sync and the desktop app (design.md §4): takes the dataset
 * lock, opens the writer on its own thread, asks GET /me for the key's level, plans the run from
 * the catalog (resources above the level are skipped with the reason), then fetches and loads
 * the resources one after another, each in its own transaction. A failed resource does not stop
 * the others; a rejected key (401) stops the run.
 *
 * History resources are incremental: paging stops at the page holding the newest version
 * already stored, and versions already stored are not written again (--full-refresh ignores
 * the cursors).
 *
 * Threading: lives on the main thread (HTTP is asynchronous there); writes happen on the writer
 * thread it owns. It keeps SyncRun's contract; cancel() rolls back the current resource and
 * keeps those already committed.
 */
class SyncEngine final : public SyncRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(Catalog catalog, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start() override;
    void cancel() override;
    bool isRunning() const;

    // A new run id in dlt's load-id form: unix seconds with a fraction, e.g. "1795834385.990581".
    static QString newRunId();

private:
    // Where the run is; every handler checks it instead of a set of flags.
    enum class Phase {
        Idle,
        Opening, // the writer opens the dataset
        CheckingKey, // GET /me
        Fetching, // the current resource's pages are walked and written
        Draining, // walked; the writer still has pages of it to write
        Settling, // its commit or rollback is on the way to the writer
        Finishing, // the run row is being written
        Finished,
    };

    // The one way to the writer: `call(writer)` runs on the writer's thread, after everything
    // sent before it. Typed, unlike invokeMethod by name.
    template <typename Call> void toWriter(Call &&call);
    void onOpened(const Core::DatasetOpenResult &result);
    void onProbed(const Core::ProbeOutcome &outcome);
    void plan();
    void startNextResource();
    void startNextPlatform();
    void onPageReady(const Core::FetchedPage &page);
    void onFetchProgress(const Core::FetchProgress &walk);
    void onPageWritten(const QString &resource, qint64 rows);
    void onFetchFinished(const Core::FetchOutcome &outcome);
    void onWriterFailed(const QString &resource, const QString &message);
    void maybeCommit();
    void stopFetcher();
    // Marks the current resource and has the writer roll it back and record it.
    void abortResource(ResourceResult::Status status, const QString &error, ApiError::Kind kind);
    void recordSkipped(const QString &resource, const QString &reason, ApiError::Kind kind);
    void onResourceFinished(const Core::ResourceResult &result);
    void finishRun(RunResult::Status status, const QString &error);
    void onRunRecorded();
    void teardown();

    const Catalog m_catalog;
    const SyncOptions m_options;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatasetLock> m_lock;
    QThread m_writerThread;
    DatasetWriter *m_writer = nullptr;
    CapabilityProbe *m_probe = nullptr;
    QPointer<ResourceFetcher> m_fetcher;

    StoredCursors m_cursors;
    QList<LoadPlan> m_plan;
    int m_current = -1;
    QStringList m_platformsLeft;
    ResourceResult m_resource; // the one being synced
    SyncProgress m_progress;
    qint64 m_recordsWalked = 0; // records fetched by the resource's finished walks
    int m_pagesSent = 0;
    int m_pagesWritten = 0;
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false; // asked for; each phase acts on it at its next step
    bool m_stopAfterResource = false; // a 401 mid-run
    QString m_datasetFault; // the file failed mid-run: the run stops with it after the rollback
    RunResult m_result;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
};

} // namespace Core
