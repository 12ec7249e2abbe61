// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

#include "core/browse/columnfilter.h"
#include "core/common/result.h"

namespace Core {

class SqliteDatabase;

struct ExportOptions
{
    enum class Format { Csv, Json };

    Format format = Format::Csv;
    // "Excel, UTF-8 with BOM": Excel reads UTF-8 CSV correctly only with a byte-order mark,
    // and expects CRLF line ends.
    bool excelCompatible = false;
};

/**
 * Writes the rows of a query to a CSV or JSON file (an array of objects, one per row).
 *
 * Values keep their type: NULL is an empty CSV field or JSON null, numbers stay numbers, text
 * is quoted as RFC 4180 and JSON require. The file is written through QSaveFile, so a failed or
 * cancelled export leaves whatever was at `path` before untouched.
 *
 * Runs on a reader thread (a DatasetReader job). `progress` is called every few thousand rows
 * with the count so far; returning false cancels.
 */
namespace Exporter {

using Progress = std::function<bool(qint64 rows)>;

Result<qint64, QString> write(SqliteDatabase &db, const SqlFragment &query, const QString &path,
    const ExportOptions &options, const Progress &progress);

// The pieces, for tests: one CSV field, one JSON value.
QByteArray csvField(const QVariant &value);
QByteArray jsonValue(const QVariant &value);
QByteArray jsonString(const QString &text);
// Tab-separated, as spreadsheets paste it: fields with tabs, quotes or line breaks are quoted.
QString clipboardLine(const QVariantList &values);

} // namespace Exporter

} // namespace Core
