// SPDX-License-Identifier: MIT
// The real main window offscreen, end to end: a key stored through the dialog in the real
// keychain (gnome-keyring in CI), a sync over HTTP from the simulator on 127.0.0.1, rows in the
// grid and columns in the schema, filters, sort, a CSV export, a cancelled sync — and the key
// nowhere but in the keychain.

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

#include "core/api/apisettings.h"
#include "core/browse/jsonpretty.h"
#include "core/secrets/keychainstore.h"
#include "core/secrets/memorykeystore.h"
#include "core/simulator/simulator.h"
#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "testsupport.h"
#include "timebounds.h"
#include "ui/common/dialogs.h"
#include "ui/common/translations.h"
#include "ui/schema/schemamodel.h"
#include "ui/schema/schemapane.h"
#include "ui/settings/apikeydialog.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlpane.h"
#include "ui/sync/syncpane.h"
#include "ui/tables/exportcontroller.h"
#include "ui/tables/filterheader.h"
#include "ui/tables/jsonviewer.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablespane.h"
#include "ui/welcome/welcomepane.h"

using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QStringList logLines;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

// The simulator's admin key, pasted with the whitespace a clipboard brings along.
const QString PastedKey = u"  sim-admin-key\n"_s;
const QString Key = u"sim-admin-key"_s;

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsOnTheWelcomePane();
    void storesTheKeyThroughTheDialog();
    void syncShowsRowsAndColumns();
    void filtersAndSorts();
    void exportsTheViewAsCsv();
    void copiesCellsAndOpensJson();
    void anotherSyncKeepsTheViewsPlace();
    void keyboardMovesThroughTheTablesPane();
    void cancelRollsBackTheResourceInProgress();
    void f9AndTheToolbarHonourTheTickedFullRefresh();
    void anUnreachableApiIsSaidWithCheckAgain();
    void keyIsOnlyInTheKeychain();
    void removesTheKey();
    void keychainFailureIsExplained();

private:
    Gui::ApiKeyDialog *openDialog();
    static bool showsTick(Gui::MainWindow *window);
    QString sql(const QString &query);

    QString m_service;
    std::unique_ptr<Core::Simulator> m_sim;
    std::unique_ptr<DeskTest::Desk> m_desk;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestMainWindow::initTestCase()
{
    // As main() does: English plurals ("1 row", "1,500 rows") under every language.
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_previousHandler = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"fsdesk.*.debug=true"_s);
    Core::SimConfig config;
    config.users = 1500;
    config.usersPageSize = 250;
    config.versions = 10;
    m_sim = std::make_unique<Core::Simulator>(config);
    QVERIFY(m_sim->listen());
    // A service name of its own: a developer's real entry is never touched.
    m_service = u"fullstory-desk-test-%1"_s.arg(QCoreApplication::applicationPid());
    auto store = std::make_unique<Core::KeychainStore>(m_service);
    QSignalSpy probe(store->writeKey(u"probe"_s), &Core::KeyStoreJob::finished);
    QVERIFY(probe.wait(10000));
    const auto result = probe.first().first().value<Core::KeyStoreResult>();
    if (!result.isOk()) {
        if (qEnvironmentVariableIntValue("REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(u"the keychain is required but failed: "_s + result.message));
        QSKIP("no keychain here (run inside packaging/dev.sh test for a real one)");
    }
    QSignalSpy cleared(store->removeKey(), &Core::KeyStoreJob::finished);
    QVERIFY(cleared.wait(10000));
    m_desk = std::make_unique<DeskTest::Desk>(std::move(store));
    m_desk->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_desk->window));
}

void TestMainWindow::cleanupTestCase()
{
    if (m_desk) {
        QSignalSpy removed(m_desk->store->removeKey(), &Core::KeyStoreJob::finished);
        removed.wait(10000);
    }
    m_desk.reset();
    qInstallMessageHandler(m_previousHandler);
}

QString TestMainWindow::sql(const QString &query)
{
    Core::SqliteDatabase db(m_desk->workspace->datasetPath(), Core::SqliteDatabase::Mode::ReadOnly);
    return QString::fromStdString(db.scalar(query.toStdString()));
}

