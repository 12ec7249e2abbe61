// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"

namespace Core {

/**
 * Which resources a run syncs, and why the others are skipped — pure, so the CLI, the engine
 * and the desktop's resource list give the same answer. A resource is skipped when it is not in
 * the catalog, needs a higher key level than the key has, or lacks a value for a placeholder.
 */
struct SyncPlan
{
    struct Skip
    {
        QString resource;
        QString reason; // for people: "needs an Architect key or higher; this key is Standard"
        bool forKeyLevel = false;
    };

    QList<ResourceSpec> runs; // in the order requested
    QList<Skip> skips;

    // `requested` empty: every resource except single-user look-ups.
    static SyncPlan make(const Catalog &catalog, const QStringList &requested, KeyLevel level,
        const QHash<QString, QString> &arguments);
    static QStringList defaultResources(const Catalog &catalog);
};

} // namespace Core
