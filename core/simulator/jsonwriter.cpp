// SPDX-License-Identifier: MIT
#include "core/simulator/jsonwriter.h"

namespace Core {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_first.removeLast();
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_first.removeLast();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name; // keys are the simulator's own ASCII identifiers
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::escape(const QByteArray &utf8)
{
    m_out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out +=
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

JsonWriter &JsonWriter::string(const QString &text)
{
    separate();
    escape(text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::string(const char *latin1)
{
    separate();
    escape(QByteArray(latin1));
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::decimal(double value, int decimals)
{
    separate();
    m_out += QByteArray::number(value, 'f', qMax(1, decimals));
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

} // namespace Core
