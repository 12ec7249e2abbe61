// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVarLengthArray>
#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/common/result.h"
#include "core/normalize/coercion.h"
#include "core/normalize/rowbatch.h"
#include "core/normalize/schema.h"

namespace simdjson::dom {
class element;
class object;
} // namespace simdjson::dom

namespace Core {

// How one resource's records become rows (from the catalog, the run and the fetch).
struct NormalizeContext
{
    std::string rootTable;
    std::vector<std::string> primaryKey; // normalized column names of the root table
    bool childrenHaveRootId = false; // the table is also loaded with merge
    bool keepRawJson = false; // settings history: keep each version as returned (_raw_json)
    int maxNesting = 1000; // dlt's max_table_nesting
    std::string loadId; // _dlt_load_id of root rows: the run id
    std::string platform; // when set, every record gets a text column `platform`
};

/**
 * dlt's relational normalizer (normalization.md), natively: one JSON record in, rows for its
 * root table and child tables out, into a RowBatch; the Schema grows as data arrives (new
 * tables, columns, variant columns, an overflow column past 1500 columns) and every growth is
 * listed in takeSchemaChanges() for DDL and the change log.
 *
 * Pure: no I/O. Not thread-safe; the writer thread owns one. The Schema must outlive it; a
 * rollback needs no reset, since each resource's load builds its own normalizer.
 */
class Normalizer
{
public:
    static constexpr int MaxDataColumns = 1500; // design.md §5: SQLite allows 2000

    explicit Normalizer(Schema &schema);
    ~Normalizer();

    void setContext(NormalizeContext context);

    // Normalizes one record into `batch`. On error the record leaves no rows behind; the message
    // names the problem (a missing primary key, a value no column can hold).
    Result<size_t, QString> addRecord(const simdjson::dom::element &record, RowBatch &batch);

    std::vector<SchemaChange> takeSchemaChanges();

private:
    struct PathNode;
    struct RowBuilder;

    TableSchema &ensureTable(const std::string &name, const TableSchema *parent);
    PathNode &rootNode(const std::string &table);
    // Ranks the keys of one object that share a column name (PathNode::rank); then the node a
    // key's value goes to: `child` itself, or a suffixed sibling when it ranks after another.
    using FieldNodes = QVarLengthArray<PathNode *, 64>; // one object's keys' nodes, in order
    void rankCollisions(const simdjson::dom::object &fields, const FieldNodes &nodes);
    PathNode &resolveCollision(PathNode &parent, PathNode &child);
    void flatten(TableSchema &table, PathNode &node, RowBuilder &row,
        const simdjson::dom::element &object, int level, RowBatch &batch);
    void addList(TableSchema &parent, const std::string &childName,
        const simdjson::dom::element &list, const std::string_view parentId, int level,
        RowBatch &batch);
    void addNested(TableSchema &table, PathNode &child, RowBuilder &row,
        const simdjson::dom::element &value, int level, RowBatch &batch);
    void setScalar(TableSchema &table, PathNode &node, RowBuilder &row, const JsonScalar &value,
        RowBatch &batch);
    int addColumn(TableSchema &table, const std::string &name, DataType type, bool variant,
        bool system, bool renamed = false);
    void setSystem(
        TableSchema &table, PathNode &tableNode, RowBuilder &row, int which, const Value &value);
    void finishRow(TableSchema &table, PathNode &tableNode, RowBuilder &row, RowBatch &batch);

    Schema &m_schema;
    NormalizeContext m_context;
    std::vector<SchemaChange> m_changes;
    std::unordered_map<std::string, std::unique_ptr<PathNode>> m_roots;
    std::vector<std::unique_ptr<RowBuilder>> m_rowPool;
    size_t m_depth = 0;
    std::string_view m_rootId; // into the batch's arena
    std::string_view m_loadId; // the context's values, copied into the batch's arena
    std::string_view m_platform;
    std::uint64_t m_contextGeneration = 0;
    struct RowMark
    {
        TableRows *rows;
        size_t starts;
        size_t cells;
    };
    std::vector<RowMark> m_marks;
    QString m_error;
};

} // namespace Core
