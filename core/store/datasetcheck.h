// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace Core {

class SqliteDatabase;

/**
 * What the writer must know about a file before it changes a byte of it (issue 11): a file that
 * is not empty and not a Fullstory Desk dataset is another application's and is never touched; a
 * newer format, a damaged file or one that cannot be written is refused up front instead of
 * failing resource after resource. Reads only: journal mode, migrations and the first write come
 * after it has said yes.
 */
namespace DatasetCheck {

// nullopt when the writer may go on; otherwise the sentence for the person (what is wrong, that
// nothing was changed, what to do). Throws SqliteError only for problems it cannot name.
std::optional<QString> beforeWriting(SqliteDatabase &db, const QString &path);

} // namespace DatasetCheck
} // namespace Core
