// SPDX-License-Identifier: MIT
// The sync engine end to end in one process: the simulator on 127.0.0.1, the engine, the writer
// thread and a real SQLite file, checked with plain SQL afterwards.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/simulator/settingsgenerator.h"
#include "core/simulator/simulator.h"
#include "core/sync/syncengine.h"
#include "testsupport.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

// Elements of every list at `path` (dotted, lists flattened on the way) in a JSON value.
qint64 countAt(const QJsonValue &value, const QStringList &path)
{
    if (path.isEmpty())
        return value.isArray() ? value.toArray().size() : 0;
    if (value.isArray()) {
        qint64 n = 0;
        for (const auto &item : value.toArray())
            n += countAt(item, path);
        return n;
    }
    return countAt(value.toObject().value(path.first()), path.mid(1));
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullSyncLoadsWhatWasServed();
    void secondSyncIsIncrementalAndDuplicatesNothing();
    void schemaEvolvesWithNewAndRetypedProperties();
    void faultsAreRetriedAndCountsStayRight();
    void standardKeySkipsWhatItCannotRead();
    void rejectedKeyChangesNoDataOrCursor();
    void cancelRollsBackOnlyTheCurrentResource();
    void fullRefreshReadsEveryPageWithoutDuplicates();
    void userLookupsUpsertOneUser();
    void userGoneFromFullstoryIsRemoved();
    void usersDropOnlyWhenTheApiConfirmsIt();

private:
    RunResult sync(const QString &key = QString::fromLatin1(SimKeys::Admin),
        std::function<void(SyncOptions &)> adjust = {});
    qint64 count(const QString &sql);
    QStringList column(const QString &sql);

    Catalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    QString m_db;
    std::unique_ptr<TestSupport::DatasetQuery> m_query;
};

void TestSyncEngine::initTestCase()
{
    m_catalog = Catalog::load().value();
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"fullstory.sqlite"_s);
    m_query = std::make_unique<TestSupport::DatasetQuery>(m_db);
    SimConfig config;
    config.users = 2500;
    config.usersPageSize = 1000;
    config.versions = 45;
    m_sim = std::make_unique<Simulator>(config);
    QVERIFY(m_sim->listen());
}

void TestSyncEngine::cleanup()
{
    m_query.reset();
}

RunResult TestSyncEngine::sync(const QString &key, std::function<void(SyncOptions &)> adjust)
{
    SyncOptions options;
    options.datasetPath = m_db;
    options.api.baseUrl = m_sim->url();
    options.api.apiKey = key;
    options.api.retry.timeScale = 0.001;
    options.historyPageSize = 20;
    if (adjust)
        adjust(options);
    SyncEngine engine(m_catalog, options);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(60000))
        qFatal("sync did not finish");
    return finished.first().first().value<RunResult>();
}

qint64 TestSyncEngine::count(const QString &sql)
{
    return m_query->count(sql);
}

QStringList TestSyncEngine::column(const QString &sql)
{
    return m_query->column(sql);
}

