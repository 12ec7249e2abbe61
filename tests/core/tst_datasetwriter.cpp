// SPDX-License-Identifier: MIT
// The writer's protocol on its own (design.md §5): open → beginRun → (beginResource →
// writePage* → commitResource | abortResource)* → finishRun, driven call by call the way the
// engine drives it, with pages as the simulator serves them. What each step leaves in the
// file is read back through a connection of the test's own.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/catalog/catalog.h"
#include "core/simulator/simulator.h"
#include "core/simulator/usergenerator.h"
#include "core/store/datasetwriter.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;
using namespace Core;

class TestDatasetWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCommittedResourceKeepsItsRowsAndItsRecord();
    void anAbortedResourceLeavesTheFileAsItWas();
    void aBadPageFailsTheResourceAndTheNextOneLoads();
    void theRunIsRecordedWhateverItsResources();

private:
    FetchedPage usersPage(int first, int count, int index = 0) const;
    // A users page whose first user carries a field no earlier page had.
    FetchedPage usersPageWithNewField(int first, int count) const;
    void beginRun(const QString &id);
    ResourceResult fetched(int pages) const;
    std::string scalar(const char *sql) const;

    std::unique_ptr<Simulator> m_sim;
    LoadPlan m_users;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DatasetWriter> m_writer;
};

void TestDatasetWriter::initTestCase()
{
    SimConfig config;
    config.users = 120;
    m_sim = std::make_unique<Simulator>(config);
    const auto catalog = Catalog::load();
    QVERIFY(catalog);
    const ResourceSpec *users = catalog.value().find(u"users"_s);
    QVERIFY(users);
    m_users.spec = *users;
}

void TestDatasetWriter::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    m_writer = std::make_unique<DatasetWriter>(m_path);
    QSignalSpy opened(m_writer.get(), &DatasetWriter::opened);
    m_writer->open();
    QCOMPARE(opened.size(), 1); // on the caller's thread, at once
    const auto result = opened.first().first().value<DatasetOpenResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.cursors.isEmpty());
}

void TestDatasetWriter::cleanup()
{
    m_writer.reset();
}

FetchedPage TestDatasetWriter::usersPage(int first, int count, int index) const
{
    FetchedPage page;
    page.resource = u"users"_s;
    page.index = index;
    page.body = m_sim->users().v2Page(first, count, {}, m_sim->users().count());
    page.info.recordCount = count;
    page.info.end = PageInfo::End::NoToken;
    return page;
}

FetchedPage TestDatasetWriter::usersPageWithNewField(int first, int count) const
{
    FetchedPage page = usersPage(first, count);
    QJsonObject body = QJsonDocument::fromJson(page.body).object();
    QJsonArray results = body.value(u"results"_s).toArray();
    QJsonObject user = results.first().toObject();
    user.insert(u"loyalty_tier"_s, u"gold"_s);
    results.replace(0, user);
    body.insert(u"results"_s, results);
    page.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return page;
}

void TestDatasetWriter::beginRun(const QString &id)
{
    RunRecord run;
    run.id = id;
    run.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    run.trigger = u"test"_s;
    m_writer->beginRun(run);
}

ResourceResult TestDatasetWriter::fetched(int pages) const
{
    ResourceResult result;
    result.resource = u"users"_s;
    result.status = ResourceResult::Status::Completed;
    result.pages = pages;
    result.requests = pages;
    return result;
}

std::string TestDatasetWriter::scalar(const char *sql) const
{
    SqliteDatabase db(m_path, SqliteDatabase::Mode::ReadOnly);
    return db.scalar(sql);
}

void TestDatasetWriter::aCommittedResourceKeepsItsRowsAndItsRecord()
{
    QSignalSpy written(m_writer.get(), &DatasetWriter::pageWritten);
    QSignalSpy finished(m_writer.get(), &DatasetWriter::resourceFinished);
    beginRun(u"1.000001"_s);
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPage(0, 50, 0));
    m_writer->writePage(usersPage(50, 30, 1));
    QCOMPARE(written.size(), 2);
    // Rows of one page: the users and their child rows, counted by the writer.
    QVERIFY(written.at(0).at(1).toLongLong() >= 50);
    QCOMPARE(scalar("SELECT count(*) FROM _sync_resources"), "0"); // nothing committed yet

    m_writer->commitResource(fetched(2));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<ResourceResult>();
    QCOMPARE(result.status, ResourceResult::Status::Completed);
    QCOMPARE(result.records, 80);
    QCOMPARE(result.rowsByTable.value(u"users"_s), 80);
    QCOMPARE(result.rows, written.at(0).at(1).toLongLong() + written.at(1).at(1).toLongLong());
    QCOMPARE(result.pages, 2); // the fetch's counts travel through

    QCOMPARE(scalar("SELECT count(*) FROM users"), "80");
    QCOMPARE(scalar("SELECT count(DISTINCT _dlt_load_id) || ' ' || min(_dlt_load_id) FROM users"),
        "1 1.000001");
    QCOMPARE(scalar("SELECT status || ' ' || rows || ' ' || requests FROM _sync_resources"),
        "completed " + std::to_string(result.rows) + " 2");
}

