// SPDX-License-Identifier: MIT
#include "core/diff/fieldfilter.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

QRegularExpression glob(const QString &segment)
{
    QStringList parts = segment.split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QRegularExpression::anchoredPattern(parts.join(u".*"_s)));
}

} // namespace

FieldFilter::FieldFilter(const QStringList &patterns)
{
    for (const QString &line : patterns) {
        const QString text = line.trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        Pattern p { text, {} };
        for (const QString &segment : segments(text))
            p.segments.append(glob(segment));
        m_patterns.append(p);
    }
}

QStringList FieldFilter::patterns() const
{
    QStringList out;
    for (const Pattern &p : m_patterns)
        out.append(p.text);
    return out;
}

QStringList FieldFilter::segments(const QString &path)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : path) {
        if (c == u'[')
            ++depth;
        else if (c == u']' && depth > 0)
            --depth;
        if (c == u'.' && depth == 0) {
            out.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out.append(current);
    return out;
}

bool FieldFilter::segmentMatches(const QRegularExpression &glob, const QString &segment)
{
    if (glob.match(segment).hasMatch())
        return true;
    const qsizetype bracket = segment.indexOf(u'[');
    return bracket > 0 && glob.match(segment.left(bracket)).hasMatch();
}

bool FieldFilter::ignores(const QString &path) const
{
    if (m_patterns.isEmpty())
        return false;
    const QStringList parts = segments(path);
    for (const Pattern &p : m_patterns) {
        if (p.segments.size() == 1) {
            for (const QString &part : parts) {
                if (segmentMatches(p.segments.first(), part))
                    return true;
            }
            continue;
        }
        if (p.segments.size() > parts.size())
            continue;
        bool all = true;
        for (qsizetype i = 0; i < p.segments.size() && all; ++i)
            all = segmentMatches(p.segments.at(i), parts.at(i));
        if (all)
            return true;
    }
    return false;
}

} // namespace Core
