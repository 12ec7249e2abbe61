// SPDX-License-Identifier: MIT
// Golden cases in tests/data/normalize/<case>/: config.json (the resource), input.json (a list of
// loads, each a list of records) and expected.json (tables with their columns, dlt types and row
// counts; selected cells; the first error, if any). The three worked examples of
// normalization.md §7 are here verbatim, next to real Fullstory payloads.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <simdjson.h>

#include "core/normalize/naming.h"
#include "core/normalize/normalizer.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

QJsonValue render(const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Integer:
        return QJsonValue(qint64(value.integer));
    case Value::Kind::Real:
        return QJsonValue(value.real);
    case Value::Kind::Text:
        return QJsonValue(QString::fromUtf8(value.text.data(), qsizetype(value.text.size())));
    case Value::Kind::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

class TestNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void childIdsAreStableAndRootIdsRandom();
};

void TestNormalizer::golden_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/normalize"), 12);
}

void TestNormalizer::golden()
{
    QFETCH(QString, dir);
    const QJsonObject config =
        QJsonDocument::fromJson(TestSupport::readFile(dir + u"/config.json"_s)).object();
    const QJsonObject expected =
        QJsonDocument::fromJson(TestSupport::readFile(dir + u"/expected.json"_s)).object();
    QVERIFY(!config.isEmpty() && !expected.isEmpty());

    Schema schema;
    Normalizer normalizer(schema);
    NormalizeContext context;
    context.rootTable = Naming::normalizePath(config.value(u"table"_s).toString().toStdString());
    for (const auto &key : config.value(u"primary_key"_s).toArray())
        context.primaryKey.push_back(key.toString().toStdString());
    context.childrenHaveRootId = config.value(u"write"_s).toString() == u"merge"_s;
    context.keepRawJson = config.value(u"raw_json"_s).toBool();
    context.maxNesting = config.value(u"max_nesting"_s).toInt(1000);
    context.platform = config.value(u"platform"_s).toString().toStdString();
    context.loadId = "1714557600.123456";
    normalizer.setContext(context);

    // Every row rendered as {column: value}, across loads, per table.
    QHash<QString, QJsonArray> rendered;
    QHash<QString, QSet<QString>> ids;
    QString firstError;
    const QByteArray input = TestSupport::readFile(dir + u"/input.json"_s);
    simdjson::dom::parser parser;
    simdjson::dom::element loads;
    QCOMPARE(int(parser.parse(input.constData(), size_t(input.size())).get(loads)), 0);
    simdjson::dom::array loadList;
    QVERIFY(loads.get_array().get(loadList) == simdjson::SUCCESS);
    for (const auto load : loadList) {
        RowBatch batch;
        simdjson::dom::array records;
        QVERIFY(load.get_array().get(records) == simdjson::SUCCESS);
        for (const auto record : records) {
            const auto added = normalizer.addRecord(record, batch);
            if (!added && firstError.isEmpty())
                firstError = added.error();
        }
        for (const auto &[name, rows] : batch.tables) {
            const TableSchema *table = schema.find(name);
            QVERIFY(table);
            for (size_t r = 0; r < rows.rowCount(); ++r) {
                QJsonObject row;
                for (size_t c = 0; c < rows.rowWidth(r); ++c) {
                    const Value &v = rows.cells[rows.rowStart(r) + c];
                    if (!v.isNull())
                        row.insert(QString::fromStdString(table->columns[c].name), render(v));
                }
                rendered[QString::fromStdString(name)].append(row);
                ids[QString::fromStdString(name)].insert(row.value(u"_dlt_id"_s).toString());
            }
        }
    }

    QCOMPARE(firstError, expected.value(u"error"_s).toString());

    const QJsonObject tables = expected.value(u"tables"_s).toObject();
    QStringList actualTables;
    for (const auto &[name, table] : schema.tables())
        actualTables.append(QString::fromStdString(name));
    QCOMPARE(actualTables, tables.keys()); // both sorted
    QSet<QString> variants;
    for (const auto &v : expected.value(u"variants"_s).toArray())
        variants.insert(v.toString());

    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const TableSchema *table = schema.find(it.key().toStdString());
        const QJsonObject spec = it.value().toObject();
        QMap<QString, QString> actualColumns, expectedColumns;
        for (const ColumnSchema &column : table->columns) {
            actualColumns.insert(QString::fromStdString(column.name),
                QString::fromLatin1(
                    dataTypeName(column.type).data(), qsizetype(dataTypeName(column.type).size())));
            QCOMPARE(column.variant, variants.contains(QString::fromStdString(column.name)));
            const bool pk = spec.value(u"primary_key"_s)
                                .toArray()
                                .contains(QString::fromStdString(column.name));
            QCOMPARE(column.primaryKey, pk);
            QCOMPARE(column.nullable, !pk && !(column.system && column.name.starts_with("_dlt_")));
        }
        const QJsonObject columns = spec.value(u"columns"_s).toObject();
        for (auto c = columns.begin(); c != columns.end(); ++c)
            expectedColumns.insert(c.key(), c.value().toString());
        QCOMPARE(actualColumns, expectedColumns);
        QCOMPARE(rendered.value(it.key()).size(), spec.value(u"rows"_s).toInt());

        // Referential integrity: every child row points at a real parent (and root) row.
        if (!table->isRoot()) {
            for (const auto &row : rendered.value(it.key())) {
                const QJsonObject r = row.toObject();
                QVERIFY(ids.value(QString::fromStdString(table->parent))
                            .contains(r.value(u"_dlt_parent_id"_s).toString()));
                if (table->hasRootId)
                    QVERIFY(ids.value(QString::fromStdString(table->root))
                                .contains(r.value(u"_dlt_root_id"_s).toString()));
            }
        }
        for (const QString &id : ids.value(it.key()))
            QCOMPARE(id.size(), 14);
        QCOMPARE(ids.value(it.key()).size(), rendered.value(it.key()).size()); // unique
    }

    const QJsonObject cells = expected.value(u"cells"_s).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const QJsonArray want = it.value().toArray();
        const QJsonArray got = rendered.value(it.key());
        QVERIFY2(got.size() >= want.size(), qPrintable(it.key()));
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            for (auto c = w.begin(); c != w.end(); ++c)
                QVERIFY2(got.at(i).toObject().value(c.key()) == c.value(),
                    qPrintable(u"%1[%2].%3 = %4"_s.arg(it.key()).arg(i).arg(c.key(),
                        QString::fromUtf8(
                            QJsonDocument(got.at(i).toObject()).toJson(QJsonDocument::Compact)))));
        }
    }
    const QJsonObject absent = expected.value(u"absent_cells"_s).toObject();
    for (auto it = absent.begin(); it != absent.end(); ++it) {
        const QJsonArray perRow = it.value().toArray();
        for (qsizetype i = 0; i < perRow.size(); ++i) {
            for (const auto &column : perRow.at(i).toArray())
                QVERIFY(!rendered.value(it.key()).at(i).toObject().contains(column.toString()));
        }
    }

    const auto changes = normalizer.takeSchemaChanges();
    int tablesCreated = 0, overflows = 0;
    for (const SchemaChange &change : changes) {
        tablesCreated += change.kind == SchemaChange::Kind::NewTable ? 1 : 0;
        overflows += change.kind == SchemaChange::Kind::Overflow ? 1 : 0;
    }
    QCOMPARE(tablesCreated, tables.size());
    QCOMPARE(overflows, expected.value(u"changes"_s).toObject().value(u"overflow"_s).toInt());
}

