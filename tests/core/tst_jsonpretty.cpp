// SPDX-License-Identifier: MIT
// The JSON viewer's pretty printer: golden cases in tests/data/jsonpretty/<case>/.

#include <QDir>
#include <QTest>

#include "core/browse/jsonpretty.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestJsonPretty final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
};

void TestJsonPretty::golden_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/jsonpretty"), 4);
}

void TestJsonPretty::golden()
{
    QFETCH(QString, dir);
    const QString input = QString::fromUtf8(TestSupport::readFile(dir + u"/input.json"_s));
    QString expected = QString::fromUtf8(TestSupport::readFile(dir + u"/expected.txt"_s));
    if (expected.endsWith(u'\n'))
        expected.chop(1);
    QCOMPARE(Core::prettyJson(input), expected);
}

QTEST_APPLESS_MAIN(TestJsonPretty)
#include "tst_jsonpretty.moc"