void TestMainWindow::startsOnTheWelcomePane()
{
    m_desk->window->start(Gui::MainWindow::Start::Remembered);
    QTRY_COMPARE(m_desk->keys->state(), Core::KeyService::State::Missing);
    QVERIFY(m_desk->window->isShowingWelcome());
    QVERIFY(m_desk->window->findChild<QPushButton *>(u"welcomeEnterKey"_s)->isVisible());
    QVERIFY(m_desk->window->findChild<QPushButton *>(u"welcomeDemo"_s)->isVisible());
    QVERIFY(!m_desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
    // No green tick without a key (the review's screenshot had one).
    QVERIFY(!showsTick(m_desk->window));
    QVERIFY(m_desk->window->findChild<QAction *>(u"actionApiKey"_s)
                ->toolTip()
                .startsWith(u"No API key"_s));
}

bool TestMainWindow::showsTick(Gui::MainWindow *window)
{
    const QIcon icon = window->findChild<QAction *>(u"actionApiKey"_s)->icon();
    const QImage tick =
        window->style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(16).toImage();
    return !icon.isNull() && icon.pixmap(16).toImage() == tick;
}

Gui::ApiKeyDialog *TestMainWindow::openDialog()
{
    m_desk->window->openKeyDialog();
    Gui::ApiKeyDialog *dialog = m_desk->window->findChild<Gui::ApiKeyDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestMainWindow::storesTheKeyThroughTheDialog()
{
    QTest::mouseClick(
        m_desk->window->findChild<QPushButton *>(u"welcomeEnterKey"_s), Qt::LeftButton);
    Gui::ApiKeyDialog *dialog = m_desk->window->findChild<Gui::ApiKeyDialog *>();
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s);
    auto *region = dialog->findChild<QComboBox *>(u"regionCombo"_s);
    auto *url = dialog->findChild<QLineEdit *>(u"customUrlEdit"_s);
    auto *test = dialog->findChild<QPushButton *>(u"testButton"_s);
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!save->isEnabled());

    // Plain http to another host would send the key in the clear: refused.
    region->setCurrentIndex(2);
    url->setText(u"http://example.com"_s);
    QVERIFY(!test->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"testResult"_s)->text().contains(u"unencrypted"_s));

    url->setText(m_sim->url().toString());
    key->setText(PastedKey);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QSignalSpy tested(dialog, &Gui::ApiKeyDialog::tested);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY2(dialog->resultText().contains(u"Admin key"_s), qPrintable(dialog->resultText()));
    QVERIFY(dialog->resultText().contains(u"o-SIM42-na1"_s));
    QVERIFY(dialog->resultText().contains(u"It can read all 16 resources"_s));

    QSignalSpy saved(dialog, &Gui::ApiKeyDialog::keySaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!m_desk->window->findChild<Gui::ApiKeyDialog *>());

    QCOMPARE(m_desk->keys->state(), Core::KeyService::State::Stored);
    QVERIFY(showsTick(m_desk->window)); // now it may
    QCOMPARE(m_desk->keys->hint(), u"…-key"_s);
    QCOMPARE(m_desk->workspace->mode(), Gui::Workspace::Mode::Own);
    QVERIFY(!m_desk->window->isShowingWelcome());
    // In the real keychain, trimmed, as the API will get it.
    Core::KeychainStore check(m_service);
    QSignalSpy read(check.readKey(), &Core::KeyStoreJob::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().first().value<Core::KeyStoreResult>().key, Key);
    // Opened again, the dialog shows only the last four characters.
    Gui::ApiKeyDialog *again = openDialog();
    QVERIFY(again);
    QVERIFY(again->findChild<QLineEdit *>(u"apiKeyEdit"_s)->text().isEmpty());
    QCOMPARE(again->findChild<QLabel *>(u"storedKey"_s)->text(), u"a key ending in …-key"_s);
    again->reject();
    QTRY_VERIFY(!m_desk->window->findChild<Gui::ApiKeyDialog *>());
}

