// SPDX-License-Identifier: MIT
// Demo mode end to end with nothing in the keychain: the built-in simulator on its own thread,
// a demo dataset of its own, clearly labelled, synced and browsable.

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "core/secrets/keychainstore.h"
#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "ui/common/uisettings.h"
#include "ui/sync/resourcemodel.h"
#include "ui/sync/syncpane.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablespane.h"

using namespace Qt::StringLiterals;

class TestDemoMode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tryWithDemoDataSyncsAndBrowses();
    void demoIsRememberedAndResyncs();
    void demoIfNoKeyGoesStraightToDemo();
    void syncChoicesBelongToTheirDataset();

private:
    std::unique_ptr<Core::KeyStore> emptyKeychain();
    QString m_service;
};

void TestDemoMode::initTestCase()
{
    // A keychain entry nobody writes: "no key stored", through the real Secret Service when
    // there is one (CI), else whatever the keychain says — demo mode needs neither.
    m_service = u"fullstory-desk-demo-test-%1"_s.arg(QCoreApplication::applicationPid());
}

std::unique_ptr<Core::KeyStore> TestDemoMode::emptyKeychain()
{
    return std::make_unique<Core::KeychainStore>(m_service);
}

void TestDemoMode::tryWithDemoDataSyncsAndBrowses()
{
    DeskTest::Desk desk(emptyKeychain());
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_VERIFY(desk.keys->state() != Core::KeyService::State::Checking);
    QVERIFY(desk.keys->state() != Core::KeyService::State::Stored);
    QVERIFY(desk.window->isShowingWelcome());

    QTest::mouseClick(desk.window->findChild<QPushButton *>(u"welcomeDemo"_s), Qt::LeftButton);
    QCOMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Demo);
    // The first visit syncs by itself.
    QVERIFY(desk.find<Gui::SyncPane>()->isSyncing());
    QVERIFY(desk.waitForSync());
    // Qt appends " — Fullstory Desk" itself; before, the title said the app's name twice.
    QCOMPARE(desk.window->windowTitle(), u"Demo data"_s);
    QCOMPARE(
        desk.window->findChild<QLabel *>(u"modeLabel"_s)->text(), u"DEMO DATA (simulated org)"_s);
    const QString result = desk.find<Gui::SyncPane>()->findChild<QLabel *>(u"syncResult"_s)->text();
    QVERIFY2(result.startsWith(u"Sync complete"_s), qPrintable(result));

    // Its own file; the user's dataset is not created.
    const QString demoPath = desk.dir.filePath(u"demo.sqlite"_s);
    QCOMPARE(desk.workspace->datasetPath(), demoPath);
    QVERIFY(!QFileInfo::exists(desk.dir.filePath(u"own.sqlite"_s)));
    Core::SqliteDatabase db(demoPath, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(db.scalar("SELECT trigger FROM _sync_runs"), std::string("demo"));
    QCOMPARE(db.scalar("SELECT count(*) FROM users"), std::string("300"));

    desk.find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(desk.find<Gui::TablesPane>());
    desk.find<Gui::TablesPane>()->openTable(u"settings_privacy_history"_s);
    Gui::TableGridModel *grid = desk.find<Gui::TablesPane>()->gridModel();
    QTRY_COMPARE(grid->rowCount(), 12);
    const int author = grid->table().indexOf(u"metadata__last_updated_by"_s);
    QTRY_VERIFY(grid->data(grid->index(0, author), Gui::TableGridModel::IsLoadedRole).toBool());
    QVERIFY(!grid->data(grid->index(0, author)).toString().isEmpty());

    // Nothing was written to the keychain.
    Core::KeychainStore check(m_service);
    QSignalSpy read(check.readKey(), &Core::KeyStoreJob::finished);
    QVERIFY(read.wait(10000));
    QVERIFY(read.first().first().value<Core::KeyStoreResult>().status
        != Core::KeyStoreResult::Status::Ok);
}

void TestDemoMode::demoIsRememberedAndResyncs()
{
    QCOMPARE(Gui::UiSettings::LastMode.value(), u"demo"_s);
    DeskTest::Desk desk(emptyKeychain());
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_COMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Demo);
    QVERIFY(!desk.window->isShowingWelcome());
    QVERIFY(desk.waitForSync());
    desk.window->findChild<QAction *>(u"actionSync"_s)->trigger();
    QVERIFY(desk.find<Gui::SyncPane>()->isSyncing());
    QVERIFY(desk.waitForSync());
    Core::SqliteDatabase db(desk.workspace->datasetPath(), Core::SqliteDatabase::Mode::ReadOnly);
    // The second sync of the same simulator: history is incremental, nothing doubles.
    QCOMPARE(db.scalar("SELECT count(*) FROM settings_privacy_history"), std::string("12"));
    QCOMPARE(db.scalar("SELECT count(*) FROM users"), std::string("300"));
}

void TestDemoMode::demoIfNoKeyGoesStraightToDemo()
{
    Gui::UiSettings::LastMode.reset();
    DeskTest::Desk desk(emptyKeychain());
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::DemoIfNoKey);
    QTRY_COMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Demo);
    QVERIFY(!desk.window->isShowingWelcome());
    QVERIFY(desk.waitForSync());
}

void TestDemoMode::syncChoicesBelongToTheirDataset()
{
    DeskTest::Desk desk(emptyKeychain());
    desk.window->show();
    desk.window->activateWindow();
    desk.window->start(Gui::MainWindow::Start::Demo);
    QTRY_COMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Demo);
    QVERIFY(desk.waitForSync());
    Gui::ResourceModel *model = desk.find<Gui::SyncPane>()->findChild<Gui::ResourceModel *>();
    auto *list = desk.find<Gui::SyncPane>()->findChild<QTreeView *>(u"resourceList"_s);
    QVERIFY(list);
    // A person unticks users in the demo: the row, then Space.
    const int users = model->rowOf(u"users"_s);
    list->setFocus();
    list->setCurrentIndex(model->index(users, 0));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(model->uncheckedResources().contains(u"users"_s));

    // Their own dataset keeps its own choice (before: the demo's untick applied to it too).
    QFile(desk.dir.filePath(u"demo.sqlite"_s)).copy(desk.dir.filePath(u"own.sqlite"_s));
    desk.window->openOwnData(); // File › Use my data
    QTRY_COMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Own);
    QVERIFY(!model->uncheckedResources().contains(u"users"_s));
    desk.window->openDemo(); // File › Use demo data
    QTRY_COMPARE(desk.workspace->mode(), Gui::Workspace::Mode::Demo);
    QVERIFY(model->uncheckedResources().contains(u"users"_s));
}

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
