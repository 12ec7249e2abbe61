// SPDX-License-Identifier: MIT
// Every model of the desktop app under QAbstractItemModelTester, on a dataset a real sync wrote.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "syncsupport.h"
#include "ui/common/datasetinventory.h"
#include "ui/common/queryresultmodel.h"
#include "ui/schema/schemamodel.h"
#include "ui/sync/resourcemodel.h"
#include "ui/sync/runhistorymodel.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablelistmodel.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int Users = 700; // three chunks of the grid, the last one partly filled

void attachTester(QAbstractItemModel *model, QObject *parent)
{
    new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, parent);
}

bool waitLoaded(Gui::TableGridModel &model, int row)
{
    model.data(model.index(row, 0)); // asks for the chunk
    return QTest::qWaitFor(
        [&] { return model.data(model.index(row, 0), Gui::TableGridModel::IsLoadedRole).toBool(); },
        10000);
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridLoadsChunksOnDemand();
    void gridSortsAndFilters();
    void gridReloadKeepsThePlace();
    void gridReportsBadFiltersAndMissingDatasets();
    void tableList();
    void schemaTree();
    void resources();
    void runHistory();
    void schemaChanges();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Core::Catalog m_catalog;
};

void TestModels::initTestCase()
{
    m_catalog = Core::Catalog::load().value();
    m_path = m_dir.filePath(u"models.sqlite"_s);
    QCOMPARE(TestSupport::syncNewDataset(m_path, Users, 250, 8).status,
        Core::RunResult::Status::Completed);
}

void TestModels::gridLoadsChunksOnDemand()
{
    Gui::DatasetInventory inventory;
    inventory.setDataset(m_path);
    QTRY_VERIFY(inventory.find(u"users"_s));
    Gui::TableGridModel model;
    attachTester(&model, &model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDataset(m_path);
    model.setTable(*inventory.find(u"users"_s));
    QTRY_COMPARE(model.rowCount(), Users);
    QVERIFY(resets.count() >= 1);
    QCOMPARE(model.columnCount(), inventory.find(u"users"_s)->columns.size());
    // Not loaded until asked for; then filled by dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(waitLoaded(model, Users - 1));
    QVERIFY(changed.count() >= 1);
    const int id = inventory.find(u"users"_s)->indexOf(u"id"_s);
    QVERIFY(!model.data(model.index(Users - 1, id)).toString().isEmpty());
    QVERIFY(model.data(model.index(0, id), Gui::TableGridModel::IsLoadedRole).toBool() == false
        || waitLoaded(model, 0));
    QVERIFY(waitLoaded(model, 0));
    // Rows come in rowid order when unsorted: the first user stored is row 0.
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(model.data(model.index(0, id), Gui::TableGridModel::RawValueRole).toString(),
        QString::fromStdString(db.scalar("SELECT id FROM users ORDER BY rowid LIMIT 1")));
    QCOMPARE(model.headerData(3, Qt::Vertical, Qt::DisplayRole).toInt(), 4);
    QVERIFY(model.headerData(id, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"primary key"_s));
}

void TestModels::gridSortsAndFilters()
{
    Gui::DatasetInventory inventory;
    inventory.setDataset(m_path);
    QTRY_VERIFY(inventory.find(u"users"_s));
    const Core::TableInfo users = *inventory.find(u"users"_s);
    Gui::TableGridModel model;
    attachTester(&model, &model);
    model.setDataset(m_path);
    model.setTable(users);
    QTRY_COMPARE(model.rowCount(), Users);
    const int seats = users.indexOf(u"properties__seats"_s);
    const int plan = users.indexOf(u"properties__pricing_plan"_s);
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);

    model.sort(seats, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(waitLoaded(model, 0));
    QCOMPARE(model.data(model.index(0, seats), Gui::TableGridModel::RawValueRole).toLongLong(),
        std::stoll(db.scalar("SELECT max(properties__seats) FROM users")));

    QCOMPARE(model.setFilter(plan, u"=pro"_s), QString());
    QTRY_VERIFY(!model.isLoading());
    const qint64 pro =
        std::stoll(db.scalar("SELECT count(*) FROM users WHERE properties__pricing_plan = 'pro'"));
    QCOMPARE(model.rowCount(), int(pro));
    QVERIFY(waitLoaded(model, 0));
    QCOMPARE(model.data(model.index(0, plan)).toString(), u"pro"_s);
    QCOMPARE(model.filterText(plan), u"=pro"_s);
    QVERIFY(model.hasFilters());
    // The export sees exactly what the grid shows.
    QVERIFY(model.viewQuery().selectSql().sql.contains(u"ORDER BY \"properties__seats\" DESC"_s));

    model.clearFilters();
    QTRY_COMPARE(model.rowCount(), Users);
    model.sort(-1);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.viewQuery().sortColumn);
}