void TestMainWindow::syncShowsRowsAndColumns()
{
    Gui::SyncPane *sync = m_desk->find<Gui::SyncPane>();
    QTRY_VERIFY(m_desk->workspace->identity().has_value());
    auto *button = sync->findChild<QPushButton *>(u"syncButton"_s);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(sync->isSyncing());
    QVERIFY(m_desk->waitForSync());
    const QString result = sync->findChild<QLabel *>(u"syncResult"_s)->text();
    QVERIFY2(result.startsWith(u"Sync complete"_s), qPrintable(result));
    QCOMPARE(sql(u"SELECT count(*) FROM users"_s), u"1500"_s);
    QCOMPARE(sql(u"SELECT trigger FROM _sync_runs"_s), u"desktop"_s);

    // The grid shows the users the sync stored.
    m_desk->find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(m_desk->find<Gui::TablesPane>());
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    tables->openTable(u"users"_s);
    Gui::TableGridModel *grid = tables->gridModel();
    QTRY_COMPARE(grid->rowCount(), 1500);
    const int id = grid->table().indexOf(u"id"_s);
    QTRY_VERIFY(grid->data(grid->index(0, id), Gui::TableGridModel::IsLoadedRole).toBool());
    QCOMPARE(grid->data(grid->index(0, id)).toString(),
        sql(u"SELECT id FROM users ORDER BY rowid LIMIT 1"_s));
    QTRY_COMPARE(m_desk->window->findChild<QLabel *>(u"viewLabel"_s)->text(),
        u"1,500 rows × %1 columns"_s.arg(grid->columnCount()));

    // The schema view lists the same table with its columns.
    Gui::SchemaModel *schema = m_desk->find<Gui::SchemaPane>()->model();
    const QModelIndex users = schema->indexOfTable(u"users"_s);
    QVERIFY(users.isValid());
    QStringList columns;
    for (int row = 0; row < schema->rowCount(users); ++row) {
        const QModelIndex child = schema->index(row, 0, users);
        if (!child.data(Gui::SchemaModel::IsTableRole).toBool())
            columns.append(child.data().toString());
    }
    QVERIFY(columns.contains(u"display_name"_s));
    QVERIFY(columns.contains(u"properties__pricing_plan"_s));
    QCOMPARE(columns.size(), grid->columnCount());
}

void TestMainWindow::filtersAndSorts()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    Gui::TableGridModel *grid = tables->gridModel();
    const int plan = grid->table().indexOf(u"properties__pricing_plan"_s);
    const int seats = grid->table().indexOf(u"properties__seats"_s);
    QLineEdit *filter = tables->findChild<Gui::FilterHeader *>()->filterEditor(plan);
    QVERIFY(filter && filter->isVisible());
    filter->setFocus();
    QTest::keyClicks(filter, u"=pro"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    const QString pro = sql(u"SELECT count(*) FROM users WHERE properties__pricing_plan = 'pro'"_s);
    QTRY_COMPARE(QString::number(grid->rowCount()), pro);
    QTRY_COMPARE(m_desk->window->findChild<QLabel *>(u"viewLabel"_s)->text(),
        u"%1 of 1,500 rows × %2 columns (filtered)"_s.arg(pro).arg(grid->columnCount()));

    // A second filter narrows further; a bad one is flagged and ignored.
    QLineEdit *seatsFilter = tables->findChild<Gui::FilterHeader *>()->filterEditor(seats);
    QTest::keyClicks(seatsFilter, u">="_s);
    QTest::keyClick(seatsFilter, Qt::Key_Return);
    QTRY_VERIFY(seatsFilter->toolTip().contains(u"needs a value"_s));
    QCOMPARE(QString::number(grid->rowCount()), pro);
    QTest::keyClicks(seatsFilter, u"20"_s);
    QTest::keyClick(seatsFilter, Qt::Key_Return);
    const QString narrowed = sql(u"SELECT count(*) FROM users WHERE properties__pricing_plan = "
                                 u"'pro' AND properties__seats >= 20"_s);
    QTRY_COMPARE(QString::number(grid->rowCount()), narrowed);

    // Clicking the header sorts ascending, then descending.
    QHeaderView *header = tables->gridView()->horizontalHeader();
    const QPoint section(header->sectionViewportPosition(seats) + 10, 5);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
    QTRY_VERIFY(!grid->isLoading());
    QTRY_VERIFY(grid->data(grid->index(0, seats), Gui::TableGridModel::IsLoadedRole).toBool());
    const qint64 lowest =
        grid->data(grid->index(0, seats), Gui::TableGridModel::RawValueRole).toLongLong();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
    QTRY_VERIFY(!grid->isLoading());
    QTRY_VERIFY(grid->data(grid->index(0, seats), Gui::TableGridModel::IsLoadedRole).toBool());
    const qint64 highest =
        grid->data(grid->index(0, seats), Gui::TableGridModel::RawValueRole).toLongLong();
    QCOMPARE(QString::number(lowest),
        sql(u"SELECT min(properties__seats) FROM users WHERE properties__pricing_plan = 'pro' "
            u"AND properties__seats >= 20"_s));
    QCOMPARE(QString::number(highest),
        sql(u"SELECT max(properties__seats) FROM users WHERE properties__pricing_plan = 'pro' "
            u"AND properties__seats >= 20"_s));
    QCOMPARE(grid->viewQuery().sortColumn.value_or(-1), seats);
    QVERIFY(grid->viewQuery().descending);
}

