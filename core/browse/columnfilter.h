// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include "core/common/result.h"

namespace Core {

// A WHERE fragment and the values bound to its placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList args;
};

/**
 * What a user typed into a column's filter box, understood (pure; golden-tested):
 *
 *   abc        contains “abc” (case-insensitive for ASCII, as SQLite's LIKE)
 *   "a=b"      contains the quoted text literally
 *   =abc  <>abc  !=abc     equal / not equal
 *   <5  <=5  >5  >=5       compared as numbers when the value is a number, else as text
 *   2024-01..2024-03       a range, both ends included
 *   NULL  NOT NULL         empty cells, filled cells (also =NULL, <>NULL, !NULL)
 *
 * A number typed for a text column still compares as text (SQLite's affinity rules), so
 * ">2024-05" works on ISO timestamps, whose text order is time order.
 */
struct ColumnFilter
{
    enum class Op {
        Contains,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Between,
        IsNull,
        IsNotNull
    };

    Op op = Op::Contains;
    QVariant value; // a qint64, a double or a QString
    QVariant upper; // Between only

    // Empty or blank text is no filter: callers skip it. Errors say how to write it instead.
    static Result<ColumnFilter, QString> parse(const QString &input);

    SqlFragment toSql(const QString &quotedColumn) const;
    // For a tooltip: "greater than 5", "contains “abc”".
    QString describe() const;
    static QString syntaxHelp();
};

} // namespace Core
