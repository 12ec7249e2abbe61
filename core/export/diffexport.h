// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/diff/settingsdiff.h"

namespace Core {

/**
 * A comparison of two setting versions written out for a ticket, a review or a script
 * (golden: tests/data/diffexport/). Text reads like a review comment, one change per block
 * with "-" and "+" lines; JSON keeps the values' types for tools.
 */
namespace DiffExport {

using Side = SettingsDiff::Side;

struct Header
{
    QString setting, platform;
    Side from, to;
    QStringList ignoredFields;
};

QString text(const Header &header, const QList<SettingsDiff::Change> &changes);
QByteArray json(const Header &header, const QList<SettingsDiff::Change> &changes);

// Through QSaveFile: a failed write leaves what was at `path` untouched. The error says what
// went wrong, for the user.
Result<bool, QString> write(const QString &path, const QByteArray &bytes);

} // namespace DiffExport

} // namespace Core
