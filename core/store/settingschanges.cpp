// SPDX-License-Identifier: MIT
#include "core/store/settingschanges.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

#include "core/diff/settingsdiff.h"
#include "core/store/sqlite.h"

namespace Core::SettingsChanges {

std::string versionsSelect(SqliteDatabase &db, const std::string &historyTable)
{
    // pragma_table_info has no rows for a missing table, so that needs no check of its own.
    if (!db.hasColumn(historyTable, "_raw_json")
        || !db.hasColumn(historyTable, "metadata__last_updated"))
        return {};
    const std::string author = db.hasColumn(historyTable, "metadata__last_updated_by")
        ? "metadata__last_updated_by"
        : "NULL";
    const std::string where = db.hasColumn(historyTable, "platform")
        ? " WHERE coalesce(platform, '') = ?1"
        : " WHERE ?1 = ?1";
    return "SELECT metadata__last_updated, " + author + ", _raw_json FROM "
        + SqliteDatabase::quote(historyTable) + where;
}

std::int64_t update(SqliteDatabase &db, const std::string &historyTable, const std::string &setting,
    bool rebuild, const std::string &loadId)
{
    const std::string select = versionsSelect(db, historyTable);
    if (select.empty())
        return 0;
    if (rebuild) {
        SqliteStatement clear(db, "DELETE FROM settings_changes WHERE setting = ?");
        clear.bindText(1, setting);
        clear.step();
    }
    std::vector<std::string> groups;
    if (db.hasColumn(historyTable, "platform")) {
        SqliteStatement list(db,
            "SELECT DISTINCT coalesce(platform, '') FROM " + SqliteDatabase::quote(historyTable)
                + " ORDER BY 1");
        while (list.step())
            groups.emplace_back(list.columnText(0));
    } else {
        groups.emplace_back();
    }

    SqliteStatement newest(
        db, "SELECT max(version) FROM settings_changes WHERE setting = ? AND platform = ?");
    SqliteStatement versions(db, select + " ORDER BY metadata__last_updated");
    SqliteStatement insert(db,
        "INSERT INTO settings_changes (setting, platform, version, previous_version, author, "
        "path, change, old_value, new_value, seq, _dlt_load_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    std::int64_t written = 0;
    for (const std::string &platform : groups) {
        newest.bindText(1, setting);
        newest.bindText(2, platform);
        const bool any = newest.step() && !newest.columnIsNull(0);
        const std::string done = any ? newest.columnText(0) : std::string();
        newest.reset();

        versions.bindText(1, platform);
        QJsonObject previous;
        std::string previousVersion;
        bool first = true;
        while (versions.step()) {
            const std::string version = versions.columnText(0);
            const QJsonObject current =
                QJsonDocument::fromJson(QByteArray::fromStdString(versions.columnText(2))).object();
            if (!any || version > done) {
                const auto changes = SettingsDiff::diff(first ? QJsonObject() : previous, current);
                const std::string author = versions.columnText(1);
                int seq = 0;
                for (const SettingsDiff::Change &change : changes) {
                    const std::string path = change.path.toStdString();
                    const std::string kind =
                        SettingsDiff::Change::kindName(change.kind).toStdString();
                    const std::string oldText =
                        SettingsDiff::valueText(change.oldValue).toStdString();
                    const std::string newText =
                        SettingsDiff::valueText(change.newValue).toStdString();
                    insert.bindText(1, setting);
                    insert.bindText(2, platform);
                    insert.bindText(3, version);
                    if (first)
                        insert.bindNull(4);
                    else
                        insert.bindText(4, previousVersion);
                    if (versions.columnIsNull(1))
                        insert.bindNull(5);
                    else
                        insert.bindText(5, author);
                    insert.bindText(6, path);
                    insert.bindText(7, kind);
                    if (change.oldValue.isUndefined())
                        insert.bindNull(8);
                    else
                        insert.bindText(8, oldText);
                    if (change.newValue.isUndefined())
                        insert.bindNull(9);
                    else
                        insert.bindText(9, newText);
                    insert.bindInt(10, seq++);
                    insert.bindText(11, loadId);
                    insert.step();
                    insert.reset();
                    ++written;
                }
            }
            previous = current;
            previousVersion = version;
            first = false;
        }
        versions.reset();
    }
    return written;
}

QList<QVariantList> recent(SqliteDatabase &db, int days, int limit)
{
    if (!db.hasTable(Table))
        return {};
    // Versions are stored as UTC ISO-8601 with milliseconds, so text order is time order.
    SqliteStatement changes(db,
        "SELECT version, setting, platform, author, path, change, old_value, new_value "
        "FROM settings_changes "
        "WHERE version >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ?1 || ' days') "
        "ORDER BY version DESC, seq LIMIT ?2");
    changes.bindInt(1, days);
    changes.bindInt(2, limit);
    return changes.readAll();
}

} // namespace Core::SettingsChanges
