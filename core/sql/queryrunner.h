// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <memory>
#include <optional>

namespace Core {

class QueryWorker;

struct QueryOptions
{
    // Bounds of the reader connection (design.md §7), each named in the message that stops a
    // query. SQLite's heap limit is the process's: the sync's writer in the desktop app lives
    // well inside it (a 32 MiB cache).
    static constexpr qint64 MemoryLimitBytes = qint64(1) << 30; // SQLite's heap
    static constexpr int ValueLimitBytes = 64 * 1024 * 1024; // one string, blob or row
    static constexpr qint64 BatchLimitBytes = qint64(64) * 1024 * 1024; // of values in one batch

    int timeLimitMs = 30000; // 0: none
    qint64 tempLimitBytes = qint64(4) << 30; // temporary files: spilled sorts, temp tables
    int firstBatch = 1000; // rows of the last result sent at once; the rest on fetchMore()
    int batch = 5000;
};

// What one statement of a script did.
struct StatementReport
{
    enum class Status { Ok, Failed, Refused, Stopped, TimedOut };

    int index = 0; // 0-based within the script
    qsizetype offset = 0; // where the statement starts in the script (UTF-16)
    QString text;
    Status status = Status::Ok;
    QString message; // for people, on anything but Ok
    qsizetype errorOffset = -1; // in the script, when SQLite names the spot
    qint64 rows = 0; // rows returned (for the last statement: so far) or changed
    bool returnsRows = false;
    bool moreRows = false; // the last result has rows not fetched yet
    qint64 elapsedMs = 0;

    bool isOk() const { return status == Status::Ok; }
    // The stored word (the query history keeps it), and the one people read.
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    static QString statusLabel(Status status);
};

struct QueryOutcome
{
    QList<StatementReport> statements;
    qint64 elapsedMs = 0;
    // The script left a transaction open (BEGIN without COMMIT): it was ended with the script,
    // or with its last result, so the next run reads the dataset as the latest sync left it.
    bool endedTransaction = false;
    bool ok() const;
};

/**
 * Runs the SQL pane's queries against a dataset, safely (design.md §7): on a thread of its
 * own, through a connection opened SQLITE_OPEN_READONLY with PRAGMA query_only, an authorizer
 * that refuses every write (INSERT, UPDATE, DELETE, DDL, ATTACH, writing PRAGMAs) and a check
 * that each prepared statement is read-only — so nothing typed here can change the dataset or
 * write another file (VACUUM INTO).
 *
 * run() executes a script statement by statement and reports each; the last statement's rows
 * stream back, the first batch at once and later batches on fetchMore(). stop() interrupts
 * the running statement at once (sqlite3_interrupt, plus a progress handler that also enforces
 * the time limit). A new run() abandons the previous result. Results of an older run are
 * never delivered after a newer one started: every signal carries its run's id.
 *
 * Threading: create and use on one thread (the GUI thread); the work happens on the runner's.
 */
class QueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRunner)

public:
    explicit QueryRunner(QString datasetPath, QObject *parent = nullptr);
    ~QueryRunner() override;

    int run(const QString &sql, const QueryOptions &options = {});
    void fetchMore(int id);
    void stop();
    bool isRunning() const { return m_running; }
    int currentId() const { return m_id; }

signals:
    void columnsReady(int id, const QStringList &columns);
    void rowsReady(int id, const QList<QVariantList> &rows, bool complete);
    void statementFinished(int id, const Core::StatementReport &report);
    void finished(int id, const Core::QueryOutcome &outcome);

private:
    QThread m_thread;
    QueryWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<int>> m_stopBelow; // runs with a lower id must stop
    int m_id = 0;
    bool m_running = false;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::StatementReport)
Q_DECLARE_METATYPE(Core::QueryOutcome)
