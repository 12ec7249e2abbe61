// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "core/diff/settingsdiff.h"

namespace Core {

/**
 * "Which version made this rule what it is": each leaf of the current settings with the
 * version and author that last changed it (pure; golden cases in tests/data/blame/). The
 * history is the one settings_changes holds, oldest first; a leaf is attributed to the newest
 * change on it — for an element of a set, the change that added that element — or on a part
 * of the settings it sits in (an element block added whole, a first version).
 */
namespace Blame {

struct Record
{
    QString version, author, path;
    SettingsDiff::Change::Kind kind = SettingsDiff::Change::Kind::Changed;
    QString newValue; // as settings_changes stores it (SettingsDiff::valueText)
};

struct Line
{
    QString path;
    QJsonValue value;
    QString version, author; // empty when no record explains the leaf
};

QList<Line> attribute(const QJsonObject &current, const QList<Record> &history);

} // namespace Blame

} // namespace Core
