// SPDX-License-Identifier: MIT
#include "core/sql/queryrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <mutex>

#include <sqlite3.h>

#include "core/sql/sqlscript.h"
#include "core/sql/tempspacecap.h"
#include "core/store/readconnection.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::QueryRunner)
};

bool isOneOf(const char *name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name && sqlite3_stricmp(name, candidate) == 0)
            return true;
    }
    return false;
}

// PRAGMAs whose argument names what to read ("PRAGMA table_info(users)"), not a new value.
bool isReadingPragmaWithArgument(const char *name)
{
    return isOneOf(name,
        { "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
            "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check" });
}

// PRAGMAs that change something even without "= value".
bool isWritingPragma(const char *name)
{
    return isOneOf(name,
        { "optimize", "wal_checkpoint", "incremental_vacuum", "shrink_memory", "analysis_limit" });
}

// What a refused statement tried, for the message: the authorizer's action, else its keyword.
QString actionName(int action, const QString &statement)
{
    switch (action) {
    case SQLITE_INSERT:
        return u"INSERT"_s;
    case SQLITE_UPDATE:
        return u"UPDATE"_s;
    case SQLITE_DELETE:
        return u"DELETE"_s;
    case SQLITE_ATTACH:
        return u"ATTACH"_s;
    case SQLITE_DETACH:
        return u"DETACH"_s;
    case SQLITE_PRAGMA:
        return Text::tr("a writing PRAGMA");
    case SQLITE_ALTER_TABLE:
        return u"ALTER TABLE"_s;
    case SQLITE_ANALYZE:
        return u"ANALYZE"_s;
    case SQLITE_REINDEX:
        return u"REINDEX"_s;
    default:
        if (action >= SQLITE_CREATE_INDEX && action <= SQLITE_DROP_VIEW)
            return Text::tr("changing the schema (CREATE, DROP)");
        const QString keyword = statement.section(u' ', 0, 0).toUpper();
        return keyword.isEmpty() ? Text::tr("this statement") : keyword;
    }
}

// Levenshtein's distance, case-insensitively: how many letters to change, add or remove.
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower(), y = b.toLower();
    QList<qsizetype> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                { row[j] + 1, row[j - 1] + 1, diagonal + (x.at(i - 1) == y.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[y.size()];
}

} // namespace

QString StatementReport::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Failed:
        return u"error"_s;
    case Status::Refused:
        return u"refused"_s;
    case Status::Stopped:
        return u"stopped"_s;
    case Status::TimedOut:
        return u"timed out"_s;
    }
    return {};
}

