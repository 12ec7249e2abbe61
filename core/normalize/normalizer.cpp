// SPDX-License-Identifier: MIT
#include "core/normalize/normalizer.h"

#include <QRandomGenerator>
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <set>

#include <simdjson.h>

#include "core/normalize/naming.h"

namespace Core {

namespace {

constexpr int NotAColumn = -3; // a path seen holding an object: flattened, no column of its own

constexpr const char ColDltId[] = "_dlt_id";
constexpr const char ColLoadId[] = "_dlt_load_id";
constexpr const char ColParentId[] = "_dlt_parent_id";
constexpr const char ColListIdx[] = "_dlt_list_idx";
constexpr const char ColRootId[] = "_dlt_root_id";
constexpr const char ColRawJson[] = "_raw_json";
constexpr const char ColOverflow[] = "_overflow_json";

// The system columns, in the slot order of PathNode::system.
enum SystemColumn { RootId, ParentId, ListIdx, DltId, LoadId, RawJson, Overflow };
struct SystemColumnInfo
{
    const char *name;
    DataType type;
};
const SystemColumnInfo systemColumns[] = {
    { ColRootId, DataType::Text },
    { ColParentId, DataType::Text },
    { ColListIdx, DataType::Bigint },
    { ColDltId, DataType::Text },
    { ColLoadId, DataType::Text },
    { ColRawJson, DataType::Json },
    { ColOverflow, DataType::Json },
};

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};

// 10 bytes as unpadded standard base64: the 14-character shape of dlt's _dlt_id.
std::string base64Of10(const unsigned char bytes[10])
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve(14);
    for (int i = 0; i < 10; i += 3) {
        const unsigned b0 = bytes[i];
        const unsigned b1 = i + 1 < 10 ? bytes[i + 1] : 0;
        const unsigned b2 = i + 2 < 10 ? bytes[i + 2] : 0;
        out += alphabet[b0 >> 2];
        out += alphabet[((b0 & 3) << 4) | (b1 >> 4)];
        if (i + 1 < 10)
            out += alphabet[((b1 & 15) << 2) | (b2 >> 6)];
        if (i + 2 < 10)
            out += alphabet[b2 & 63];
    }
    return out;
}

std::string randomId()
{
    // One generator per thread, seeded from the global one: global() takes a lock per call.
    thread_local QRandomGenerator64 generator(QRandomGenerator::global()->generate64());
    quint64 words[2] = { generator.generate64(), generator.generate64() };
    unsigned char bytes[16];
    std::memcpy(bytes, words, sizeof bytes);
    return base64Of10(bytes);
}

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A child row's id is a function of its parent, table and position, as in dlt: reloading the
// same record gives the same child ids. (dlt uses SHAKE-128; normalization.md §2 only asks for
// stable and unique.)
std::string childId(std::string_view parentId, std::string_view table, std::int64_t index)
{
    std::uint64_t a = 0xCBF29CE484222325ULL, b = 0x84222325CBF29CE4ULL;
    auto feed = [&](std::string_view part) {
        for (const char c : part) {
            a = (a ^ std::uint8_t(c)) * 0x100000001B3ULL;
            b = (b ^ std::uint8_t(c)) * 0x100000001B3ULL + 0x9E3779B97F4A7C15ULL;
        }
        a = (a ^ '_') * 0x100000001B3ULL;
        b = (b ^ '_') * 0x100000001B3ULL;
    };
    feed(parentId);
    feed(table);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    feed(std::string_view(digits, size_t(end - digits)));
    const std::uint64_t h1 = mix(a), h2 = mix(b ^ h1);
    unsigned char bytes[16];
    std::memcpy(bytes, &h1, 8);
    std::memcpy(bytes + 8, &h2, 8);
    return base64Of10(bytes);
}