void TestNormalizer::childIdsAreStableAndRootIdsRandom()
{
    const QByteArray record = R"({"id":"u1","tags":["a","b"]})";
    simdjson::dom::parser parser;
    QList<QStringList> runs;
    for (int run = 0; run < 2; ++run) {
        Schema schema;
        Normalizer normalizer(schema);
        NormalizeContext context;
        context.rootTable = "users";
        normalizer.setContext(context);
        RowBatch batch;
        simdjson::dom::element element;
        QVERIFY(parser.parse(record.constData(), size_t(record.size())).get(element)
            == simdjson::SUCCESS);
        QVERIFY(normalizer.addRecord(element, batch).hasValue());
        const TableRows &tags = batch.tables.at("users__tags");
        const TableSchema *table = schema.find("users__tags");
        const int idColumn = table->indexOf("_dlt_id");
        const int parentColumn = table->indexOf("_dlt_parent_id");
        QStringList ids;
        for (size_t r = 0; r < tags.rowCount(); ++r) {
            ids.append(QString::fromStdString(
                std::string(tags.cells[tags.rowStart(r) + size_t(idColumn)].text)));
            ids.append(QString::fromStdString(
                std::string(tags.cells[tags.rowStart(r) + size_t(parentColumn)].text)));
        }
        runs.append(ids);
    }
    // New root ids each load, so the child ids differ between loads but are distinct per row.
    QVERIFY(runs.at(0).at(1) != runs.at(1).at(1));
    QVERIFY(runs.at(0).at(0) != runs.at(0).at(2));
}

QTEST_APPLESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
