// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "core/catalog/catalog.h"
#include "core/diff/blame.h"
#include "core/diff/diffdocument.h"
#include "core/diff/fieldfilter.h"
#include "core/diff/settingsdiff.h"

namespace Core {

class SqliteDatabase;

/**
 * The reads behind the settings history browser: a setting's versions from its history table
 * (Catalog::historySeries() names it) with their change counts from settings_changes, any two
 * versions compared, and blame. Runs on a reader thread; throws SqliteError.
 */
namespace SettingsHistory {

using Series = HistorySeries;

struct Version
{
    QString version, author;
    int changes = 0; // against the version before, not counting ignored fields
};

struct Comparison
{
    SettingsDiff::Side from, to; // from.version empty: `to` is the first version
    DiffDocument document;
};

// Newest first; empty when the dataset has no history of the setting yet.
QList<Version> versions(SqliteDatabase &db, const Series &series, const FieldFilter &ignored);

// `base` empty: the version before `version`. The two are put in time order, so either may
// be the older one. Nullopt when `version` is not in the dataset.
std::optional<Comparison> compare(SqliteDatabase &db, const Series &series, const QString &version,
    const QString &base, const FieldFilter &ignored);

// Each leaf of the newest version with the version and author that last changed it.
QList<Blame::Line> blame(SqliteDatabase &db, const Series &series);

} // namespace SettingsHistory

} // namespace Core