std::optional<StatementReport::Status> StatementReport::statusFromName(const QString &name)
{
    for (Status status :
        { Status::Ok, Status::Failed, Status::Refused, Status::Stopped, Status::TimedOut })
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

QString StatementReport::statusLabel(Status status)
{
    switch (status) {
    case Status::Ok:
        return Text::tr("ok");
    case Status::Failed:
        return Text::tr("error");
    case Status::Refused:
        return Text::tr("refused");
    case Status::Stopped:
        return Text::tr("stopped");
    case Status::TimedOut:
        return Text::tr("timed out");
    }
    return {};
}

bool QueryOutcome::ok() const
{
    for (const StatementReport &s : statements) {
        if (!s.isOk())
            return false;
    }
    return true;
}

/**
 * The runner's thread side: owns the connection and the open result. Plain QObject; the runner
 * posts work to it and it posts results back, so no state is shared but the stop flag.
 */
class QueryWorker final : public QObject
{
public:
    QueryWorker(QueryRunner *runner, QString path, std::shared_ptr<std::atomic<int>> stopBelow)
        : m_runner(runner)
        , m_path(std::move(path))
        , m_stopBelow(std::move(stopBelow))
    {
    }
    ~QueryWorker() override { close(); }

    void run(int id, const QString &sql, const QueryOptions &options);
    void fetchMore(int id);
    void interrupt() { m_connection.interrupt(); }
    // A BEGIN the script did not COMMIT would keep this connection reading the snapshot of
    // that moment through every later sync; a read-only transaction ends with nothing lost.
    bool endTransaction()
    {
        if (!db() || sqlite3_get_autocommit(db()))
            return false;
        sqlite3_exec(db(), "ROLLBACK", nullptr, nullptr, nullptr);
        return true;
    }
    void close()
    {
        finalizeOpen();
        m_connection.close();
        m_tempCap.reset(); // after the connection on it
    }

private:
    sqlite3 *db() const { return m_connection.handle(); }
    QString open();
    void finalizeOpen();
    // Steps up to `limit` rows of m_open; returns the rows and whether it ended, or an error.
    QList<QVariantList> step(int limit, bool &done, StatementReport &report);
    QString closestTable(const QString &name);
    void failFromSqlite(
        StatementReport &report, int rc, const QByteArray &script, qsizetype statementByte);
    template <typename F> void post(F &&f)
    {
        QMetaObject::invokeMethod(m_runner, std::forward<F>(f));
    }
    static int onProgress(void *self);
    static int authorize(
        void *self, int action, const char *a, const char *b, const char *, const char *);

    QueryRunner *m_runner;
    const QString m_path;
    std::shared_ptr<std::atomic<int>> m_stopBelow;
    std::unique_ptr<TempSpaceCap> m_tempCap; // the VFS the connection's temporary files use
    ReadConnection m_connection;
    sqlite3_stmt *m_open = nullptr; // the last result, while rows remain
    int m_openId = 0;
    int m_runId = 0;
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
    int m_deniedAction = 0;
    QueryOptions m_options;
};

QString QueryWorker::open()
{
    if (m_connection.isOpen())
        return {};
    if (!m_tempCap)
        m_tempCap = std::make_unique<TempSpaceCap>(m_options.tempLimitBytes);
    if (const QString problem = m_connection.open(m_path, m_tempCap->vfsName()); !problem.isEmpty())
        return problem;
    sqlite3 *const db = m_connection.handle();
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    // No single value may outgrow ValueLimitBytes, so no one function call (hex(zeroblob(…)))
    // runs for seconds between two progress checks; temp files are capped by m_tempCap.
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, QueryOptions::ValueLimitBytes);
    static std::once_flag heapLimit;
    std::call_once(heapLimit, [] {
        if (sqlite3_hard_heap_limit64(-1) == 0)
            sqlite3_hard_heap_limit64(QueryOptions::MemoryLimitBytes);
        if (sqlite3_memory_used() == 0) // statistics off: the limit cannot count
            qWarning("SQLite keeps no memory statistics: the SQL pane's memory limit is off "
                     "(call SqliteDatabase::keepMemoryStatistics() first)");
    });
    sqlite3_set_authorizer(db, &QueryWorker::authorize, this);
    sqlite3_progress_handler(db, 1000, &QueryWorker::onProgress, this);
    return {};
}

int QueryWorker::onProgress(void *self)
{
    auto *worker = static_cast<QueryWorker *>(self);
    if (worker->m_stopBelow->load() >= worker->m_runId)
        return 1;
    if (!worker->m_deadline.isForever() && worker->m_deadline.hasExpired()) {
        worker->m_timedOut = true;
        return 1;
    }
    return 0;
}

int QueryWorker::authorize(
    void *self, int action, const char *a, const char *b, const char *, const char *)
{
    auto *worker = static_cast<QueryWorker *>(self);
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        // a: the pragma, b: its argument; "PRAGMA x = v" and "PRAGMA x(v)" set something,
        // except for the pragmas whose argument is a table or an index to describe.
        if ((!b || isReadingPragmaWithArgument(a)) && !isWritingPragma(a))
            return SQLITE_OK;
        break;
    default:
        break;
    }
    // DDL first touches sqlite_master (an INSERT for CREATE, a DELETE for DROP). Let that pass
    // here so the DDL's own action is the one refused and named; should nothing follow, the
    // read-only check after prepare refuses the statement anyway.
    const bool bookkeeping =
        (action == SQLITE_INSERT || action == SQLITE_UPDATE || action == SQLITE_DELETE) && a
        && sqlite3_strnicmp(a, "sqlite_", 7) == 0;
    if (bookkeeping) {
        if (!worker->m_deniedAction)
            worker->m_deniedAction = action;
        return SQLITE_OK;
    }
    worker->m_deniedAction = action;
    return SQLITE_DENY;
}

