// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

#include "core/common/result.h"
#include "core/store/readconnection.h"

namespace Core {

class SqliteDatabase;

/**
 * A read-only connection to a dataset on a thread of its own (design.md §5, §8): the table
 * browser, the schema view and the sync history read through one of these each, so a slow
 * count or sort never blocks the GUI thread, and readers never block the writer (WAL).
 *
 * Jobs run one at a time, in submission order, on the reader's thread; each job's result comes
 * back on the thread that created the reader (the GUI thread), and is dropped if `context` is
 * gone by then. A job throws SqliteError to fail; the callback then gets the message.
 *
 * The connection (a ReadConnection) opens at the first job, so a dataset that does not exist
 * yet is never created here: such jobs fail with a message saying so, and a later job tries
 * again — after the first sync the file is there.
 *
 * interrupt() stops the job that is running (sqlite3_interrupt); it is safe from any thread.
 * Destruction interrupts the running job, skips the queued ones, and waits for the thread.
 */
class DatasetReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetReader)

public:
    explicit DatasetReader(QString path, QObject *parent = nullptr);
    ~DatasetReader() override;

    const QString &path() const { return m_path; }

    template <typename T>
    void run(std::function<T(SqliteDatabase &)> job, QObject *context,
        std::function<void(const Result<T, QString> &)> done);

    // As run(), for a job that can fail on its own terms: its Failure reaches `done` just as
    // a SQLite error does.
    template <typename T>
    void runChecked(std::function<Result<T, QString>(SqliteDatabase &)> job, QObject *context,
        std::function<void(const Result<T, QString> &)> done);

    void interrupt();

private:
    // Runs on the reader thread; returns an error message, or an empty string.
    QString execute(const std::function<void(SqliteDatabase &)> &job);
    void post(std::function<void()> task);

    const QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; deleted when it finishes
    ReadConnection m_connection; // opened and closed on m_thread
    std::atomic<bool> m_closing = false; // queued jobs are skipped once set
};

template <typename T>
void DatasetReader::run(std::function<T(SqliteDatabase &)> job, QObject *context,
    std::function<void(const Result<T, QString> &)> done)
{
    QPointer<QObject> guard(context);
    post([this, job = std::move(job), guard, done = std::move(done)] {
        std::optional<T> value;
        const QString error = execute([&](SqliteDatabase &db) { value.emplace(job(db)); });
        Result<T, QString> result = error.isEmpty()
            ? Result<T, QString>(std::move(*value))
            : Result<T, QString>(Failure<QString> { error });
        // Back through the reader itself, which lives on the caller's thread and outlives every
        // job: only there can the context be checked without racing its deletion.
        QMetaObject::invokeMethod(
            this,
            [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

template <typename T>
void DatasetReader::runChecked(std::function<Result<T, QString>(SqliteDatabase &)> job,
    QObject *context, std::function<void(const Result<T, QString> &)> done)
{
    run<Result<T, QString>>(std::move(job), context,
        [done = std::move(done)](const Result<Result<T, QString>, QString> &result) {
            done(result ? result.value() : Result<T, QString>(Failure<QString> { result.error() }));
        });
}

} // namespace Core
