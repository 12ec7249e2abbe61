// SPDX-License-Identifier: MIT
#include "core/store/readconnection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include "core/store/sqlite.h"

namespace Core {

namespace {

// Long enough for the writer's commit and checkpoint of a big page; short enough that a read
// behind a stuck writer fails with "database is locked" instead of hanging the view.
constexpr int BusyTimeoutMs = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Core::ReadConnection", text);
}

} // namespace

ReadConnection::ReadConnection() = default;

ReadConnection::~ReadConnection()
{
    close();
}

QString ReadConnection::open(const QString &path, const char *vfs)
{
    if (m_db)
        return {};
    if (!QFileInfo::exists(path))
        return tr("There is no dataset at %1 yet. Run a sync to create it.").arg(path);
    try {
        auto db = std::make_unique<SqliteDatabase>(path, SqliteDatabase::Mode::ReadOnly, vfs);
        // Belt and braces: a read-only open already refuses writes.
        db->exec("PRAGMA query_only = 1");
        sqlite3_busy_timeout(db->handle(), BusyTimeoutMs);
        std::lock_guard lock(m_handleMutex);
        m_db = std::move(db);
        return {};
    } catch (const SqliteError &error) {
        return tr("Cannot open the dataset: %1").arg(error.message());
    }
}

void ReadConnection::close()
{
    std::lock_guard lock(m_handleMutex);
    m_db.reset();
}

sqlite3 *ReadConnection::handle() const
{
    return m_db ? m_db->handle() : nullptr;
}

void ReadConnection::interrupt()
{
    std::lock_guard lock(m_handleMutex);
    if (m_db)
        sqlite3_interrupt(m_db->handle());
}

} // namespace Core
