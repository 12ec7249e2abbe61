// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Core {

// One statement of a script: where it stands in the text (UTF-16 offsets), trimmed.
struct SqlStatementRange
{
    qsizetype start = 0; // first character of the statement
    qsizetype end = 0; // one past its last character, the ';' excluded
    QString text;
};

/**
 * Splits SQL text into statements at the semicolons that end them — not those inside
 * '…' strings, "…" / `…` / […] identifiers, line (--) and block comments, or a trigger body's
 * BEGIN … END. Pure; used by the SQL pane for "run the statement under the cursor" and to
 * report each statement of a script. Blank pieces (only whitespace and comments) are dropped.
 */
namespace SqlScript {

QList<SqlStatementRange> split(const QString &sql);
// The statement the cursor is in, or the one just before it when the cursor sits after its
// ';' or in the blank space between two statements; an empty range when there is none.
SqlStatementRange statementAt(const QString &sql, qsizetype cursor);
// Where the identifier `name` first stands in `sql` as a word of its own, bare or quoted
// ("…", `…`, […]), case-insensitively as SQLite compares names — never inside a '…' string or
// a comment; -1 when it does not. A qualified name ("u.nope") is looked for by its last part.
// For the errors SQLite gives no position for ("no such table: x").
qsizetype findName(const QString &sql, const QString &name);

} // namespace SqlScript

} // namespace Core