JsonScalar scalarOf(const simdjson::dom::element &value, TextArena &arena)
{
    JsonScalar out;
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        out.kind = JsonScalar::Kind::String;
        out.text = std::string_view(value.get_string().value_unsafe());
        break;
    case simdjson::dom::element_type::INT64:
        out.kind = JsonScalar::Kind::Integer;
        out.integer = value.get_int64().value_unsafe();
        break;
    case simdjson::dom::element_type::UINT64:
        // Only values above INT64_MAX arrive as UINT64: kept exact as their digits.
        out.kind = JsonScalar::Kind::BigInteger;
        out.text = arena.store(std::to_string(value.get_uint64().value_unsafe()));
        break;
    case simdjson::dom::element_type::DOUBLE:
        out.kind = JsonScalar::Kind::Real;
        out.real = value.get_double().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        out.kind = JsonScalar::Kind::Bool;
        out.boolean = value.get_bool().value_unsafe();
        break;
    default:
        out.kind = JsonScalar::Kind::Json;
        break;
    }
    return out;
}

// A scalar back as JSON text, for the overflow column.
std::string jsonTextOf(const JsonScalar &value)
{
    switch (value.kind) {
    case JsonScalar::Kind::String: {
        std::string out = "\"";
        for (const char c : value.text) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
        return out + '"';
    }
    case JsonScalar::Kind::Integer:
        return std::to_string(value.integer);
    case JsonScalar::Kind::Real: {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value.real).ptr;
        return std::string(buffer, end);
    }
    case JsonScalar::Kind::Bool:
        return value.boolean ? "true" : "false";
    case JsonScalar::Kind::BigInteger:
    case JsonScalar::Kind::Json:
        break;
    }
    return std::string(value.text);
}

} // namespace

struct Normalizer::PathNode
{
    std::string path; // the normalized column path inside its table
    std::string childTable; // when the path holds lists: the child table's name
    int column = -1; // -1: not resolved yet; -2: goes to the overflow column; -3: an object
    std::array<int, 6> variants { -1, -1, -1, -1, -1, -1 };
    // On a table's root node only: its system columns' indices and its rows in the current batch.
    std::array<int, 7> system { -1, -1, -1, -1, -1, -1, -1 };
    TableRows *rows = nullptr;
    const RowBatch *rowsBatch = nullptr;
    std::uint64_t rowsGeneration = 0;
    std::unordered_map<std::string, std::unique_ptr<PathNode>, StringHash, std::equal_to<>>
        children;
    // Name collisions (see Normalizer::resolveCollision): on a child, that another key of its
    // object, or SQLite or a system column, claims the same column name, and whether the key
    // was already in normal form; on the parent, how many keys share each path, and the
    // suffixed nodes the losers write to.
    bool collides = false;
    bool normalForm = false;
    bool renamed = false; // a suffixed node: its column is recorded as renamed
    int rank = 0; // a colliding key's place among its object's keys of the same name, per record
    std::unordered_map<std::string, int> keysPerPath;
    std::unordered_map<std::string, std::unique_ptr<PathNode>> suffixed;

    PathNode &child(std::string_view key)
    {
        const auto it = children.find(key);
        if (it != children.end())
            return *it->second;
        auto node = std::make_unique<PathNode>();
        const std::string name = Naming::normalizePath(key);
        node->path = Naming::joinPath(path, name);
        node->normalForm = name == key;
        const int sharing = ++keysPerPath[node->path];
        node->collides = sharing > 1 || isReserved(node->path);
        if (sharing == 2) { // the first collision on this path: mark the key that was alone
            for (auto &[otherKey, other] : children)
                other->collides = other->collides || other->path == node->path;
        }
        return *children.emplace(std::string(key), std::move(node)).first->second;
    }

    PathNode &suffixedNode(const std::string &suffixedPath)
    {
        auto &node = suffixed[suffixedPath];
        if (!node) {
            node = std::make_unique<PathNode>();
            node->path = suffixedPath;
            node->renamed = true;
        }
        return *node;
    }

