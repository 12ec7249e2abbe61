// SPDX-License-Identifier: MIT
#include "core/sql/sqlscript.h"

namespace Core::SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Whether only whitespace and comments stand in [from, to).
bool isBlank(const QString &sql, qsizetype from, qsizetype to)
{
    qsizetype i = from;
    while (i < to) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < to && sql.at(i + 1) == u'-') {
            while (i < to && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < to && sql.at(i + 1) == u'*') {
            const qsizetype close = sql.indexOf(u"*/", i + 2);
            i = close < 0 || close + 2 > to ? to : close + 2;
        } else {
            return false;
        }
    }
    return true;
}

SqlStatementRange makeRange(const QString &sql, qsizetype start, qsizetype end)
{
    while (start < end && sql.at(start).isSpace())
        ++start;
    while (end > start && sql.at(end - 1).isSpace())
        --end;
    return { start, end, sql.mid(start, end - start) };
}

} // namespace

QList<SqlStatementRange> split(const QString &sql)
{
    QList<SqlStatementRange> out;
    qsizetype start = 0;
    int blockDepth = 0; // inside CREATE TRIGGER … BEGIN … END
    bool sawTrigger = false;
    const qsizetype n = sql.size();
    auto close = [&](qsizetype end) {
        if (!isBlank(sql, start, end))
            out.append(makeRange(sql, start, end));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? u']' : c;
            for (++i; i < n; ++i) {
                if (sql.at(i) == closing) {
                    // '' inside '…' (and "" inside "…") is an escaped quote, not the end.
                    if (closing != u']' && i + 1 < n && sql.at(i + 1) == closing)
                        ++i;
                    else
                        break;
                }
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(sql.at(j)))
                ++j;
            const QString word = sql.mid(i, j - i).toUpper();
            if (word == u"TRIGGER")
                sawTrigger = true;
            else if (word == u"BEGIN" && sawTrigger)
                ++blockDepth;
            else if (word == u"END" && blockDepth > 0)
                --blockDepth;
            i = j - 1;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            close(i);
            start = i + 1;
            sawTrigger = false;
        }
    }
    close(n);
    return out;
}

SqlStatementRange statementAt(const QString &sql, qsizetype cursor)
{
    const QList<SqlStatementRange> statements = split(sql);
    SqlStatementRange before;
    for (const SqlStatementRange &s : statements) {
        // The ';' right after a statement still belongs to it.
        if (cursor >= s.start && cursor <= s.end + 1)
            return s;
        if (s.end <= cursor)
            before = s;
    }
    return before;
}

qsizetype findName(const QString &sql, const QString &qualifiedName)
{
    const QString name = qualifiedName.section(u'.', -1);
    if (name.isEmpty())
        return -1;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'') {
            for (++i; i < n; ++i) {
                if (sql.at(i) == u'\'' && !(i + 1 < n && sql.at(i + 1) == u'\''))
                    break;
                if (sql.at(i) == u'\'')
                    ++i;
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == u'"' || c == u'`' || c == u'[') {
            const qsizetype end = sql.indexOf(c == u'[' ? u']' : c, i + 1);
            if (end < 0)
                return -1;
            if (QStringView(sql).mid(i + 1, end - i - 1).compare(name, Qt::CaseInsensitive) == 0)
                return i;
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(sql.at(j)))
                ++j;
            if (QStringView(sql).mid(i, j - i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
            i = j - 1;
        }
    }
    return -1;
}

} // namespace Core::SqlScript
