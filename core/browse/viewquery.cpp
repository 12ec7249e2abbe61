// SPDX-License-Identifier: MIT
#include "core/browse/viewquery.h"

using namespace Qt::StringLiterals;

namespace Core {

QString ViewQuery::quote(const QString &identifier)
{
    QString out = identifier;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QString ViewQuery::previewSql(const QString &table)
{
    return u"SELECT * FROM %1 LIMIT 100;"_s.arg(quote(table));
}

SqlFragment ViewQuery::where() const
{
    SqlFragment out;
    QStringList parts;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (it.key() < 0 || it.key() >= columns.size())
            continue;
        SqlFragment part = it.value().toSql(quote(columns.at(it.key())));
        parts.append(part.sql);
        out.args.append(part.args);
    }
    if (!parts.isEmpty())
        out.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return out;
}

QString ViewQuery::orderBy() const
{
    if (!sortColumn || *sortColumn < 0 || *sortColumn >= columns.size())
        return u" ORDER BY rowid"_s;
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY "_s + quote(columns.at(*sortColumn)) + direction + u", rowid"_s + direction;
}

SqlFragment ViewQuery::keySql() const
{
    SqlFragment w = where();
    return { u"SELECT rowid FROM "_s + quote(table) + w.sql + orderBy(), w.args };
}

SqlFragment ViewQuery::countSql() const
{
    SqlFragment w = where();
    return { u"SELECT count(*) FROM "_s + quote(table) + w.sql, w.args };
}

QString ViewQuery::rowsSql(int count) const
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &column : columns)
        quoted.append(quote(column));
    QString placeholders = u"?"_s;
    placeholders.reserve(qsizetype(count) * 2);
    for (int i = 1; i < count; ++i)
        placeholders += u",?"_s;
    return u"SELECT rowid, "_s + quoted.join(u", "_s) + u" FROM "_s + quote(table)
        + u" WHERE rowid IN ("_s + placeholders + u')';
}

SqlFragment ViewQuery::selectSql() const
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(quote(column));
    SqlFragment w = where();
    return { u"SELECT "_s + quoted.join(u", "_s) + u" FROM "_s + quote(table) + w.sql + orderBy(),
        w.args };
}

} // namespace Core
