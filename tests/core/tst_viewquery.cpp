// SPDX-License-Identifier: MIT
// Column filters and the browser's SQL: golden cases for the parser, and the SQL run against a
// real SQLite file so that affinity, NULLs and sort order behave as the grid promises.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/browse/columnfilter.h"
#include "core/browse/viewquery.h"
#include "core/store/sqlite.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestViewQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterCases_data();
    void filterCases();
    void viewSql();
    void results_data();
    void results();
    void sortIsStableAndNullsFirst();
    void quotesIdentifiers();

private:
    QList<qint64> keys(const Core::ViewQuery &query);

    QTemporaryDir m_dir;
    std::unique_ptr<Core::SqliteDatabase> m_db;
};

void TestViewQuery::initTestCase()
{
    m_db = std::make_unique<Core::SqliteDatabase>(
        m_dir.filePath(u"view.sqlite"_s), Core::SqliteDatabase::Mode::ReadWrite);
    // Declared types as the normalizer writes them: BIGINT has integer affinity, DATETIME numeric.
    m_db->exec(R"sql(
        CREATE TABLE t (name TEXT, seats BIGINT, score FLOAT, seen DATETIME, plan TEXT);
        INSERT INTO t VALUES ('Ann', 9, 1.5, '2024-01-05T10:00:00.000000Z', 'pro');
        INSERT INTO t VALUES ('bob', 10, NULL, '2024-03-01T00:00:00.000000Z', 'free');
        INSERT INTO t VALUES ('Cé', 100, 2.5, NULL, NULL);
        INSERT INTO t VALUES ('50% off', NULL, -1, '2024-05-20T08:30:00.500000Z', 'pro');
        INSERT INTO t VALUES ('dan_x', 10, 0, '2024-02-29T23:59:59.999999Z', 'enterprise');
    )sql");
}

void TestViewQuery::filterCases_data()
{
    QTest::addColumn<QJsonObject>("spec");
    const QJsonArray cases = QJsonDocument::fromJson(
        TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/filter/cases.json")))
                                 .array();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue &c : cases) {
        const QJsonObject spec = c.toObject();
        QTest::newRow(qPrintable(spec.value(u"input"_s).toString())) << spec;
    }
}

void TestViewQuery::filterCases()
{
    QFETCH(QJsonObject, spec);
    const auto parsed = Core::ColumnFilter::parse(spec.value(u"input"_s).toString());
    if (spec.contains(u"error"_s)) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error(), spec.value(u"error"_s).toString());
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const Core::SqlFragment sql = parsed.value().toSql(u"\"c\""_s);
    QCOMPARE(sql.sql, spec.value(u"sql"_s).toString());
    const QJsonArray expected = spec.value(u"args"_s).toArray();
    QCOMPARE(sql.args.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonValue want = expected.at(i);
        const QVariant got = sql.args.at(i);
        if (want.isString()) {
            QCOMPARE(got.typeId(), int(QMetaType::QString));
            QCOMPARE(got.toString(), want.toString());
        } else if (want.toDouble() == double(qint64(want.toDouble())) && want.toDouble() < 1e15) {
            QCOMPARE(got.typeId(), int(QMetaType::LongLong));
            QCOMPARE(got.toLongLong(), qint64(want.toDouble()));
        } else {
            QCOMPARE(got.typeId(), int(QMetaType::Double));
            QCOMPARE(got.toDouble(), want.toDouble());
        }
    }
    QVERIFY(!parsed.value().describe().isEmpty());
}

void TestViewQuery::viewSql()
{
    Core::ViewQuery query;
    query.table = u"users"_s;
    query.columns = { u"id"_s, u"seats"_s, u"plan"_s };
    query.filters.insert(1, Core::ColumnFilter::parse(u">5"_s).value());
    query.filters.insert(2, Core::ColumnFilter::parse(u"pro"_s).value());
    query.filters.insert(7, Core::ColumnFilter::parse(u"x"_s).value()); // no such column: ignored
    query.sortColumn = 2;
    query.descending = true;
    QCOMPARE(query.keySql().sql,
        u"SELECT rowid FROM \"users\" WHERE \"seats\" > ? AND \"plan\" LIKE ? ESCAPE '\\' "
        "ORDER BY \"plan\" DESC, rowid DESC"_s);
    QCOMPARE(query.keySql().args, (QVariantList { 5LL, u"%pro%"_s }));
    QCOMPARE(query.countSql().sql,
        u"SELECT count(*) FROM \"users\" WHERE \"seats\" > ? AND \"plan\" LIKE ? ESCAPE '\\'"_s);
    QCOMPARE(query.selectSql().sql,
        u"SELECT \"id\", \"seats\", \"plan\" FROM \"users\" WHERE \"seats\" > ? AND \"plan\" "
        "LIKE ? ESCAPE '\\' ORDER BY \"plan\" DESC, rowid DESC"_s);
    QCOMPARE(query.rowsSql(3),
        u"SELECT rowid, \"id\", \"seats\", \"plan\" FROM \"users\" WHERE rowid IN (?,?,?)"_s);
    query.filters.clear();
    query.sortColumn.reset();
    QCOMPARE(query.keySql().sql, u"SELECT rowid FROM \"users\" ORDER BY rowid"_s);
}

