// SPDX-License-Identifier: MIT
#include "core/export/exporter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>

#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core::Exporter {

namespace {

constexpr qint64 ProgressEvery = 2000;
constexpr qsizetype FlushAt = 1 << 20;

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::Exporter)
};

QByteArray number(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {};
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return QByteArray::number(value.toLongLong());
}

bool isNumber(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double;
}

} // namespace

QByteArray csvField(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (isNumber(value))
        return number(value);
    QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray().toBase64()
                                                              : value.toString().toUtf8();
    const bool needsQuotes = text.contains(',') || text.contains('"') || text.contains('\n')
        || text.contains('\r') || text.startsWith(' ') || text.endsWith(' ');
    if (!needsQuotes)
        return text;
    QByteArray out = "\"";
    out.reserve(text.size() + 8);
    for (const char c : std::as_const(text)) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out = "\"";
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

QByteArray jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return "null";
    if (isNumber(value)) {
        const QByteArray n = number(value);
        return n.isEmpty() ? QByteArray("null") : n;
    }
    if (value.typeId() == QMetaType::QByteArray)
        return jsonString(QString::fromLatin1(value.toByteArray().toBase64()));
    return jsonString(value.toString());
}

QString clipboardLine(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &value : values) {
        if (!value.isValid() || value.isNull()) {
            fields.append(QString());
            continue;
        }
        QString text = value.typeId() == QMetaType::Double ? QString::fromLatin1(number(value))
                                                           : value.toString();
        if (text.contains(u'\t') || text.contains(u'\n') || text.contains(u'"')
            || text.contains(u'\r')) {
            text.replace(u'"', u"\"\""_s);
            text = u'"' + text + u'"';
        }
        fields.append(text);
    }
    return fields.join(u'\t');
}

Result<qint64, QString> write(SqliteDatabase &db, const SqlFragment &query, const QString &path,
    const ExportOptions &options, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Failure<QString> { Text::tr(
            "Cannot write %1: %2. Choose another folder or file name.")
                                      .arg(path, file.errorString()) };
    }
    SqliteStatement statement(db, query.sql.toStdString());
    statement.bindValues(query.args);
    const int columns = statement.columnCount();
    QList<QByteArray> names;
    for (int c = 0; c < columns; ++c)
        names.append(statement.columnName(c).toUtf8());

    const bool csv = options.format == ExportOptions::Format::Csv;
    const QByteArray lineEnd = csv && options.excelCompatible ? "\r\n" : "\n";
    QByteArray buffer;
    if (csv) {
        if (options.excelCompatible)
            buffer += "\xEF\xBB\xBF";
        for (int c = 0; c < columns; ++c)
            buffer += (c ? "," : "") + csvField(QString::fromUtf8(names.at(c)));
        buffer += lineEnd;
    } else {
        buffer += "[";
    }
    QList<QByteArray> jsonKeys;
    for (const QByteArray &name : std::as_const(names))
        jsonKeys.append(jsonString(QString::fromUtf8(name)) + ": ");

    qint64 rows = 0;
    while (statement.step()) {
        if (csv) {
            for (int c = 0; c < columns; ++c) {
                if (c)
                    buffer += ',';
                buffer += csvField(statement.columnValue(c));
            }
            buffer += lineEnd;
        } else {
            buffer += rows ? ",\n  {" : "\n  {";
            for (int c = 0; c < columns; ++c) {
                if (c)
                    buffer += ", ";
                buffer += jsonKeys.at(c);
                buffer += jsonValue(statement.columnValue(c));
            }
            buffer += '}';
        }
        ++rows;
        if (buffer.size() >= FlushAt) {
            file.write(buffer);
            buffer.clear();
        }
        if (rows % ProgressEvery == 0 && progress && !progress(rows)) {
            file.cancelWriting();
            return Failure<QString> { Text::tr("Export cancelled; no file was written.") };
        }
    }
    if (!csv)
        buffer += rows ? "\n]\n" : "]\n";
    file.write(buffer);
    if (!file.commit()) {
        return Failure<QString> { Text::tr(
            "Cannot write %1: %2. Check the free disk space and try again.")
                                      .arg(path, file.errorString()) };
    }
    if (progress)
        progress(rows);
    return rows;
}

} // namespace Core::Exporter