void QueryWorker::finalizeOpen()
{
    sqlite3_finalize(m_open);
    m_open = nullptr;
    m_openId = 0;
}

void QueryWorker::failFromSqlite(
    StatementReport &report, int rc, const QByteArray &script, qsizetype statementByte)
{
    if ((rc & 0xff) == SQLITE_INTERRUPT) {
        report.status =
            m_timedOut ? StatementReport::Status::TimedOut : StatementReport::Status::Stopped;
        report.message = m_timedOut
            ? Text::tr(
                "Stopped after the time limit of %1 s. Narrow the query, or raise the limit.")
                  .arg(m_options.timeLimitMs / 1000.0)
            : Text::tr("Stopped.");
        return;
    }
    if (m_deniedAction || (rc & 0xff) == SQLITE_AUTH || (rc & 0xff) == SQLITE_READONLY) {
        report.status = StatementReport::Status::Refused;
        report.message = Text::tr("Refused: %1 would change the dataset, and this pane only reads "
                                  "it. The dataset changes only through a sync.")
                             .arg(actionName(m_deniedAction, report.text));
        report.errorOffset = report.offset;
        return;
    }
    if ((rc & 0xff) == SQLITE_FULL && m_tempCap && m_tempCap->exceeded()) {
        report.status = StatementReport::Status::Stopped;
        report.message = Text::tr("Stopped: the query needed more than %1 MiB of temporary disk "
                                  "space, the most a query may use here. Narrow it (a LIMIT, a "
                                  "WHERE, no sort of a large result).")
                             .arg(m_tempCap->limit() / (1024 * 1024));
        return;
    }
    if ((rc & 0xff) == SQLITE_NOMEM || (rc & 0xff) == SQLITE_TOOBIG) {
        report.status = StatementReport::Status::Stopped;
        report.message = (rc & 0xff) == SQLITE_NOMEM
            ? Text::tr("Stopped: the query needed more than %1 MiB of memory, the most a query "
                       "may use here. Narrow it (a LIMIT, fewer columns, no sort of a large "
                       "result).")
                  .arg(sqlite3_hard_heap_limit64(-1) / (1024 * 1024))
            : Text::tr("Stopped: a value would be larger than %1 MiB, the most one string or "
                       "blob may be here. Narrow the query (substr(), a LIMIT).")
                  .arg(QueryOptions::ValueLimitBytes / (1024 * 1024));
        return;
    }
    report.status = StatementReport::Status::Failed;
    report.message = QString::fromUtf8(sqlite3_errmsg(db()));
    const int at = sqlite3_error_offset(db());
    if (at >= 0 && !script.isEmpty()) {
        report.errorOffset = QString::fromUtf8(script.constData(), statementByte + at).size();
        return;
    }
    // SQLite names no position for a missing table or function: the name is found in the
    // statement, so the editor marks it as it marks a missing column.
    static const QRegularExpression missing(u"^no such (table|function): (.+)$"_s);
    const QRegularExpressionMatch match = missing.match(report.message);
    if (!match.hasMatch() || script.isEmpty())
        return;
    const QString name = match.captured(2);
    const qsizetype found = SqlScript::findName(
        QString::fromUtf8(script.constData() + statementByte, script.size() - statementByte), name);
    if (found >= 0)
        report.errorOffset = QString::fromUtf8(script.constData(), statementByte).size() + found;
    if (match.captured(1) == u"table"_s) {
        const QString closest = closestTable(name.section(u'.', -1));
        if (!closest.isEmpty())
            report.message = Text::tr("%1. Did you mean %2?").arg(report.message, closest);
    }
}

