// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <atomic>
#include <string>

struct sqlite3_file;
struct sqlite3_vfs;

namespace Core {

/**
 * A cap on the temporary files of one SQLite connection: sorts that spill, temp tables and
 * indexes, statement journals. SQLite has no such limit of its own, and a sorted cross join
 * writes ~100 MB/s of temp file; the SQL pane must not fill a laptop's disk.
 *
 * Registers a VFS of its own (a unique name, for sqlite3_open_v2) over the default one. The
 * dataset, its WAL and shared memory go straight to the default VFS; temporary files are
 * wrapped so every byte they grow by is counted, and a write past the limit fails with
 * SQLITE_FULL (exceeded() then says why). Closing or truncating a file gives its bytes back.
 * Outlive every connection opened on vfsName().
 */
class TempSpaceCap
{
public:
    explicit TempSpaceCap(qint64 limitBytes);
    ~TempSpaceCap();
    TempSpaceCap(const TempSpaceCap &) = delete;
    TempSpaceCap &operator=(const TempSpaceCap &) = delete;

    const char *vfsName() const { return m_name.c_str(); }
    void setLimit(qint64 bytes) { m_limit = bytes; }
    qint64 limit() const { return m_limit; }
    // Whether a write was refused since the last clearExceeded().
    bool exceeded() const { return m_exceeded; }
    void clearExceeded() { m_exceeded = false; }

private:
    struct File;
    static int open(
        sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags);
    bool grow(qint64 bytes);
    void shrink(qint64 bytes) { m_used -= bytes; }

    std::string m_name;
    sqlite3_vfs *m_vfs = nullptr;
    sqlite3_vfs *m_real = nullptr;
    std::atomic<qint64> m_limit;
    std::atomic<qint64> m_used { 0 };
    std::atomic<bool> m_exceeded { false };
};

} // namespace Core
