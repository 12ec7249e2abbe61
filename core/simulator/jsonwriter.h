// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <string_view>

namespace Core {

/**
 * Appends compact JSON to a QByteArray, commas handled. The simulator writes user pages with it:
 * QJsonDocument is several times slower, and it cannot write `12.0` (a double literal), which
 * the normalizer must see as a double.
 */
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
    }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &string(std::string_view utf8);
    JsonWriter &string(const QString &text);
    JsonWriter &integer(qint64 value);
    // scaled / 10^decimals, written with exactly `decimals` (≥ 1) fraction digits so it reads as
    // a double literal: decimal(123450, 2) → 1234.50. No floating point, no printf.
    JsonWriter &decimal(qint64 scaled, int decimals);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    // Pre-serialized JSON, inserted as one value.
    JsonWriter &raw(const QByteArray &json);

private:
    void separate();
    void escape(std::string_view utf8);

    QByteArray &m_out;
    QList<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace Core