void TestDatasetWriter::anAbortedResourceLeavesTheFileAsItWas()
{
    beginRun(u"1.000001"_s);
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPage(0, 40));
    m_writer->commitResource(fetched(1));
    const std::string columns = scalar("SELECT count(*) FROM _sync_schema");

    // A second run replaces the table, with a new column on the way, and is cancelled.
    QSignalSpy finished(m_writer.get(), &DatasetWriter::resourceFinished);
    beginRun(u"2.000002"_s);
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPageWithNewField(40, 60));
    ResourceResult cancelled = fetched(1);
    cancelled.status = ResourceResult::Status::Cancelled;
    cancelled.error = u"Cancelled."_s;
    m_writer->abortResource(cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(
        finished.first().first().value<ResourceResult>().status, ResourceResult::Status::Cancelled);

    QCOMPARE(scalar("SELECT count(*) FROM users"), "40");
    QCOMPARE(scalar("SELECT min(_dlt_load_id) FROM users"), "1.000001");
    QCOMPARE(
        scalar("SELECT count(*) FROM pragma_table_info('users') WHERE name = 'loyalty_tier'"), "0");
    QCOMPARE(scalar("SELECT count(*) FROM _sync_schema"), columns);
    QCOMPARE(scalar("SELECT status FROM _sync_resources WHERE run_id = '2.000002'"), "cancelled");

    // The writer forgot the rolled-back column too: the same page loads cleanly next time.
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPageWithNewField(40, 60));
    m_writer->commitResource(fetched(1));
    QCOMPARE(
        finished.last().first().value<ResourceResult>().status, ResourceResult::Status::Completed);
    QCOMPARE(scalar("SELECT count(*) FROM users WHERE loyalty_tier = 'gold'"), "1");
}

void TestDatasetWriter::aBadPageFailsTheResourceAndTheNextOneLoads()
{
    beginRun(u"1.000001"_s);
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPage(0, 40));
    m_writer->commitResource(fetched(1));

    QSignalSpy failed(m_writer.get(), &DatasetWriter::resourceFailed);
    QSignalSpy datasetFailed(m_writer.get(), &DatasetWriter::datasetFailed);
    QSignalSpy written(m_writer.get(), &DatasetWriter::pageWritten);
    QSignalSpy finished(m_writer.get(), &DatasetWriter::resourceFinished);
    m_writer->beginResource(m_users);
    FetchedPage broken = usersPage(0, 10);
    broken.body = "{\"results\": [{\"id\": \"1\", \"uid\": ";
    m_writer->writePage(broken);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"users"_s);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(datasetFailed.isEmpty()); // the data was bad, not the file
    m_writer->writePage(usersPage(40, 60)); // ignored: the resource has failed
    QVERIFY(written.isEmpty());
    // The engine commits what it fetched; the writer answers with the failure instead.
    m_writer->commitResource(fetched(2));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<ResourceResult>();
    QCOMPARE(result.status, ResourceResult::Status::Failed);
    QCOMPARE(result.error, failed.first().at(1).toString());
    QCOMPARE(scalar("SELECT count(*) FROM users"), "40");

    m_writer->beginResource(m_users);
    m_writer->writePage(usersPage(0, 120));
    m_writer->commitResource(fetched(1));
    QCOMPARE(
        finished.last().first().value<ResourceResult>().status, ResourceResult::Status::Completed);
    QCOMPARE(scalar("SELECT count(*) FROM users"), "120");
}

void TestDatasetWriter::theRunIsRecordedWhateverItsResources()
{
    QSignalSpy runFinished(m_writer.get(), &DatasetWriter::runFinished);
    beginRun(u"1.000001"_s);
    m_writer->setIdentity(u"architect"_s, u"o-TEST-na1"_s);
    QCOMPARE(scalar("SELECT status FROM _sync_runs"), "running"); // visible while it runs
    ResourceResult skipped;
    skipped.resource = u"settings_privacy"_s;
    skipped.status = ResourceResult::Status::Skipped;
    skipped.error = u"needs an Architect key"_s;
    m_writer->recordResource(skipped);
    m_writer->beginResource(m_users);
    m_writer->writePage(usersPage(0, 10));
    ResourceResult failed = fetched(1);
    failed.status = ResourceResult::Status::Failed;
    failed.error = u"HTTP 500"_s;
    m_writer->abortResource(failed);
    m_writer->finishRun(u"failed"_s, u"every resource failed"_s, u"2026-12-04T10:00:00.000Z"_s);
    QCOMPARE(runFinished.size(), 1);

    QCOMPARE(scalar("SELECT status || '|' || error || '|' || finished_at || '|' || key_level || "
                    "'|' || org_id FROM _sync_runs"),
        "failed|every resource failed|2026-12-04T10:00:00.000Z|architect|o-TEST-na1");
    QCOMPARE(scalar("SELECT group_concat(resource || ':' || status || ':' || error, ',') FROM "
                    "(SELECT * FROM _sync_resources ORDER BY resource)"),
        "settings_privacy:skipped:needs an Architect key,users:failed:HTTP 500");
    QCOMPARE(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'users'"), "0");
}

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
