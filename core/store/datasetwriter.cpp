// SPDX-License-Identifier: MIT
#include "core/store/datasetwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include "core/common/logging.h"
#include "core/store/datasetcheck.h"
#include "core/store/migrations.h"
#include "core/store/resourceload.h"
#include "core/store/schemastore.h"
#include "core/store/settingschanges.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString datasetProblem(const QString &path, const SqliteError &error)
{
    const int primary = error.code() & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        return QCoreApplication::translate("Core::DatasetWriter",
            "%1 is not a usable Fullstory Desk dataset (%2). Move it "
            "aside and sync again, or choose another file.")
            .arg(path, error.message());
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
        return QCoreApplication::translate("Core::DatasetWriter",
            "cannot write %1 (%2). Check the folder's permissions "
            "and free space, or choose another location.")
            .arg(path, error.message());
    return QCoreApplication::translate("Core::DatasetWriter", "dataset %1: %2")
        .arg(path, error.message());
}

// A failure of the file rather than of the data: no later resource can succeed, so the run
// stops (exit 6). nullopt for errors that belong to the resource being loaded.
std::optional<QString> fileFault(const QString &path, const SqliteError &error)
{
    switch (error.code() & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Core::DatasetWriter",
            "the disk is full: free space and sync again; nothing was lost (the resource "
            "being loaded was rolled back, %1 is as it was before it).")
            .arg(path);
    case SQLITE_IOERR:
        return QCoreApplication::translate("Core::DatasetWriter",
            "cannot read or write %1 (%2): the disk or the file system failed. Nothing was "
            "lost: the resource being loaded was rolled back. Check the disk and sync again.")
            .arg(path, error.message());
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return datasetProblem(path, error);
    default:
        return std::nullopt;
    }
}

} // namespace

DatasetWriter::DatasetWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    qRegisterMetaType<Core::ResourceResult>();
    qRegisterMetaType<Core::DatasetOpenResult>();
}

DatasetWriter::~DatasetWriter()
{
    close();
}

QString DatasetWriter::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void DatasetWriter::open()
{
    DatasetOpenResult result;
    try {
        m_db = std::make_unique<SqliteDatabase>(m_path, SqliteDatabase::Mode::ReadWrite);
        // Nothing is written (not even the journal mode) until the file is known to be ours.
        if (const auto problem = DatasetCheck::beforeWriting(*m_db, m_path)) {
            m_db.reset();
            result.error = *problem;
            emit opened(result);
            return;
        }
        // WAL: readers never wait for the writer; NORMAL is durable against a crashed process.
        m_db->exec("PRAGMA journal_mode = WAL");
        m_db->exec("PRAGMA synchronous = NORMAL");
        m_db->exec("PRAGMA busy_timeout = 5000");
        m_db->exec("PRAGMA cache_size = -32768");
        Migrations::apply(*m_db);
        m_schema = SchemaStore::load(*m_db);
        SqliteStatement cursors(
            *m_db, "SELECT resource, platform, value FROM _sync_state WHERE key = 'cursor'");
        while (cursors.step()) {
            result.cursors[QString::fromStdString(cursors.columnText(0))][QString::fromStdString(
                cursors.columnText(1))] = QString::fromStdString(cursors.columnText(2));
        }
        result.ok = true;
    } catch (const SqliteError &error) {
        m_db.reset();
        result.error = fileFault(m_path, error).value_or(datasetProblem(m_path, error));
    }
    emit opened(result);
}

void DatasetWriter::beginRun(const RunRecord &run)
{
    m_run = run;
    if (!m_db)
        return;
    try {
        // Only the lock holder gets here, so a run still "running" is one that was killed.
        SqliteStatement interrupted(*m_db,
            "UPDATE _sync_runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?), "
            "error = COALESCE(error, ?) WHERE status = 'running'");
        const std::string at = utf8(now()),
                          why = utf8(QCoreApplication::translate("Core::DatasetWriter",
                              "the sync was stopped before it finished (killed, or the computer "
                              "went down); the resource it was loading was rolled back"));
        interrupted.bindText(1, at);
        interrupted.bindText(2, why);
        interrupted.step();
        SqliteStatement insert(*m_db,
            "INSERT INTO _sync_runs (id, started_at, status, trigger, "
            "app_version, key_level, org_id, full_refresh) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?, ?)");
        const std::string id = utf8(run.id), started = utf8(run.startedAt),
                          trigger = utf8(run.trigger), level = utf8(run.keyLevel),
                          org = utf8(run.orgId);
        insert.bindText(1, id);
        insert.bindText(2, started);
        insert.bindText(3, trigger);
        insert.bindText(4, FSD_VERSION);
        insert.bindText(5, level);
        insert.bindText(6, org);
        insert.bindInt(7, run.fullRefresh);
        insert.step();
    } catch (const SqliteError &error) {
        qCWarning(lcSync).noquote() << "cannot record the run:" << error.message();
    }
}

