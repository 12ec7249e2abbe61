// SPDX-License-Identifier: MIT
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <chrono>

#include "core/api/apiclient.h"
#include "core/api/capabilityprobe.h"
#include "core/common/logging.h"
#include "core/common/nametable.h"
#include "core/store/datasetlock.h"
#include "core/store/datasetwriter.h"
#include "core/sync/resourcefetcher.h"
#include "core/sync/syncplan.h"

using namespace Qt::StringLiterals;

namespace Core {

QString RunResult::statusName(Status status)
{
    // As _sync_runs stores it: a rejected key or a dataset problem is a failed run.
    static const NameTable<Status> names = {
        { u"completed"_s, Status::Completed },
        { u"partial"_s, Status::Partial },
        { u"failed"_s, Status::Failed },
        { u"cancelled"_s, Status::Cancelled },
        { u"failed"_s, Status::Rejected },
        { u"failed"_s, Status::DatasetError },
    };
    return nameOf(names, status);
}

SyncEngine::SyncEngine(Catalog catalog, SyncOptions options, QObject *parent)
    : SyncRun(parent)
    , m_catalog(std::move(catalog))
    , m_options(std::move(options))
{
    qRegisterMetaType<Core::SyncProgress>();
    qRegisterMetaType<Core::RunResult>();
    m_writerThread.setObjectName(u"dataset-writer"_s);
}

SyncEngine::~SyncEngine()
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_writerThread.quit();
    m_writerThread.wait();
}

QString SyncEngine::newRunId()
{
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                            .count();
    return u"%1.%2"_s.arg(micros / 1000000).arg(micros % 1000000, 6, 10, QChar(u'0'));
}

template <typename Call> void SyncEngine::toWriter(Call &&call)
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, call = std::forward<Call>(call)]() mutable { call(*writer); },
        Qt::QueuedConnection);
}

bool SyncEngine::isRunning() const
{
    return m_phase != Phase::Idle && m_phase != Phase::Finished;
}

void SyncEngine::start()
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_phase = Phase::Opening;
    // The run's recorded start and end are this clock's, so the summary's duration and the
    // run history's agree.
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_result.runId = newRunId();
    // The lock file sits next to the dataset, so its folder must exist first (a first run).
    QDir().mkpath(QFileInfo(m_options.datasetPath).absolutePath());
    // Through a symlink or a second spelling of the path it is still the same file and lock.
    m_lock = std::make_unique<DatasetLock>(DatasetLock::resolvedPath(m_options.datasetPath));
    const auto locked = m_lock->tryLock();
    if (!locked) {
        m_lock.reset();
        const QString &message = locked.error();
        QMetaObject::invokeMethod(
            this, [this, message] { finishRun(RunResult::Status::DatasetError, message); },
            Qt::QueuedConnection);
        return;
    }
    m_writer = new DatasetWriter(m_options.datasetPath);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &DatasetWriter::opened, this, &SyncEngine::onOpened);
    connect(m_writer, &DatasetWriter::pageWritten, this, &SyncEngine::onPageWritten);
    connect(m_writer, &DatasetWriter::resourceFailed, this, &SyncEngine::onWriterFailed);
    connect(m_writer, &DatasetWriter::datasetFailed, this,
        [this](const QString &message) { m_datasetFault = message; });
    connect(m_writer, &DatasetWriter::resourceFinished, this, &SyncEngine::onResourceFinished);
    connect(m_writer, &DatasetWriter::runFinished, this, &SyncEngine::onRunRecorded);
    m_writerThread.start();
    emit stageChanged(tr("Opening the dataset"));
    toWriter([](DatasetWriter &writer) { writer.open(); });
}