void TestModels::gridReloadKeepsThePlace()
{
    const QString copy = m_dir.filePath(u"reload.sqlite"_s);
    QVERIFY(QFile::copy(m_path, copy));
    Gui::DatasetInventory inventory;
    inventory.setDataset(copy);
    QTRY_VERIFY(inventory.find(u"users"_s));
    Gui::TableGridModel model;
    attachTester(&model, &model);
    model.setDataset(copy);
    model.setTable(*inventory.find(u"users"_s));
    QTRY_COMPARE(model.rowCount(), Users);
    const int plan = inventory.find(u"users"_s)->indexOf(u"properties__pricing_plan"_s);
    QCOMPARE(model.setFilter(plan, u"<>pro"_s), QString());
    model.sort(0, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
    {
        Core::SqliteDatabase db(copy, Core::SqliteDatabase::Mode::ReadWrite);
        db.exec("DELETE FROM users WHERE rowid > 650");
    }
    QSignalSpy viewChanged(&model, &Gui::TableGridModel::viewChanged);
    model.reload();
    QVERIFY(viewChanged.wait(10000));
    // Same filter and sort, fresh rows.
    Core::SqliteDatabase db(copy, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(model.rowCount(),
        std::stoi(db.scalar("SELECT count(*) FROM users WHERE properties__pricing_plan <> 'pro' "
                            "OR properties__pricing_plan IS NULL")));
    QCOMPARE(model.filterText(plan), u"<>pro"_s);
    QCOMPARE(model.viewQuery().sortColumn.value_or(-1), 0);
    QVERIFY(waitLoaded(model, model.rowCount() - 1));
}

void TestModels::gridReportsBadFiltersAndMissingDatasets()
{
    Gui::DatasetInventory inventory;
    inventory.setDataset(m_path);
    QTRY_VERIFY(inventory.find(u"users"_s));
    Gui::TableGridModel model;
    attachTester(&model, &model);
    model.setDataset(m_path);
    model.setTable(*inventory.find(u"users"_s));
    QTRY_COMPARE(model.rowCount(), Users);
    QVERIFY(model.setFilter(1, u">"_s).contains(u"needs a value"_s));
    QVERIFY(!model.hasFilters());
    QCOMPARE(model.rowCount(), Users);

    Gui::TableGridModel missing;
    attachTester(&missing, &missing);
    QSignalSpy errors(&missing, &Gui::TableGridModel::errorOccurred);
    missing.setDataset(m_dir.filePath(u"not-synced-yet.sqlite"_s));
    missing.setTable(*inventory.find(u"users"_s));
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(u"Run a sync"_s));
    QCOMPARE(missing.rowCount(), 0);
}

void TestModels::tableList()
{
    Gui::DatasetInventory inventory;
    Gui::TableListModel model(inventory);
    attachTester(&model, &model);
    QSignalSpy counts(&inventory, &Gui::DatasetInventory::rowCountChanged);
    inventory.setDataset(m_path);
    QTRY_VERIFY(model.rowCount() > 0);
    const QModelIndex users = model.indexOf(u"users"_s);
    QVERIFY(users.isValid());
    QVERIFY(!users.parent().isValid());
    const QModelIndex tags = model.indexOf(u"users__properties__tags"_s);
    QCOMPARE(tags.parent(), users);
    QCOMPARE(tags.data().toString(), u"properties__tags"_s);
    QCOMPARE(
        tags.data(Gui::TableListModel::TableNameRole).toString(), u"users__properties__tags"_s);
    QVERIFY(!model.indexOf(u"_sync_runs"_s).isValid());
    QTRY_COMPARE(model.index(users.row(), Gui::TableListModel::RowsColumn).data().toString(),
        QLocale().toString(Users));
    model.setShowSystemTables(true);
    const QModelIndex runs = model.indexOf(u"_sync_runs"_s);
    QVERIFY(runs.isValid());
    // The five _sync_* tables come after every data table.
    QVERIFY(runs.row() >= model.rowCount() - 5);
    QVERIFY(model.indexOf(u"users"_s).row() < model.rowCount() - 5);
}

void TestModels::schemaTree()
{
    Gui::DatasetInventory inventory;
    Gui::SchemaModel model(inventory);
    attachTester(&model, &model);
    inventory.setDataset(m_path);
    QTRY_VERIFY(model.indexOfTable(u"users"_s).isValid());
    const QModelIndex users = model.indexOfTable(u"users"_s);
    QCOMPARE(users.siblingAtColumn(Gui::SchemaModel::TypeColumn).data().toString(), u"table"_s);
    // Columns first, with type and flags; then the child tables with their join.
    bool sawId = false;
    QModelIndex tags;
    for (int row = 0; row < model.rowCount(users); ++row) {
        const QModelIndex child = model.index(row, 0, users);
        if (child.data().toString() == u"id"_s) {
            sawId = true;
            QCOMPARE(
                child.siblingAtColumn(Gui::SchemaModel::TypeColumn).data().toString(), u"text"_s);
            QVERIFY(child.siblingAtColumn(Gui::SchemaModel::DetailsColumn)
                        .data()
                        .toString()
                        .contains(u"primary key"_s));
        }
        if (child.data(Gui::SchemaModel::TableNameRole).toString() == u"users__properties__tags"_s
            && child.data(Gui::SchemaModel::IsTableRole).toBool())
            tags = child;
    }
    QVERIFY(sawId);
    QVERIFY(tags.isValid());
    QCOMPARE(tags.siblingAtColumn(Gui::SchemaModel::DetailsColumn).data().toString(),
        u"users__properties__tags._dlt_parent_id → users._dlt_id"_s);
    QTRY_COMPARE(users.siblingAtColumn(Gui::SchemaModel::RowsColumn).data().toString(),
        QLocale().toString(Users));
    // System tables come last, in a group of their own.
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    QVERIFY(model.indexOfTable(u"_sync_runs"_s).parent() == last);
}

void TestModels::resources()
{
    Gui::ResourceModel model(m_catalog);
    attachTester(&model, &model);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.checkedResources().size(), 13);
    model.setKeyLevel(Core::KeyLevel::Standard);
    const int privacy = model.rowOf(u"settings_privacy"_s);
    const int users = model.rowOf(u"users"_s);
    QVERIFY(!(model.flags(model.index(privacy, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(model.index(privacy, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.index(users, Gui::ResourceModel::StatusColumn)
                .data()
                .toString()
                .contains(u"Architect"_s));
    QVERIFY(!model.checkedResources().contains(u"users"_s));
    QCOMPARE(model.checkedResources().size(), 10);
    QVERIFY(!model.setData(model.index(privacy, 0), Qt::Checked, Qt::CheckStateRole));
    const int geo = model.rowOf(u"settings_geo"_s);
    QVERIFY(model.setData(model.index(geo, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.uncheckedResources(), QStringList { u"settings_geo"_s });
    model.setKeyLevel(Core::KeyLevel::Admin);
    QCOMPARE(model.checkedResources().size(), 12);

    model.beginRun(model.checkedResources());
    QCOMPARE(model.stateOf(u"users"_s), Gui::ResourceModel::State::Waiting);
    QCOMPARE(model.stateOf(u"settings_geo"_s), Gui::ResourceModel::State::Idle);
    Core::SyncProgress progress;
    progress.resource = u"users"_s;
    progress.pages = 2;
    progress.records = 500;
    progress.rows = 1700;
    progress.totalRecords = 1000;
    model.onProgress(progress);
    QCOMPARE(model.statusText(users), u"Syncing: 500 of 1,000"_s);
    Core::RetryEvent retry;
    retry.wait = std::chrono::milliseconds(4000);
    retry.reason.kind = Core::ApiError::Kind::RateLimited;
    model.onRetry(u"users"_s, retry);
    QCOMPARE(model.statusText(users), u"rate limited, retrying in 4 s"_s);
    Core::ResourceResult done;
    done.resource = u"users"_s;
    done.status = Core::ResourceResult::Status::Failed;
    done.error = u"the server kept failing"_s;
    model.onResourceFinished(done);
    QCOMPARE(model.statusText(users), u"Failed: the server kept failing"_s);
    model.endRun(true, {});
    QCOMPARE(model.stateOf(u"settings_blocking"_s), Gui::ResourceModel::State::Cancelled);
    // A run that ended on its own (the key check failed) cancelled nothing: before, every
    // resource read "Cancelled" when the API was down.
    model.beginRun({ u"settings_geo"_s });
    model.endRun(false, u"The API could not be reached."_s);
    QCOMPARE(model.stateOf(u"settings_geo"_s), Gui::ResourceModel::State::NotRun);
    QCOMPARE(model.statusText(geo), u"Not run: the sync stopped before its turn"_s);
    QVERIFY(
        model.index(geo, 0).data(Qt::ToolTipRole).toString().contains(u"could not be reached"_s));
    model.setLastSuccess(
        { { u"users"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    QCOMPARE(
        model.index(users, Gui::ResourceModel::LastSyncColumn).data().toString(), u"just now"_s);
    QCOMPARE(model.index(geo, Gui::ResourceModel::LastSyncColumn).data().toString(), u"never"_s);
}

void TestModels::runHistory()
{
    Gui::RunHistoryModel model;
    attachTester(&model, &model);
    QSignalSpy loaded(&model, &Gui::RunHistoryModel::loaded);
    model.setDataset(m_path);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex run = model.index(0, 0);
    QCOMPARE(
        run.siblingAtColumn(Gui::RunHistoryModel::StatusColumn).data().toString(), u"completed"_s);
    QCOMPARE(run.siblingAtColumn(Gui::RunHistoryModel::TriggerColumn).data().toString(), u"test"_s);
    QCOMPARE(model.rowCount(run), 13);
    QVERIFY(run.siblingAtColumn(Gui::RunHistoryModel::DetailsColumn)
                .data()
                .toString()
                .contains(u"Admin key"_s)); // the level as people read it, not as stored
    QCOMPARE(model.lastSuccess().size(), 13);
    QVERIFY(model.lastSuccess().contains(u"users"_s));
}

void TestModels::schemaChanges()
{
    Gui::QueryResultModel model(
        [](Core::SqliteDatabase &db) {
            return Core::SqliteStatement(
                db, "SELECT table_name, change FROM _sync_schema_changes ORDER BY id")
                .readAll();
        },
        { { u"Table"_s, {} },
            { u"Change"_s, [](const QVariant &v) { return v.toString().toUpper(); } } });
    attachTester(&model, &model);
    QSignalSpy loaded(&model, &Gui::QueryResultModel::loaded);
    model.setDataset(m_path);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowCount() > 20);
    QCOMPARE(model.index(0, 1).data().toString(), u"NEW_TABLE"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Table"_s);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