QList<qint64> TestViewQuery::keys(const Core::ViewQuery &query)
{
    const Core::SqlFragment sql = query.keySql();
    Core::SqliteStatement statement(*m_db, sql.sql.toStdString());
    statement.bindValues(sql.args);
    QList<qint64> out;
    while (statement.step())
        out.append(statement.columnInt(0));
    return out;
}

void TestViewQuery::results_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint64>>("rowids");
    // Numbers compare as numbers on a BIGINT column: 9 < 10 although "9" > "10" as text.
    QTest::newRow("numeric less") << 1 << u"<10"_s << QList<qint64> { 1 };
    QTest::newRow("numeric equal") << 1 << u"=10"_s << QList<qint64> { 2, 5 };
    QTest::newRow("range inclusive") << 1 << u"10..100"_s << QList<qint64> { 2, 3, 5 };
    QTest::newRow("not equal keeps NULL") << 1 << u"<>10"_s << QList<qint64> { 1, 3, 4 };
    QTest::newRow("null") << 1 << u"NULL"_s << QList<qint64> { 4 };
    QTest::newRow("not null") << 2 << u"NOT NULL"_s << QList<qint64> { 1, 3, 4, 5 };
    QTest::newRow("real") << 2 << u">=0"_s << QList<qint64> { 1, 3, 5 };
    QTest::newRow("contains ignores ASCII case") << 0 << u"AN"_s << QList<qint64> { 1, 5 };
    QTest::newRow("percent is literal") << 0 << u"50%"_s << QList<qint64> { 4 };
    QTest::newRow("underscore is literal") << 0 << u"n_x"_s << QList<qint64> { 5 };
    QTest::newRow("timestamps as text") << 3 << u">2024-02"_s << QList<qint64> { 2, 4, 5 };
    QTest::newRow("timestamp range")
        << 3 << u"2024-02-01..2024-03-01T00:00:00.000000Z"_s << QList<qint64> { 2, 5 };
    QTest::newRow("equal text") << 4 << u"=pro"_s << QList<qint64> { 1, 4 };
}

void TestViewQuery::results()
{
    QFETCH(int, column);
    QFETCH(QString, filter);
    QFETCH(QList<qint64>, rowids);
    Core::ViewQuery query;
    query.table = u"t"_s;
    query.columns = { u"name"_s, u"seats"_s, u"score"_s, u"seen"_s, u"plan"_s };
    query.filters.insert(column, Core::ColumnFilter::parse(filter).value());
    QCOMPARE(keys(query), rowids);
}

void TestViewQuery::sortIsStableAndNullsFirst()
{
    Core::ViewQuery query;
    query.table = u"t"_s;
    query.columns = { u"name"_s, u"seats"_s };
    query.sortColumn = 1;
    QCOMPARE(keys(query), (QList<qint64> { 4, 1, 2, 5, 3 }));
    query.descending = true;
    QCOMPARE(keys(query), (QList<qint64> { 3, 5, 2, 1, 4 }));
}

void TestViewQuery::quotesIdentifiers()
{
    QCOMPARE(Core::ViewQuery::quote(u"a\"b"_s), u"\"a\"\"b\""_s);
    m_db->exec("CREATE TABLE \"odd\"\"name\" (\"we\"\"ird\" TEXT); "
               "INSERT INTO \"odd\"\"name\" VALUES ('x')");
    Core::ViewQuery query;
    query.table = u"odd\"name"_s;
    query.columns = { u"we\"ird"_s };
    query.filters.insert(0, Core::ColumnFilter::parse(u"x"_s).value());
    QCOMPARE(keys(query), (QList<qint64> { 1 }));
}

QTEST_GUILESS_MAIN(TestViewQuery)
#include "tst_viewquery.moc"
