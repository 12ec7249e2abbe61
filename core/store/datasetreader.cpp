// SPDX-License-Identifier: MIT
#include "core/store/datasetreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

DatasetReader::DatasetReader(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_thread.setObjectName(u"dataset-reader"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    // finished() is emitted on the reader thread itself: the connection closes where it lives.
    connect(
        &m_thread, &QThread::finished, m_worker,
        [this] {
            std::lock_guard lock(m_handleMutex);
            m_handle = nullptr;
            m_db.reset();
        },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DatasetReader::~DatasetReader()
{
    m_closing = true;
    interrupt();
    m_thread.quit();
    m_thread.wait();
}

void DatasetReader::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, task = std::move(task)] {
            if (!m_closing)
                task();
        },
        Qt::QueuedConnection);
}

void DatasetReader::interrupt()
{
    std::lock_guard lock(m_handleMutex);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

QString DatasetReader::execute(const std::function<void(SqliteDatabase &)> &job)
{
    try {
        if (!m_db) {
            if (!QFileInfo::exists(m_path)) {
                return QCoreApplication::translate("Core::DatasetReader",
                    "There is no dataset at %1 yet. Run a sync to create it.")
                    .arg(m_path);
            }
            auto db = std::make_unique<SqliteDatabase>(m_path, SqliteDatabase::Mode::ReadOnly);
            // Belt and braces: a read-only open already refuses writes.
            db->exec("PRAGMA query_only = 1");
            sqlite3_busy_timeout(db->handle(), 2000);
            std::lock_guard lock(m_handleMutex);
            m_db = std::move(db);
            m_handle = m_db->handle();
        }
        job(*m_db);
        return {};
    } catch (const SqliteError &error) {
        if (error.code() == SQLITE_INTERRUPT)
            return QCoreApplication::translate("Core::DatasetReader", "Interrupted.");
        return error.message();
    }
}

} // namespace Core
