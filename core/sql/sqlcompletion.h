// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Core {

/**
 * What the SQL editor offers at the cursor (pure; golden-tested): after "alias." or
 * "table." the columns of that table, resolving aliases from the statement's FROM and JOIN
 * clauses; elsewhere the keywords, functions, tables, and the columns of the tables the
 * statement reads — each filtered by the word being typed, case-insensitively.
 */
namespace SqlCompletion {

struct Schema
{
    QHash<QString, QStringList> columns; // table → its columns
};

struct Result
{
    QString prefix; // the part of the word already typed
    qsizetype start = 0; // where that word starts (a completion replaces [start, cursor))
    QStringList candidates; // in the order to show them
};

Result complete(const QString &sql, qsizetype cursor, const Schema &schema);
// alias (or table name) → table, for the statement around the cursor; lower-case keys.
QHash<QString, QString> aliases(const QString &statement, const Schema &schema);

const QStringList &keywords();
const QStringList &functions();

} // namespace SqlCompletion

} // namespace Core
