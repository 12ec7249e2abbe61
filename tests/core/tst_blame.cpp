// SPDX-License-Identifier: MIT
// Blame: golden cases in tests/data/blame/<case>/ — versions.json (oldest first: version,
// author, settings) and expected.txt, one leaf of the newest version per line with the version
// and author that last changed it. The history is built the way settings_changes is.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/diff/blame.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestBlame final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void noHistoryLeavesLeavesUnexplained();
};

void TestBlame::golden_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/blame"), 4);
}

void TestBlame::golden()
{
    QFETCH(QString, dir);
    const QJsonArray versions =
        QJsonDocument::fromJson(TestSupport::readFile(dir + u"/versions.json"_s)).array();
    QList<Core::Blame::Record> history;
    QJsonObject previous;
    for (const QJsonValue &v : versions) {
        const QJsonObject settings = v[u"settings"_s].toObject();
        for (const auto &change : Core::SettingsDiff::diff(previous, settings)) {
            history.append({ v[u"version"_s].toString(), v[u"author"_s].toString(), change.path,
                change.kind, Core::SettingsDiff::valueText(change.newValue) });
        }
        previous = settings;
    }
    QString got;
    for (const Core::Blame::Line &line : Core::Blame::attribute(previous, history)) {
        got += u"%1 = %2  @ %3 %4\n"_s.arg(
            line.path, Core::SettingsDiff::valueText(line.value), line.version, line.author);
    }
    QVERIFY2(
        TestSupport::matchesGolden(got, dir + u"/expected.txt"_s), qPrintable(u"got:\n"_s + got));
}

void TestBlame::noHistoryLeavesLeavesUnexplained()
{
    const auto lines = Core::Blame::attribute(QJsonObject { { u"enabled"_s, true } }, {});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().path, u"enabled"_s);
    QVERIFY(lines.first().version.isEmpty());
    QVERIFY(lines.first().author.isEmpty());
}

QTEST_MAIN(TestBlame)
#include "tst_blame.moc"
