// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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
    JsonWriter &string(const QString &text);
    JsonWriter &string(const char *latin1);
    JsonWriter &integer(qint64 value);
    // Always written with `decimals` fraction digits (at least one), so it reads as a double.
    JsonWriter &decimal(double value, int decimals);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    // Pre-serialized JSON, inserted as one value.
    JsonWriter &raw(const QByteArray &json);

private:
    void separate();
    void escape(const QByteArray &utf8);

    QByteArray &m_out;
    QList<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace Core
