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

SyncPlan SyncPlan::make(const Catalog &catalog, const QStringList &requested, KeyLevel level,
    const QHash<QString, QString> &arguments)
{
    SyncPlan plan;
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
            if (missing.isEmpty() && arguments.value(placeholder).isEmpty())
                missing = placeholder;
        }
        if (!missing.isEmpty()) {
            plan.skips.append({ name, Text::tr("needs a value for {%1}").arg(missing), false });
            continue;
        }
        plan.runs.append(*spec);
    }
    return plan;
}

} // namespace Core
