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
    void eachRunSaysHowItLoads();

private:
    static QStringList names(const QList<LoadPlan> &runs)
    {
        QStringList out;
        for (const LoadPlan &run : runs)
            out.append(run.spec.name);
        return out;
    }
    static SyncOptions options(
        const QStringList &resources, const QHash<QString, QString> &arguments = {})
    {
        SyncOptions out;
        out.resources = resources;
        out.arguments = arguments;
        return out;
    }
    Catalog m_catalog;
};

void TestSyncPlan::defaultIsEverythingButLookups()
{
    const SyncPlan plan = SyncPlan::make(m_catalog, options({}), KeyLevel::Admin);
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
    const SyncPlan plan = SyncPlan::make(m_catalog, options({}), KeyLevel(level));
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
        SyncPlan::make(m_catalog, options({ u"user_by_id"_s, u"user_v1"_s }), KeyLevel::Admin);
    QVERIFY(plan.runs.isEmpty());
    QCOMPARE(plan.skips.at(0).reason, u"needs a value for {id}"_s);
    QCOMPARE(plan.skips.at(1).reason, u"needs a value for {uid}"_s);
    QVERIFY(!plan.skips.at(0).forKeyLevel);

    plan = SyncPlan::make(m_catalog,
        options({ u"user_v1"_s, u"user_by_uid"_s }, { { u"uid"_s, u"acct-000001"_s } }),
        KeyLevel::Standard);
    QCOMPARE(names(plan.runs), QStringList { u"user_v1"_s }); // v1 is Standard, v2 needs Architect
    QCOMPARE(plan.skips.size(), 1);
    QVERIFY(plan.skips.first().forKeyLevel);
}

void TestSyncPlan::unknownNamesAreReported()
{
    const SyncPlan plan =
        SyncPlan::make(m_catalog, options({ u"settings_geo"_s, u"sessions"_s }), KeyLevel::Admin);
    QCOMPARE(names(plan.runs), QStringList { u"settings_geo"_s });
    QCOMPARE(plan.skips.first().resource, u"sessions"_s);
    QCOMPARE(plan.skips.first().reason, u"not in the resource catalog"_s);
}

void TestSyncPlan::eachRunSaysHowItLoads()
{
    const StoredCursors stored = {
        { u"settings_domain_history"_s,
            { { u"web"_s, u"2026-05-01T10:00:00.500000Z"_s }, { u"mobile"_s, {} } } },
        { u"users"_s, { { QString(), u"2026-05-01T10:00:00.000000Z"_s } } },
    };
    SyncOptions asked = options({ u"settings_domain_history"_s, u"users"_s, u"settings_geo"_s });
    SyncPlan plan = SyncPlan::make(m_catalog, asked, KeyLevel::Admin, stored);
    QCOMPARE(names(plan.runs),
        (QStringList { u"settings_domain_history"_s, u"users"_s, u"settings_geo"_s }));
    const LoadPlan &history = plan.runs.at(0);
    QVERIFY(history.keepsRawJson());
    QVERIFY(history.childrenHaveRootId); // merged
    QCOMPARE(history.spec.setting, u"domain"_s);
    // One rule for "already stored": normalized, per platform, the newest itself included.
    QVERIFY(history.cursors.covers("web", "2026-05-01T10:00:00.5Z"));
    QVERIFY(history.cursors.covers("web", "2026-05-01T12:00:00+02:00"));
    QVERIFY(!history.cursors.covers("web", "2026-05-01T10:00:00.6Z"));
    QVERIFY(!history.cursors.covers("web", "not a time"));
    QVERIFY(!history.cursors.covers("mobile", "2000-01-01T00:00:00Z")); // nothing stored there
    // The users list is replaced, but look-ups merge into its table; it has no cursor.
    const LoadPlan &users = plan.runs.at(1);
    QVERIFY(users.childrenHaveRootId);
    QVERIFY(users.cursors.isEmpty());
    QVERIFY(!users.keepsRawJson());
    QVERIFY(!plan.runs.at(2).childrenHaveRootId);

    // A full refresh ignores what is stored.
    asked.fullRefresh = true;
    plan = SyncPlan::make(m_catalog, asked, KeyLevel::Admin, stored);
    QVERIFY(plan.runs.at(0).fullRefresh);
    QVERIFY(plan.runs.at(0).cursors.isEmpty());
}

QTEST_APPLESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
