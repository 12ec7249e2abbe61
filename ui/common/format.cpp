// SPDX-License-Identifier: MIT
#include "ui/common/format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Gui::Format {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::Format)
};

} // namespace

QDateTime parseTimestamp(const QString &iso)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(iso, Qt::ISODate);
    return when;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString rows(qint64 n)
{
    // Qt's plural forms take an int; past two billion rows the form is the plural anyway.
    return Text::tr("%Ln row(s)", nullptr, int(std::min<qint64>(n, INT_MAX)));
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return Text::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Text::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString timestamp(const QString &iso)
{
    const QDateTime when = parseTimestamp(iso);
    if (!when.isValid())
        return iso;
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString age(const QString &iso)
{
    const QDateTime when = parseTimestamp(iso);
    if (!when.isValid())
        return iso;
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return Text::tr("just now");
    if (seconds < 3600)
        return Text::tr("%Ln minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return Text::tr("%Ln hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 2LL * 86400)
        return Text::tr("yesterday");
    return when.toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString cell(const QVariant &value, int maxChars)
{
    if (!value.isValid() || value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::QByteArray)
        return Text::tr("(%Ln byte(s) of binary data)", nullptr, int(value.toByteArray().size()));
    QString text = value.toString();
    if (text.size() > maxChars)
        text = text.left(maxChars) + u'…';
    text.replace(u'\n', u'⏎');
    return text;
}

} // namespace Gui::Format
