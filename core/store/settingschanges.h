// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QVariantList>
#include <cstdint>
#include <string>

namespace Core {

class SqliteDatabase;

/**
 * Keeps settings_changes (design.md §5) in step with a settings history table: one row per
 * change between each version and the one before it (the first version: everything added),
 * with the newer version's author and time, found by Core::SettingsDiff on the stored
 * _raw_json. Runs inside the history resource's transaction, so the changes commit with the
 * versions they describe.
 *
 * Incremental: only versions newer than the newest one already diffed (per setting and
 * platform) are compared. `rebuild` (a full refresh) deletes the setting's rows first and
 * diffs every pair again, so nothing is doubled. Values are stored as text: strings as they
 * are, everything else as compact JSON. Throws SqliteError.
 */
namespace SettingsChanges {

// The table, created by the dataset migrations.
inline constexpr const char *Table = "settings_changes";

// A history table's versions as SQL over (version, author, raw JSON) for one platform
// (parameter 1; '' for settings without one), to be ended with " AND …" or " ORDER BY …".
// Empty when the table is missing or lacks _raw_json or metadata__last_updated.
std::string versionsSelect(SqliteDatabase &db, const std::string &historyTable);

// Returns the number of rows written.
std::int64_t update(SqliteDatabase &db, const std::string &historyTable, const std::string &setting,
    bool rebuild, const std::string &loadId);

// The changes of the last `days` days (by version time), newest first, at most `limit`, as
// rows of (version, setting, platform, author, path, change, old_value, new_value).
QList<QVariantList> recent(SqliteDatabase &db, int days, int limit);

} // namespace SettingsChanges

} // namespace Core
