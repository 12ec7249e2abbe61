// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "core/common/keylevel.h"
#include "core/common/nametable.h"

namespace Core {

enum class PaginatorKind { Single, SettingsHistory, V2PageToken };
enum class WriteDisposition { Replace, Merge };
enum class ResourceKind { Settings, SettingsHistory, Users, UserLookup };

/**
 * One entry of resources/catalog.json (design.md §4b): everything the sync needs to fetch a
 * Fullstory resource and load it, as data — the equivalent of one resource in dlt's RESTAPIConfig.
 */
struct ResourceSpec
{
    QString name; // unique id, also the default table name
    QString title; // for people
    QString table; // destination table; defaults to name
    ResourceKind kind = ResourceKind::Settings;
    QString path; // may hold {placeholders}, filled per call (user look-ups)
    QList<QPair<QString, QString>> params; // fixed query parameters; values may hold placeholders
    QStringList platforms; // each is fetched with platform=<value>; empty: no platform parameter
    QString selector; // key of the record list in the body; empty: the body is one record
    PaginatorKind paginator = PaginatorKind::Single;
    QStringList primaryKey; // column names after normalization
    WriteDisposition write = WriteDisposition::Replace;
    KeyLevel minLevel = KeyLevel::Standard;
    // Dotted JSON path of the incremental cursor inside a record ("metadata.lastUpdated").
    QString cursorPath;
    // Settings history: the setting whose versions it holds ("privacy"), as settings_changes
    // and the history browser name it. Empty for every other kind.
    QString setting;

    // The title in the user's language (resourcetitles.cpp); as the catalog spells it when
    // there is no translation.
    QString displayTitle() const;
    // Placeholder names used in path and params, e.g. {"uid"}.
    QStringList placeholders() const;
    bool isIncremental() const { return !cursorPath.isEmpty(); }
};

// "{name}" in a path or parameter value; capture 1 is the name.
const QRegularExpression &placeholderPattern();

// The catalog's spelling of each value.
const NameTable<PaginatorKind> &paginatorKindNames();
const NameTable<WriteDisposition> &writeDispositionNames();
const NameTable<ResourceKind> &resourceKindNames();

inline QString paginatorKindName(PaginatorKind kind)
{
    return nameOf(paginatorKindNames(), kind);
}

} // namespace Core
