// SPDX-License-Identifier: MIT
#include "core/browse/jsonpretty.h"

namespace Core {

namespace {

void newline(QString &out, int depth)
{
    out += u'\n';
    out += QString(qsizetype(depth) * 2, u' ');
}

} // namespace

QString prettyJson(const QString &json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            // Empty containers stay on one line: {} and [].
            qsizetype next = i + 1;
            while (next < json.size() && json.at(next).isSpace())
                ++next;
            const QChar close = c == u'{' ? u'}' : u']';
            if (next < json.size() && json.at(next) == close) {
                out += close;
                i = next;
                break;
            }
            newline(out, ++depth);
            break;
        }
        case u'}':
        case u']':
            newline(out, depth = std::max(0, depth - 1));
            out += c;
            break;
        case u',':
            out += c;
            newline(out, depth);
            break;
        case u':':
            out += u": ";
            break;
        case u' ':
        case u'\n':
        case u'\r':
        case u'\t':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace Core