void TestSyncEngine::fullSyncLoadsWhatWasServed()
{
    const RunResult result = sync();
    QCOMPARE(result.status, RunResult::Status::Completed);
    QCOMPARE(result.resources.size(), 13);
    QCOMPARE(result.identity.level, KeyLevel::Admin);

    // Users: every one, ids above 2^53 exactly as sent, children counted from what was served.
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2500);
    QCOMPARE(count(u"SELECT COUNT(DISTINCT id) FROM users"_s), 2500);
    QCOMPARE(column(u"SELECT id FROM users ORDER BY CAST(id AS INTEGER) LIMIT 1"_s).first(),
        m_sim->users().idAt(0));
    QCOMPARE(column(u"SELECT typeof(id) FROM users LIMIT 1"_s).first(), u"text"_s);
    const QJsonArray served = QJsonDocument::fromJson(m_sim->users().v2Page(0, 2500, {}, 2500))
                                  .object()
                                  .value(u"results"_s)
                                  .toArray();
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags"_s),
        countAt(served, { u"properties"_s, u"tags"_s }));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE properties__device__os IS NOT NULL"_s),
        count(u"SELECT COUNT(*) FROM users WHERE properties__device_count > 0"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags t LEFT JOIN users u "
                   u"ON t._dlt_parent_id = u._dlt_id WHERE u._dlt_id IS NULL"_s),
        0);

    // History: every version of every series, its lists, the raw JSON kept.
    for (const QString &kind : SettingsSeries::kinds()) {
        const QString table = u"settings_%1_history"_s.arg(kind);
        const int platforms = SettingsSeries::hasPlatforms(kind) ? 2 : 1;
        QCOMPARE(count(u"SELECT COUNT(*) FROM "_s + table), 45 * platforms);
        QCOMPARE(count(u"SELECT COUNT(*) FROM %1 WHERE _raw_json IS NULL"_s.arg(table)), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings_"_s + kind), platforms);
    }
    QJsonArray ips;
    for (const SettingsVersion &v : m_sim->series(u"blocking"_s)->versions())
        ips.append(QJsonDocument::fromJson(v.json).object());
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_blocking_history__blocked_ips"_s),
        countAt(ips, { u"blockedIps"_s }));
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM settings_domain_history WHERE platform = 'mobile'"_s), 45);

    // Bookkeeping: the run, one row per resource, a cursor per history series.
    QCOMPARE(
        column(
            u"SELECT status || ' ' || key_level || ' ' || org_id || ' ' || trigger FROM _sync_runs"_s),
        QStringList { u"completed admin o-SIM42-na1 cli"_s });
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs WHERE finished_at > started_at"_s), 1);
    // The run history's duration is the one the summary says.
    QCOMPARE(count(u"SELECT CAST(ROUND((julianday(finished_at) - julianday(started_at)) * "
                   u"86400000) AS INTEGER) FROM _sync_runs"_s),
        result.durationMs);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_resources WHERE status = 'completed'"_s), 13);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_state WHERE key = 'cursor'"_s), 8);
    QCOMPARE(
        column(u"SELECT value FROM _sync_state WHERE resource = 'settings_geo_history'"_s).first(),
        column(u"SELECT MAX(metadata__last_updated) FROM settings_geo_history"_s).first());
    QCOMPARE(count(u"SELECT COUNT(DISTINCT _dlt_load_id) FROM users"_s), 1);
    QCOMPARE(column(u"SELECT _dlt_load_id FROM users LIMIT 1"_s).first(), result.runId);
    QCOMPARE(column(u"PRAGMA integrity_check"_s).first(), u"ok"_s);
    QCOMPARE(column(u"PRAGMA journal_mode"_s).first(), u"wal"_s);
}

void TestSyncEngine::secondSyncIsIncrementalAndDuplicatesNothing()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    const qint64 tags = count(u"SELECT COUNT(*) FROM users__properties__tags"_s);
    m_sim->addVersions(u"privacy"_s, 3);
    m_sim->addVersions(u"domain"_s, 2);
    m_sim->clearRequestLog();

    const RunResult second = sync();
    QCOMPARE(second.status, RunResult::Status::Completed);
    // One history page per series: paging stopped at the first version already stored.
    QHash<QString, int> historyRequests;
    for (const SimRequest &request : m_sim->requestLog()) {
        if (request.path.endsWith(u"/history"_s))
            historyRequests[request.path + request.query.section(u"platform="_s, 1)] += 1;
    }
    QCOMPARE(historyRequests.size(), 8);
    for (auto it = historyRequests.begin(); it != historyRequests.end(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));

    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_privacy_history"_s), 48);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_domain_history"_s), 94);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_geo_history"_s), 45);
    QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT metadata__last_updated, platform FROM "
                   u"settings_domain_history GROUP BY 1, 2 HAVING COUNT(*) > 1)"_s),
        0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2500);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags"_s), tags);
    for (const ResourceResult &r : second.resources) {
        if (r.resource == u"settings_privacy_history"_s) {
            QCOMPARE(r.records, 3);
            QCOMPARE(r.skippedRecords, 17); // the rest of the first page
        }
    }
    QCOMPARE(column(u"SELECT value FROM _sync_state WHERE resource = 'settings_privacy_history'"_s)
                 .first(),
        column(u"SELECT MAX(metadata__last_updated) FROM settings_privacy_history"_s).first());
}

void TestSyncEngine::schemaEvolvesWithNewAndRetypedProperties()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    m_sim->setUserSchemaRevision(1); // adds properties.team, turns properties.seats into text
    const RunResult second = sync();
    QCOMPARE(second.status, RunResult::Status::Completed);

    const QStringList columns = column(u"SELECT name FROM pragma_table_info('users')"_s);
    QVERIFY(columns.contains(u"properties__team"_s));
    QVERIFY(columns.contains(u"properties__seats__v_text"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE properties__seats__v_text LIKE '% seats'"_s),
        2500);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM _sync_schema_changes WHERE table_name = 'users' AND "
              u"column_name = 'properties__team' AND change = 'new_column' AND run_id = '%1'"_s.arg(
                  second.runId)),
        1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_schema_changes WHERE column_name = "
                   u"'properties__seats__v_text' AND change = 'new_variant' AND data_type = 'text' "
                   u"AND run_id = '%1'"_s.arg(second.runId)),
        1);
    QCOMPARE(count(u"SELECT is_variant FROM _sync_schema WHERE table_name = 'users' AND "
                   u"column_name = 'properties__seats__v_text'"_s),
        1);
}