    // Names data may not take: SQLite's aliases of the rowid (a column of that name hides the
    // row's identity from every reader) and the columns the normalizer writes itself.
    static bool isReserved(const std::string &path)
    {
        static const std::set<std::string, std::less<>> reserved = { "rowid", "oid", "_rowid_",
            ColDltId, ColLoadId, ColParentId, ColListIdx, ColRootId, ColRawJson, ColOverflow };
        return reserved.count(path) != 0;
    }
};

struct Normalizer::RowBuilder
{
    std::vector<Value> values;
    std::string overflow; // "\"path\":value,..." for columns past the limit
    std::string_view id;

    void reset(size_t width)
    {
        values.assign(width, Value::null());
        overflow.clear();
    }
    void set(int index, const Value &value)
    {
        if (size_t(index) >= values.size())
            values.resize(size_t(index) + 1);
        values[size_t(index)] = value;
    }
};

Normalizer::Normalizer(Schema &schema)
    : m_schema(schema)
{
}

Normalizer::~Normalizer() = default;

void Normalizer::setContext(NormalizeContext context)
{
    m_context = std::move(context);
    m_contextGeneration = 0; // copy the new values into the next batch's arena
}

std::vector<SchemaChange> Normalizer::takeSchemaChanges()
{
    return std::exchange(m_changes, {});
}

TableSchema &Normalizer::ensureTable(const std::string &name, const TableSchema *parent)
{
    if (TableSchema *existing = m_schema.find(name))
        return *existing;
    TableSchema table;
    table.name = name;
    table.parent = parent ? parent->name : std::string();
    table.root = parent ? parent->root : name;
    table.hasRootId = parent && m_context.childrenHaveRootId;
    m_changes.push_back({ SchemaChange::Kind::NewTable, name, {}, DataType::Text });
    return m_schema.add(std::move(table));
}

Normalizer::PathNode &Normalizer::rootNode(const std::string &table)
{
    auto &node = m_roots[table];
    if (!node)
        node = std::make_unique<PathNode>();
    return *node;
}

int Normalizer::addColumn(TableSchema &table, const std::string &name, DataType type, bool variant,
    bool system, bool renamed)
{
    ColumnSchema column;
    column.name = name;
    column.type = type;
    column.variant = variant;
    column.system = system;
    if (table.isRoot() && !variant) {
        for (const std::string &key : m_context.primaryKey)
            column.primaryKey = column.primaryKey || key == name;
    }
    column.nullable = !column.primaryKey && !(system && name.rfind("_dlt_", 0) == 0);
    table.addColumn(column);
    if (!system || name == ColOverflow) {
        SchemaChange::Kind kind = SchemaChange::Kind::NewColumn;
        if (variant)
            kind = SchemaChange::Kind::NewVariant;
        else if (name == ColOverflow)
            kind = SchemaChange::Kind::Overflow;
        else if (renamed)
            kind = SchemaChange::Kind::Renamed;
        m_changes.push_back({ kind, table.name, name, type });
    }
    return int(table.columns.size()) - 1;
}

void Normalizer::setSystem(
    TableSchema &table, PathNode &tableNode, RowBuilder &row, int which, const Value &value)
{
    int &index = tableNode.system[size_t(which)];
    if (index < 0) {
        const SystemColumnInfo &info = systemColumns[which];
        index = table.indexOf(info.name);
        if (index < 0)
            index = addColumn(table, info.name, info.type, false, true);
    }
    row.set(index, value);
}

