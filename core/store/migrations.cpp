// SPDX-License-Identifier: MIT
#include "core/store/migrations.h"

#include <string>

#include <sqlite3.h>

#include "core/store/sqlite.h"

namespace Core::Migrations {

namespace {

// Version 1: runs, per-resource results, incremental state, the schema and its change log.
constexpr const char *Version1 = R"sql(
CREATE TABLE _sync_runs (
    id           TEXT PRIMARY KEY,  -- also the _dlt_load_id of every root row the run wrote
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    status       TEXT NOT NULL,     -- running, completed, partial, failed, cancelled
    trigger      TEXT NOT NULL,     -- cli, desktop, demo
    app_version  TEXT NOT NULL,
    key_level    TEXT,
    org_id       TEXT,
    full_refresh INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE TABLE _sync_resources (
    run_id        TEXT NOT NULL REFERENCES _sync_runs(id),
    resource      TEXT NOT NULL,
    status        TEXT NOT NULL,    -- completed, failed, skipped, cancelled
    pages         INTEGER NOT NULL DEFAULT 0,
    records       INTEGER NOT NULL DEFAULT 0,
    rows          INTEGER NOT NULL DEFAULT 0,
    rows_by_table TEXT,             -- JSON object: table -> rows written
    requests      INTEGER NOT NULL DEFAULT 0,
    retries       INTEGER NOT NULL DEFAULT 0,
    waited_ms     INTEGER NOT NULL DEFAULT 0,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0,
    error         TEXT,
    PRIMARY KEY (run_id, resource)
);
CREATE TABLE _sync_state (
    resource   TEXT NOT NULL,
    platform   TEXT NOT NULL DEFAULT '',
    key        TEXT NOT NULL,       -- 'cursor': the newest history version stored
    value      TEXT,
    run_id     TEXT,
    updated_at TEXT,
    PRIMARY KEY (resource, platform, key)
);
CREATE TABLE _sync_schema (
    table_name     TEXT NOT NULL,
    column_name    TEXT NOT NULL,
    position       INTEGER NOT NULL,
    data_type      TEXT NOT NULL,   -- dlt's type: text, bigint, double, bool, timestamp, json
    nullable       INTEGER NOT NULL,
    is_primary_key INTEGER NOT NULL,
    is_variant     INTEGER NOT NULL,
    is_system      INTEGER NOT NULL,
    parent_table   TEXT,
    root_table     TEXT NOT NULL,
    has_root_id    INTEGER NOT NULL,
    PRIMARY KEY (table_name, column_name)
);
CREATE TABLE _sync_schema_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      TEXT NOT NULL,
    resource    TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    column_name TEXT,
    data_type   TEXT,
    change      TEXT NOT NULL,      -- new_table, new_column, new_variant, overflow
    created_at  TEXT NOT NULL
);
CREATE INDEX _sync_resources_by_resource ON _sync_resources(resource, run_id);
)sql";

// Version 2: the changes between consecutive settings versions (design.md §5, issue 6).
constexpr const char *Version2 = R"sql(
CREATE TABLE settings_changes (
    setting          TEXT NOT NULL,  -- blocking, domain, geo, privacy, features, targeting
    platform         TEXT NOT NULL DEFAULT '',
    version          TEXT NOT NULL,  -- metadata__last_updated of the newer version
    previous_version TEXT,           -- NULL for a setting's first version
    author           TEXT,           -- metadata__last_updated_by of the newer version
    path             TEXT NOT NULL,  -- e.g. domains[domain=shop.example.com].disabled
    change           TEXT NOT NULL,  -- added, removed, changed
    old_value        TEXT,           -- strings as they are, anything else as JSON
    new_value        TEXT,
    seq              INTEGER NOT NULL, -- order within the version
    _dlt_load_id     TEXT NOT NULL,
    PRIMARY KEY (setting, platform, version, seq)
);
CREATE INDEX settings_changes_by_version ON settings_changes(version);
)sql";

// Version 3: format 2 stored a list added or removed whole without its brackets. Emptying the
// table makes the next sync diff every version again (SettingsChanges only skips versions it
// has rows for), in the same transaction as that sync's versions.
constexpr const char *Version3 = "DELETE FROM settings_changes;";

} // namespace

void apply(SqliteDatabase &db)
{
    const int version = std::stoi(db.scalar("PRAGMA user_version"));
    if (version > CurrentVersion) {
        throw SqliteError(SQLITE_MISMATCH,
            QStringLiteral("the dataset was written by a newer Fullstory Desk (format "
                           "%1, this build reads up to %2); update the app or choose "
                           "another dataset")
                .arg(version)
                .arg(CurrentVersion));
    }
    if (version == CurrentVersion)
        return;
    db.exec("BEGIN IMMEDIATE");
    try {
        if (version < 1)
            db.exec(Version1);
        if (version < 2)
            db.exec(Version2);
        if (version < 3)
            db.exec(Version3);
        db.exec("PRAGMA user_version = " + std::to_string(CurrentVersion));
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

} // namespace Core::Migrations
