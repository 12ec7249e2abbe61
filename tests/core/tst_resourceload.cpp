// SPDX-License-Identifier: MIT
// ResourceLoad against a real SQLite file: dlt's merge semantics (normalization.md §7, example 3),
// hostile identifiers loaded for real, duplicate keys within a load, replace's staging swap and
// a rollback that leaves nothing behind.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/normalize/naming.h"
#include "core/store/migrations.h"
#include "core/store/resourceload.h"
#include "core/store/schemastore.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;
using namespace Core;

class TestResourceLoad final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void mergeReplacesRowsAndTheirChildren();
    void hostileIdentifiersLoadSafely();
    void duplicateKeysKeepTheLastAndWarn();
    void replaceSwapsAndRollbackLeavesNoTrace();

private:
    LoadStats load(const LoadPlan &plan, const QList<QByteArray> &pages, bool commit = true);
    QStringList strings(const std::string &sql);
    std::int64_t number(const std::string &sql) { return std::stoll(m_db->scalar(sql)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    Schema m_schema;
    int m_run = 0;
};

namespace {

// A list resource keyed by "id" whose records come under "results".
LoadPlan listPlan(const QString &name, WriteDisposition write)
{
    LoadPlan out;
    out.spec.name = out.spec.table = name;
    out.spec.selector = u"results"_s;
    out.spec.write = write;
    out.spec.primaryKey = { u"id"_s };
    return out;
}

} // namespace

void TestResourceLoad::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SqliteDatabase>(
        m_dir->filePath(u"t.sqlite"_s), SqliteDatabase::Mode::ReadWrite);
    Migrations::apply(*m_db);
    m_schema = Schema();
    m_run = 0;
}

LoadStats TestResourceLoad::load(const LoadPlan &plan, const QList<QByteArray> &pages, bool commit)
{
    const Schema before = m_schema;
    m_db->exec("BEGIN IMMEDIATE");
    ResourceLoad load(*m_db, m_schema, plan, std::to_string(++m_run));
    for (const QByteArray &page : pages)
        load.writePage(page, {}, std::nullopt);
    if (!commit) {
        m_db->exec("ROLLBACK");
        m_schema = before;
        return load.stats();
    }
    load.finish("2026-01-01T00:00:00Z");
    m_db->exec("COMMIT");
    return load.stats();
}

QStringList TestResourceLoad::strings(const std::string &sql)
{
    SqliteStatement statement(*m_db, sql);
    QStringList out;
    while (statement.step())
        out.append(QString::fromStdString(statement.columnText(0)));
    return out;
}

void TestResourceLoad::mergeReplacesRowsAndTheirChildren()
{
    LoadPlan spec = listPlan(u"settings"_s, WriteDisposition::Merge);
    spec.childrenHaveRootId = true;
    load(spec, { R"({"results":[{"id":1,"score":10,"history":[{"v":1}]}]})" });
    const LoadStats second = load(spec, { R"({"results":[
        {"id":2,"score":"high","history":[{"v":2}]},
        {"id":3,"score":7.9,"history":[]},
        {"id":1,"score":true,"history":[{"v":3}]}]})" });
    QCOMPARE(second.records, 3);
    QCOMPARE(second.warnings, 0); // id 1 came from an earlier load: an upsert, not a duplicate
    // "After load 2 the root table holds ids 2, 3 and 1. Row 1 was replaced, and its old child
    // row (v=1) was deleted through _dlt_root_id and replaced by v=3."
    QCOMPARE(strings("SELECT id FROM settings ORDER BY rowid"),
        (QStringList { u"2"_s, u"3"_s, u"1"_s }));
    QCOMPARE(
        strings("SELECT v FROM settings__history ORDER BY v"), (QStringList { u"2"_s, u"3"_s }));
    QCOMPARE(strings("SELECT score__v_bool FROM settings WHERE id = 1"), QStringList { u"1"_s });
    QCOMPARE(number("SELECT COUNT(*) FROM settings__history h JOIN settings s ON h._dlt_root_id = "
                    "s._dlt_id"),
        2);
    // Persisted and reloadable: the schema read back equals the one in memory.
    const Schema reloaded = SchemaStore::load(*m_db);
    QCOMPARE(reloaded.find("settings")->columns.size(), m_schema.find("settings")->columns.size());
    QVERIFY(reloaded.find("settings")
                ->columns[size_t(reloaded.find("settings")->indexOf("score__v_bool"))]
                .variant);
}