void DatasetWriter::setIdentity(const QString &keyLevel, const QString &orgId)
{
    m_run.keyLevel = keyLevel;
    m_run.orgId = orgId;
}

void DatasetWriter::beginResource(const LoadPlan &plan)
{
    m_plan = plan;
    m_failure.clear();
    m_clock.start();
    if (!m_db) {
        m_failure = u"the dataset is not open"_s;
        return;
    }
    m_snapshot = m_schema;
    try {
        m_db->exec("BEGIN IMMEDIATE");
        m_load = std::make_unique<ResourceLoad>(*m_db, m_schema, plan, utf8(m_run.id));
    } catch (const std::exception &error) {
        failResource(error);
    }
}

void DatasetWriter::writePage(FetchedPage page)
{
    if (!m_load || !m_failure.isEmpty() || page.resource != m_plan.spec.name)
        return;
    try {
        const qint64 rowsBefore = m_load->stats().rows();
        m_load->writePage(std::move(page.body), utf8(page.platform), page.info.totalRecords);
        emit pageWritten(page.resource, m_load->stats().rows() - rowsBefore);
    } catch (const std::exception &error) {
        failResource(error);
    }
}

void DatasetWriter::removeRecords(const QString &column, const QString &value)
{
    if (!m_load || !m_failure.isEmpty())
        return;
    try {
        m_load->removeRecords(utf8(column), utf8(value));
    } catch (const std::exception &error) {
        failResource(error);
    }
}

void DatasetWriter::commitResource(const ResourceResult &fetched)
{
    ResourceResult result = fetched;
    if (!m_load || !m_failure.isEmpty()) {
        result.status = ResourceResult::Status::Failed;
        result.error = m_failure.isEmpty() ? u"the resource was not started"_s : m_failure;
        abortResource(result);
        return;
    }
    try {
        m_load->finish(utf8(now()));
        // The changes commit with the versions they describe (design.md §4 step 5).
        const QString &setting = m_plan.spec.setting;
        const std::int64_t changes = setting.isEmpty()
            ? 0
            : SettingsChanges::update(
                *m_db, utf8(m_plan.spec.table), utf8(setting), m_plan.fullRefresh, utf8(m_run.id));
        const LoadStats &stats = m_load->stats();
        result.records = stats.records;
        result.skippedRecords = stats.skipped;
        result.rows = stats.rows();
        result.warnings = stats.warnings;
        result.removed = stats.removed;
        result.rowsByTable.clear();
        for (const auto &[table, rows] : stats.rowsByTable)
            result.rowsByTable.insert(QString::fromStdString(table), rows);
        if (changes > 0) {
            result.rowsByTable.insert(QString::fromLatin1(SettingsChanges::Table), changes);
            result.rows += changes;
        }
        result.durationMs = m_clock.elapsed();
        store(result);
        m_db->exec("COMMIT");
        m_load.reset();
        emit resourceFinished(result);
    } catch (const std::exception &error) {
        result.status = ResourceResult::Status::Failed;
        result.error = QString::fromUtf8(error.what());
        if (const auto fault = fileFaultOf(error)) {
            result.error = *fault;
            emit datasetFailed(*fault);
        }
        abortResource(result);
    }
}

std::optional<QString> DatasetWriter::fileFaultOf(const std::exception &error) const
{
    const auto *sqlite = dynamic_cast<const SqliteError *>(&error);
    return sqlite ? fileFault(m_path, *sqlite) : std::nullopt;
}