void TestSyncEngine::faultsAreRetriedAndCountsStayRight()
{
    m_sim->faults().rateLimitEvery = 5;
    m_sim->faults().retryAfter = u"0"_s;
    m_sim->faults().serverErrorEvery = 7;
    m_sim->faults().truncateEvery = 11;
    m_sim->faults().malformedEvery = 13;
    const RunResult result = sync();
    QCOMPARE(result.status, RunResult::Status::Completed);
    int retries = 0;
    for (const ResourceResult &r : result.resources)
        retries += r.retries;
    QVERIFY(retries >= 5);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2500);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_targeting_history"_s), 45);
    QCOMPARE(count(u"SELECT SUM(retries) FROM _sync_resources"_s), retries);
}

void TestSyncEngine::standardKeySkipsWhatItCannotRead()
{
    const RunResult result = sync(QString::fromLatin1(SimKeys::Standard));
    QCOMPARE(result.status, RunResult::Status::Partial);
    QStringList skipped;
    for (const ResourceResult &r : result.resources) {
        if (r.status == ResourceResult::Status::Skipped) {
            skipped.append(r.resource);
            QVERIFY2(r.error.contains(u"Architect"_s), qPrintable(r.error));
        }
    }
    QCOMPARE(skipped,
        (QStringList { u"settings_privacy"_s, u"settings_privacy_history"_s, u"users"_s }));
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_geo_history"_s), 45);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_resources WHERE status = 'skipped'"_s), 3);
    QCOMPARE(column(u"SELECT status FROM _sync_runs"_s).first(), u"partial"_s);
}

void TestSyncEngine::rejectedKeyChangesNoDataOrCursor()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    const qint64 users = count(u"SELECT COUNT(*) FROM users"_s);
    const QStringList cursors =
        column(u"SELECT resource || platform || value FROM _sync_state ORDER BY 1"_s);
    const RunResult rejected = sync(u"fs-na1-wrong-key"_s);
    QCOMPARE(rejected.status, RunResult::Status::Rejected);
    QVERIFY2(rejected.error.contains(u"rejected"_s), qPrintable(rejected.error));
    QVERIFY(!rejected.error.contains(u"fs-na1-wrong-key"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), users);
    QCOMPARE(
        column(u"SELECT resource || platform || value FROM _sync_state ORDER BY 1"_s), cursors);
    QCOMPARE(count(u"SELECT COUNT(*) FROM _sync_runs"_s), 2); // the failed run is recorded
    QCOMPARE(column(u"SELECT status FROM _sync_runs WHERE id = '%1'"_s.arg(rejected.runId)).first(),
        u"failed"_s);
    QVERIFY(column(u"SELECT error FROM _sync_runs WHERE id = '%1'"_s.arg(rejected.runId))
                .first()
                .contains(u"401"_s));
}

void TestSyncEngine::cancelRollsBackOnlyTheCurrentResource()
{
    m_sim->faults().stallAfterPage = 9; // 8 history first pages (limit 100), then 1 users page
    SyncOptions options;
    options.datasetPath = m_db;
    options.api.baseUrl = m_sim->url();
    options.api.apiKey = QString::fromLatin1(SimKeys::Admin);
    SyncEngine engine(m_catalog, options);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_sim->requestLog().isEmpty() && m_sim->requestLog().last().status == 0, 20000);
    QCOMPARE(m_sim->requestLog().last().path, u"/v2/users"_s);
    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(2000),
        qPrintable(QString::number(clock.elapsed())));
    const RunResult result = finished.first().first().value<RunResult>();
    QCOMPARE(result.status, RunResult::Status::Cancelled);
    QCOMPARE(result.resources.last().resource, u"users"_s);
    QCOMPARE(result.resources.last().status, ResourceResult::Status::Cancelled);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'"_s), 0); // rolled back
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_geo_history"_s), 45); // committed before: kept
    QCOMPARE(column(u"SELECT status FROM _sync_runs"_s).first(), u"cancelled"_s);
    QCOMPARE(column(u"SELECT status FROM _sync_resources WHERE resource = 'users'"_s).first(),
        u"cancelled"_s);
}

