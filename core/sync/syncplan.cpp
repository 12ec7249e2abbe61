// SPDX-License-Identifier: MIT
#include "core/sync/syncplan.h"

#include <QCoreApplication>

namespace Core {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Core::SyncPlan)
};

// Some resource loads `table` with merge (a look-up into the users list, a history).
bool mergedInto(const Catalog &catalog, const QString &table)
{
    for (const ResourceSpec &spec : catalog.resources()) {
        if (spec.table == table && spec.write == WriteDisposition::Merge)
            return true;
    }
    return false;
}

} // namespace

QStringList SyncPlan::defaultResources(const Catalog &catalog)
{
    QStringList names;
    for (const ResourceSpec &spec : catalog.resources()) {
        if (spec.kind != ResourceKind::UserLookup)
            names.append(spec.name);
    }
    return names;
}

SyncPlan SyncPlan::make(
    const Catalog &catalog, const SyncOptions &options, KeyLevel level, const StoredCursors &stored)
{
    SyncPlan plan;
    const QStringList &requested = options.resources;
    for (const QString &name : requested.isEmpty() ? defaultResources(catalog) : requested) {
        const ResourceSpec *spec = catalog.find(name);
        if (!spec) {
            plan.skips.append({ name, Text::tr("not in the resource catalog"), false });
            continue;
        }
        if (!levelAllows(level, spec->minLevel)) {
            plan.skips.append({ name,
                Text::tr("needs an %1 key or higher; this key is %2")
                    .arg(keyLevelDisplayName(spec->minLevel), keyLevelDisplayName(level)),
                true });
            continue;
        }
        QString missing;
        for (const QString &placeholder : spec->placeholders()) {
            if (missing.isEmpty() && options.arguments.value(placeholder).isEmpty())
                missing = placeholder;
        }
        if (!missing.isEmpty()) {
            plan.skips.append({ name, Text::tr("needs a value for {%1}").arg(missing), false });
            continue;
        }
        LoadPlan load;
        load.spec = *spec;
        load.childrenHaveRootId = mergedInto(catalog, spec->table);
        load.fullRefresh = options.fullRefresh;
        if (spec->isIncremental() && !options.fullRefresh)
            load.cursors = Cursors(stored.value(spec->name));
        plan.runs.append(load);
    }
    return plan;
}

} // namespace Core