void SyncEngine::onOpened(const DatasetOpenResult &result)
{
    if (!result.ok) {
        finishRun(RunResult::Status::DatasetError, result.error);
        return;
    }
    m_phase = Phase::CheckingKey;
    m_cursors = result.cursors;
    RunRecord run;
    run.id = m_result.runId;
    run.startedAt = m_startedAt.toString(Qt::ISODateWithMs);
    run.trigger = m_options.trigger;
    run.fullRefresh = m_options.fullRefresh;
    toWriter([run](DatasetWriter &writer) { writer.beginRun(run); });
    if (m_cancelled) {
        finishRun(RunResult::Status::Cancelled, tr("Cancelled."));
        return;
    }
    m_client = std::make_unique<ApiClient>(m_options.api);
    m_probe = new CapabilityProbe(*m_client, this);
    connect(m_probe, &CapabilityProbe::finished, this, &SyncEngine::onProbed);
    // Each failed attempt is said as it happens: before, "Checking the API key" stood still
    // for the whole backoff while the API was down.
    connect(m_probe, &CapabilityProbe::retrying, this, [this](const RetryEvent &event) {
        const QString why = event.reason.kind == ApiError::Kind::RateLimited ? tr("rate limited")
            : event.reason.kind == ApiError::Kind::Network ? tr("Fullstory cannot be reached")
                                                           : tr("Fullstory answered with an error");
        emit stageChanged(tr("Checking the API key: %1, trying again in %2 s (attempt %3 of %4)")
                              .arg(why)
                              .arg(qMax<qint64>(1, (event.wait.count() + 999) / 1000))
                              .arg(event.failedAttempt + 1)
                              .arg(event.maxAttempts));
    });
    emit stageChanged(tr("Checking the API key"));
    m_probe->start();
}

void SyncEngine::onProbed(const ProbeOutcome &outcome)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    if (m_cancelled) {
        finishRun(RunResult::Status::Cancelled, tr("Cancelled."));
        return;
    }
    if (!outcome.isOk()) {
        finishRun(outcome.error.kind == ApiError::Kind::Auth ? RunResult::Status::Rejected
                                                             : RunResult::Status::Failed,
            outcome.error.message);
        return;
    }
    m_result.identity = outcome.identity;
    toWriter([level = keyLevelName(outcome.identity.level), org = outcome.identity.orgId](
                 DatasetWriter &writer) { writer.setIdentity(level, org); });
    plan();
    startNextResource();
}

void SyncEngine::plan()
{
    const SyncPlan plan =
        SyncPlan::make(m_catalog, m_options, m_result.identity.level, std::exchange(m_cursors, {}));
    for (const SyncPlan::Skip &skip : plan.skips) {
        recordSkipped(skip.resource, skip.reason,
            skip.forKeyLevel ? ApiError::Kind::Permission : ApiError::Kind::None);
    }
    m_plan = plan.runs;
}

void SyncEngine::startNextResource()
{
    if (++m_current >= m_plan.size()) {
        int loaded = 0, notLoaded = 0;
        for (const ResourceResult &r : std::as_const(m_result.resources))
            (r.status == ResourceResult::Status::Completed ? loaded : notLoaded) += 1;
        const auto status = notLoaded == 0 ? RunResult::Status::Completed
            : loaded == 0                  ? RunResult::Status::Failed
                                           : RunResult::Status::Partial;
        finishRun(status, loaded == 0 && notLoaded > 0 ? tr("Nothing was loaded.") : QString());
        return;
    }
    const LoadPlan &load = m_plan.at(m_current);
    const ResourceSpec &spec = load.spec;
    m_resource = {};
    m_resource.resource = spec.name;
    m_progress = {};
    m_recordsWalked = 0;
    m_progress.resource = spec.name;
    m_progress.resourceIndex = m_current + 1;
    m_progress.resourceCount = int(m_plan.size());
    m_pagesSent = m_pagesWritten = 0;
    m_phase = Phase::Fetching;
    m_platformsLeft = spec.platforms.isEmpty() ? QStringList { QString() } : spec.platforms;

    toWriter([load](DatasetWriter &writer) { writer.beginResource(load); });
    emit stageChanged(
        tr("Syncing %1 (%2 of %3)").arg(spec.name).arg(m_current + 1).arg(m_plan.size()));
    emit progressChanged(m_progress);
    startNextPlatform();
}

