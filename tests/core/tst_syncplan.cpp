// SPDX-License-Identifier: MIT
#include <QTest>

#include "core/sync/syncplan.h"

using namespace Qt::StringLiterals;
using namespace Core;

class TestSyncPlan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = Catalog::load().value(); }
    void defaultIsEverythingButLookups();
    void keyLevelDecidesWhatRuns_data();
    void keyLevelDecidesWhatRuns();
    void lookupsNeedTheirValues();
    void unknownNamesAreReported();

private:
    static QStringList names(const QList<ResourceSpec> &specs)
    {
        QStringList out;
        for (const ResourceSpec &spec : specs)
            out.append(spec.name);
        return out;
    }
    Catalog m_catalog;
};

void TestSyncPlan::defaultIsEverythingButLookups()
{
    const SyncPlan plan = SyncPlan::make(m_catalog, {}, KeyLevel::Admin, {});
    QCOMPARE(plan.runs.size(), 13);
    QVERIFY(plan.skips.isEmpty());
    QVERIFY(!names(plan.runs).contains(u"user_by_id"_s));
    QCOMPARE(names(plan.runs).first(), u"settings_blocking"_s); // catalog order
}

void TestSyncPlan::keyLevelDecidesWhatRuns_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("runs");
    QTest::addColumn<QStringList>("skipped");
    QTest::newRow("standard") << int(KeyLevel::Standard) << 10
                              << QStringList { u"settings_privacy"_s, u"settings_privacy_history"_s,
                                     u"users"_s };
    QTest::newRow("architect") << int(KeyLevel::Architect) << 13 << QStringList();
    QTest::newRow("admin") << int(KeyLevel::Admin) << 13 << QStringList();
}

void TestSyncPlan::keyLevelDecidesWhatRuns()
{
    QFETCH(int, level);
    QFETCH(int, runs);
    QFETCH(QStringList, skipped);
    const SyncPlan plan = SyncPlan::make(m_catalog, {}, KeyLevel(level), {});
    QCOMPARE(plan.runs.size(), runs);
    QStringList actual;
    for (const SyncPlan::Skip &skip : plan.skips) {
        actual.append(skip.resource);
        QVERIFY(skip.forKeyLevel);
        QCOMPARE(skip.reason, u"needs an Architect key or higher; this key is Standard"_s);
    }
    QCOMPARE(actual, skipped);
}

void TestSyncPlan::lookupsNeedTheirValues()
{
    SyncPlan plan =
        SyncPlan::make(m_catalog, { u"user_by_id"_s, u"user_v1"_s }, KeyLevel::Admin, {});
    QVERIFY(plan.runs.isEmpty());
    QCOMPARE(plan.skips.at(0).reason, u"needs a value for {id}"_s);
    QCOMPARE(plan.skips.at(1).reason, u"needs a value for {uid}"_s);
    QVERIFY(!plan.skips.at(0).forKeyLevel);

    plan = SyncPlan::make(m_catalog, { u"user_v1"_s, u"user_by_uid"_s }, KeyLevel::Standard,
        { { u"uid"_s, u"acct-000001"_s } });
    QCOMPARE(names(plan.runs), QStringList { u"user_v1"_s }); // v1 is Standard, v2 needs Architect
    QCOMPARE(plan.skips.size(), 1);
    QVERIFY(plan.skips.first().forKeyLevel);
}

void TestSyncPlan::unknownNamesAreReported()
{
    const SyncPlan plan =
        SyncPlan::make(m_catalog, { u"settings_geo"_s, u"sessions"_s }, KeyLevel::Admin, {});
    QCOMPARE(names(plan.runs), QStringList { u"settings_geo"_s });
    QCOMPARE(plan.skips.first().resource, u"sessions"_s);
    QCOMPARE(plan.skips.first().reason, u"not in the resource catalog"_s);
}

QTEST_APPLESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
