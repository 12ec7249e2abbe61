// SPDX-License-Identifier: MIT
// The history browser's "ignore fields" patterns.

#include <QTest>

#include "core/diff/fieldfilter.h"

using namespace Qt::StringLiterals;
using Core::FieldFilter;

class TestFieldFilter final : public QObject
{
    Q_OBJECT

private slots:
    void ignores_data();
    void ignores();
    void segmentsKeepIdentitiesWhole();
    void blanksAndCommentsAreNoPatterns();
};

void TestFieldFilter::ignores_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ignored");
    QTest::newRow("name anywhere") << u"note"_s << u"elementRuleGroups.39.note"_s << true;
    QTest::newRow("name at top") << u"recordGeoMode"_s << u"recordGeoMode"_s << true;
    QTest::newRow("name is whole") << u"note"_s << u"notes"_s << false;
    QTest::newRow("below an ignored field")
        << u"overrides"_s << u"elementRuleGroups.7.overrides.scope"_s << true;
    QTest::newRow("list name covers its elements")
        << u"domains"_s << u"domains[domain=shop.example.com].disabled"_s << true;
    QTest::newRow("identity dots do not split")
        << u"example"_s << u"domains[domain=shop.example.com].disabled"_s << false;
    QTest::newRow("dotted path from the top")
        << u"elementRuleGroups.*.note"_s << u"elementRuleGroups.39.note"_s << true;
    QTest::newRow("dotted path is anchored")
        << u"groups.*.note"_s << u"elementRuleGroups.39.note"_s << false;
    QTest::newRow("wildcard in a name")
        << u"*Regex"_s << u"ajaxWatches[urlRegex=x].urlRegex"_s << true;
    QTest::newRow("whole segment with identity")
        << u"domains[domain=a.example].*"_s << u"domains[domain=a.example].disabled"_s << true;
    QTest::newRow("other identity")
        << u"domains[domain=a.example].*"_s << u"domains[domain=b.example].disabled"_s << false;
    QTest::newRow("pattern longer than path") << u"a.b.c"_s << u"a.b"_s << false;
}

void TestFieldFilter::ignores()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, ignored);
    QCOMPARE(FieldFilter({ pattern }).ignores(path), ignored);
}

void TestFieldFilter::segmentsKeepIdentitiesWhole()
{
    QCOMPARE(FieldFilter::segments(u"elementBlocks[selector=a.b[x.y], type=EXCLUDE].note"_s),
        QStringList({ u"elementBlocks[selector=a.b[x.y], type=EXCLUDE]"_s, u"note"_s }));
    QCOMPARE(FieldFilter::segments(u"blockedIps"_s), QStringList { u"blockedIps"_s });
}

void TestFieldFilter::blanksAndCommentsAreNoPatterns()
{
    const FieldFilter filter({ u""_s, u"  # noisy ones"_s, u"  note  "_s, u"\t"_s });
    QCOMPARE(filter.patterns(), QStringList { u"note"_s });
    QVERIFY(filter.ignores(u"a.note"_s));
    QVERIFY(!filter.ignores(u"a.b"_s));
    QVERIFY(FieldFilter().isEmpty());
    QVERIFY(!FieldFilter().ignores(u"anything"_s));
}

QTEST_MAIN(TestFieldFilter)
#include "tst_fieldfilter.moc"
