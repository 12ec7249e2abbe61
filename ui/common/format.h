// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Gui::Format {

QString count(qint64 n); // "1,234,567" in the user's locale
QString rows(qint64 n); // "1 row", "1,500 rows": a row count in the user's language
QString duration(qint64 ms); // "850 ms", "4.2 s", "3 min 5 s"
// An ISO-8601 text from the dataset as a date-time (invalid when it is none).
QDateTime parseTimestamp(const QString &iso);
// An ISO-8601 UTC text from the dataset as local time: "2026-12-01 21:35:02".
QString timestamp(const QString &iso);
// "just now", "5 minutes ago", "yesterday", else the date.
QString age(const QString &iso);
// A cell for the grid: NULL spelled out, long text cut, line breaks shown as ⏎.
QString cell(const QVariant &value, int maxChars = 300);

} // namespace Gui::Format
