// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <memory>

namespace Core {

class SqliteDatabase;

/**
 * What the SQL pane keeps between runs, in the app's data folder — never in a dataset, which
 * this pane only reads: the open query tabs (sql-tabs.json, written atomically on every
 * change, so a crash loses at most the last second of typing), the query history and the
 * saved queries (queries.sqlite).
 *
 * Synchronous and small (a few ms at most); use it from one thread. Problems opening or
 * writing are kept in error() and never lose the tabs in memory.
 */
class QueryStore
{
public:
    struct Tab
    {
        QString title;
        QString sql;
        int cursor = 0;
    };

    struct HistoryEntry
    {
        qint64 id = 0;
        QString sql;
        QString startedAt; // ISO-8601 UTC
        qint64 durationMs = 0;
        qint64 rows = 0;
        bool moreRows = false; // the result had rows past those the run fetched: "1,000+"
        QString status; // StatementReport::statusName(): ok, error, refused, stopped, timed out
        QString dataset; // "demo" or "own"
    };

    struct SavedQuery
    {
        QString name;
        QString sql;
        QString savedAt;
    };

    static constexpr int MaxHistory = 5000;

    explicit QueryStore(QString folder);
    ~QueryStore();
    QueryStore(const QueryStore &) = delete;
    QueryStore &operator=(const QueryStore &) = delete;

    QList<Tab> loadTabs() const;
    bool saveTabs(const QList<Tab> &tabs);

    void addHistory(const HistoryEntry &entry);
    QList<HistoryEntry> history(int limit = MaxHistory) const;

    // Saved queries, by name: saving under a taken name replaces that query.
    bool saveQuery(const QString &name, const QString &sql);
    bool removeQuery(const QString &name);
    QList<SavedQuery> savedQueries() const;

    QString error() const { return m_error; }

private:
    bool openHistory() const;

    const QString m_folder;
    mutable std::unique_ptr<SqliteDatabase> m_db;
    mutable QString m_error;
};

} // namespace Core
