// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QVariantList>
#include <string>
#include <vector>

#include "core/normalize/schema.h"

namespace Core {

class SqliteDatabase;

/**
 * The normalizer's Schema, persisted in _sync_schema, and its growth logged in
 * _sync_schema_changes. Called by the writer inside the resource's transaction.
 */
namespace SchemaStore {

Schema load(SqliteDatabase &db);
// Upserts every column of `tables` and logs `changes` for the run and resource.
void save(SqliteDatabase &db, const Schema &schema, const std::vector<std::string> &tables,
    const std::vector<SchemaChange> &changes, const std::string &runId, const std::string &resource,
    const std::string &now);

// The newest `limit` entries of _sync_schema_changes, newest first, as rows of (created_at,
// resource, table_name, column_name, data_type, change, run_id); empty before the first sync.
QList<QVariantList> recentChanges(SqliteDatabase &db, int limit);

} // namespace SchemaStore
} // namespace Core