void SyncEngine::startNextPlatform()
{
    if (m_platformsLeft.isEmpty()) {
        if (m_phase == Phase::Fetching)
            m_phase = Phase::Draining;
        maybeCommit();
        return;
    }
    const LoadPlan &load = m_plan.at(m_current);
    ResourceFetcher::Request request;
    request.spec = load.spec;
    request.platform = m_platformsLeft.takeFirst();
    request.arguments = m_options.arguments;
    request.historyPageSize = m_options.historyPageSize;
    request.maxPages = m_options.maxPagesPerWalk;
    if (!load.cursors.isEmpty()) {
        // Newest first: the page holding a version we already have is the last one needed.
        request.stopAfterPage = [cursors = load.cursors, platform = request.platform.toStdString()](
                                    const PageInfo &info) {
            for (const QString &value : info.cursorValues) {
                if (cursors.covers(platform, value.toStdString()))
                    return true;
            }
            return false;
        };
    }
    m_progress.platform = request.platform;
    m_fetcher = new ResourceFetcher(*m_client, request, this);
    m_fetcher->setMaxPagesAhead(m_options.maxPagesAhead);
    connect(m_fetcher, &ResourceFetcher::pageReady, this, &SyncEngine::onPageReady);
    connect(m_fetcher, &ResourceFetcher::progressChanged, this, &SyncEngine::onFetchProgress);
    connect(m_fetcher, &ResourceFetcher::retrying, this,
        [this](const RetryEvent &event) { emit retrying(m_resource.resource, event); });
    connect(m_fetcher, &ResourceFetcher::finished, this, &SyncEngine::onFetchFinished);
    m_fetcher->start();
}

void SyncEngine::onPageReady(const FetchedPage &page)
{
    ++m_pagesSent;
    // The only copy of the body travels on to the writer, which frees it once parsed.
    toWriter([page](DatasetWriter &writer) mutable { writer.writePage(std::move(page)); });
}

void SyncEngine::onFetchProgress(const FetchProgress &walk)
{
    // The fetcher counts the network, the writer the rows (onPageWritten); the walks of the
    // resource's earlier platforms are already in m_resource.
    m_progress.pages = m_resource.pages + walk.pages;
    m_progress.records = m_recordsWalked + walk.records;
    m_progress.retries = m_resource.retries + walk.retries;
    m_progress.waitedMs = m_resource.waitedMs + walk.waitedMs;
    if (walk.totalRecords)
        m_progress.totalRecords = walk.totalRecords;
    emit progressChanged(m_progress);
}

void SyncEngine::onPageWritten(const QString &resource, qint64 rows)
{
    if (resource != m_resource.resource || m_phase == Phase::Settling)
        return;
    ++m_pagesWritten;
    m_progress.rows += rows;
    emit progressChanged(m_progress);
    if (m_fetcher)
        m_fetcher->acknowledgePage();
    maybeCommit();
}