QString QueryWorker::closestTable(const QString &name)
{
    // A typo is a letter or two away; further than that, a guess would mislead.
    const qsizetype most = std::min<qsizetype>(2, std::max<qsizetype>(1, name.size() / 4));
    QString best;
    qsizetype bestDistance = most + 1;
    sqlite3_stmt *names = nullptr;
    if (sqlite3_prepare_v2(db(),
            "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name", -1,
            &names, nullptr)
        != SQLITE_OK)
        return {};
    while (sqlite3_step(names) == SQLITE_ROW) {
        const QString candidate =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(names, 0)));
        const qsizetype distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    sqlite3_finalize(names);
    return best;
}

QList<QVariantList> QueryWorker::step(int limit, bool &done, StatementReport &report)
{
    QList<QVariantList> rows;
    const int columns = sqlite3_column_count(m_open);
    done = false;
    // Rows of large values end a batch early (the rest come on fetchMore()): a thousand rows of
    // 60 MiB blobs must not be copied out at once.
    qint64 bytes = 0;
    while (rows.size() < limit && bytes < QueryOptions::BatchLimitBytes) {
        const int rc = sqlite3_step(m_open);
        if (rc == SQLITE_DONE) {
            done = true;
            break;
        }
        if (rc != SQLITE_ROW) {
            failFromSqlite(report, rc, {}, 0);
            done = true;
            break;
        }
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            bytes += sqlite3_column_bytes(m_open, c);
            row.append(columnValue(m_open, c));
        }
        rows.append(row);
    }
    return rows;
}

void QueryWorker::run(int id, const QString &sql, const QueryOptions &options)
{
    finalizeOpen();
    endTransaction(); // one the previous run left open for its last result
    if (m_stopBelow->load() >= id)
        return; // superseded before it started
    m_runId = id;
    m_options = options;
    m_timedOut = false;
    if (m_tempCap) {
        m_tempCap->setLimit(options.tempLimitBytes);
        m_tempCap->clearExceeded();
    }
    m_deadline = options.timeLimitMs > 0 ? QDeadlineTimer(options.timeLimitMs)
                                         : QDeadlineTimer(QDeadlineTimer::Forever);
    QElapsedTimer total;
    total.start();
    QueryOutcome outcome;
    auto report = [this, id, &outcome](const StatementReport &r) {
        outcome.statements.append(r);
        post([runner = m_runner, id, r] { emit runner->statementFinished(id, r); });
    };
    if (const QString problem = open(); !problem.isEmpty()) {
        StatementReport r;
        r.status = StatementReport::Status::Failed;
        r.message = problem;
        report(r);
    } else {
        const QByteArray script = sql.toUtf8();
        const char *const begin = script.constData();
        const char *tail = begin;
        const char *const end = begin + script.size();
        int index = 0;
        while (tail < end) {
            while (tail < end && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == '\r'))
                ++tail;
            if (tail >= end)
                break;
            sqlite3_stmt *statement = nullptr;
            const char *next = nullptr;
            m_deniedAction = 0;
            StatementReport r;
            r.index = index;
            r.offset = QString::fromUtf8(begin, tail - begin).size();
            QElapsedTimer clock;
            clock.start();
            const int rc = sqlite3_prepare_v3(db(), tail, int(end - tail), 0, &statement, &next);
            if (rc != SQLITE_OK) {
                r.text =
                    QString::fromUtf8(tail, qMin<qsizetype>(end - tail, 200)).section(u';', 0, 0);
                failFromSqlite(r, rc, script, tail - begin);
                r.elapsedMs = clock.elapsed();
                report(r);
                break; // what follows an error is not run, as in sqlite3's shell with -bail
            }
            if (!statement) { // only a comment or whitespace was left
                tail = next;
                continue;
            }
            r.text = QString::fromUtf8(sqlite3_sql(statement)).trimmed();
            if (!sqlite3_stmt_readonly(statement)) {
                sqlite3_finalize(statement);
                m_deniedAction = m_deniedAction ? m_deniedAction : -1;
                failFromSqlite(r, SQLITE_READONLY, script, tail - begin);
                r.elapsedMs = clock.elapsed();
                report(r);
                break;
            }
            tail = next;
            const bool isLast =
                Core::SqlScript::split(QString::fromUtf8(tail, end - tail)).isEmpty();
            r.returnsRows = sqlite3_column_count(statement) > 0;
            m_open = statement;
            m_openId = id;
            if (r.returnsRows && isLast) {
                QStringList columns;
                for (int c = 0; c < sqlite3_column_count(statement); ++c)
                    columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
                post([runner = m_runner, id, columns] { emit runner->columnsReady(id, columns); });
                bool done = false;
                const QList<QVariantList> rows = step(options.firstBatch, done, r);
                r.rows = rows.size();
                r.moreRows = !done;
                post([runner = m_runner, id, rows, done] {
                    emit runner->rowsReady(id, rows, done);
                });
                if (done)
                    finalizeOpen();
            } else {
                bool done = false;
                while (!done && r.isOk())
                    r.rows += step(options.batch, done, r).size();
                if (!r.returnsRows)
                    r.rows = sqlite3_changes64(db());
                finalizeOpen();
            }
            r.elapsedMs = clock.elapsed();
            report(r);
            if (!r.isOk())
                break;
            ++index;
        }
    }
    // With rows still to fetch the transaction ends with them (fetchMore), or with the next run.
    outcome.endedTransaction = m_open ? (db() && !sqlite3_get_autocommit(db())) : endTransaction();
    outcome.elapsedMs = total.elapsed();
    post([runner = m_runner, id, outcome] { emit runner->finished(id, outcome); });
}