void DatasetWriter::failResource(const std::exception &error)
{
    m_failure = QString::fromUtf8(error.what());
    qCWarning(lcSync).noquote() << m_plan.spec.name << "failed:" << m_failure;
    if (const auto fault = fileFaultOf(error)) {
        m_failure = *fault;
        emit datasetFailed(*fault);
    }
    emit resourceFailed(m_plan.spec.name, m_failure);
}

void DatasetWriter::abortResource(const ResourceResult &fetched)
{
    ResourceResult result = fetched;
    if (result.status == ResourceResult::Status::Completed)
        result.status = ResourceResult::Status::Failed;
    if (result.error.isEmpty())
        result.error = m_failure;
    result.records = result.rows = 0;
    result.rowsByTable.clear();
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_load.reset();
    if (m_db) {
        try {
            if (!sqlite3_get_autocommit(m_db->handle()))
                m_db->exec("ROLLBACK");
            m_schema = m_snapshot;
            store(result);
        } catch (const SqliteError &error) {
            qCWarning(lcSync).noquote()
                << "cannot record" << result.resource << ":" << error.message();
        }
    }
    m_failure.clear();
    emit resourceFinished(result);
}

void DatasetWriter::recordResource(const ResourceResult &result)
{
    if (!m_db)
        return;
    try {
        store(result);
    } catch (const SqliteError &error) {
        qCWarning(lcSync).noquote() << "cannot record" << result.resource << ":" << error.message();
    }
}

void DatasetWriter::store(ResourceResult result)
{
    QJsonObject rows;
    for (auto it = result.rowsByTable.begin(); it != result.rowsByTable.end(); ++it)
        rows.insert(it.key(), it.value());
    SqliteStatement insert(*m_db,
        "INSERT OR REPLACE INTO _sync_resources (run_id, resource, status, "
        "pages, records, rows, rows_by_table, requests, retries, waited_ms, "
        "duration_ms, warnings, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const std::string run = utf8(m_run.id), resource = utf8(result.resource),
                      status = utf8(ResourceResult::statusName(result.status)),
                      byTable = QJsonDocument(rows).toJson(QJsonDocument::Compact).toStdString(),
                      error = utf8(result.error);
    insert.bindText(1, run);
    insert.bindText(2, resource);
    insert.bindText(3, status);
    insert.bindInt(4, result.pages);
    insert.bindInt(5, result.records);
    insert.bindInt(6, result.rows);
    insert.bindText(7, byTable);
    insert.bindInt(8, result.requests);
    insert.bindInt(9, result.retries);
    insert.bindInt(10, result.waitedMs);
    insert.bindInt(11, result.durationMs);
    insert.bindInt(12, result.warnings);
    if (error.empty())
        insert.bindNull(13);
    else
        insert.bindText(13, error);
    insert.step();
}

void DatasetWriter::finishRun(
    const QString &status, const QString &error, const QString &finishedAt)
{
    m_load.reset();
    if (m_db && !m_run.id.isEmpty()) {
        try {
            SqliteStatement update(*m_db,
                "UPDATE _sync_runs SET finished_at = ?, status = ?, error = ?, "
                "key_level = COALESCE(?, key_level), org_id = COALESCE(?, org_id) WHERE id = ?");
            const std::string finished = utf8(finishedAt), st = utf8(status), err = utf8(error),
                              level = utf8(m_run.keyLevel), org = utf8(m_run.orgId),
                              id = utf8(m_run.id);
            update.bindText(1, finished);
            update.bindText(2, st);
            if (err.empty())
                update.bindNull(3);
            else
                update.bindText(3, err);
            if (level.empty())
                update.bindNull(4);
            else
                update.bindText(4, level);
            if (org.empty())
                update.bindNull(5);
            else
                update.bindText(5, org);
            update.bindText(6, id);
            update.step();
        } catch (const SqliteError &e) {
            qCWarning(lcSync).noquote() << "cannot record the end of the run:" << e.message();
        }
    }
    emit runFinished();
}

void DatasetWriter::close()
{
    m_load.reset();
    if (m_db && !sqlite3_get_autocommit(m_db->handle())) {
        try {
            m_db->exec("ROLLBACK");
        } catch (const SqliteError &) {
        }
    }
    m_db.reset();
}

} // namespace Core