void TestMainWindow::exportsTheViewAsCsv()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    Gui::TableGridModel *grid = tables->gridModel();
    const QString path = m_desk->dir.filePath(u"pro-users.csv"_s);
    Gui::Dialogs::setNextSaveFileName(path, u"CSV for Excel, UTF-8 with BOM (*.csv)"_s);
    QAction *exportAction = m_desk->window->findChild<QAction *>(u"actionExport"_s);
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);
    QTRY_VERIFY(!tables->exporter()->isRunning());
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // Header, one line per row of the view, and the empty piece after the last CRLF.
    QCOMPARE(lines.size(), grid->rowCount() + 2);
    QStringList header;
    for (const Core::ColumnInfo &column : grid->table().columns)
        header.append(column.name);
    QCOMPARE(QString::fromUtf8(lines.first()), header.join(u',') + u'\r');
    // Rows in the grid's order: by seats descending, ties by rowid descending.
    Core::SqliteDatabase db(m_desk->workspace->datasetPath(), Core::SqliteDatabase::Mode::ReadOnly);
    Core::SqliteStatement ids(db,
        "SELECT id FROM users WHERE properties__pricing_plan = 'pro' AND properties__seats >= 20 "
        "ORDER BY properties__seats DESC, rowid DESC");
    const int idColumn = grid->table().indexOf(u"id"_s);
    for (int line = 1; ids.step(); ++line)
        QCOMPARE(QString::fromUtf8(lines.at(line)).section(u',', idColumn, idColumn),
            QString::fromStdString(ids.columnText(0)));
}

void TestMainWindow::copiesCellsAndOpensJson()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    Gui::TableGridModel *grid = tables->gridModel();
    const int id = grid->table().indexOf(u"id"_s);
    const int plan = grid->table().indexOf(u"properties__pricing_plan"_s);
    QTRY_VERIFY(grid->data(grid->index(1, plan), Gui::TableGridModel::IsLoadedRole).toBool());
    QItemSelectionModel *selection = tables->gridView()->selectionModel();
    selection->clearSelection();
    for (int row : { 0, 1 })
        for (int column : { id, plan })
            selection->select(grid->index(row, column), QItemSelectionModel::Select);
    QApplication::clipboard()->clear();
    m_desk->window->findChild<QAction *>(u"actionCopyHeaders"_s)->trigger();
    const QString expected = u"id\tproperties__pricing_plan\n%1\tpro\n%2\tpro\n"_s.arg(
        grid->data(grid->index(0, id)).toString(), grid->data(grid->index(1, id)).toString());
    QTRY_COMPARE(QApplication::clipboard()->text(), expected);

    // A history version's raw JSON opens pretty-printed, every literal as stored.
    tables->openTable(u"settings_privacy_history"_s);
    QTRY_COMPARE(grid->table().name, u"settings_privacy_history"_s);
    QTRY_VERIFY(grid->rowCount() > 0);
    const int raw = grid->table().indexOf(u"_raw_json"_s);
    QTRY_VERIFY(grid->data(grid->index(0, raw), Gui::TableGridModel::IsLoadedRole).toBool());
    tables->openJsonViewer(grid->index(0, raw));
    auto *viewer = tables->findChild<Gui::JsonViewer *>();
    QVERIFY(viewer);
    const QString stored =
        grid->data(grid->index(0, raw), Gui::TableGridModel::RawValueRole).toString();
    QCOMPARE(viewer->text()->toPlainText(), Core::prettyJson(stored));
    QVERIFY(viewer->text()->toPlainText().contains(u"\n  \"elementBlocks\": ["_s));
    QTreeWidgetItem *root = viewer->findChild<QTreeWidget *>(u"jsonTree"_s)->topLevelItem(0);
    QVERIFY(root);
    QStringList keys;
    for (int i = 0; i < root->childCount(); ++i)
        keys.append(root->child(i)->text(0));
    QVERIFY(keys.contains(u"metadata"_s));
    QVERIFY(keys.contains(u"elementBlocks"_s));
    viewer->close();
    QTRY_VERIFY(!tables->findChild<Gui::JsonViewer *>());
    tables->openTable(u"users"_s);
    QTRY_COMPARE(grid->table().name, u"users"_s);
}

