// SPDX-License-Identifier: MIT
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/export/exporter.h"
#include "core/store/sqlite.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csv();
    void csvForExcel();
    void json();
    void emptyResult();
    void cancelLeavesTheOldFile();
    void unwritablePathSaysWhatToDo();
    void clipboardLine();

private:
    Core::SqlFragment all() const
    {
        return { u"SELECT id, name, note, score, big FROM t ORDER BY id"_s, {} };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::SqliteDatabase> m_db;
};

void TestExporter::initTestCase()
{
    m_db = std::make_unique<Core::SqliteDatabase>(
        m_dir.filePath(u"export.sqlite"_s), Core::SqliteDatabase::Mode::ReadWrite);
    m_db->exec(R"sql(
        CREATE TABLE t (id INTEGER, name TEXT, note TEXT, score FLOAT, big TEXT);
        INSERT INTO t VALUES (1, 'Zoë “quoted”', 'say "hi", then
leave', 1.5, '9007199254740993');
        INSERT INTO t VALUES (2, NULL, '', 0.1, NULL);
        INSERT INTO t VALUES (3, '日本語', ' padded ', -2.0, 'tab	in');
    )sql");
}

void TestExporter::csv()
{
    const QString path = m_dir.filePath(u"out.csv"_s);
    const auto rows = Core::Exporter::write(*m_db, all(), path, {}, {});
    QVERIFY(rows);
    QCOMPARE(rows.value(), 3);
    // RFC 4180 quoting; NULL is an empty field; numbers as SQLite holds them; LF line ends.
    QCOMPARE(TestSupport::readFile(path),
        QByteArray("id,name,note,score,big\n"
                   "1,Zoë “quoted”,\"say \"\"hi\"\", then\nleave\",1.5,9007199254740993\n"
                   "2,,,0.1,\n"
                   "3,日本語,\" padded \",-2,tab\tin\n"));
}

void TestExporter::csvForExcel()
{
    const QString path = m_dir.filePath(u"excel.csv"_s);
    Core::ExportOptions options;
    options.excelCompatible = true;
    QVERIFY(Core::Exporter::write(*m_db, all(), path, options, {}));
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,name,note,score,big\r\n1,"));
    QVERIFY(bytes.endsWith("\r\n3,日本語,\" padded \",-2,tab\tin\r\n"));
    // A line break inside a quoted field stays as it was: it is data.
    QVERIFY(bytes.contains("then\nleave"));
}

void TestExporter::json()
{
    const QString path = m_dir.filePath(u"out.json"_s);
    Core::ExportOptions options;
    options.format = Core::ExportOptions::Format::Json;
    QVERIFY(Core::Exporter::write(*m_db, all(), path, options, {}));
    const QByteArray bytes = TestSupport::readFile(path);
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"Zoë “quoted”"_s);
    QCOMPARE(rows.at(0).toObject().value(u"note"_s).toString(), u"say \"hi\", then\nleave"_s);
    QCOMPARE(rows.at(0).toObject().value(u"big"_s).toString(), u"9007199254740993"_s);
    QVERIFY(rows.at(1).toObject().value(u"name"_s).isNull());
    QCOMPARE(rows.at(1).toObject().value(u"note"_s).toString(), QString());
    QCOMPARE(rows.at(2).toObject().value(u"score"_s).toDouble(), -2.0);
    QCOMPARE(rows.at(2).toObject().value(u"big"_s).toString(), u"tab\tin"_s);
    // The exact text: keys in column order, integers without a fraction.
    QVERIFY(bytes.startsWith("[\n  {\"id\": 1, \"name\": \"Zoë “quoted”\", \"note\": \"say "
                             "\\\"hi\\\", then\\nleave\", \"score\": 1.5, "));
    QVERIFY(bytes.contains(
        "{\"id\": 2, \"name\": null, \"note\": \"\", \"score\": 0.1, \"big\": null}"));
}

void TestExporter::emptyResult()
{
    const QString path = m_dir.filePath(u"empty.json"_s);
    Core::ExportOptions options;
    options.format = Core::ExportOptions::Format::Json;
    const Core::SqlFragment none { u"SELECT id FROM t WHERE id > ?"_s, { 100 } };
    QCOMPARE(Core::Exporter::write(*m_db, none, path, options, {}).value(), 0);
    QCOMPARE(TestSupport::readFile(path), QByteArray("[]\n"));
    const QString csvPath = m_dir.filePath(u"empty.csv"_s);
    QCOMPARE(Core::Exporter::write(*m_db, none, csvPath, {}, {}).value(), 0);
    QCOMPARE(TestSupport::readFile(csvPath), QByteArray("id\n"));
}

void TestExporter::cancelLeavesTheOldFile()
{
    m_db->exec("CREATE TABLE many AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
               "FROM n WHERE i < 10000) SELECT i FROM n");
    const QString path = m_dir.filePath(u"kept.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the earlier export\n");
    }
    qint64 seen = 0;
    const auto result =
        Core::Exporter::write(*m_db, { u"SELECT i FROM many"_s, {} }, path, {}, [&](qint64 rows) {
            seen = rows;
            return false;
        });
    QVERIFY(!result);
    QVERIFY(result.error().contains(u"cancelled"_s));
    QVERIFY(seen > 0 && seen < 10000);
    QCOMPARE(TestSupport::readFile(path), QByteArray("the earlier export\n"));
}

void TestExporter::unwritablePathSaysWhatToDo()
{
    const auto result =
        Core::Exporter::write(*m_db, all(), m_dir.filePath(u"no/such/folder/out.csv"_s), {}, {});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"Choose another folder"_s), qPrintable(result.error()));
}

void TestExporter::clipboardLine()
{
    QCOMPARE(Core::Exporter::clipboardLine({ 1LL, QVariant(), u"a\tb"_s, u"x\"y"_s, 2.5 }),
        u"1\t\t\"a\tb\"\t\"x\"\"y\"\t2.5"_s);
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
