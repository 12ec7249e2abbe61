// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/normalize/normalizer.h"
#include "core/store/loadplan.h"

namespace simdjson::dom {
class parser;
}

namespace Core {

class SqliteDatabase;
class SqliteStatement;

// A resource that cannot be loaded as it is (bad data, or a drop in rows the API does not
// confirm). Thrown inside the store only; the writer turns it into a failed resource.
class LoadError : public std::runtime_error
{
public:
    explicit LoadError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

struct LoadStats
{
    std::int64_t records = 0; // root rows written
    std::int64_t skipped = 0; // history versions already stored
    std::int64_t warnings = 0; // primary keys seen twice in this load (the last one kept)
    std::int64_t removed = 0; // records deleted because Fullstory no longer has them
    std::map<std::string, std::int64_t> rowsByTable;
    std::optional<std::int64_t> totalRecords; // what the API said the full list holds

    std::int64_t rows() const;
};

/**
 * Loads one resource inside the transaction the writer opened for it (design.md §4):
 * normalizes each page, applies schema growth as DDL, inserts with prepared statements, and at
 * finish() swaps staging tables in (replace), stores the cursor and the schema.
 *
 * - replace: every table of the resource's tree is loaded into a `_sync_stage__<table>` copy and
 *   renamed over the live one at finish(), so readers see the old rows until the commit. A load
 *   with fewer root rows than the live table is refused unless the API's own total agrees.
 * - merge: rows go into the live tables; a primary-key conflict deletes the old row and its
 *   children (through _dlt_root_id) first — dlt's delete-insert.
 *
 * Throws SqliteError or LoadError; the caller rolls the transaction back and restores the schema.
 */
class ResourceLoad
{
public:
    // `runId` is the run's _dlt_load_id.
    ResourceLoad(SqliteDatabase &db, Schema &schema, LoadPlan plan, const std::string &runId);
    ~ResourceLoad();

    void writePage(
        QByteArray body, const std::string &platform, std::optional<std::int64_t> totalRecords);
    void finish(const std::string &now);
    // Deletes the root rows whose `column` equals `value`, with their children: a single user
    // that Fullstory no longer has (design.md §7). Nothing happens if the table or column is new.
    void removeRecords(const std::string &column, const std::string &value);

    const LoadStats &stats() const;

    static std::string stagingName(const std::string &table);
    static std::string cursorColumn(const std::string &cursorPath);

private:
    std::string physical(const std::string &table) const;
    bool isStaged(const std::string &table) const;
    void createTable(const TableSchema &table, bool withIndexes);
    void createIndexes(const TableSchema &table, const std::string &physicalName);
    void applySchemaChanges(std::vector<SchemaChange> changes);
    void insertBatch();
    void insertRows(const TableSchema &table, const TableRows &rows);
    void replaceConflictingRoot(const TableSchema &table, const TableRows &rows, size_t row);
    // Deletes the root row `id` and its children; returns the rows deleted per table.
    std::map<std::string, std::int64_t> deleteRecord(
        const TableSchema &root, const std::string &id);
    SqliteStatement &insertStatement(const TableSchema &table);
    bool alreadyStored(const simdjson::dom::element &record, const std::string &platform) const;

    SqliteDatabase &m_db;
    Schema &m_schema;
    const LoadPlan m_plan;
    const std::string m_resource, m_table, m_selector, m_runId;
    NormalizeContext m_context; // the platform is set per page
    Normalizer m_normalizer;
    RowBatch m_batch;
    std::unique_ptr<simdjson::dom::parser> m_parser;
    std::vector<std::string> m_cursorKeys;
    LoadStats m_stats;
    std::vector<SchemaChange> m_changes;
    std::set<std::string> m_touched; // tables whose schema rows must be saved
    std::set<std::string> m_platforms;
    struct CachedInsert
    {
        size_t columns = 0;
        std::unique_ptr<SqliteStatement> statement;
    };
    std::map<std::string, CachedInsert> m_inserts;
};

} // namespace Core