void Normalizer::setScalar(
    TableSchema &table, PathNode &node, RowBuilder &row, const JsonScalar &value, RowBatch &batch)
{
    if (node.column < 0) {
        node.column = table.indexOf(node.path); // -1 or -3 (an object until now): look again
        if (node.column < 0)
            node.column = addColumn(table, node.path, inferType(value), false, false, node.renamed);
    }
    const ColumnSchema &column = table.columns[size_t(node.column)];
    if (const auto coerced = coerce(value, column.type, batch.arena)) {
        row.set(node.column, *coerced);
        return;
    }
    // The value does not fit the column's type: a variant column takes it (§5).
    const DataType type = inferType(value);
    int &variant = node.variants[size_t(type)];
    if (variant < 0) {
        const std::string name = node.path + "__v_" + std::string(dataTypeName(type));
        variant = table.indexOf(name);
        if (variant < 0 && table.dataColumnCount() >= MaxDataColumns) {
            // A variant is a column like any other: past the limit its values go to the
            // overflow JSON, or a table of many type changes passes SQLite's 2,000 columns.
            variant = -1;
            if (!row.overflow.empty())
                row.overflow += ',';
            row.overflow += '"' + node.path + "\":" + jsonTextOf(value);
            return;
        }
        if (variant < 0) {
            variant = addColumn(table, name, type, true, false);
        } else if (table.columns[size_t(variant)].type != type) {
            m_error = QStringLiteral(
                "column “%1” of table “%2” cannot hold the value (no variants of variants)")
                          .arg(QString::fromStdString(name), QString::fromStdString(table.name));
            variant = -1;
            return;
        }
    }
    if (const auto coerced = coerce(value, type, batch.arena))
        row.set(variant, *coerced);
}

void Normalizer::addNested(TableSchema &table, PathNode &child, RowBuilder &row,
    const simdjson::dom::element &value, int level, RowBatch &batch)
{
    if (child.column == -1)
        child.column = std::max(table.indexOf(child.path), NotAColumn);
    const bool keepWhole = level <= 0
        || (child.column >= 0 && table.columns[size_t(child.column)].type == DataType::Json);
    if (keepWhole) {
        JsonScalar json;
        json.kind = JsonScalar::Kind::Json;
        json.text = batch.arena.store(simdjson::to_string(value));
        setScalar(table, child, row, json, batch);
        return;
    }
    if (value.type() == simdjson::dom::element_type::OBJECT) {
        flatten(table, child, row, value, level - 1, batch);
        return;
    }
    simdjson::dom::array list;
    if (value.get_array().get(list) != simdjson::SUCCESS || list.size() == 0)
        return; // no rows; the child table appears with the first non-empty list
    if (child.childTable.empty()) // made once: nodes belong to one table
        child.childTable = Naming::joinPath(table.name, child.path);
    addList(table, child.childTable, value, row.id, level - 1, batch);
}

void Normalizer::rankCollisions(const simdjson::dom::object &fields, const FieldNodes &nodes)
{
    // dlt lets the later of two keys with one normalized name win silently (normalization.md
    // §2 rule 7). We keep both: the key already in normal form, else the first in byte order,
    // keeps the name; the others take `<name>__2`, `__3`, … in byte order. A reserved name
    // counts as taken, so `rowid` or `_dlt_id` from the data lands in `rowid__2`, `_dlt_id__2`.
    // One sort per object, so ten thousand keys of one name cost n log n, not n².
    std::vector<std::pair<PathNode *, std::string_view>> colliding;
    qsizetype index = 0;
    for (const auto field : fields) {
        PathNode *node = nodes[index++];
        if (node && node->collides)
            colliding.emplace_back(node, field.key);
    }
    std::sort(colliding.begin(), colliding.end(), [](const auto &a, const auto &b) {
        if (a.first->path != b.first->path)
            return a.first->path < b.first->path;
        if (a.first->normalForm != b.first->normalForm)
            return a.first->normalForm;
        return a.second < b.second;
    });
    for (size_t i = 0; i < colliding.size(); ++i) {
        const bool first = i == 0 || colliding[i - 1].first->path != colliding[i].first->path;
        PathNode &node = *colliding[i].first;
        node.rank =
            first ? (PathNode::isReserved(node.path) ? 1 : 0) : colliding[i - 1].first->rank + 1;
    }
}

