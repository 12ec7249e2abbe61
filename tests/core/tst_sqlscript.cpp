// SPDX-License-Identifier: MIT
// Splitting scripts into statements: golden cases in tests/data/sqlscript/cases.json.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/sql/sqlscript.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestSqlScript final : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void statementAt_data();
    void statementAt();
    void findName_data();
    void findName();

private:
    static QJsonObject cases()
    {
        return QJsonDocument::fromJson(
            TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/sqlscript/cases.json")))
            .object();
    }
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    const QJsonArray all = cases().value(u"split"_s).toArray();
    QVERIFY(all.size() >= 10);
    for (const QJsonValue &c : all) {
        QStringList statements;
        for (const QJsonValue &s : c[u"statements"_s].toArray())
            statements.append(s.toString());
        QTest::newRow(qPrintable(c[u"name"_s].toString())) << c[u"sql"_s].toString() << statements;
    }
}

void TestSqlScript::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    const QList<Core::SqlStatementRange> got = Core::SqlScript::split(sql);
    QStringList texts;
    for (const Core::SqlStatementRange &r : got) {
        texts.append(r.text);
        // The offsets point at the text they claim.
        QCOMPARE(sql.mid(r.start, r.end - r.start), r.text);
    }
    QCOMPARE(texts, statements);
}

void TestSqlScript::statementAt_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QString>("statement");
    for (const QJsonValue &c : cases().value(u"at"_s).toArray()) {
        QTest::newRow(
            qPrintable(u"%1 @%2"_s.arg(c[u"sql"_s].toString()).arg(c[u"cursor"_s].toInt())))
            << c[u"sql"_s].toString() << c[u"cursor"_s].toInt() << c[u"statement"_s].toString();
    }
}

void TestSqlScript::statementAt()
{
    QFETCH(QString, sql);
    QFETCH(int, cursor);
    QFETCH(QString, statement);
    QCOMPARE(Core::SqlScript::statementAt(sql, cursor).text, statement);
}

void TestSqlScript::findName_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("at");
    const QJsonArray all = cases().value(u"find"_s).toArray();
    QVERIFY(all.size() >= 8);
    for (const QJsonValue &c : all)
        QTest::newRow(qPrintable(c[u"sql"_s].toString()))
            << c[u"sql"_s].toString() << c[u"name"_s].toString() << c[u"at"_s].toInt();
}

void TestSqlScript::findName()
{
    QFETCH(QString, sql);
    QFETCH(QString, name);
    QFETCH(int, at);
    QCOMPARE(Core::SqlScript::findName(sql, name), qsizetype(at));
}

QTEST_APPLESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
