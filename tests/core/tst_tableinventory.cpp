// SPDX-License-Identifier: MIT
// What the browser and schema view learn about a dataset that a real sync wrote.

#include <QTemporaryDir>
#include <QTest>

#include "core/browse/tableinventory.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;

class TestTableInventory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesTables();
    void columnsCarryTypesAndFlags();
    void rowCounts();
    void leavesStagingTablesOut();

private:
    const Core::TableInfo *find(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    QList<Core::TableInfo> m_tables;
};

void TestTableInventory::initTestCase()
{
    m_path = m_dir.filePath(u"inventory.sqlite"_s);
    QCOMPARE(
        TestSupport::syncNewDataset(m_path, 120, 50, 6).status, Core::RunResult::Status::Completed);
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    m_tables = Core::TableInventory::read(db);
}

const Core::TableInfo *TestTableInventory::find(const QString &name) const
{
    for (const Core::TableInfo &table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

void TestTableInventory::classifiesTables()
{
    const Core::TableInfo *users = find(u"users"_s);
    QVERIFY(users);
    QCOMPARE(users->kind, Core::TableInfo::Kind::Data);
    QVERIFY(users->parent.isEmpty());
    const Core::TableInfo *tags = find(u"users__properties__tags"_s);
    QVERIFY(tags);
    QCOMPARE(tags->kind, Core::TableInfo::Kind::Child);
    QCOMPARE(tags->parent, u"users"_s);
    QCOMPARE(tags->root, u"users"_s);
    // Grandchildren point at their parent, and at the root of the tree.
    const Core::TableInfo *values =
        find(u"settings_targeting_history__session_targeting_rules__conditions__values"_s);
    QVERIFY(values);
    QCOMPARE(values->parent, u"settings_targeting_history__session_targeting_rules__conditions"_s);
    QCOMPARE(values->root, u"settings_targeting_history"_s);
    const Core::TableInfo *runs = find(u"_sync_runs"_s);
    QVERIFY(runs);
    QCOMPARE(runs->kind, Core::TableInfo::Kind::System);
    QVERIFY(!find(u"sqlite_sequence"_s));
}

void TestTableInventory::columnsCarryTypesAndFlags()
{
    const Core::TableInfo *users = find(u"users"_s);
    QVERIFY(users);
    const int id = users->indexOf(u"id"_s);
    QVERIFY(id >= 0);
    QVERIFY(users->columns.at(id).primaryKey);
    QVERIFY(!users->columns.at(id).nullable);
    QCOMPARE(users->columns.at(id).dataType, u"text"_s);
    const int seats = users->indexOf(u"properties__seats"_s);
    QVERIFY(seats >= 0);
    QCOMPARE(users->columns.at(seats).dataType, u"bigint"_s);
    QCOMPARE(users->columns.at(seats).declaredType, u"BIGINT"_s);
    const int loadId = users->indexOf(u"_dlt_load_id"_s);
    QVERIFY(users->columns.at(loadId).system);
    const Core::TableInfo *history = find(u"settings_privacy_history"_s);
    QVERIFY(history);
    const int raw = history->indexOf(u"_raw_json"_s);
    QVERIFY(raw >= 0);
    QVERIFY(history->isJsonColumn(raw));
    QVERIFY(!history->isJsonColumn(history->indexOf(u"metadata__last_updated_by"_s)));
    QCOMPARE(history->columns.at(history->indexOf(u"metadata__last_updated"_s)).dataType,
        u"timestamp"_s);
}

void TestTableInventory::rowCounts()
{
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(Core::TableInventory::rowCount(db, u"users"_s), 120);
    QCOMPARE(Core::TableInventory::rowCount(db, u"settings_geo_history"_s), 6);
}

void TestTableInventory::leavesStagingTablesOut()
{
    {
        Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadWrite);
        db.exec("CREATE TABLE _sync_stage__users (id TEXT)");
    }
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QStringList names;
    for (const Core::TableInfo &table : Core::TableInventory::read(db))
        names.append(table.name);
    QVERIFY(names.contains(u"users"_s)); // a read that lists nothing must not pass
    for (const QString &name : std::as_const(names))
        QVERIFY2(!name.startsWith(u"_sync_stage__"_s), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestTableInventory)
#include "tst_tableinventory.moc"
