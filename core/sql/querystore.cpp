// SPDX-License-Identifier: MIT
#include "core/sql/querystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::QueryStore)
};

} // namespace

QueryStore::QueryStore(QString folder)
    : m_folder(std::move(folder))
{
}

QueryStore::~QueryStore() = default;

QList<QueryStore::Tab> QueryStore::loadTabs() const
{
    QFile file(QDir(m_folder).filePath(u"sql-tabs.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Tab> tabs;
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(u"tabs"_s).toArray();
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        tabs.append({ o.value(u"title"_s).toString(), o.value(u"sql"_s).toString(),
            o.value(u"cursor"_s).toInt() });
    }
    return tabs;
}

bool QueryStore::saveTabs(const QList<Tab> &tabs)
{
    QJsonArray array;
    for (const Tab &tab : tabs)
        array.append(QJsonObject {
            { u"title"_s, tab.title }, { u"sql"_s, tab.sql }, { u"cursor"_s, tab.cursor } });
    QDir().mkpath(m_folder);
    QSaveFile file(QDir(m_folder).filePath(u"sql-tabs.json"_s));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               QJsonDocument(QJsonObject { { u"version"_s, 1 }, { u"tabs"_s, array } }).toJson())
            < 0
        || !file.commit()) {
        m_error = Text::tr("The query tabs could not be saved to %1: %2")
                      .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool QueryStore::openHistory() const
{
    if (m_db)
        return true;
    try {
        QDir().mkpath(m_folder);
        auto db = std::make_unique<SqliteDatabase>(
            QDir(m_folder).filePath(u"queries.sqlite"_s), SqliteDatabase::Mode::ReadWrite);
        db->exec("CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, sql TEXT NOT NULL, "
                 "started_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, rows INTEGER NOT NULL, "
                 "status TEXT NOT NULL, dataset TEXT NOT NULL);"
                 "CREATE TABLE IF NOT EXISTS saved (name TEXT PRIMARY KEY, sql TEXT NOT NULL, "
                 "saved_at TEXT NOT NULL)");
        // Added after the first release: a history written before keeps its rows, as counts.
        if (db->scalar("SELECT count(*) FROM pragma_table_info('history') "
                       "WHERE name = 'more_rows'")
            == "0")
            db->exec("ALTER TABLE history ADD COLUMN more_rows INTEGER NOT NULL DEFAULT 0");
        m_db = std::move(db);
        return true;
    } catch (const SqliteError &error) {
        m_error = Text::tr("The query history is not available: %1").arg(error.message());
        return false;
    }
}

void QueryStore::addHistory(const HistoryEntry &entry)
{
    if (!openHistory())
        return;
    try {
        SqliteStatement insert(*m_db,
            "INSERT INTO history (sql, started_at, duration_ms, rows, more_rows, status, dataset) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bindValues({ entry.sql, entry.startedAt, entry.durationMs, entry.rows,
            entry.moreRows ? 1 : 0, entry.status, entry.dataset });
        insert.step();
        m_db->exec("DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - "
            + std::to_string(MaxHistory));
    } catch (const SqliteError &error) {
        m_error = Text::tr("The query could not be added to the history: %1").arg(error.message());
    }
}

QList<QueryStore::HistoryEntry> QueryStore::history(int limit) const
{
    QList<HistoryEntry> out;
    if (!openHistory())
        return out;
    try {
        SqliteStatement rows(*m_db,
            "SELECT id, sql, started_at, duration_ms, rows, more_rows, status, dataset "
            "FROM history ORDER BY id DESC LIMIT ?");
        rows.bindInt(1, limit);
        while (rows.step()) {
            HistoryEntry e;
            e.id = rows.columnInt(0);
            e.sql = QString::fromStdString(rows.columnText(1));
            e.startedAt = QString::fromStdString(rows.columnText(2));
            e.durationMs = rows.columnInt(3);
            e.rows = rows.columnInt(4);
            e.moreRows = rows.columnInt(5) != 0;
            e.status = QString::fromStdString(rows.columnText(6));
            e.dataset = QString::fromStdString(rows.columnText(7));
            out.append(e);
        }
    } catch (const SqliteError &error) {
        m_error = Text::tr("The query history could not be read: %1").arg(error.message());
    }
    return out;
}

bool QueryStore::saveQuery(const QString &name, const QString &sql)
{
    if (!openHistory())
        return false;
    try {
        SqliteStatement upsert(*m_db,
            "INSERT INTO saved (name, sql, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET sql = excluded.sql, saved_at = excluded.saved_at");
        upsert.bindValues(
            { name, sql, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
        upsert.step();
        return true;
    } catch (const SqliteError &error) {
        m_error = Text::tr("The query could not be saved: %1").arg(error.message());
        return false;
    }
}

bool QueryStore::removeQuery(const QString &name)
{
    if (!openHistory())
        return false;
    try {
        SqliteStatement remove(*m_db, "DELETE FROM saved WHERE name = ?");
        remove.bindValues({ name });
        remove.step();
        return true;
    } catch (const SqliteError &error) {
        m_error = Text::tr("The saved query could not be removed: %1").arg(error.message());
        return false;
    }
}

QList<QueryStore::SavedQuery> QueryStore::savedQueries() const
{
    QList<SavedQuery> out;
    if (!openHistory())
        return out;
    try {
        SqliteStatement rows(
            *m_db, "SELECT name, sql, saved_at FROM saved ORDER BY name COLLATE NOCASE");
        while (rows.step()) {
            out.append({ QString::fromStdString(rows.columnText(0)),
                QString::fromStdString(rows.columnText(1)),
                QString::fromStdString(rows.columnText(2)) });
        }
    } catch (const SqliteError &error) {
        m_error = Text::tr("The saved queries could not be read: %1").arg(error.message());
    }
    return out;
}

} // namespace Core
