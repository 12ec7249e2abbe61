// SPDX-License-Identifier: MIT
// ResourceFetcher against the simulator over loopback, with catalog entries as the real app
// uses them.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/catalog/catalog.h"
#include "core/simulator/settingsgenerator.h"
#include "core/simulator/simulator.h"
#include "core/sync/resourcefetcher.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;
using namespace Core;

class TestResourceFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void walksEveryUsersPage();
    void walksHistoryWithEitherTokenSpelling_data();
    void walksHistoryWithEitherTokenSpelling();
    void sendsPlatformParameter();
    void earlyStopEndsWalkAfterKnownVersion();
    void prefetchesButRespectsFlowControl();
    void largePagesAreNotPrefetched();
    void countsRetriesAndStillCompletes();
    void permissionErrorFailsTheResource();
    void badBodiesFailAfterRetriesWithUrl();
    void cancelStopsMidWalk();
    void userLookupsFillPlaceholders();
    void missingPlaceholderFailsClearly();

private:
    struct Run
    {
        FetchOutcome outcome;
        QList<FetchedPage> pages;
    };
    Run fetch(ResourceFetcher::Request request, const char *key = SimKeys::Admin);
    ResourceFetcher::Request request(const QString &name) const;
    std::unique_ptr<ApiClient> client(const char *key) const;

    Catalog m_catalog;
    std::unique_ptr<Simulator> m_sim;
};

void TestResourceFetcher::initTestCase()
{
    auto catalog = Catalog::load();
    QVERIFY(catalog.hasValue());
    m_catalog = catalog.value();
}

void TestResourceFetcher::init()
{
    SimConfig config;
    config.users = 2500;
    config.usersPageSize = 1000;
    config.versions = 45;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
}

std::unique_ptr<ApiClient> TestResourceFetcher::client(const char *key) const
{
    ApiClientConfig config;
    config.baseUrl = m_sim->url();
    config.apiKey = QString::fromLatin1(key);
    config.retry.timeScale = 0.001;
    return std::make_unique<ApiClient>(config);
}

ResourceFetcher::Request TestResourceFetcher::request(const QString &name) const
{
    const ResourceSpec *spec = m_catalog.find(name);
    if (!spec)
        qFatal("no resource %s", qPrintable(name));
    ResourceFetcher::Request r;
    r.spec = *spec;
    return r;
}

TestResourceFetcher::Run TestResourceFetcher::fetch(
    ResourceFetcher::Request request, const char *key)
{
    auto api = client(key);
    ResourceFetcher fetcher(*api, std::move(request));
    Run run;
    connect(&fetcher, &ResourceFetcher::pageReady, this, [&](const FetchedPage &page) {
        run.pages.append(page);
        fetcher.acknowledgePage();
    });
    QSignalSpy finished(&fetcher, &ResourceFetcher::finished);
    fetcher.start();
    if (!finished.wait(20000))
        qFatal("fetch did not finish");
    run.outcome = finished.first().first().value<FetchOutcome>();
    return run;
}

void TestResourceFetcher::walksEveryUsersPage()
{
    const Run run = fetch(request(u"users"_s));
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.pages, 3);
    QCOMPARE(run.outcome.progress.records, 2500);
    QCOMPARE(run.outcome.progress.totalRecords.value_or(-1), 2500);
    QCOMPARE(run.outcome.progress.requests, 3);
    QCOMPARE(run.outcome.end, PageInfo::End::NoToken);
    QCOMPARE(run.pages.size(), 3);
    QCOMPARE(run.pages.at(2).index, 2);
    QVERIFY(run.pages.at(0).body.startsWith("{\"results\":["));

    const QList<SimRequest> log = m_sim->requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).query, QString()); // no limit parameter exists for v2
    QVERIFY(log.at(1).query.startsWith(u"page_token="_s));
    QVERIFY(log.at(2).query.startsWith(u"page_token="_s));
    QVERIFY(log.at(1).query != log.at(2).query);
}

void TestResourceFetcher::walksHistoryWithEitherTokenSpelling_data()
{
    QTest::addColumn<bool>("camel");
    QTest::newRow("next_pagination_token") << false;
    QTest::newRow("nextPaginationToken") << true;
}

