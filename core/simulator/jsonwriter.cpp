// SPDX-License-Identifier: MIT
#include "core/simulator/jsonwriter.h"

#include <charconv>

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

void JsonWriter::escape(std::string_view utf8)
{
    m_out += '"';
    size_t run = 0; // start of the current stretch that needs no escaping
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.data() + run, qsizetype(i - run));
        run = i + 1;
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += char(c);
        } else if (c == '\n') {
            m_out += "\\n";
        } else if (c == '\t') {
            m_out += "\\t";
        } else {
            static const char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 15];
        }
    }
    m_out.append(utf8.data() + run, qsizetype(utf8.size() - run));
    m_out += '"';
}

JsonWriter &JsonWriter::string(std::string_view utf8)
{
    separate();
    escape(utf8);
    return *this;
}

JsonWriter &JsonWriter::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return string(std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_out.append(digits, qsizetype(end - digits));
    return *this;
}

JsonWriter &JsonWriter::decimal(qint64 scaled, int decimals)
{
    separate();
    decimals = qMax(1, decimals);
    if (scaled < 0) {
        m_out += '-';
        scaled = -scaled;
    }
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, scaled / unit).ptr;
    m_out.append(digits, qsizetype(end - digits));
    m_out += '.';
    end = std::to_chars(digits, digits + sizeof digits, scaled % unit).ptr;
    for (qsizetype pad = decimals - (end - digits); pad > 0; --pad)
        m_out += '0';
    m_out.append(digits, qsizetype(end - digits));
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
