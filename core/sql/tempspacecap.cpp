// SPDX-License-Identifier: MIT
#include "core/sql/tempspacecap.h"

#include <cstring>
#include <memory>

#include <sqlite3.h>

namespace Core {

// A temporary file: our methods in front, the default VFS's file right behind.
struct TempSpaceCap::File
{
    sqlite3_file base;
    TempSpaceCap *cap;
    sqlite3_int64 size; // the highest byte written or truncated to, as counted
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }

    static File *of(sqlite3_file *file) { return reinterpret_cast<File *>(file); }

    static int close(sqlite3_file *file)
    {
        File *self = of(file);
        self->cap->shrink(self->size);
        self->size = 0;
        return self->real()->pMethods->xClose(self->real());
    }
    static int read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        return of(file)->real()->pMethods->xRead(of(file)->real(), buffer, amount, offset);
    }
    static int write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        File *self = of(file);
        const sqlite3_int64 end = offset + amount;
        if (end > self->size) {
            if (!self->cap->grow(end - self->size))
                return SQLITE_FULL;
            self->size = end;
        }
        return self->real()->pMethods->xWrite(self->real(), buffer, amount, offset);
    }
    static int truncate(sqlite3_file *file, sqlite3_int64 size)
    {
        File *self = of(file);
        if (size < self->size) {
            self->cap->shrink(self->size - size);
            self->size = size;
        }
        return self->real()->pMethods->xTruncate(self->real(), size);
    }
    static int sync(sqlite3_file *file, int flags)
    {
        return of(file)->real()->pMethods->xSync(of(file)->real(), flags);
    }
    static int fileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        return of(file)->real()->pMethods->xFileSize(of(file)->real(), size);
    }
    static int lock(sqlite3_file *file, int level)
    {
        return of(file)->real()->pMethods->xLock(of(file)->real(), level);
    }
    static int unlock(sqlite3_file *file, int level)
    {
        return of(file)->real()->pMethods->xUnlock(of(file)->real(), level);
    }
    static int checkReservedLock(sqlite3_file *file, int *out)
    {
        return of(file)->real()->pMethods->xCheckReservedLock(of(file)->real(), out);
    }
    static int fileControl(sqlite3_file *file, int op, void *arg)
    {
        return of(file)->real()->pMethods->xFileControl(of(file)->real(), op, arg);
    }
    static int sectorSize(sqlite3_file *file)
    {
        return of(file)->real()->pMethods->xSectorSize(of(file)->real());
    }
    static int deviceCharacteristics(sqlite3_file *file)
    {
        return of(file)->real()->pMethods->xDeviceCharacteristics(of(file)->real());
    }

    // Version 1: temporary files need neither shared memory nor memory mapping.
    static constexpr sqlite3_io_methods methods = { 1, &close, &read, &write, &truncate, &sync,
        &fileSize, &lock, &unlock, &checkReservedLock, &fileControl, &sectorSize,
        &deviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr };
};

TempSpaceCap::TempSpaceCap(qint64 limitBytes)
    : m_limit(limitBytes)
{
    m_real = sqlite3_vfs_find(nullptr);
    m_name = "fsd-tempcap-" + std::to_string(reinterpret_cast<quintptr>(this));
    m_vfs = new sqlite3_vfs(*m_real); // every other call goes straight to the default VFS
    m_vfs->zName = m_name.c_str();
    m_vfs->pAppData = this;
    m_vfs->szOsFile = int(sizeof(File)) + m_real->szOsFile;
    m_vfs->xOpen = &TempSpaceCap::open;
    m_vfs->pNext = nullptr;
    sqlite3_vfs_register(m_vfs, 0);
}

TempSpaceCap::~TempSpaceCap()
{
    sqlite3_vfs_unregister(m_vfs);
    delete m_vfs;
}

bool TempSpaceCap::grow(qint64 bytes)
{
    if (m_used.fetch_add(bytes) + bytes > m_limit) {
        m_used -= bytes;
        m_exceeded = true;
        return false;
    }
    return true;
}

int TempSpaceCap::open(
    sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *cap = static_cast<TempSpaceCap *>(vfs->pAppData);
    constexpr int temporary = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL
        | SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_SUBJOURNAL;
    if (name && !(flags & temporary)) // the dataset and its WAL: the default VFS's own file
        return cap->m_real->xOpen(cap->m_real, name, file, flags, outFlags);
    File *wrapped = File::of(file);
    std::memset(wrapped, 0, sizeof(File));
    const int rc = cap->m_real->xOpen(cap->m_real, name, wrapped->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        if (wrapped->real()->pMethods) // SQLite closes only what its xOpen left methods on
            wrapped->real()->pMethods->xClose(wrapped->real());
        wrapped->base.pMethods = nullptr;
        return rc;
    }
    wrapped->cap = cap;
    wrapped->base.pMethods = &File::methods;
    return SQLITE_OK;
}

} // namespace Core