void TestMainWindow::keyboardMovesThroughTheTablesPane()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    m_desk->find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(tables);
    m_desk->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk->window));
    QTableView *grid = tables->gridView();
    auto *list = tables->findChild<QTreeView *>(u"tableList"_s);
    QVERIFY(list);
    // The focus is marked so one can see it.
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const QImage unfocused = grid->grab().toImage();
    grid->setFocus();
    QTRY_VERIFY(grid->hasFocus());
    QVERIFY(grid->grab().toImage() != unfocused);
    // Before: Tab went from cell to cell and never left the grid.
    QTest::keyClick(grid, Qt::Key_Tab);
    QVERIFY(!grid->hasFocus());
    // F6 goes to the table list and back.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F6);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F6);
    QTRY_VERIFY(grid->hasFocus());
    // Esc in a filter box returns to the grid, the filter kept.
    QLineEdit *filter = tables->findChild<Gui::FilterHeader *>()->filterEditor(0);
    filter->setFocus();
    QTest::keyClicks(filter, u"6606"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(grid->hasFocus());
    QCOMPARE(filter->text(), u"6606"_s);
    filter->clear();
    QTRY_COMPARE(tables->gridModel()->rowCount(), 1500);

    // Ctrl+4 and typing writes SQL (before, the keys went nowhere until a click).
    QTest::keyClick(grid, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(
        m_desk->find<QTabWidget>(u"mainTabs"_s)->currentWidget(), m_desk->find<Gui::SqlPane>());
    Gui::SqlEditor *editor = m_desk->find<Gui::SqlPane>()->currentTab()->editor();
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    const QString before = editor->toPlainText();
    QTest::keyClicks(QApplication::focusWidget(), u" "_s);
    QCOMPARE(editor->toPlainText().size(), before.size() + 1);
    editor->setPlainText(before);
    // Ctrl+2 comes back to the grid with its table.
    QTest::keyClick(editor, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), grid);
}

void TestMainWindow::anotherSyncKeepsTheViewsPlace()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    Gui::TableGridModel *grid = tables->gridModel();
    QTRY_COMPARE(grid->rowCount(), 1500);
    QTableView *view = tables->gridView();
    view->scrollTo(grid->index(900, 2), QAbstractItemView::PositionAtTop);
    view->setCurrentIndex(grid->index(905, 2));
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QTreeView *schema = m_desk->find<Gui::SchemaPane>()->treeView();
    auto *proxy = schema->model();
    QModelIndex usersInSchema;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(Gui::SchemaModel::TableNameRole).toString() == u"users"_s)
            usersInSchema = proxy->index(row, 0);
    }
    QVERIFY(usersInSchema.isValid());
    schema->expand(usersInSchema);

    m_sim->addVersions(u"geo"_s, 2);
    m_desk->window->findChild<QAction *>(u"actionSync"_s)->trigger();
    QVERIFY(m_desk->waitForSync());
    QCOMPARE(sql(u"SELECT count(*) FROM settings_geo_history"_s), u"12"_s);
    // The grid reloaded (the users table was swapped) and is where the user left it.
    QTRY_COMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->currentIndex().row(), 905);
    QCOMPARE(view->currentIndex().column(), 2);
    QCOMPARE(tables->currentTable(), u"users"_s);
    // The schema tree was rebuilt with the same table open.
    QTRY_VERIFY(m_desk->find<Gui::SchemaPane>()
                    ->model()
                    ->indexOfTable(u"settings_geo_history"_s)
                    .isValid());
    bool open = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(Gui::SchemaModel::TableNameRole).toString() == u"users"_s)
            open = schema->isExpanded(index);
    }
    QVERIFY(open);
}

