// SPDX-License-Identifier: MIT
// dlt's naming convention: every example of normalization.md §3, plus timestamp detection and
// normalization (§4.2, §8b) and the coercion table (§5).

#include <QTest>

#include "core/normalize/coercion.h"
#include "core/normalize/naming.h"
#include "core/normalize/timestamp.h"

using namespace Core;

class TestNaming final : public QObject
{
    Q_OBJECT

private slots:
    void identifiers_data();
    void identifiers();
    void paths_data();
    void paths();
    void timestampDetection_data();
    void timestampDetection();
    void timestampCoercionAcceptsDatesAndEpochs();
    void coercion_data();
    void coercion();
    void pythonFloatRepr_data();
    void pythonFloatRepr();
};

void TestNaming::identifiers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const char *cases[][2] = {
        { " id ", "id" },
        { "a+b*c", "axbxc" },
        { "email@host|pipe", "emailahostlpipe" },
        { "a-b", "a_b" },
        { "has space", "has_space" },
        { "Ünïcode Näme", "_n_code_n_me" },
        { "CamelCaseKey", "camel_case_key" },
        { "HTTPResponseCode", "http_response_code" },
        { "ABCDef", "abc_def" },
        { "a1B", "a1_b" },
        { "v2Api", "v2_api" },
        { "lastUpdatedBy", "last_updated_by" },
        { "ID", "id" },
        { "1st_place", "_1st_place" },
        { "trailing_", "trailingx" },
        { "-", "x" },
        { "__private", "_private" },
        { "", "_empty" },
        { "   ", "_empty" },
        { "blockedIps", "blocked_ips" },
        { "recordGeoZones", "record_geo_zones" },
        { "clientSideRageClick", "client_side_rage_click" },
        { "display_name", "display_name" },
        { "12", "_12" },
        { "it's", "it_s" },
        { "say \"hi\"", "say_hix" },
        { "select", "select" },
        { "Robert'); DROP TABLE users;--", "robert_drop_table_usersxxx" },
    };
    for (const auto &c : cases)
        QTest::newRow(c[0]) << QByteArray(c[0]) << QByteArray(c[1]);
}

void TestNaming::identifiers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(Naming::normalizeIdentifier(input.toStdString())), expected);
}

void TestNaming::paths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("x__y") << QByteArray("x__y") << QByteArray("x__y");
    QTest::newRow("__private") << QByteArray("__private") << QByteArray("private");
    QTest::newRow("a___b") << QByteArray("a___b") << QByteArray("a___b");
    QTest::newRow("Weird Table-Name")
        << QByteArray("Weird Table-Name") << QByteArray("weird_table_name");
    QTest::newRow("camel parts") << QByteArray("metaData__lastUpdated")
                                 << QByteArray("meta_data__last_updated");
    QTest::newRow("blank") << QByteArray(" ") << QByteArray("_empty");
    QTest::newRow("500 chars") << QByteArray(500, 'A') << QByteArray(500, 'a');
}

void TestNaming::paths()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(Naming::normalizePath(input.toStdString())), expected);
}

void TestNaming::timestampDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // empty: stays text
    const char *cases[][2] = {
        { "2020-10-23T15:05:50.778Z", "2020-10-23T15:05:50.778000Z" },
        { "2021-05-12T15:16:10.268269Z", "2021-05-12T15:16:10.268269Z" },
        { "0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000000Z" },
        { "2024-05-01T10:00:00.123+02:00", "2024-05-01T08:00:00.123000Z" },
        { "2024-05-01T01:30:00-0230", "2024-05-01T04:00:00.000000Z" },
        { "2024-05-01 10:00:00", "2024-05-01T10:00:00.000000Z" },
        { "2024-05-01T10:00", "2024-05-01T10:00:00.000000Z" },
        { "2024-05-01T10", "2024-05-01T10:00:00.000000Z" },
        { "20240501T100000Z", "2024-05-01T10:00:00.000000Z" },
        { "2024-05-01T10:00:00.123456789Z", "2024-05-01T10:00:00.123456Z" },
        { "2024-02-29T23:59:59Z", "2024-02-29T23:59:59.000000Z" },
        { "2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00.000000Z" },
        { "2024-05-01", "" },
        { "20240501", "" },
        { "2024-W18-3", "" },
        { "2024", "" },
        { "10:00:00", "" },
        { "42", "" },
        { "1789032077", "" },
        { "6606828898126528473", "" },
        { "v17555fe8105", "" },
        { "2024-05-01t10:00:00z", "" },
        { "Tue, 01 May 2024 10:00:00 GMT", "" },
        { "2024-13-01T10:00:00Z", "" },
        { "2023-02-29T10:00:00Z", "" },
        { "2024-05-01T25:00:00Z", "" },
        { "", "" },
    };
    for (const auto &c : cases)
        QTest::newRow(*c[0] ? c[0] : "(empty)") << QByteArray(c[0]) << QByteArray(c[1]);
}