void SyncEngine::onFetchFinished(const FetchOutcome &outcome)
{
    m_resource.pages += outcome.progress.pages;
    m_resource.requests += outcome.progress.requests;
    m_resource.retries += outcome.progress.retries;
    m_resource.waitedMs += outcome.progress.waitedMs;
    m_recordsWalked += outcome.progress.records;
    if (m_fetcher) {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    const ResourceSpec &spec = m_plan.at(m_current).spec;
    // Only the server's own word deletes a stored user: a 404 whose error says "not found", or
    // a uid search that found nothing and says its total is 0. A 400, a proxy's 404 page or an
    // unreadable body keeps the user.
    const bool userGone = spec.kind == ResourceKind::UserLookup
        && ((outcome.status == FetchOutcome::Status::Failed
                && outcome.error.kind == ApiError::Kind::NotFound && outcome.error.confirmsNotFound)
            || (outcome.status == FetchOutcome::Status::Completed && outcome.progress.records == 0
                && outcome.progress.totalRecords == 0));
    if (userGone) {
        // "404 on a single user means the user is gone" (design.md §7): drop our copy too.
        const QString key = spec.placeholders().value(0);
        toWriter([key, value = m_options.arguments.value(key)](
                     DatasetWriter &writer) { writer.removeRecords(key, value); });
        m_platformsLeft.clear();
        startNextPlatform();
        return;
    }
    if (outcome.status == FetchOutcome::Status::Completed) {
        startNextPlatform();
        return;
    }
    if (m_phase == Phase::Settling)
        return;
    if (outcome.error.kind == ApiError::Kind::Auth)
        m_stopAfterResource = true; // 401: the key no longer works; nothing else will
    abortResource(outcome.status == FetchOutcome::Status::Cancelled
            ? ResourceResult::Status::Cancelled
            : ResourceResult::Status::Failed,
        outcome.error.message, outcome.error.kind);
}

void SyncEngine::onWriterFailed(const QString &resource, const QString &message)
{
    if (resource != m_resource.resource || m_phase == Phase::Settling)
        return;
    stopFetcher();
    abortResource(ResourceResult::Status::Failed, message, ApiError::Kind::BadResponse);
}

void SyncEngine::stopFetcher()
{
    if (!m_fetcher)
        return;
    m_fetcher->disconnect(this); // its finished() must not reach onFetchFinished
    m_fetcher->cancel();
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
}

void SyncEngine::abortResource(
    ResourceResult::Status status, const QString &error, ApiError::Kind kind)
{
    m_phase = Phase::Settling;
    m_resource.status = status;
    m_resource.error = error;
    m_resource.errorKind = kind;
    toWriter([result = m_resource](DatasetWriter &writer) { writer.abortResource(result); });
}

void SyncEngine::recordSkipped(const QString &resource, const QString &reason, ApiError::Kind kind)
{
    ResourceResult skipped;
    skipped.resource = resource;
    skipped.status = ResourceResult::Status::Skipped;
    skipped.error = reason;
    skipped.errorKind = kind;
    toWriter([skipped](DatasetWriter &writer) { writer.recordResource(skipped); });
    m_result.resources.append(skipped);
    emit resourceFinished(skipped);
}

void SyncEngine::maybeCommit()
{
    if (m_phase != Phase::Draining || m_pagesWritten < m_pagesSent)
        return;
    m_phase = Phase::Settling;
    m_resource.status = ResourceResult::Status::Completed;
    toWriter([result = m_resource](DatasetWriter &writer) { writer.commitResource(result); });
}

void SyncEngine::onResourceFinished(const ResourceResult &result)
{
    m_result.resources.append(result);
    emit resourceFinished(result);
    if (m_cancelled) {
        finishRun(RunResult::Status::Cancelled, tr("Cancelled."));
        return;
    }
    if (!m_datasetFault.isEmpty()) {
        for (int i = m_current + 1; i < m_plan.size(); ++i) {
            recordSkipped(m_plan.at(i).spec.name,
                tr("not attempted: the dataset could not be written"), ApiError::Kind::None);
        }
        finishRun(RunResult::Status::DatasetError, m_datasetFault);
        return;
    }
    if (m_stopAfterResource) {
        for (int i = m_current + 1; i < m_plan.size(); ++i) {
            recordSkipped(m_plan.at(i).spec.name, tr("not attempted: the API key was rejected"),
                ApiError::Kind::None);
        }
        finishRun(RunResult::Status::Rejected, result.error);
        return;
    }
    startNextResource();
}

void SyncEngine::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_probe) {
        m_probe->cancel();
        return;
    }
    if (m_phase != Phase::Fetching && m_phase != Phase::Draining)
        return; // opening: onOpened sees the flag; settling: onResourceFinished; finishing: done
    if (m_fetcher) {
        stopFetcher();
        abortResource(
            ResourceResult::Status::Cancelled, tr("Cancelled."), ApiError::Kind::Cancelled);
        return;
    }
    finishRun(RunResult::Status::Cancelled, tr("Cancelled."));
}

void SyncEngine::finishRun(RunResult::Status status, const QString &error)
{
    if (m_phase == Phase::Finishing || m_phase == Phase::Finished)
        return;
    // Before the dataset is open there is no run row to finish.
    const bool writerOpen = m_phase != Phase::Idle && m_phase != Phase::Opening;
    m_phase = Phase::Finishing;
    m_result.status = status;
    m_result.error = error;
    m_result.durationMs = m_clock.elapsed();
    if (m_writer && writerOpen) {
        // The run row says how it ended, even when nothing else was written.
        const QString finishedAt =
            m_startedAt.addMSecs(m_result.durationMs).toString(Qt::ISODateWithMs);
        toWriter([status = RunResult::statusName(status), error, finishedAt](
                     DatasetWriter &writer) { writer.finishRun(status, error, finishedAt); });
        return;
    }
    onRunRecorded();
}

void SyncEngine::onRunRecorded()
{
    teardown();
    m_phase = Phase::Finished;
    qCDebug(lcSync).noquote() << "run" << m_result.runId << RunResult::statusName(m_result.status);
    emit finished(m_result);
}

void SyncEngine::teardown()
{
    if (m_writer)
        toWriter([](DatasetWriter &writer) { writer.close(); });
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer = nullptr;
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace Core