void TestMainWindow::cancelRollsBackTheResourceInProgress()
{
    const QString usersBefore = sql(u"SELECT count(*) FROM users"_s);
    const QString runsBefore = sql(u"SELECT count(*) FROM _sync_runs"_s);
    // Full refresh: every history page is read, and the stall hits mid-resource.
    const int stallAt = m_sim->listPagesServed() + 3;
    m_sim->faults().stallAfterPage = stallAt;
    m_desk->window->findChild<QAction *>(u"actionFullRefresh"_s)->trigger();
    QVERIFY(m_desk->find<Gui::SyncPane>()->isSyncing());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->listPagesServed() >= stallAt, 20000);
    QTest::qWait(200); // the next request is out and will never be answered
    auto *cancel = m_desk->find<Gui::SyncPane>()->findChild<QPushButton *>(u"cancelSyncButton"_s);
    QVERIFY(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(m_desk->waitForSync(10000));
    // Correctness bound only; the real figure is milliseconds.
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(5000),
        qPrintable(QString::number(clock.elapsed())));
    m_sim->faults().stallAfterPage = -1;
    const QString result =
        m_desk->find<Gui::SyncPane>()->findChild<QLabel *>(u"syncResult"_s)->text();
    QVERIFY2(result.contains(u"cancelled"_s), qPrintable(result));
    QCOMPARE(
        sql(u"SELECT status FROM _sync_runs ORDER BY started_at DESC LIMIT 1"_s), u"cancelled"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM _sync_runs"_s), QString::number(runsBefore.toInt() + 1));
    QCOMPARE(sql(u"SELECT count(*) FROM users"_s), usersBefore);
    QCOMPARE(sql(u"SELECT count(*) FROM _sync_resources WHERE status = 'cancelled'"_s), u"1"_s);
    // The window is usable again right away.
    QTRY_VERIFY(m_desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
}

void TestMainWindow::f9AndTheToolbarHonourTheTickedFullRefresh()
{
    // Before: F9 and the toolbar's Sync now always ran incrementally, whatever the tick said.
    auto lastRunWasFull = [this] {
        return sql(u"SELECT full_refresh FROM _sync_runs ORDER BY started_at DESC LIMIT 1"_s);
    };
    Gui::SyncPane *pane = m_desk->find<Gui::SyncPane>();
    m_desk->find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(pane);
    m_desk->window->activateWindow(); // shortcuts reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(m_desk->window));
    auto *full = pane->findChild<QCheckBox *>(u"fullRefresh"_s);
    QTRY_VERIFY(full->isEnabled());
    full->setFocus();
    QTest::keyClick(full, Qt::Key_Space); // a person ticks it
    QVERIFY(full->isChecked());
    QTest::keyClick(full, Qt::Key_F9); // and presses F9 where the focus is
    QVERIFY(pane->isSyncing());
    QVERIFY(m_desk->waitForSync());
    QCOMPARE(lastRunWasFull(), u"1"_s);

    // The toolbar's button is the same action.
    auto *toolbar = m_desk->window->findChild<QToolBar *>();
    QVERIFY(toolbar);
    QWidget *button =
        toolbar->widgetForAction(m_desk->window->findChild<QAction *>(u"actionSync"_s));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_desk->waitForSync());
    QCOMPARE(lastRunWasFull(), u"1"_s);

    full->setFocus();
    QTest::keyClick(full, Qt::Key_Space);
    QVERIFY(!full->isChecked());
    QTest::keyClick(full, Qt::Key_F9);
    QVERIFY(m_desk->waitForSync());
    QCOMPARE(lastRunWasFull(), u"0"_s);
}