Normalizer::PathNode &Normalizer::resolveCollision(PathNode &parent, PathNode &child)
{
    if (!child.collides || child.rank == 0)
        return child;
    return parent.suffixedNode(child.path + "__" + std::to_string(child.rank + 1));
}

void Normalizer::flatten(TableSchema &table, PathNode &node, RowBuilder &row,
    const simdjson::dom::element &object, int level, RowBatch &batch)
{
    simdjson::dom::object fields;
    if (object.get_object().get(fields) != simdjson::SUCCESS)
        return;
    // Every key gets its node before any value is placed, so a collision with a key later in
    // this same object is known when the earlier one is written. The nodes are kept for the
    // second pass: one look-up per key, not two.
    FieldNodes nodes;
    bool collisions = false;
    for (const auto field : fields) {
        PathNode *child = field.value.type() == simdjson::dom::element_type::NULL_VALUE
            ? nullptr // no column until a value arrives (§1.4)
            : &node.child(field.key);
        collisions = collisions || (child && child->collides);
        nodes.append(child);
    }
    if (collisions)
        rankCollisions(fields, nodes);
    qsizetype index = 0;
    for (const auto field : fields) {
        const simdjson::dom::element &value = field.value;
        const auto type = value.type();
        PathNode *const found = nodes[index++];
        if (!found)
            continue;
        PathNode &child = resolveCollision(node, *found);
        const bool nested = type == simdjson::dom::element_type::OBJECT
            || type == simdjson::dom::element_type::ARRAY;
        // Past the column limit a new leaf goes into the row's overflow JSON instead (§5).
        if (child.column == -1 && (!nested || level <= 0) && table.indexOf(child.path) < 0
            && table.dataColumnCount() >= MaxDataColumns)
            child.column = -2;
        if (child.column == -2) {
            if (!row.overflow.empty())
                row.overflow += ',';
            row.overflow += '"' + child.path + "\":" + simdjson::to_string(value);
            continue;
        }
        if (nested)
            addNested(table, child, row, value, level, batch);
        else
            setScalar(table, child, row, scalarOf(value, batch.arena), batch);
    }
}

void Normalizer::addList(TableSchema &parent, const std::string &childName,
    const simdjson::dom::element &list, const std::string_view parentId, int level, RowBatch &batch)
{
    TableSchema &table = ensureTable(childName, &parent);
    PathNode &node = rootNode(childName);
    ++m_depth;
    if (m_rowPool.size() <= m_depth)
        m_rowPool.push_back(std::make_unique<RowBuilder>());
    RowBuilder &row = *m_rowPool[m_depth];
    std::int64_t index = 0;
    simdjson::dom::array items;
    if (list.get_array().get(items) != simdjson::SUCCESS) {
        --m_depth;
        return;
    }
    for (const auto item : items) {
        row.reset(table.columns.size());
        row.id = batch.arena.store(childId(parentId, childName, index));
        switch (item.type()) {
        case simdjson::dom::element_type::OBJECT:
            flatten(table, node, row, item, level, batch);
            break;
        case simdjson::dom::element_type::ARRAY:
            // A list inside a list is the single field "list" of a row of its own (§1.3).
            addNested(table, node.child("list"), row, item, level, batch);
            break;
        case simdjson::dom::element_type::NULL_VALUE:
            break; // a row with only system columns
        default:
            setScalar(table, node.child("value"), row, scalarOf(item, batch.arena), batch);
        }
        if (table.hasRootId)
            setSystem(table, node, row, RootId, Value::ofText(m_rootId));
        setSystem(table, node, row, ParentId, Value::ofText(parentId));
        setSystem(table, node, row, ListIdx, Value::ofInteger(index));
        setSystem(table, node, row, DltId, Value::ofText(row.id));
        finishRow(table, node, row, batch);
        ++index;
    }
    --m_depth;
}

