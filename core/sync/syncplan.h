// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/store/loadplan.h"
#include "core/sync/syncoptions.h"

namespace Core {

/**
 * Which resources a run syncs, how each is loaded, and why the others are skipped — pure, so
 * the CLI, the engine and the desktop's resource list give the same answer. A resource is
 * skipped when it is not in the catalog, needs a higher key level than the key has, or lacks a
 * value for a placeholder.
 */
struct SyncPlan
{
    struct Skip
    {
        QString resource;
        QString reason; // for people: "needs an Architect key or higher; this key is Standard"
        bool forKeyLevel = false;
    };

    QList<LoadPlan> runs; // in the order requested
    QList<Skip> skips;

    // The options' resources (empty: every resource except single-user look-ups) and
    // arguments decide what runs; `stored` gives incremental resources their cursors, unless
    // the options ask for a full refresh.
    static SyncPlan make(const Catalog &catalog, const SyncOptions &options, KeyLevel level,
        const StoredCursors &stored = {});
    static QStringList defaultResources(const Catalog &catalog);
};

} // namespace Core