void TestMainWindow::keyIsOnlyInTheKeychain()
{
    const QByteArray key = Key.toUtf8();
    // Not in any file the app wrote: settings, dataset, WAL, lock, exports.
    for (const QString &root : { DeskTest::isolatedHome(), m_desk->dir.path() }) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(u"/keyrings/"_s))
                continue; // gnome-keyring's own encrypted store, when it lives here
            ++seen;
            QVERIFY2(!TestSupport::readFile(file).contains(key), qPrintable(file));
        }
        QVERIFY(seen > 0);
    }
    // Not in any log line, error text or window title.
    {
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(logLines))
            QVERIFY2(!line.contains(Key), qPrintable(line));
    }
    for (QLabel *label : m_desk->window->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(Key));
    QVERIFY(!m_desk->window->windowTitle().contains(Key));
}

void TestMainWindow::anUnreachableApiIsSaidWithCheckAgain()
{
    // Before: offline with a stored key, the Sync pane said "checking its level…" for good.
    const QUrl working = Core::ApiSettings::baseUrl();
    Core::ApiSettings::setBaseUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens there
    Gui::SyncPane *pane = m_desk->find<Gui::SyncPane>();
    m_desk->find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(pane);
    m_desk->workspace->setIdentity(std::nullopt);
    m_desk->workspace->probeIdentity();
    auto *line = pane->findChild<QLabel *>(u"keyLine"_s);
    auto *again = pane->findChild<QPushButton *>(u"recheckKeyButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->workspace->identityProblem().isEmpty(), 30000);
    QVERIFY2(line->text().contains(u"its level could not be checked"_s), qPrintable(line->text()));
    QVERIFY(again->isVisible());
    // The network is back: one click, and the level is there.
    Core::ApiSettings::setBaseUrl(working);
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->workspace->identity().has_value(), 10000);
    QVERIFY(!again->isVisible());
    QVERIFY2(line->text().contains(u"Admin key for org"_s), qPrintable(line->text()));
}

void TestMainWindow::removesTheKey()
{
    Gui::ApiKeyDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *remove = dialog->findChild<QPushButton *>(u"removeButton"_s);
    QVERIFY(remove->isEnabled());
    Gui::Dialogs::setNextAnswer(QMessageBox::Yes);
    QSignalSpy removed(dialog, &Gui::ApiKeyDialog::keyRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(m_desk->keys->state(), Core::KeyService::State::Missing);
    Core::KeychainStore check(m_service);
    QSignalSpy read(check.readKey(), &Core::KeyStoreJob::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().first().value<Core::KeyStoreResult>().status,
        Core::KeyStoreResult::Status::NotFound);
    dialog->reject();
    // Without a key there is nothing to sync with, but the synced data stays browsable.
    QTRY_VERIFY(!m_desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
    QCOMPARE(m_desk->find<Gui::TablesPane>()->gridModel()->rowCount() > 0, true);
}

void TestMainWindow::keychainFailureIsExplained()
{
    auto store = std::make_unique<Core::MemoryKeyStore>();
    store->setFailure(Core::KeyStoreResult::Status::Unavailable);
    DeskTest::Desk desk(std::move(store));
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_COMPARE(desk.keys->state(), Core::KeyService::State::Unavailable);
    QVERIFY(desk.window->isShowingWelcome());
    QVERIFY(!showsTick(desk.window));
    QVERIFY(desk.window->findChild<QAction *>(u"actionApiKey"_s)
                ->toolTip()
                .contains(u"keychain cannot"_s));
    auto *problem = desk.window->findChild<QLabel *>(u"welcomeProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Demo data works without a keychain"_s),
        qPrintable(problem->text()));
    desk.window->openKeyDialog();
    auto *dialog = desk.window->findChild<Gui::ApiKeyDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(Key);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(dialog->resultText().startsWith(u"The key was not saved."_s));
    QVERIFY(dialog->isVisible()); // the key stays in the form, nowhere else
    QCOMPARE(desk.keys->state(), Core::KeyService::State::Unavailable);
    QVERIFY(!QFileInfo::exists(desk.dir.filePath(u"own.sqlite"_s)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