void TestResourceLoad::hostileIdentifiersLoadSafely()
{
    QFile input(QStringLiteral(FSD_TEST_DATA) + u"/normalize/identifier_safety/input.json"_s);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray records = input.readAll().trimmed();
    records = records.mid(1, records.size() - 2); // the one load's list of records
    const LoadPlan spec = listPlan(u"users"_s, WriteDisposition::Replace);
    load(spec, { "{\"results\":" + records + "}" });
    QCOMPARE(strings("SELECT \"select\" FROM users"), QStringList { u"kw"_s });
    QCOMPARE(strings("SELECT robert_drop_table_usersxxx FROM users"), QStringList { u"bobby"_s });
    QCOMPARE(
        strings("SELECT \"" + std::string(500, 'a') + "\" FROM users"), QStringList { u"long"_s });
    QCOMPARE(number("SELECT COUNT(*) FROM users"), 1);
    QCOMPARE(strings("PRAGMA integrity_check"), QStringList { u"ok"_s });
}

void TestResourceLoad::duplicateKeysKeepTheLastAndWarn()
{
    LoadPlan spec = listPlan(u"users"_s, WriteDisposition::Replace);
    spec.childrenHaveRootId = true;
    const LoadStats stats = load(spec,
        { R"({"results":[{"id":"a","n":1,"tags":["x","y"]},{"id":"b","n":2}]})",
            R"({"results":[{"id":"a","n":3,"tags":["z"]}]})" });
    QCOMPARE(stats.warnings, 1);
    QCOMPARE(stats.records, 2);
    QCOMPARE(stats.rowsByTable.at("users__tags"), 1);
    QCOMPARE(strings("SELECT n FROM users ORDER BY id"), (QStringList { u"3"_s, u"2"_s }));
    QCOMPARE(strings("SELECT value FROM users__tags"), QStringList { u"z"_s });
}

void TestResourceLoad::replaceSwapsAndRollbackLeavesNoTrace()
{
    const LoadPlan spec = listPlan(u"things"_s, WriteDisposition::Replace);
    load(spec, { R"({"results":[{"id":"1","tags":["a"]},{"id":"2"}]})" });
    // A rolled-back load with a new column and a new child table leaves neither behind.
    load(spec, { R"({"results":[{"id":"1","extra":true,"parts":[{"p":1}]}]})" }, false);
    QCOMPARE(number("SELECT COUNT(*) FROM things"), 2);
    QCOMPARE(number("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%parts%' OR name LIKE "
                    "'_sync_stage%'"),
        0);
    QVERIFY(!strings("SELECT name FROM pragma_table_info('things')").contains(u"extra"_s));
    QVERIFY(!m_schema.find("things__parts"));
    // A committed replace swaps the whole tree in, children included, indexes rebuilt.
    load(spec, { R"({"results":[{"id":"3","tags":["b","c"]},{"id":"4"},{"id":"5"}]})" });
    QCOMPARE(
        strings("SELECT id FROM things ORDER BY id"), (QStringList { u"3"_s, u"4"_s, u"5"_s }));
    QCOMPARE(
        strings("SELECT value FROM things__tags ORDER BY value"), (QStringList { u"b"_s, u"c"_s }));
    QCOMPARE(number("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                    "'things__tags'"),
        1);
    QCOMPARE(number("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '_sync_stage%'"), 0);
}

QTEST_APPLESS_MAIN(TestResourceLoad)
#include "tst_resourceload.moc"
