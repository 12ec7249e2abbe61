// SPDX-License-Identifier: MIT
#include <QDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace Core;

class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void shippedCatalogLoads();
    void shippedCatalogMatchesTheApi();
    void levelsFilterResources();
    void brokenCatalogNamesThePlace_data();
    void brokenCatalogNamesThePlace();
    void missingFileIsReported();
};

void TestCatalog::shippedCatalogLoads()
{
    const auto catalog = Catalog::load();
    QVERIFY2(catalog.hasValue(), qPrintable(catalog ? QString() : catalog.error().toString()));
    QStringList names;
    for (const auto &spec : catalog.value().resources())
        names.append(spec.name);
    for (const QString &kind :
        { u"blocking"_s, u"domain"_s, u"geo"_s, u"privacy"_s, u"features"_s, u"targeting"_s }) {
        QVERIFY2(names.contains(u"settings_"_s + kind), qPrintable(kind));
        QVERIFY2(names.contains(u"settings_"_s + kind + u"_history"_s), qPrintable(kind));
    }
    for (const QString &name : { u"users"_s, u"user_by_id"_s, u"user_by_uid"_s, u"user_v1"_s })
        QVERIFY2(names.contains(name), qPrintable(name));
    QCOMPARE(names.size(), 16);
}

void TestCatalog::shippedCatalogMatchesTheApi()
{
    const Catalog catalog = Catalog::load().value();
    const ResourceSpec *history = catalog.find(u"settings_domain_history"_s);
    QVERIFY(history);
    QCOMPARE(history->path, u"/settings/recording/v1/domain/history"_s);
    QCOMPARE(history->paginator, PaginatorKind::SettingsHistory);
    QCOMPARE(history->selector, u"versions"_s);
    QCOMPARE(history->platforms, (QStringList { u"web"_s, u"mobile"_s }));
    QCOMPARE(history->primaryKey, (QStringList { u"metadata__last_updated"_s, u"platform"_s }));
    QCOMPARE(history->write, WriteDisposition::Merge);
    QCOMPARE(history->cursorPath, u"metadata.lastUpdated"_s);
    QCOMPARE(history->table, u"settings_domain_history"_s);

    const ResourceSpec *users = catalog.find(u"users"_s);
    QVERIFY(users);
    QCOMPARE(users->paginator, PaginatorKind::V2PageToken);
    QCOMPARE(users->write, WriteDisposition::Replace);
    QCOMPARE(users->minLevel, KeyLevel::Architect);

    const ResourceSpec *byUid = catalog.find(u"user_by_uid"_s);
    QVERIFY(byUid);
    QCOMPARE(byUid->table, u"users"_s);
    QCOMPARE(byUid->placeholders(), QStringList { u"uid"_s });
    const ResourceSpec *v1 = catalog.find(u"user_v1"_s);
    QVERIFY(v1);
    QCOMPARE(v1->table, u"users_v1"_s);
    QCOMPARE(v1->primaryKey, QStringList { u"uid"_s });

    QCOMPARE(history->setting, u"domain"_s);
    QCOMPARE(catalog.find(u"settings_privacy"_s)->minLevel, KeyLevel::Architect);
    QVERIFY(catalog.find(u"settings_privacy"_s)->setting.isEmpty());

    // The history browser's series: each history resource × its platforms, in catalog order.
    QStringList series;
    for (const HistorySeries &s : catalog.historySeries())
        series.append(s.setting + u'/' + s.platform + u'@' + s.table);
    QCOMPARE(series,
        (QStringList { u"blocking/@settings_blocking_history"_s,
            u"domain/web@settings_domain_history"_s, u"domain/mobile@settings_domain_history"_s,
            u"geo/@settings_geo_history"_s, u"privacy/@settings_privacy_history"_s,
            u"features/web@settings_features_history"_s,
            u"features/mobile@settings_features_history"_s,
            u"targeting/@settings_targeting_history"_s }));
    QVERIFY(!catalog.find(u"no_such_resource"_s));
}

void TestCatalog::levelsFilterResources()
{
    const Catalog catalog = Catalog::load().value();
    QStringList standard;
    for (const auto &spec : catalog.readableBy(KeyLevel::Standard))
        standard.append(spec.name);
    QVERIFY(standard.contains(u"settings_geo"_s));
    QVERIFY(standard.contains(u"user_v1"_s));
    QVERIFY(!standard.contains(u"settings_privacy"_s));
    QVERIFY(!standard.contains(u"settings_privacy_history"_s));
    QVERIFY(!standard.contains(u"users"_s));
    QCOMPARE(catalog.readableBy(KeyLevel::Architect).size(), catalog.resources().size());
    QCOMPARE(catalog.readableBy(KeyLevel::Admin).size(), catalog.resources().size());
}

void TestCatalog::brokenCatalogNamesThePlace_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/catalog"), 10);
}

void TestCatalog::brokenCatalogNamesThePlace()
{
    QFETCH(QString, dir);
    const auto result =
        Catalog::parse(TestSupport::readFile(dir + u"/catalog.json"_s), u"catalog.json"_s);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().toString(),
        QString::fromUtf8(TestSupport::readFile(dir + u"/error.txt"_s)).trimmed());
}

void TestCatalog::missingFileIsReported()
{
    const auto result = Catalog::load(u"/nonexistent/catalog.json"_s);
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().toString().startsWith(u"/nonexistent/catalog.json: cannot be read"_s));
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
