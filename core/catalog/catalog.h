// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/catalog/resourcespec.h"
#include "core/common/result.h"

namespace Core {

// One setting's history on one platform, as a settings-history resource fills it.
struct HistorySeries
{
    QString setting, platform; // platform empty for settings without one
    QString table; // the history table, settings_<setting>_history in the shipped catalog
};

// A catalog that cannot be used, with the place of the problem named for whoever edits the file.
struct CatalogError
{
    QString file;
    int entry = -1; // 0-based index into "resources"; -1: the document itself
    QString resource; // the entry's name, when it has one
    QString field; // the offending field, when there is one
    QString problem;

    // "catalog.json: resource #3 “settings_geo”, field “paginator”: “v3” is not one of …"
    QString toString() const;
};

/**
 * The resource catalog: which Fullstory endpoints exist and how to load each (design.md §4b).
 *
 * Loaded once at start from resources/catalog.json (compiled in as ":/catalog.json") or from a
 * file named by the caller. Every field is validated: a malformed catalog is refused with the
 * file, entry and field named, so adding an endpoint is editing data, safely.
 * Immutable after loading; safe to share between threads.
 */
class Catalog
{
public:
    static constexpr int SupportedVersion = 1;
    static QString builtInPath(); // ":/catalog.json"

    static Result<Catalog, CatalogError> load(const QString &path = builtInPath());
    static Result<Catalog, CatalogError> parse(const QByteArray &json, const QString &fileName);

    const QList<ResourceSpec> &resources() const;
    const ResourceSpec *find(const QString &name) const;
    // The resources a key of `level` may read, in catalog order.
    QList<ResourceSpec> readableBy(KeyLevel level) const;
    // Every setting × platform a history resource loads, in catalog order: what the history
    // browser offers.
    QList<HistorySeries> historySeries() const;

private:
    QList<ResourceSpec> m_resources;
};

} // namespace Core
