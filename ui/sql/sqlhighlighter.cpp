// SPDX-License-Identifier: MIT
#include "ui/sql/sqlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include "core/sql/sqlcompletion.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

enum State { Normal = 0, InBlockComment = 1, InString = 2 };

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

const QSet<QString> &keywordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        for (const QString &k : Core::SqlCompletion::keywords())
            for (const QString &part : k.split(u' '))
                words.insert(part);
        for (const char *extra : { "INSERT", "INTO", "UPDATE", "DELETE", "SET", "VALUES", "CREATE",
                 "TABLE", "VIEW", "INDEX", "DROP", "ALTER", "ATTACH", "BEGIN", "COMMIT", "ROLLBACK",
                 "ALL", "ANY", "BY", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "ESCAPE",
                 "FILTER", "FULL", "GROUPS", "IF", "INDEXED", "NATURAL", "NULLS", "FIRST", "LAST",
                 "OUTER", "RANGE", "ROWS", "TRUE", "FALSE", "VACUUM" })
            words.insert(QString::fromLatin1(extra));
        return words;
    }();
    return set;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = isDark();
    m_keyword.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xb5));
    m_keyword.setFontWeight(QFont::Bold);
    m_function.setForeground(dark ? QColor(0xd7, 0xa6, 0xff) : QColor(0x7b, 0x2c, 0xbf));
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32));
    m_identifier.setForeground(dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00));
    m_number.setForeground(dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57));
    m_comment.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
}

SqlHighlighter::~SqlHighlighter() = default;

void SqlHighlighter::highlightBlock(const QString &text)
{
    static const QSet<QString> functions = [] {
        QSet<QString> names;
        for (const QString &f : Core::SqlCompletion::functions())
            names.insert(f);
        return names;
    }();
    qsizetype i = 0;
    const qsizetype n = text.size();
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    // Carry-overs from the line before: an open /* … */ or '…'.
    if (state == InBlockComment || state == InString) {
        const QString closing = state == InBlockComment ? u"*/"_s : u"'"_s;
        const qsizetype end = text.indexOf(closing);
        if (end < 0) {
            setFormat(0, int(n), state == InBlockComment ? m_comment : m_string);
            setCurrentBlockState(state);
            return;
        }
        i = end + closing.size();
        setFormat(0, int(i), state == InBlockComment ? m_comment : m_string);
        state = Normal;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'-' && i + 1 < n && text.at(i + 1) == u'-') {
            setFormat(int(i), int(n - i), m_comment);
            break;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                setFormat(int(i), int(n - i), m_comment);
                state = InBlockComment;
                break;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? u']' : c;
            qsizetype j = i + 1;
            while (j < n && text.at(j) != closing)
                ++j;
            if (j >= n && c == u'\'') {
                setFormat(int(i), int(n - i), m_string);
                state = InString;
                break;
            }
            setFormat(int(i), int(std::min(j + 1, n) - i), c == u'\'' ? m_string : m_identifier);
            i = j + 1;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'.'))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'_'))
                ++j;
            const QString word = text.mid(i, j - i);
            if (keywordSet().contains(word.toUpper()))
                setFormat(int(i), int(j - i), m_keyword);
            else if (j < n && text.at(j) == u'(' && functions.contains(word.toLower()))
                setFormat(int(i), int(j - i), m_function);
            i = j;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

} // namespace Gui