void TestResourceFetcher::walksHistoryWithEitherTokenSpelling()
{
    QFETCH(bool, camel);
    m_sim->setCamelCaseHistoryToken(camel);
    ResourceFetcher::Request r = request(u"settings_geo_history"_s);
    r.historyPageSize = 10;
    const Run run = fetch(r);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.pages, 5);
    QCOMPARE(run.outcome.progress.records, 45);
    QStringList versions;
    for (const FetchedPage &page : run.pages)
        versions += page.info.cursorValues;
    QCOMPARE(versions.size(), 45);
    QCOMPARE(versions.first(), m_sim->series(u"geo"_s)->versions().last().lastUpdated);
    QCOMPARE(versions.last(), m_sim->series(u"geo"_s)->versions().first().lastUpdated);

    const QList<SimRequest> log = m_sim->requestLog();
    QCOMPARE(log.first().query, u"limit=10"_s);
    QVERIFY(log.at(1).query.startsWith(u"limit=10&paginationToken=v"_s));
}

void TestResourceFetcher::sendsPlatformParameter()
{
    ResourceFetcher::Request r = request(u"settings_features_history"_s);
    r.platform = u"mobile"_s;
    const Run run = fetch(r);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.records, 45);
    QCOMPARE(run.pages.first().platform, u"mobile"_s);
    QCOMPARE(run.pages.first().info.cursorValues.first(),
        m_sim->series(u"features"_s, u"mobile"_s)->versions().last().lastUpdated);
    QVERIFY(m_sim->requestLog().first().query.contains(u"platform=mobile"_s));
}

void TestResourceFetcher::earlyStopEndsWalkAfterKnownVersion()
{
    // As an incremental sync would: stop at the page holding the newest version already stored.
    const QString known =
        m_sim->series(u"blocking"_s)->versions().at(30).lastUpdated; // 15th newest
    ResourceFetcher::Request r = request(u"settings_blocking_history"_s);
    r.historyPageSize = 10;
    r.stopAfterPage = [known](const PageInfo &info) { return info.cursorValues.contains(known); };
    const Run run = fetch(r);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QVERIFY(run.outcome.stoppedEarly);
    QCOMPARE(run.outcome.progress.pages, 2);
    QCOMPARE(m_sim->requestLog().size(), 2);
}

void TestResourceFetcher::prefetchesButRespectsFlowControl()
{
    auto api = client(SimKeys::Admin);
    ResourceFetcher::Request r = request(u"settings_targeting_history"_s);
    r.historyPageSize = 5; // 9 pages
    ResourceFetcher fetcher(*api, r);
    fetcher.setMaxPagesAhead(1);
    QSignalSpy pages(&fetcher, &ResourceFetcher::pageReady);
    QSignalSpy finished(&fetcher, &ResourceFetcher::finished);
    fetcher.start();

    // Page 1 arrives and is not acknowledged: page 2 is still fetched (the prefetch)...
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, 5000);
    // ...but nothing more while two pages wait for the consumer.
    QTest::qWait(200);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(m_sim->requestLog().size(), 2);

    fetcher.acknowledgePage(); // one waiting: the next request goes out at once
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 3, 5000);
    QCOMPARE(m_sim->requestLog().size(), 3);
    for (int i = 0; i < 20 && finished.isEmpty(); ++i) {
        fetcher.acknowledgePage();
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(pages.size(), 9);
    QCOMPARE(finished.first().first().value<FetchOutcome>().progress.records, 45);
}

void TestResourceFetcher::largePagesAreNotPrefetched()
{
    // 16,000 users a page, some 10 MB: past the 8 MiB the fetcher lets wait for the writer.
    SimConfig config;
    config.users = 48000;
    config.usersPageSize = 16000;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
    auto api = client(SimKeys::Admin);
    ResourceFetcher fetcher(*api, request(u"users"_s));
    fetcher.setMaxPagesAhead(2);
    QSignalSpy pages(&fetcher, &ResourceFetcher::pageReady);
    QSignalSpy finished(&fetcher, &ResourceFetcher::finished);
    fetcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 10000);
    QVERIFY(pages.first().first().value<FetchedPage>().body.size() > 8 * 1024 * 1024);
    // Small pages would be prefetched two ahead; a page this large waits for its writer.
    QTest::qWait(300);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(m_sim->requestLog().size(), 1);
    fetcher.acknowledgePage();
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 2, 10000);
    fetcher.acknowledgePage();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(finished.first().first().value<FetchOutcome>().progress.records, 48000);
}

