// SPDX-License-Identifier: MIT
#include "core/store/settingschanges.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

#include "core/diff/settingsdiff.h"
#include "core/store/sqlite.h"

namespace Core::SettingsChanges {

std::int64_t update(SqliteDatabase &db, const std::string &historyTable, const std::string &setting,
    bool rebuild, const std::string &loadId)
{
    if (!db.hasColumn(historyTable, "_raw_json")
        || !db.hasColumn(historyTable, "metadata__last_updated"))
        return 0;
    if (rebuild) {
        SqliteStatement clear(db, "DELETE FROM settings_changes WHERE setting = ?");
        clear.bindText(1, setting);
        clear.step();
    }
    const bool platforms = db.hasColumn(historyTable, "platform");
    const bool authors = db.hasColumn(historyTable, "metadata__last_updated_by");
    const std::string table = SqliteDatabase::quote(historyTable);
    std::vector<std::string> groups;
    if (platforms) {
        SqliteStatement list(
            db, "SELECT DISTINCT coalesce(platform, '') FROM " + table + " ORDER BY 1");
        while (list.step())
            groups.emplace_back(list.columnText(0));
    } else {
        groups.emplace_back();
    }

    SqliteStatement newest(
        db, "SELECT max(version) FROM settings_changes WHERE setting = ? AND platform = ?");
    SqliteStatement versions(db,
        "SELECT metadata__last_updated, "
            + std::string(authors ? "metadata__last_updated_by" : "NULL") + ", _raw_json FROM "
            + table + (platforms ? " WHERE coalesce(platform, '') = ?" : " WHERE ?1 = ?1")
            + " ORDER BY metadata__last_updated");
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

} // namespace Core::SettingsChanges
