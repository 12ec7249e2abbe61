// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/normalize/value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Core {

// A failed SQLite call. Thrown inside the store only: the writer catches it at the boundary of
// every slot and turns it into a result value (style.md §6).
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    int m_code;
};

/**
 * One SQLite connection through the C API: the writer's hot path binds prepared statements
 * directly (QtSql costs about 3x per row, toolchain.md §5). Owned by one thread.
 */
class SqliteDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and with ReadWrite creates) the file; throws SqliteError. `vfs`: the SQLite VFS
    // to open it through (nullptr: the default).
    SqliteDatabase(const QString &path, Mode mode, const char *vfs = nullptr);
    // SQLite's heap limit (the SQL pane's memory bound) counts only while its memory statistics
    // are kept, which the first SqliteDatabase turns off for speed. A process that runs a
    // QueryRunner calls this first: it initializes SQLite with the statistics on.
    static void keepMemoryStatistics();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(std::string_view sql);
    // The first column of the first row, as text; empty when there is no row.
    std::string scalar(std::string_view sql);
    std::int64_t changes() const;
    bool hasTable(std::string_view name);
    bool hasColumn(std::string_view table, std::string_view column);

    static std::string quote(std::string_view identifier); // "name" with " doubled
    static std::string literal(std::string_view text); // 'text' with ' doubled

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement, reset for reuse; values bind without copying (SQLITE_STATIC): the
// caller keeps them alive until step() returns.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, const Value &value); // 1-based
    void bindText(int index, std::string_view text);
    void bindInt(int index, std::int64_t value);
    void bindNull(int index);
    // True while a row is available; false when done. Throws on errors.
    bool step();
    // As step(), but returns the raw result code instead of throwing on a constraint violation.
    int tryStep();
    void reset(); // also clears every binding
    void resetKeepingBindings(); // for loops that bind every parameter anyway

    std::int64_t columnInt(int index) const; // 0-based
    std::string columnText(int index) const;
    bool columnIsNull(int index) const;

    // For readers: any value, typed as stored (null QVariant for NULL, qint64, double, QString,
    // QByteArray for blobs); parameters copied, so temporaries may be passed.
    int columnCount() const;
    QString columnName(int index) const;
    QVariant columnValue(int index) const;
    void bindValue(int index, const QVariant &value);
    void bindValues(const QVariantList &values); // to parameters 1, 2, …
    QList<QVariantList> readAll(); // every remaining row, each value as columnValue() gives it

private:
    SqliteDatabase &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// A result column as a QVariant, typed as stored (null QVariant for NULL, qint64, double,
// QString, QByteArray). For statements prepared outside SqliteStatement (the SQL pane's runner).
QVariant columnValue(sqlite3_stmt *statement, int index);

} // namespace Core