void TestSyncEngine::fullRefreshReadsEveryPageWithoutDuplicates()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    m_sim->clearRequestLog();
    const RunResult refresh =
        sync(QString::fromLatin1(SimKeys::Admin), [](SyncOptions &o) { o.fullRefresh = true; });
    QCOMPARE(refresh.status, RunResult::Status::Completed);
    int geoPages = 0;
    for (const SimRequest &r : m_sim->requestLog())
        geoPages += r.path == u"/settings/recording/v1/geo/history"_s;
    QCOMPARE(geoPages, 3); // 45 versions, 20 per page
    QCOMPARE(count(u"SELECT COUNT(*) FROM settings_geo_history"_s), 45);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM settings_geo_history__record_geo_zones z LEFT JOIN "
              u"settings_geo_history h ON z._dlt_root_id = h._dlt_id WHERE h._dlt_id IS NULL"_s),
        0);
}

void TestSyncEngine::userLookupsUpsertOneUser()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    const qint64 tags = count(u"SELECT COUNT(*) FROM users__properties__tags"_s);
    const QString id = m_sim->users().idAt(5);
    const RunResult lookup = sync(QString::fromLatin1(SimKeys::Admin), [&](SyncOptions &o) {
        o.resources = { u"user_by_id"_s, u"user_v1"_s };
        o.arguments = { { u"id"_s, id }, { u"uid"_s, m_sim->users().uidAt(5) } };
    });
    QCOMPARE(lookup.status, RunResult::Status::Completed);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2500);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags"_s), tags); // children replaced
    QCOMPARE(
        column(u"SELECT _dlt_load_id FROM users WHERE id = '%1'"_s.arg(id)).first(), lookup.runId);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users_v1"_s), 1);
    QVERIFY(
        column(u"SELECT name FROM pragma_table_info('users_v1')"_s).contains(u"num_sessions"_s));
}

void TestSyncEngine::userGoneFromFullstoryIsRemoved()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    const QString lastId = m_sim->users().idAt(2499);
    const QString lastUid = m_sim->users().uidAt(2498);
    const qint64 tags = count(u"SELECT COUNT(*) FROM users__properties__tags"_s);
    const qint64 lastTags = count(u"SELECT COUNT(*) FROM users__properties__tags t JOIN users u ON "
                                  u"t._dlt_parent_id = u._dlt_id WHERE u.id = '%1'"_s.arg(lastId));
    m_sim->setUserCount(2498); // both users deleted in Fullstory since the last sync

    RunResult result = sync(QString::fromLatin1(SimKeys::Admin), [&](SyncOptions &o) {
        o.resources = { u"user_by_id"_s };
        o.arguments = { { u"id"_s, lastId } };
    });
    QCOMPARE(result.status, RunResult::Status::Completed); // a 404 here is an answer, not a failure
    QCOMPARE(result.resources.first().removed, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE id = '%1'"_s.arg(lastId)), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags"_s), tags - lastTags);

    result = sync(QString::fromLatin1(SimKeys::Admin), [&](SyncOptions &o) {
        o.resources = { u"user_by_uid"_s };
        o.arguments = { { u"uid"_s, lastUid } };
    });
    QCOMPARE(result.status, RunResult::Status::Completed);
    QCOMPARE(result.resources.first().removed, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2498);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags t LEFT JOIN users u ON "
                   u"t._dlt_parent_id = u._dlt_id WHERE u._dlt_id IS NULL"_s),
        0);
}

void TestSyncEngine::usersDropOnlyWhenTheApiConfirmsIt()
{
    QCOMPARE(sync().status, RunResult::Status::Completed);
    // The server now lists fewer users but its total_records agrees: a real drop, accepted.
    m_sim->setUserCount(2000);
    QCOMPARE(sync().status, RunResult::Status::Completed);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2000);

    // Now it lists 1500 while still claiming 2000: refused, the previous users kept.
    m_sim->setUserCount(1500);
    m_sim->faults().reportedUserTotal = 2000;
    const RunResult refused = sync();
    QCOMPARE(refused.status, RunResult::Status::Partial);
    const ResourceResult users = refused.resources.last();
    QCOMPARE(users.resource, u"users"_s);
    QCOMPARE(users.status, ResourceResult::Status::Failed);
    QVERIFY2(users.error.contains(u"returned 1500 records where the dataset holds 2000"_s),
        qPrintable(users.error));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 2000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users__properties__tags t LEFT JOIN users u "
                   u"ON t._dlt_root_id = u._dlt_id WHERE u._dlt_id IS NULL"_s),
        0);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