void TestResourceFetcher::countsRetriesAndStillCompletes()
{
    m_sim->faults().serverErrorEvery = 3;
    m_sim->faults().truncateEvery = 4;
    ResourceFetcher::Request r = request(u"settings_privacy_history"_s);
    r.historyPageSize = 5;
    const Run run = fetch(r);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.records, 45);
    QCOMPARE(run.outcome.progress.pages, 9);
    QVERIFY(run.outcome.progress.retries >= 3);
    QCOMPARE(run.outcome.progress.requests, m_sim->requestLog().size());
}

void TestResourceFetcher::permissionErrorFailsTheResource()
{
    const Run run = fetch(request(u"users"_s), SimKeys::Standard);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Failed);
    QCOMPARE(run.outcome.error.kind, ApiError::Kind::Permission);
    QCOMPARE(run.outcome.progress.pages, 0);
    QVERIFY(run.pages.isEmpty());
}

void TestResourceFetcher::badBodiesFailAfterRetriesWithUrl()
{
    m_sim->faults().malformedEvery = 1;
    const Run run = fetch(request(u"settings_geo_history"_s));
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Failed);
    QCOMPARE(run.outcome.error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(m_sim->requestLog().size(), 5);
    const QString message = run.outcome.error.message;
    QVERIFY2(
        message.contains(u"/settings/recording/v1/geo/history?limit=100"_s), qPrintable(message));
    QVERIFY2(message.contains(u"HTTP 200"_s), qPrintable(message));
    QVERIFY2(message.contains(u"at byte"_s) || message.contains(u"not valid JSON"_s),
        qPrintable(message));
}

void TestResourceFetcher::cancelStopsMidWalk()
{
    m_sim->faults().stallAfterPage = 1;
    auto api = client(SimKeys::Admin);
    ResourceFetcher fetcher(*api, request(u"users"_s));
    QSignalSpy pages(&fetcher, &ResourceFetcher::pageReady);
    QSignalSpy finished(&fetcher, &ResourceFetcher::finished);
    fetcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestLog().size(), 2, 5000); // the 2nd page stalls
    QCOMPARE(pages.size(), 1);
    QElapsedTimer clock;
    clock.start();
    fetcher.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 100);
    QVERIFY(clock.elapsed() < TestSupport::withinMs(100));
    const auto outcome = finished.first().first().value<FetchOutcome>();
    QCOMPARE(outcome.status, FetchOutcome::Status::Cancelled);
    QCOMPARE(outcome.progress.pages, 1);
    QVERIFY(!fetcher.isRunning());
}

void TestResourceFetcher::userLookupsFillPlaceholders()
{
    const QString id = m_sim->users().idAt(42);
    const QString uid = m_sim->users().uidAt(42);

    ResourceFetcher::Request byId = request(u"user_by_id"_s);
    byId.arguments = { { u"id"_s, id } };
    Run run = fetch(byId);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.records, 1);
    QCOMPARE(m_sim->requestLog().last().path, u"/v2/users/"_s + id);

    ResourceFetcher::Request byUid = request(u"user_by_uid"_s);
    byUid.arguments = { { u"uid"_s, uid } };
    run = fetch(byUid);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QCOMPARE(run.outcome.progress.records, 1);
    QCOMPARE(m_sim->requestLog().last().query, u"uid="_s + uid);

    ResourceFetcher::Request v1 = request(u"user_v1"_s);
    v1.arguments = { { u"uid"_s, uid } };
    run = fetch(v1, SimKeys::Standard);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Completed);
    QVERIFY(run.pages.first().body.contains("\"numSessions\""));

    // A uid is the customer's own string: it is percent-encoded into the path.
    const auto filled = ResourceFetcher::fillPlaceholders(
        u"/users/v1/individual/{uid}"_s, { { u"uid"_s, u"a b/c?d"_s } }, true);
    QCOMPARE(filled.value(), u"/users/v1/individual/a%20b%2Fc%3Fd"_s);

    ResourceFetcher::Request unknown = request(u"user_by_id"_s);
    unknown.arguments = { { u"id"_s, u"6606828898126528474"_s } };
    run = fetch(unknown);
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Failed);
    QCOMPARE(run.outcome.error.kind, ApiError::Kind::NotFound);
}

void TestResourceFetcher::missingPlaceholderFailsClearly()
{
    const Run run = fetch(request(u"user_by_id"_s));
    QCOMPARE(run.outcome.status, FetchOutcome::Status::Failed);
    QVERIFY2(run.outcome.error.message.contains(u"a value for {id} is required"_s),
        qPrintable(run.outcome.error.message));
    QVERIFY(m_sim->requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestResourceFetcher)
#include "tst_resourcefetcher.moc"
