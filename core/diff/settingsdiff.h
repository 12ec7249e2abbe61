// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Core {

/**
 * The structural diff of two versions of one recording setting (issue 6; pure, golden-tested
 * in tests/data/diff/). Metadata is left out: it changes with every version.
 *
 * Lists of objects are matched by identity, so a reorder is not a delete plus an add:
 * domains by domain, element blocks by selector and type, ajax watches by urlRegex, targeting
 * rules (and their children) by id. Element rule groups are an object keyed by group id and
 * match by key like any object. Lists of strings or numbers are sets (blocked IPs, user agents,
 * app ids, geo zones, exception selectors). Other lists of objects — a rule's conditions —
 * are compared as multisets of their values. Scalars go old → new.
 *
 * Paths read like "domains[domain=shop.example.com].disabled" or
 * "elementRuleGroups.39.note"; a set's element change is reported on the list's own path.
 */
namespace SettingsDiff {

struct Change
{
    enum class Kind { Added, Removed, Changed };

    QString path;
    Kind kind = Kind::Changed;
    QJsonValue oldValue; // Undefined for Added
    QJsonValue newValue; // Undefined for Removed

    static QString kindName(Kind kind); // "added", "removed", "changed"
};

// A value as text, for paths, storage and display: strings as they are, anything else as
// compact JSON; empty for Undefined.
QString valueText(const QJsonValue &value);

// `older` empty: the first version, everything added.
QList<Change> diff(const QJsonObject &older, const QJsonObject &newer);

} // namespace SettingsDiff

} // namespace Core
