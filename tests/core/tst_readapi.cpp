// SPDX-License-Identifier: MIT
// core's read functions — the run log, schema changes, recent settings changes and the grid's
// reads — against a dataset two real syncs wrote (issue 13: ui/ holds no SQL, so these are
// the only readers of the bookkeeping tables the desktop shows).

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "core/browse/gridread.h"
#include "core/store/runlog.h"
#include "core/store/schemastore.h"
#include "core/store/settingschanges.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;

class TestReadApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDatasetWithoutSyncsReadsEmpty();
    void runLogReadsBackWhatTheWriterStored();
    void runLogLimitsRunsAndTheirResources();
    void lastSuccessIsTheNewestCompletingRun();
    void schemaChangesNewestFirst();
    void settingsChangesWithinTheWindow();
    void gridKeysFollowTheView();
    void gridRowsByKeyAcrossBatches();

private:
    std::int64_t count(const std::string &sql);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Core::SqliteDatabase> m_db;
    Core::RunResult m_first, m_second;
};

void TestReadApi::initTestCase()
{
    m_path = m_dir.filePath(u"read.sqlite"_s);
    Core::SimConfig config;
    config.users = 300;
    config.usersPageSize = 100;
    config.versions = 6;
    Core::Simulator simulator(config);
    QVERIFY(simulator.listen());
    m_first = TestSupport::syncFromSimulator(m_path, simulator);
    QCOMPARE(m_first.status, Core::RunResult::Status::Completed);
    m_second = TestSupport::syncFromSimulator(m_path, simulator);
    QCOMPARE(m_second.status, Core::RunResult::Status::Completed);
    m_db = std::make_unique<Core::SqliteDatabase>(m_path, Core::SqliteDatabase::Mode::ReadOnly);
}

std::int64_t TestReadApi::count(const std::string &sql)
{
    return std::stoll(m_db->scalar(sql));
}

void TestReadApi::aDatasetWithoutSyncsReadsEmpty()
{
    Core::SqliteDatabase empty(
        m_dir.filePath(u"empty.sqlite"_s), Core::SqliteDatabase::Mode::ReadWrite);
    QVERIFY(Core::RunLog::recent(empty, 10).isEmpty());
    QVERIFY(Core::RunLog::lastSuccess(empty).isEmpty());
    QVERIFY(Core::SchemaStore::recentChanges(empty, 10).isEmpty());
    QVERIFY(Core::SettingsChanges::recent(empty, 7, 10).isEmpty());
}

void TestReadApi::runLogReadsBackWhatTheWriterStored()
{
    const QList<Core::RunLog::StoredRun> runs = Core::RunLog::recent(*m_db, 10);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).record.id, m_second.runId); // newest first
    QCOMPARE(runs.at(1).record.id, m_first.runId);
    for (const Core::RunLog::StoredRun &run : runs) {
        QCOMPARE(run.status, u"completed"_s);
        QCOMPARE(run.record.trigger, u"test"_s);
        QCOMPARE(run.record.keyLevel, u"admin"_s);
        QVERIFY(!run.record.orgId.isEmpty());
        QVERIFY(run.finishedAt >= run.record.startedAt);
        QVERIFY(run.error.isEmpty());
    }
    // Each run's resources, as the engine reported them, in the order they ran.
    const Core::RunLog::StoredRun &first = runs.at(1);
    QCOMPARE(first.resources.size(), m_first.resources.size());
    QVERIFY(!first.resources.isEmpty());
    for (qsizetype i = 0; i < first.resources.size(); ++i) {
        const Core::ResourceResult &stored = first.resources.at(i);
        const Core::ResourceResult &reported = m_first.resources.at(i);
        QCOMPARE(stored.resource, reported.resource);
        QCOMPARE(stored.status, reported.status);
        QCOMPARE(stored.pages, reported.pages);
        QCOMPARE(stored.records, reported.records);
        QCOMPARE(stored.rows, reported.rows);
        QCOMPARE(stored.requests, reported.requests);
        QCOMPARE(stored.retries, reported.retries);
    }
    const auto users = std::find_if(first.resources.cbegin(), first.resources.cend(),
        [](const Core::ResourceResult &r) { return r.resource == u"users"_s; });
    QVERIFY(users != first.resources.cend());
    QCOMPARE(users->records, 300);
    QCOMPARE(users->pages, 3);
}

void TestReadApi::runLogLimitsRunsAndTheirResources()
{
    const QList<Core::RunLog::StoredRun> newest = Core::RunLog::recent(*m_db, 1);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.at(0).record.id, m_second.runId);
    QCOMPARE(newest.at(0).resources.size(), m_second.resources.size());
    QVERIFY(Core::RunLog::recent(*m_db, 0).isEmpty());
}

void TestReadApi::lastSuccessIsTheNewestCompletingRun()
{
    const QHash<QString, QString> last = Core::RunLog::lastSuccess(*m_db);
    const QString newestStart = Core::RunLog::recent(*m_db, 1).at(0).record.startedAt;
    QCOMPARE(last.size(), m_second.resources.size());
    QVERIFY(!last.isEmpty());
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        QCOMPARE(it.value(), newestStart);
    QVERIFY(last.contains(u"users"_s));
}

