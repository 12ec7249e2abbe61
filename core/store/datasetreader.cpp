// SPDX-License-Identifier: MIT
#include "core/store/datasetreader.h"

#include <QCoreApplication>

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
        &m_thread, &QThread::finished, m_worker, [this] { m_connection.close(); },
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
    m_connection.interrupt();
}

QString DatasetReader::execute(const std::function<void(SqliteDatabase &)> &job)
{
    if (const QString problem = m_connection.open(m_path); !problem.isEmpty())
        return problem;
    try {
        job(m_connection.db());
        return {};
    } catch (const SqliteError &error) {
        if (error.code() == SQLITE_INTERRUPT)
            return QCoreApplication::translate("Core::DatasetReader", "Interrupted.");
        return error.message();
    }
}

} // namespace Core
