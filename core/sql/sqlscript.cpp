// SPDX-License-Identifier: MIT
#include "core/sql/sqlscript.h"

#include <algorithm>

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

// One piece of SQL text as the scanner meets it; comments are skipped.
struct Token
{
    enum class Kind { String, QuotedName, Word, Other };
    Kind kind = Kind::Other;
    qsizetype start = 0;
    qsizetype end = 0; // one past its last character
    bool closed = true; // a '…' string or quoted name that ends before the text does
};

// Calls `visit` with each token of `sql` in order — '…' strings and "…" / `…` / […] names
// whole, with '' and "" inside them as escaped quotes — until it returns false.
template <typename Visit> void scan(const QString &sql, Visit visit)
{
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        Token token { Token::Kind::Other, i, i + 1 };
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? u']' : c;
            for (++i; i < n; ++i) {
                if (sql.at(i) == closing) {
                    if (closing != u']' && i + 1 < n && sql.at(i + 1) == closing)
                        ++i;
                    else
                        break;
                }
            }
            token = { c == u'\'' ? Token::Kind::String : Token::Kind::QuotedName, token.start,
                std::min(i + 1, n), i < n };
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
            continue;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(sql.at(j)))
                ++j;
            token = { Token::Kind::Word, i, j };
            i = j - 1;
        }
        if (!visit(token))
            return;
    }
}

} // namespace

QList<SqlStatementRange> split(const QString &sql)
{
    QList<SqlStatementRange> out;
    qsizetype start = 0;
    int blockDepth = 0; // inside CREATE TRIGGER … BEGIN … END
    bool sawTrigger = false;
    auto close = [&](qsizetype end) {
        if (!isBlank(sql, start, end))
            out.append(makeRange(sql, start, end));
    };
    scan(sql, [&](const Token &token) {
        if (token.kind == Token::Kind::Word) {
            const QString word = sql.mid(token.start, token.end - token.start).toUpper();
            if (word == u"TRIGGER")
                sawTrigger = true;
            else if (word == u"BEGIN" && sawTrigger)
                ++blockDepth;
            else if (word == u"END" && blockDepth > 0)
                --blockDepth;
        } else if (token.kind == Token::Kind::Other && sql.at(token.start) == u';'
            && blockDepth == 0) {
            close(token.start);
            start = token.end;
            sawTrigger = false;
        }
        return true;
    });
    close(sql.size());
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
    qsizetype found = -1;
    scan(sql, [&](const Token &token) {
        if (token.kind == Token::Kind::QuotedName && !token.closed)
            return false;
        const QStringView text = token.kind == Token::Kind::QuotedName
            ? QStringView(sql).mid(token.start + 1, token.end - token.start - 2)
            : QStringView(sql).mid(token.start, token.end - token.start);
        if ((token.kind == Token::Kind::Word || token.kind == Token::Kind::QuotedName)
            && text.compare(name, Qt::CaseInsensitive) == 0)
            found = token.start;
        return found < 0;
    });
    return found;
}

} // namespace Core::SqlScript