void Normalizer::finishRow(
    TableSchema &table, PathNode &tableNode, RowBuilder &row, RowBatch &batch)
{
    if (!row.overflow.empty()) {
        const std::string_view json = batch.arena.store('{' + row.overflow + '}');
        setSystem(table, tableNode, row, Overflow, Value::ofText(json));
    }
    // Looked up by name once per table and page, not once per row.
    if (tableNode.rowsBatch != &batch || tableNode.rowsGeneration != batch.generation) {
        tableNode.rows = &batch.tables[table.name];
        tableNode.rowsBatch = &batch;
        tableNode.rowsGeneration = batch.generation;
    }
    TableRows &rows = *tableNode.rows;
    rows.starts.push_back(std::uint32_t(rows.cells.size()));
    rows.cells.insert(rows.cells.end(), row.values.begin(), row.values.end());
}

Result<size_t, QString> Normalizer::addRecord(const simdjson::dom::element &record, RowBatch &batch)
{
    if (record.type() != simdjson::dom::element_type::OBJECT)
        return QStringLiteral("a record is not a JSON object");
    m_error.clear();
    m_depth = 0;
    // Where each table's rows end before this record, to drop its rows if it fails.
    m_marks.clear();
    size_t rowsBefore = 0;
    for (auto &[name, rows] : batch.tables) {
        m_marks.push_back({ &rows, rows.starts.size(), rows.cells.size() });
        rowsBefore += rows.rowCount();
    }

    TableSchema &root = ensureTable(m_context.rootTable, nullptr);
    if (m_rowPool.empty())
        m_rowPool.push_back(std::make_unique<RowBuilder>());
    RowBuilder &row = *m_rowPool[0];
    row.reset(root.columns.size());
    row.id = batch.arena.store(randomId());
    m_rootId = row.id; // children's _dlt_root_id
    PathNode &node = rootNode(root.name);

    // Values must live as long as the batch, not the context: a pipelined caller may change the
    // context for the next page while this batch is still being written.
    if (m_contextGeneration != batch.generation) {
        m_loadId = batch.arena.store(m_context.loadId);
        m_platform = batch.arena.store(m_context.platform);
        m_contextGeneration = batch.generation;
    }
    if (!m_platform.empty()) {
        JsonScalar platform;
        platform.text = m_platform;
        setScalar(root, node.child("platform"), row, platform, batch);
    }
    flatten(root, node, row, record, m_context.maxNesting, batch);
    setSystem(root, node, row, LoadId, Value::ofText(m_loadId));
    setSystem(root, node, row, DltId, Value::ofText(row.id));
    if (m_context.keepRawJson) {
        const std::string_view raw = batch.arena.store(simdjson::to_string(record));
        setSystem(root, node, row, RawJson, Value::ofText(raw));
    }
    for (const std::string &key : m_context.primaryKey) {
        const int index = root.indexOf(key);
        if (m_error.isEmpty()
            && (index < 0 || size_t(index) >= row.values.size()
                || row.values[size_t(index)].isNull()))
            m_error =
                QStringLiteral("a record of “%1” has no value for its primary key column “%2”")
                    .arg(QString::fromStdString(root.name), QString::fromStdString(key));
    }

    if (!m_error.isEmpty()) {
        for (auto it = batch.tables.begin(); it != batch.tables.end();) {
            const auto mark = std::find_if(m_marks.begin(), m_marks.end(),
                [&](const RowMark &m) { return m.rows == &it->second; });
            if (mark == m_marks.end()) {
                it = batch.tables.erase(it); // a table this record brought
                batch.generation = RowBatch::nextGeneration();
                continue;
            }
            it->second.starts.resize(mark->starts);
            it->second.cells.resize(mark->cells);
            ++it;
        }
        return m_error;
    }
    finishRow(root, node, row, batch);
    ++batch.records;
    return batch.rowCount() - rowsBefore;
}

} // namespace Core