void QueryWorker::fetchMore(int id)
{
    if (!m_open || m_openId != id || m_stopBelow->load() >= id)
        return;
    m_timedOut = false;
    m_deadline = m_options.timeLimitMs > 0 ? QDeadlineTimer(m_options.timeLimitMs)
                                           : QDeadlineTimer(QDeadlineTimer::Forever);
    StatementReport r;
    bool done = false;
    const QList<QVariantList> rows = step(m_options.batch, done, r);
    if (done) {
        finalizeOpen();
        endTransaction();
    }
    post([runner = m_runner, id, rows, done] { emit runner->rowsReady(id, rows, done); });
}

QueryRunner::QueryRunner(QString datasetPath, QObject *parent)
    : QObject(parent)
    , m_stopBelow(std::make_shared<std::atomic<int>>(0))
{
    SqliteDatabase::keepMemoryStatistics(); // too late only if a writer came first
    qRegisterMetaType<Core::StatementReport>();
    qRegisterMetaType<Core::QueryOutcome>();
    m_thread.setObjectName(u"sql-runner"_s);
    m_worker = new QueryWorker(this, std::move(datasetPath), m_stopBelow);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &QueryRunner::finished, this, [this](int id) {
        if (id == m_id)
            m_running = false;
    });
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    m_stopBelow->store(m_id);
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

int QueryRunner::run(const QString &sql, const QueryOptions &options)
{
    // Whatever ran before stops here; its late results carry an old id and are ignored.
    m_stopBelow->store(m_id);
    m_worker->interrupt();
    const int id = ++m_id;
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, sql, options] { worker->run(id, sql, options); });
    return id;
}

void QueryRunner::fetchMore(int id)
{
    if (id != m_id)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->fetchMore(id); });
}

void QueryRunner::stop()
{
    m_stopBelow->store(m_id);
    m_worker->interrupt();
}

} // namespace Core
