// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <map>
#include <string>
#include <string_view>

#include "core/catalog/resourcespec.h"

namespace Core {

// resource → platform ("" when none) → the newest version stored, as _sync_state keeps it.
using StoredCursors = QMap<QString, QMap<QString, QString>>;

/**
 * The newest version of an incremental resource already in the dataset, per platform: the one
 * rule for "is this version already stored", used by the fetcher's early stop and by the
 * loader's skip (design.md §6). Empty on a full refresh, so it covers nothing.
 */
class Cursors
{
public:
    Cursors() = default;
    // Normalized timestamps (Timestamp::normalize), platform → newest.
    explicit Cursors(const QMap<QString, QString> &newestByPlatform);

    // `value` is a cursor as the API sent it: normalized before comparing, because
    // "…:10Z" and "…:10.5Z" sort wrongly as sent.
    bool covers(const std::string &platform, std::string_view value) const;
    bool isEmpty() const { return m_newest.empty(); }

private:
    std::map<std::string, std::string> m_newest;
};

/**
 * Everything one run needs to load one resource, built once by SyncPlan from the catalog entry
 * and the dataset's cursors; the fetcher, the writer and ResourceLoad each read their part.
 */
struct LoadPlan
{
    ResourceSpec spec;
    // Some resource loads this table with merge, so child rows carry _dlt_root_id (dlt does
    // the same for merge tables: a deleted root finds its grandchildren).
    bool childrenHaveRootId = false;
    bool fullRefresh = false;
    Cursors cursors;

    // A settings history keeps each version as returned (_raw_json): the diff reads it.
    bool keepsRawJson() const { return spec.kind == ResourceKind::SettingsHistory; }
};

} // namespace Core