void TestReadApi::schemaChangesNewestFirst()
{
    const QList<QVariantList> all = Core::SchemaStore::recentChanges(*m_db, 100000);
    QCOMPARE(all.size(), count("SELECT count(*) FROM _sync_schema_changes"));
    QVERIFY(all.size() > 20);
    // (created_at, resource, table_name, column_name, data_type, change, run_id)
    for (const QVariantList &row : all) {
        QCOMPARE(row.size(), 7);
        QVERIFY(row.at(5) == u"new_table"_s || row.at(5) == u"new_column"_s);
        // The second sync met no new fields: every change belongs to the first.
        QCOMPARE(row.at(6).toString(), m_first.runId);
    }
    // The users table appeared before its columns did; newest first puts it after them.
    qsizetype table = -1, column = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).at(2) == u"users"_s && all.at(i).at(5) == u"new_table"_s)
            table = i;
        if (all.at(i).at(2) == u"users"_s && all.at(i).at(5) == u"new_column"_s && column < 0)
            column = i;
    }
    QVERIFY(table >= 0 && column >= 0);
    QVERIFY(column < table);
    QCOMPARE(Core::SchemaStore::recentChanges(*m_db, 5).size(), 5);
    QCOMPARE(Core::SchemaStore::recentChanges(*m_db, 5).at(0), all.at(0));
}

void TestReadApi::settingsChangesWithinTheWindow()
{
    const QList<QVariantList> all = Core::SettingsChanges::recent(*m_db, 100000, 100000);
    QCOMPARE(all.size(), count("SELECT count(*) FROM settings_changes"));
    QVERIFY(all.size() > 10);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).at(0).toString() >= all.at(i).at(0).toString());
    // A window that ends today and reaches back to the middle of the stored versions.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime middle =
        QDateTime::fromString(all.at(all.size() / 2).at(0).toString(), Qt::ISODateWithMs);
    QVERIFY(middle.isValid());
    const int days = int(middle.daysTo(now)) + 1;
    const QString since = now.addDays(-days).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    qsizetype expected = 0;
    for (const QVariantList &row : all)
        expected += row.at(0).toString() >= since ? 1 : 0;
    const QList<QVariantList> window = Core::SettingsChanges::recent(*m_db, days, 100000);
    QVERIFY(expected > 0 && expected < all.size());
    // A version a second either side of the boundary could move while the test runs.
    QVERIFY2(std::abs(window.size() - expected) <= 1,
        qPrintable(u"%1 rows, %2 expected"_s.arg(window.size()).arg(expected)));
    for (const QVariantList &row : window) {
        QCOMPARE(row.size(), 8);
        QVERIFY(row.at(0).toString() >= since.left(16)); // to the minute
    }
    QCOMPARE(Core::SettingsChanges::recent(*m_db, 100000, 3).size(), 3);
}

void TestReadApi::gridKeysFollowTheView()
{
    Core::ViewQuery view;
    view.table = u"users"_s;
    view.columns = { u"uid"_s, u"display_name"_s };
    view.sortColumn = 0;
    view.descending = true;
    const QList<qint64> keys = Core::GridRead::keys(*m_db, view);
    QCOMPARE(keys.size(), 300);
    const QList<QVariantList> rows = Core::GridRead::rowsInOrder(*m_db, view, keys);
    QCOMPARE(rows.size(), keys.size());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).at(0).toString() >= rows.at(i).at(0).toString());

    view.filters.insert(0, Core::ColumnFilter::parse(u"="_s + rows.at(7).at(0).toString()).value());
    QCOMPARE(Core::GridRead::keys(*m_db, view), QList<qint64> { keys.at(7) });
}

void TestReadApi::gridRowsByKeyAcrossBatches()
{
    Core::ViewQuery view;
    view.table = u"users"_s;
    view.columns = { u"uid"_s };
    QList<qint64> keys = Core::GridRead::keys(*m_db, view);
    QCOMPARE(keys.size(), 300); // more than one batch
    QVERIFY(keys.size() > Core::GridRead::Batch);
    const qint64 gone = keys.constLast() + 1000; // no such row
    keys.insert(3, gone);
    const QHash<qint64, QVariantList> byKey = Core::GridRead::rowsByKey(*m_db, view, keys);
    QCOMPARE(byKey.size(), 300);
    QVERIFY(!byKey.contains(gone));
    const std::string uidOfLast =
        m_db->scalar("SELECT uid FROM users WHERE rowid = " + std::to_string(keys.constLast()));
    QCOMPARE(byKey.value(keys.constLast()).at(0).toString(), QString::fromStdString(uidOfLast));

    const QList<QVariantList> inOrder = Core::GridRead::rowsInOrder(*m_db, view, keys);
    QCOMPARE(inOrder.size(), keys.size());
    QVERIFY(inOrder.at(3).isEmpty()); // the missing row keeps its place
    QCOMPARE(inOrder.at(4), byKey.value(keys.at(4)));
    QVERIFY(Core::GridRead::rowsByKey(*m_db, view, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReadApi)
#include "tst_readapi.moc"