void TestNaming::timestampDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto normalized = Timestamp::normalize(input.toStdString());
    QCOMPARE(QByteArray::fromStdString(normalized.value_or(std::string())), expected);
    JsonScalar value;
    value.text = std::string_view(input.constData(), size_t(input.size()));
    QCOMPARE(inferType(value), expected.isEmpty() ? DataType::Text : DataType::Timestamp);
}

void TestNaming::timestampCoercionAcceptsDatesAndEpochs()
{
    TextArena arena;
    JsonScalar date;
    date.text = "2024-05-01";
    QCOMPARE(coerce(date, DataType::Timestamp, arena)->text, "2024-05-01T00:00:00.000000Z");
    JsonScalar epoch;
    epoch.kind = JsonScalar::Kind::Integer;
    epoch.integer = 1714557600;
    QCOMPARE(coerce(epoch, DataType::Timestamp, arena)->text, "2024-05-01T10:00:00.000000Z");
    JsonScalar fractional;
    fractional.kind = JsonScalar::Kind::Real;
    fractional.real = 1714557600.25;
    QCOMPARE(coerce(fractional, DataType::Timestamp, arena)->text, "2024-05-01T10:00:00.250000Z");
    JsonScalar junk;
    junk.text = "soon";
    QVERIFY(!coerce(junk, DataType::Timestamp, arena));
}

void TestNaming::coercion_data()
{
    // kind: s string, i integer, r real, b bool, j json. expected: the bound value, or "FAIL".
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    const char *cases[][4] = {
        { "i", "1", "text", "1" },
        { "r", "1.5", "text", "1.5" },
        { "b", "true", "text", "True" },
        { "b", "false", "text", "False" },
        { "j", "{\"a\":1}", "text", "{\"a\":1}" },
        { "s", "42", "bigint", "42" },
        { "s", "0x1f", "bigint", "31" },
        { "r", "7.0", "bigint", "7" },
        { "s", "4.2", "bigint", "FAIL" },
        { "r", "7.9", "bigint", "FAIL" },
        { "b", "true", "bigint", "FAIL" },
        { "i", "2", "double", "2" },
        { "s", "3.25", "double", "3.25" },
        { "b", "true", "double", "FAIL" },
        { "s", "abc", "double", "FAIL" },
        { "i", "5", "bool", "1" },
        { "i", "0", "bool", "0" },
        { "s", "Yes", "bool", "1" },
        { "s", "t", "bool", "1" },
        { "s", "N", "bool", "0" },
        { "s", "0", "bool", "0" },
        { "s", "maybe", "bool", "FAIL" },
        { "s", "[1,2]", "json", "[1,2]" },
        { "s", "str", "json", "FAIL" },
        { "i", "1", "json", "FAIL" },
        { "b", "true", "json", "FAIL" },
    };
    for (const auto &c : cases)
        QTest::newRow(
            QByteArray(c[0]).append(' ').append(c[1]).append(" -> ").append(c[2]).constData())
            << QByteArray(c[0]) << QByteArray(c[1]) << QByteArray(c[2]) << QByteArray(c[3]);
}

void TestNaming::coercion()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    JsonScalar value;
    value.text = std::string_view(literal.constData(), size_t(literal.size()));
    switch (kind.at(0)) {
    case 'i':
        value.kind = JsonScalar::Kind::Integer;
        value.integer = literal.toLongLong();
        break;
    case 'r':
        value.kind = JsonScalar::Kind::Real;
        value.real = literal.toDouble();
        break;
    case 'b':
        value.kind = JsonScalar::Kind::Bool;
        value.boolean = literal == "true";
        break;
    case 'j':
        value.kind = JsonScalar::Kind::Json;
        break;
    default:
        value.kind = JsonScalar::Kind::String;
    }
    TextArena arena;
    const auto result = coerce(value, *dataTypeFromName(target.toStdString()), arena);
    if (expected == "FAIL") {
        QVERIFY(!result.has_value());
        return;
    }
    QVERIFY(result.has_value());
    QByteArray bound;
    switch (result->kind) {
    case Value::Kind::Integer:
        bound = QByteArray::number(result->integer);
        break;
    case Value::Kind::Real:
        bound = QByteArray::number(result->real);
        break;
    case Value::Kind::Text:
        bound = QByteArray(result->text.data(), qsizetype(result->text.size()));
        break;
    case Value::Kind::Null:
        bound = "NULL";
    }
    QCOMPARE(bound, expected);
}

void TestNaming::pythonFloatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("1.5") << 1.5 << QByteArray("1.5");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("integral") << 123456789.0 << QByteArray("123456789.0");
    QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
    QTest::newRow("1.5e-05") << 1.5e-05 << QByteArray("1.5e-05");
    QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("-2.25") << -2.25 << QByteArray("-2.25");
    QTest::newRow("0.0") << 0.0 << QByteArray("0.0");
}

void TestNaming::pythonFloatRepr()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(Core::pythonFloatRepr(value)), expected);
}

QTEST_APPLESS_MAIN(TestNaming)
#include "tst_naming.moc"
