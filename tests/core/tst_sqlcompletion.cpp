// SPDX-License-Identifier: MIT
// The SQL editor's completion: golden cases in tests/data/sqlcompletion/cases.json; "|" marks
// the cursor.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/sql/sqlcompletion.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestSqlCompletion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void replacesTheWordBeingTyped();

private:
    Core::SqlCompletion::Schema m_schema;
    QJsonArray m_cases;
};

void TestSqlCompletion::initTestCase()
{
    const QJsonObject all = QJsonDocument::fromJson(
        TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/sqlcompletion/cases.json")))
                                .object();
    const QJsonObject schema = all.value(u"schema"_s).toObject();
    for (auto it = schema.begin(); it != schema.end(); ++it)
        m_schema.columns.insert(it.key(), strings(it.value()));
    m_cases = all.value(u"cases"_s).toArray();
    QVERIFY(m_cases.size() >= 10);
}

void TestSqlCompletion::golden_data()
{
    QTest::addColumn<QJsonObject>("spec");
    for (const QJsonValue &c : std::as_const(m_cases))
        QTest::newRow(qPrintable(c[u"name"_s].toString())) << c.toObject();
}

void TestSqlCompletion::golden()
{
    QFETCH(QJsonObject, spec);
    QString sql = spec.value(u"sql"_s).toString();
    const qsizetype cursor = sql.indexOf(u'|');
    QVERIFY(cursor >= 0);
    sql.remove(cursor, 1);
    const auto result = Core::SqlCompletion::complete(sql, cursor, m_schema);
    if (spec.contains(u"exactly"_s))
        QCOMPARE(result.candidates, strings(spec.value(u"exactly"_s)));
    const QStringList first = strings(spec.value(u"first"_s));
    QVERIFY2(result.candidates.mid(0, first.size()) == first,
        qPrintable(result.candidates.join(u", "_s)));
    for (const QString &c : strings(spec.value(u"contains"_s)))
        QVERIFY2(result.candidates.contains(c), qPrintable(c));
    for (const QString &c : strings(spec.value(u"excludes"_s)))
        QVERIFY2(!result.candidates.contains(c), qPrintable(c));
}

void TestSqlCompletion::replacesTheWordBeingTyped()
{
    const QString sql = u"SELECT u.disp FROM users u"_s;
    const auto result = Core::SqlCompletion::complete(sql, 13, m_schema);
    QCOMPARE(result.prefix, u"disp"_s);
    QCOMPARE(result.start, 9);
    QCOMPARE(result.candidates, QStringList { u"display_name"_s });
}

QTEST_APPLESS_MAIN(TestSqlCompletion)
#include "tst_sqlcompletion.moc"
