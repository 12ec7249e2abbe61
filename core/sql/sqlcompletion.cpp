// SPDX-License-Identifier: MIT
#include "core/sql/sqlcompletion.h"

#include <QRegularExpression>

#include "core/sql/sqlscript.h"

using namespace Qt::StringLiterals;

namespace Core::SqlCompletion {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString unquote(QString name)
{
    if (name.size() >= 2
        && ((name.startsWith(u'"') && name.endsWith(u'"'))
            || (name.startsWith(u'`') && name.endsWith(u'`'))
            || (name.startsWith(u'[') && name.endsWith(u']'))))
        name = name.mid(1, name.size() - 2);
    return name;
}

QString findTable(const Schema &schema, const QString &name)
{
    for (auto it = schema.columns.cbegin(); it != schema.columns.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

void addMatching(QStringList &out, const QStringList &items, const QString &prefix)
{
    for (const QString &item : items) {
        if (item.startsWith(prefix, Qt::CaseInsensitive) && !out.contains(item))
            out.append(item);
    }
}

} // namespace

const QStringList &keywords()
{
    static const QStringList list = {
        u"SELECT"_s,
        u"FROM"_s,
        u"WHERE"_s,
        u"GROUP BY"_s,
        u"ORDER BY"_s,
        u"HAVING"_s,
        u"LIMIT"_s,
        u"OFFSET"_s,
        u"JOIN"_s,
        u"LEFT JOIN"_s,
        u"INNER JOIN"_s,
        u"CROSS JOIN"_s,
        u"ON"_s,
        u"USING"_s,
        u"AS"_s,
        u"AND"_s,
        u"OR"_s,
        u"NOT"_s,
        u"IN"_s,
        u"IS"_s,
        u"NULL"_s,
        u"LIKE"_s,
        u"GLOB"_s,
        u"BETWEEN"_s,
        u"EXISTS"_s,
        u"CASE"_s,
        u"WHEN"_s,
        u"THEN"_s,
        u"ELSE"_s,
        u"END"_s,
        u"DISTINCT"_s,
        u"ASC"_s,
        u"DESC"_s,
        u"UNION"_s,
        u"UNION ALL"_s,
        u"INTERSECT"_s,
        u"EXCEPT"_s,
        u"WITH"_s,
        u"RECURSIVE"_s,
        u"OVER"_s,
        u"PARTITION BY"_s,
        u"WINDOW"_s,
        u"EXPLAIN QUERY PLAN"_s,
        u"PRAGMA"_s,
        u"CAST"_s,
        u"COLLATE"_s,
        u"NOCASE"_s,
    };
    return list;
}

const QStringList &functions()
{
    static const QStringList list = {
        u"count"_s,
        u"sum"_s,
        u"total"_s,
        u"avg"_s,
        u"min"_s,
        u"max"_s,
        u"group_concat"_s,
        u"coalesce"_s,
        u"ifnull"_s,
        u"nullif"_s,
        u"iif"_s,
        u"length"_s,
        u"lower"_s,
        u"upper"_s,
        u"substr"_s,
        u"trim"_s,
        u"replace"_s,
        u"instr"_s,
        u"printf"_s,
        u"format"_s,
        u"abs"_s,
        u"round"_s,
        u"typeof"_s,
        u"date"_s,
        u"time"_s,
        u"datetime"_s,
        u"julianday"_s,
        u"strftime"_s,
        u"unixepoch"_s,
        u"json"_s,
        u"json_extract"_s,
        u"json_each"_s,
        u"json_tree"_s,
        u"json_array_length"_s,
        u"json_type"_s,
        u"row_number"_s,
        u"rank"_s,
        u"dense_rank"_s,
        u"lag"_s,
        u"lead"_s,
        u"first_value"_s,
        u"last_value"_s,
    };
    return list;
}

QHash<QString, QString> aliases(const QString &statement, const Schema &schema)
{
    static const QRegularExpression source(
        u"\\b(?:FROM|JOIN)\\s+(\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][\\w]*)"
        u"(?:\\s+(?:AS\\s+)?(?!(?:ON|USING|WHERE|JOIN|LEFT|INNER|CROSS|NATURAL|GROUP|ORDER|"
        u"LIMIT|HAVING|UNION|WINDOW)\\b)([A-Za-z_][\\w]*))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Also "FROM a x, b y": a comma after a source starts another one.
    static const QRegularExpression more(
        u"\\G\\s*,\\s*(\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][\\w]*)(?:\\s+(?:AS\\s+)?"
        u"(?!(?:ON|USING|WHERE|JOIN|LEFT|INNER|CROSS|GROUP|ORDER|LIMIT)\\b)([A-Za-z_][\\w]*))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> out;
    auto add = [&](const QRegularExpressionMatch &m) {
        const QString table = findTable(schema, unquote(m.captured(1)));
        if (table.isEmpty())
            return;
        out.insert(table.toLower(), table);
        if (!m.captured(2).isEmpty())
            out.insert(m.captured(2).toLower(), table);
    };
    for (auto it = source.globalMatch(statement); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(m);
        qsizetype at = m.capturedEnd(0);
        for (QRegularExpressionMatch next = more.match(statement, at); next.hasMatch();
             next = more.match(statement, at)) {
            add(next);
            at = next.capturedEnd(0);
        }
    }
    return out;
}

Result complete(const QString &sql, qsizetype cursor, const Schema &schema)
{
    Result result;
    cursor = std::clamp<qsizetype>(cursor, 0, sql.size());
    qsizetype start = cursor;
    while (start > 0 && isWordChar(sql.at(start - 1)))
        --start;
    result.start = start;
    result.prefix = sql.mid(start, cursor - start);

    const SqlStatementRange statement = SqlScript::statementAt(sql, cursor);
    const QHash<QString, QString> sources = aliases(statement.text, schema);

    // "alias." or "table." (possibly quoted) right before the word: that table's columns only.
    if (start > 0 && sql.at(start - 1) == u'.') {
        qsizetype qualifierEnd = start - 1;
        qsizetype qualifierStart = qualifierEnd;
        if (qualifierStart > 0 && sql.at(qualifierStart - 1) == u'"') {
            const qsizetype open = sql.lastIndexOf(u'"', qualifierStart - 2);
            qualifierStart = open < 0 ? qualifierStart : open;
        } else {
            while (qualifierStart > 0 && isWordChar(sql.at(qualifierStart - 1)))
                --qualifierStart;
        }
        const QString qualifier = unquote(sql.mid(qualifierStart, qualifierEnd - qualifierStart));
        QString table = sources.value(qualifier.toLower());
        if (table.isEmpty())
            table = findTable(schema, qualifier);
        if (!table.isEmpty())
            addMatching(result.candidates, schema.columns.value(table), result.prefix);
        return result;
    }

    // Columns of the tables this statement reads come first: they are what one types most.
    QStringList readTables;
    for (const QString &table : sources)
        if (!readTables.contains(table))
            readTables.append(table);
    readTables.sort();
    for (const QString &table : std::as_const(readTables))
        addMatching(result.candidates, schema.columns.value(table), result.prefix);
    QStringList tables = schema.columns.keys();
    tables.sort();
    addMatching(result.candidates, tables, result.prefix);
    addMatching(result.candidates, keywords(), result.prefix);
    addMatching(result.candidates, functions(), result.prefix);
    if (result.prefix.isEmpty()) // nothing typed: no wall of every keyword
        result.candidates = result.candidates.mid(0, 50);
    return result;
}

} // namespace Core::SqlCompletion
