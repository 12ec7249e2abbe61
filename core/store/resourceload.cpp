// SPDX-License-Identifier: MIT
#include "core/store/resourceload.h"

#include <simdjson.h>
#include <sqlite3.h>

#include "core/common/jsonparse.h"
#include "core/normalize/naming.h"
#include "core/store/schemastore.h"
#include "core/store/sqlite.h"

namespace Core {

namespace {

constexpr const char StagePrefix[] = "_sync_stage__";
constexpr const char IndexPrefix[] = "_sync_idx__";

std::string columnDefinition(const ColumnSchema &column)
{
    std::string out =
        SqliteDatabase::quote(column.name) + ' ' + std::string(sqlDeclaration(column.type));
    if (!column.nullable)
        out += " NOT NULL";
    return out;
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

std::int64_t LoadStats::rows() const
{
    std::int64_t total = 0;
    for (const auto &[table, count] : rowsByTable)
        total += count;
    return total;
}

ResourceLoad::ResourceLoad(
    SqliteDatabase &db, Schema &schema, LoadPlan plan, const std::string &runId)
    : m_db(db)
    , m_schema(schema)
    , m_plan(std::move(plan))
    , m_resource(m_plan.spec.name.toStdString())
    , m_table(m_plan.spec.table.toStdString())
    , m_selector(m_plan.spec.selector.toStdString())
    , m_runId(runId)
    , m_normalizer(schema)
    , m_parser(std::make_unique<simdjson::dom::parser>())
{
    m_context.rootTable = m_table;
    for (const QString &column : m_plan.spec.primaryKey)
        m_context.primaryKey.push_back(column.toStdString());
    m_context.childrenHaveRootId = m_plan.childrenHaveRootId;
    m_context.keepRawJson = m_plan.keepsRawJson();
    m_context.loadId = m_runId;
    for (const QString &key : m_plan.spec.cursorPath.split(u'.', Qt::SkipEmptyParts))
        m_cursorKeys.push_back(key.toStdString());
    // replace: staging copies of every table the resource's tree already has.
    if (m_plan.spec.write == WriteDisposition::Replace) {
        for (const TableSchema *table : m_schema.tree(m_table))
            createTable(*table, false);
    }
}

ResourceLoad::~ResourceLoad() = default;

const LoadStats &ResourceLoad::stats() const
{
    return m_stats;
}

std::string ResourceLoad::stagingName(const std::string &table)
{
    return StagePrefix + table;
}

std::string ResourceLoad::cursorColumn(const std::string &cursorPath)
{
    std::string column;
    for (const QString &key : QString::fromStdString(cursorPath).split(u'.'))
        column = Naming::joinPath(column, Naming::normalizePath(key.toStdString()));
    return column;
}

bool ResourceLoad::isStaged(const std::string &table) const
{
    if (m_plan.spec.write != WriteDisposition::Replace)
        return false;
    const TableSchema *schema = m_schema.find(table);
    return schema && schema->root == m_table;
}

std::string ResourceLoad::physical(const std::string &table) const
{
    return isStaged(table) ? stagingName(table) : table;
}

void ResourceLoad::createTable(const TableSchema &table, bool withIndexes)
{
    const std::string name = physical(table.name);
    std::string sql = "CREATE TABLE " + SqliteDatabase::quote(name) + " (";
    std::string primaryKey;
    for (size_t i = 0; i < table.columns.size(); ++i) {
        sql += (i ? ", " : "") + columnDefinition(table.columns[i]);
        if (table.columns[i].primaryKey)
            primaryKey +=
                (primaryKey.empty() ? "" : ", ") + SqliteDatabase::quote(table.columns[i].name);
    }
    if (!primaryKey.empty())
        sql += ", PRIMARY KEY (" + primaryKey + ")";
    sql += ")";
    if (isStaged(table.name))
        m_db.exec("DROP TABLE IF EXISTS " + SqliteDatabase::quote(name));
    m_db.exec(sql);
    if (withIndexes)
        createIndexes(table, name);
}

void ResourceLoad::createIndexes(const TableSchema &table, const std::string &physicalName)
{
    // Joins from the browser and merge's deletes go through these (normalization.md §8a).
    if (table.isRoot())
        return;
    m_db.exec("CREATE INDEX IF NOT EXISTS "
        + SqliteDatabase::quote(IndexPrefix + table.name + "__parent") + " ON "
        + SqliteDatabase::quote(physicalName) + " (\"_dlt_parent_id\")");
    // A direct child's root is its parent: the parent index serves both, one build fewer.
    if (table.hasRootId && table.parent != table.root)
        m_db.exec("CREATE INDEX IF NOT EXISTS "
            + SqliteDatabase::quote(IndexPrefix + table.name + "__root") + " ON "
            + SqliteDatabase::quote(physicalName) + " (\"_dlt_root_id\")");
}

void ResourceLoad::applySchemaChanges(std::vector<SchemaChange> changes)
{
    std::set<std::string> created;
    for (const SchemaChange &change : changes) {
        m_touched.insert(change.table);
        const TableSchema *table = m_schema.find(change.table);
        if (!table)
            continue;
        if (change.kind == SchemaChange::Kind::NewTable) {
            // Created with every column known so far: its later column changes are included.
            createTable(*table, !isStaged(table->name));
            created.insert(change.table);
            continue;
        }
        if (created.count(change.table))
            continue;
        const int index = table->indexOf(change.column);
        m_db.exec("ALTER TABLE " + SqliteDatabase::quote(physical(change.table)) + " ADD COLUMN "
            + columnDefinition(table->columns[size_t(index)]));
        m_inserts.erase(change.table);
    }
    m_changes.insert(m_changes.end(), changes.begin(), changes.end());
}

bool ResourceLoad::alreadyStored(
    const simdjson::dom::element &record, const std::string &platform) const
{
    if (m_cursorKeys.empty() || m_plan.cursors.isEmpty())
        return false;
    simdjson::dom::element value = record;
    for (const std::string &key : m_cursorKeys) {
        if (value.at_key(key).get(value) != simdjson::SUCCESS)
            return false;
    }
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return false;
    return m_plan.cursors.covers(platform, text);
}

void ResourceLoad::writePage(
    QByteArray body, const std::string &platform, std::optional<std::int64_t> totalRecords)
{
    if (totalRecords)
        m_stats.totalRecords = totalRecords;
    m_platforms.insert(platform);
    simdjson::dom::element root;
    if (parseJson(*m_parser, body, root) != simdjson::SUCCESS)
        throw LoadError(QStringLiteral("a page of %1 is not valid JSON").arg(qs(m_resource)));
    body = QByteArray(); // the DOM holds its own copy of every value: a page less at the peak

    m_context.platform = platform;
    m_normalizer.setContext(m_context);

    // Rows go to SQLite every FlushEvery records, not once per page: a page's rows take some
    // four times the page's own size, and a page may be as large as ApiClientConfig allows.
    constexpr int FlushEvery = 1000;
    int pending = 0;
    auto flush = [&] {
        applySchemaChanges(m_normalizer.takeSchemaChanges());
        insertBatch();
        m_batch.clear();
        pending = 0;
    };
    auto add = [&](const simdjson::dom::element &record) {
        if (alreadyStored(record, platform)) {
            ++m_stats.skipped;
            return;
        }
        const auto added = m_normalizer.addRecord(record, m_batch);
        if (!added)
            throw LoadError(added.error());
        if (++pending == FlushEvery)
            flush();
    };
    if (m_selector.empty()) {
        add(root);
    } else {
        simdjson::dom::array records;
        if (root.at_key(m_selector).get_array().get(records) == simdjson::SUCCESS) {
            for (const auto record : records)
                add(record);
        }
    }
    flush();
    releaseIfLarge(m_parser); // after the batch: its values may point into the parsed page
}

SqliteStatement &ResourceLoad::insertStatement(const TableSchema &table)
{
    CachedInsert &cached = m_inserts[table.name];
    if (!cached.statement || cached.columns != table.columns.size()) {
        std::string sql = "INSERT INTO " + SqliteDatabase::quote(physical(table.name)) + " (";
        std::string values;
        for (size_t i = 0; i < table.columns.size(); ++i) {
            sql += (i ? ", " : "") + SqliteDatabase::quote(table.columns[i].name);
            values += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + values + ")";
        cached.statement = std::make_unique<SqliteStatement>(m_db, sql);
        cached.columns = table.columns.size();
    }
    return *cached.statement;
}

void ResourceLoad::insertBatch()
{
    // Children first: when a root row then replaces an older one with the same key, deleting the
    // older row's children (by its id) cannot touch the children just written.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &[name, rows] : m_batch.tables) {
            const TableSchema *table = m_schema.find(name);
            if (table && table->isRoot() == (pass == 1))
                insertRows(*table, rows);
        }
    }
}

void ResourceLoad::insertRows(const TableSchema &table, const TableRows &rows)
{
    SqliteStatement &insert = insertStatement(table);
    const size_t columns = table.columns.size();
    auto bindRow = [&](size_t r) {
        const size_t start = rows.rowStart(r);
        const size_t width = rows.rowWidth(r);
        for (size_t c = 0; c < width; ++c)
            insert.bind(int(c) + 1, rows.cells[start + c]);
        for (size_t c = width; c < columns; ++c)
            insert.bindNull(int(c) + 1); // a row made before later columns existed
    };
    for (size_t r = 0; r < rows.rowCount(); ++r) {
        bindRow(r);
        int rc = insert.tryStep();
        if (rc == SQLITE_CONSTRAINT_PRIMARYKEY && table.isRoot()) {
            insert.resetKeepingBindings();
            replaceConflictingRoot(table, rows, r);
            rc = insert.tryStep();
        }
        insert.resetKeepingBindings();
        if (rc != SQLITE_DONE) {
            throw SqliteError(rc,
                QStringLiteral("cannot insert into %1: %2")
                    .arg(qs(table.name), QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
        }
    }
    m_stats.rowsByTable[table.name] += std::int64_t(rows.rowCount());
    if (table.isRoot())
        m_stats.records += std::int64_t(rows.rowCount());
}

void ResourceLoad::replaceConflictingRoot(
    const TableSchema &table, const TableRows &rows, size_t row)
{
    const std::string name = physical(table.name);
    std::string where;
    std::vector<int> keyColumns;
    for (size_t i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].primaryKey) {
            where += (where.empty() ? "" : " AND ") + SqliteDatabase::quote(table.columns[i].name)
                + " = ?";
            keyColumns.push_back(int(i));
        }
    }
    SqliteStatement find(m_db,
        "SELECT \"_dlt_id\", \"_dlt_load_id\" FROM " + SqliteDatabase::quote(name) + " WHERE "
            + where);
    for (size_t k = 0; k < keyColumns.size(); ++k) {
        const size_t column = size_t(keyColumns[k]);
        find.bind(int(k) + 1,
            column < rows.rowWidth(row) ? rows.cells[rows.rowStart(row) + column] : Value());
    }
    if (!find.step())
        return;
    const std::string oldId = find.columnText(0);
    // The same key twice in one load: the last record wins and it counts as a warning
    // (design.md §6). A key from an earlier load is an ordinary merge upsert.
    const bool sameLoad = find.columnText(1) == m_runId;
    if (sameLoad)
        ++m_stats.warnings;

    const std::map<std::string, std::int64_t> deleted = deleteRecord(table, oldId);
    if (sameLoad) {
        for (const auto &[deletedTable, count] : deleted)
            m_stats.rowsByTable[deletedTable] -= count;
        m_stats.records -= 1;
    }
}

std::map<std::string, std::int64_t> ResourceLoad::deleteRecord(
    const TableSchema &root, const std::string &id)
{
    std::map<std::string, std::int64_t> deleted;
    for (const TableSchema *child : m_schema.tree(m_table)) {
        if (child->isRoot())
            continue;
        const bool direct = child->parent == root.name;
        if (!child->hasRootId && !direct)
            continue; // without root ids only direct children can be found
        // A direct child's parent id is its root id, and only the parent id is indexed there.
        SqliteStatement remove(m_db,
            "DELETE FROM " + SqliteDatabase::quote(physical(child->name))
                + (direct ? " WHERE \"_dlt_parent_id\" = ?" : " WHERE \"_dlt_root_id\" = ?"));
        remove.bindText(1, id);
        remove.step();
        deleted[child->name] = m_db.changes();
    }
    SqliteStatement remove(m_db,
        "DELETE FROM " + SqliteDatabase::quote(physical(root.name)) + " WHERE \"_dlt_id\" = ?");
    remove.bindText(1, id);
    remove.step();
    deleted[root.name] = m_db.changes();
    return deleted;
}

void ResourceLoad::removeRecords(const std::string &column, const std::string &value)
{
    const TableSchema *root = m_schema.find(m_table);
    if (!root || root->indexOf(column) < 0)
        return;
    SqliteStatement find(m_db,
        "SELECT \"_dlt_id\" FROM " + SqliteDatabase::quote(physical(root->name)) + " WHERE "
            + SqliteDatabase::quote(column) + " = ?");
    find.bindText(1, value);
    std::vector<std::string> ids;
    while (find.step())
        ids.push_back(find.columnText(0));
    for (const std::string &id : ids) {
        deleteRecord(*root, id);
        ++m_stats.removed;
    }
}

void ResourceLoad::finish(const std::string &now)
{
    const TableSchema *root = m_schema.find(m_table);
    if (m_plan.spec.write == WriteDisposition::Replace && root) {
        const bool liveExists = m_db.hasTable(m_table);
        const std::int64_t before = liveExists
            ? std::stoll(m_db.scalar("SELECT COUNT(*) FROM " + SqliteDatabase::quote(m_table)))
            : 0;
        const std::int64_t after = std::stoll(
            m_db.scalar("SELECT COUNT(*) FROM " + SqliteDatabase::quote(physical(m_table))));
        if (after < before && m_stats.totalRecords.value_or(-1) != after) {
            throw LoadError(
                QStringLiteral("%1: Fullstory returned %2 records where the dataset holds "
                               "%3, and its own total (%4) does not confirm the drop; "
                               "the previous data was kept. Sync again later.")
                    .arg(qs(m_resource))
                    .arg(after)
                    .arg(before)
                    .arg(m_stats.totalRecords ? QString::number(*m_stats.totalRecords)
                                              : QStringLiteral("not given")));
        }
        for (const TableSchema *table : m_schema.tree(m_table)) {
            m_db.exec("DROP TABLE IF EXISTS " + SqliteDatabase::quote(table->name));
            m_db.exec("ALTER TABLE " + SqliteDatabase::quote(stagingName(table->name))
                + " RENAME TO " + SqliteDatabase::quote(table->name));
            createIndexes(*table, table->name);
            m_touched.insert(table->name);
        }
    }

    if (!m_cursorKeys.empty() && root) {
        const std::string column = cursorColumn(m_plan.spec.cursorPath.toStdString());
        const bool byPlatform = root->indexOf("platform") >= 0;
        SqliteStatement save(m_db,
            "INSERT INTO _sync_state (resource, platform, key, value, run_id, updated_at) "
            "VALUES (?, ?, 'cursor', ?, ?, ?) ON CONFLICT (resource, platform, key) "
            "DO UPDATE SET value = excluded.value, run_id = excluded.run_id, "
            "updated_at = excluded.updated_at");
        for (const std::string &platform : m_platforms) {
            SqliteStatement newest(m_db,
                "SELECT MAX(" + SqliteDatabase::quote(column) + ") FROM "
                    + SqliteDatabase::quote(m_table)
                    + (byPlatform ? " WHERE \"platform\" = ?" : ""));
            if (byPlatform)
                newest.bindText(1, platform);
            if (!newest.step() || newest.columnIsNull(0))
                continue;
            const std::string cursor = newest.columnText(0);
            save.bindText(1, m_resource);
            save.bindText(2, platform);
            save.bindText(3, cursor);
            save.bindText(4, m_runId);
            save.bindText(5, now);
            save.step();
            save.reset();
        }
    }
    SchemaStore::save(m_db, m_schema, std::vector<std::string>(m_touched.begin(), m_touched.end()),
        m_changes, m_runId, m_resource, now);
}

} // namespace Core
