// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <memory>
#include <mutex>

struct sqlite3;

namespace Core {

class SqliteDatabase;

/**
 * How every reader opens a dataset (design.md §5, §8) — the browser's DatasetReader and the SQL
 * pane's runner alike: read-only, PRAGMA query_only, a busy timeout so a writer's checkpoint
 * never fails a read, and a handle interrupt() may stop from any thread.
 *
 * A dataset that does not exist yet is never created here: open() says so, and a later open()
 * tries again (after the first sync the file is there). Owned by one reader thread; only
 * interrupt() may be called from others.
 */
class ReadConnection
{
public:
    ReadConnection();
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    // Opens `path` unless already open; returns why it cannot be read, or an empty string.
    // `vfs` names the SQLite VFS its temporary files go through (nullptr: the default).
    QString open(const QString &path, const char *vfs = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    SqliteDatabase &db() { return *m_db; } // while open
    sqlite3 *handle() const; // nullptr while closed

    void interrupt(); // any thread

private:
    std::mutex m_handleMutex; // interrupt() against a (re)open or a close
    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace Core
