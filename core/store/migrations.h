// SPDX-License-Identifier: MIT
#pragma once

namespace Core {

class SqliteDatabase;

/**
 * The dataset's system tables (design.md §5), versioned with PRAGMA user_version so later
 * releases can evolve them one step at a time. Data tables are not migrated: they follow the
 * data (normalization.md §6).
 */
namespace Migrations {

inline constexpr int CurrentVersion = 3;

// Brings the file up to CurrentVersion inside one transaction; throws SqliteError. A file from a
// newer release (user_version above CurrentVersion) is refused rather than misread.
void apply(SqliteDatabase &db);

} // namespace Migrations
} // namespace Core
