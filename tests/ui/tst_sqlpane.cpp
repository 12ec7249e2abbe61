// SPDX-License-Identifier: MIT
// The SQL pane on a dataset a real sync wrote: tabs that come back after a restart, history
// that survives one, completion after an alias in the real editor, the run shortcuts, Stop,
// errors marked where they are, writes refused, and results streamed as the grid scrolls.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCompleter>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>
#include <QXYSeries>
#include <cmath>

#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "syncsupport.h"
#include "testsupport.h"
#include "timebounds.h"
#include "ui/common/datasetinventory.h"
#include "ui/common/dialogs.h"
#include "ui/common/format.h"
#include "ui/common/translations.h"
#include "ui/sql/chartdialog.h"
#include "ui/sql/historymodel.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlpane.h"
#include "ui/sql/sqlresultmodel.h"
#include "ui/tables/exportcontroller.h"

using namespace Qt::StringLiterals;

class TestSqlPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabsAreRestored();
    void historySurvivesARestart();
    void historyFromAnEarlierVersionOpens();
    void completionOffersColumnsAfterAnAlias();
    void enterEndsTheLineUnlessACompletionWasChosen();
    void shortcutsRunAllTheStatementOrTheSelection();
    void stopEndsALongQueryWithin200ms();
    void errorsAreMarkedWhereTheyAre();
    void writesAreRefused();
    void resultsStreamAsTheGridScrolls();
    void resultColumnsFitWhatTheyHold();
    void savedQueriesSurviveARestart();
    void everyExampleQueryRuns();
    void exportMatchesTheResultExactly();
    void chartsATimestampAxis();

private:
    std::unique_ptr<Gui::SqlPane> makePane(const QString &folder);
    bool runAndWait(Gui::SqlPane &pane, QAction *action);

    QTemporaryDir m_dir;
    QString m_dataset;
    std::unique_ptr<Gui::DatasetInventory> m_inventory;
};

void TestSqlPane::initTestCase()
{
    // As the app does: English plurals, "3,000 rows".
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_dataset = m_dir.filePath(u"sql.sqlite"_s);
    QCOMPARE(TestSupport::syncNewDataset(m_dataset, 3000, 1000, 8).status,
        Core::RunResult::Status::Completed);
    m_inventory = std::make_unique<Gui::DatasetInventory>();
    m_inventory->setDataset(m_dataset);
    QTRY_VERIFY(m_inventory->find(u"users"_s));
}

std::unique_ptr<Gui::SqlPane> TestSqlPane::makePane(const QString &folder)
{
    auto pane = std::make_unique<Gui::SqlPane>(*m_inventory, folder);
    pane->setDataset(m_dataset, u"own"_s);
    pane->resize(1100, 700);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return {};
    return pane;
}

bool TestSqlPane::runAndWait(Gui::SqlPane &pane, QAction *action)
{
    Gui::QueryTab *tab = pane.currentTab();
    QSignalSpy ran(tab, &Gui::QueryTab::ran);
    action->trigger();
    return ran.wait(20000);
}

void TestSqlPane::tabsAreRestored()
{
    QTemporaryDir folder;
    {
        auto pane = makePane(folder.path());
        QVERIFY(pane);
        QCOMPARE(pane->tabs()->count(), 1); // a first start offers one tab with an example
        pane->openQuery(u"SELECT count(*) FROM users;"_s, u"Counting"_s);
        Gui::QueryTab *third = pane->openQuery(u"SELECT 3"_s);
        QTest::keyClicks(third->editor(), u" AS three"_s);
        Gui::Dialogs::setNextText(u"Renamed"_s);
        pane->renameTab(2);
        pane->tabs()->tabBar()->moveTab(2, 0);
        // Autosave follows typing within a second, without closing anything.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(QDir(folder.path()).filePath(u"sql-tabs.json"_s)), 3000);
        QTRY_VERIFY(TestSupport::readFile(QDir(folder.path()).filePath(u"sql-tabs.json"_s))
                        .contains("SELECT 3 AS three"));
    }
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    QCOMPARE(pane->tabs()->count(), 3);
    QCOMPARE(pane->tabs()->tabText(0), u"Renamed"_s);
    QCOMPARE(pane->tabs()->tabText(2), u"Counting"_s);
    auto *first = qobject_cast<Gui::QueryTab *>(pane->tabs()->widget(0));
    QCOMPARE(first->editor()->toPlainText(), u"SELECT 3 AS three"_s);
    QCOMPARE(first->editor()->textCursor().position(), 17);
}

void TestSqlPane::historySurvivesARestart()
{
    QTemporaryDir folder;
    {
        auto pane = makePane(folder.path());
        QVERIFY(pane);
        new QAbstractItemModelTester(
            pane->history(), QAbstractItemModelTester::FailureReportingMode::QtTest, pane.get());
        pane->openQuery(u"SELECT display_name FROM users WHERE properties__pricing_plan = 'pro'"_s);
        QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
        pane->openQuery(u"SELECT count(*) FROM settings_geo_history"_s);
        QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
        QCOMPARE(pane->history()->rowCount(), 2);
    }
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::HistoryModel *history = pane->history();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, Gui::HistoryModel::QueryColumn).data().toString(),
        u"SELECT count(*) FROM settings_geo_history"_s);
    QCOMPARE(history->index(0, Gui::HistoryModel::StatusColumn).data().toString(), u"ok"_s);
    QCOMPARE(history->index(0, Gui::HistoryModel::RowsColumn).data().toString(), u"1"_s);
    // Searchable, and one click reopens a query.
    QTest::keyClicks(pane->findChild<QLineEdit *>(u"historySearch"_s), u"pricing"_s);
    QCOMPARE(pane->findChild<QTreeView *>(u"historyView"_s)->model()->rowCount(), 1);
    const int tabs = pane->tabs()->count();
    const QModelIndex entry = pane->findChild<QTreeView *>(u"historyView"_s)->model()->index(0, 0);
    QVERIFY2(pane->findChild<QTreeView *>(u"historyView"_s)->isVisible()
            && pane->findChild<QTreeView *>(u"historyView"_s)->visualRect(entry).isValid(),
        qPrintable(u"%1 %2"_s.arg(pane->findChild<QTreeView *>(u"historyView"_s)->width())
                       .arg(pane->findChild<QTreeView *>(u"historyView"_s)->isVisible())));
    QTest::mouseClick(pane->findChild<QTreeView *>(u"historyView"_s)->viewport(), Qt::LeftButton,
        {},
        pane->findChild<QTreeView *>(u"historyView"_s)->visualRect(entry).topLeft()
            + QPoint(10, 5));
    QCOMPARE(pane->tabs()->count(), tabs + 1);
    QVERIFY(pane->currentTab()->editor()->toPlainText().contains(u"pricing_plan = 'pro'"_s));
}

void TestSqlPane::historyFromAnEarlierVersionOpens()
{
    QTemporaryDir folder;
    {
        // The history as the first release wrote it, before it told "1,000+" from 1,000.
        Core::SqliteDatabase old(QDir(folder.path()).filePath(u"queries.sqlite"_s),
            Core::SqliteDatabase::Mode::ReadWrite);
        old.exec("CREATE TABLE history (id INTEGER PRIMARY KEY, sql TEXT NOT NULL, "
                 "started_at TEXT NOT NULL, duration_ms INTEGER NOT NULL, rows INTEGER NOT NULL, "
                 "status TEXT NOT NULL, dataset TEXT NOT NULL);"
                 "INSERT INTO history VALUES (1, 'SELECT 42', '2026-11-01T10:00:00.000Z', 3, 1, "
                 "'ok', 'own')");
    }
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::HistoryModel *history = pane->history();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->index(0, Gui::HistoryModel::RowsColumn).data().toString(), u"1"_s);
    pane->openQuery(u"SELECT id FROM users"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, Gui::HistoryModel::RowsColumn).data().toString(),
        Gui::Format::count(1000) + u'+');
    QCOMPARE(history->index(1, Gui::HistoryModel::QueryColumn).data().toString(), u"SELECT 42"_s);
}

void TestSqlPane::completionOffersColumnsAfterAnAlias()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::QueryTab *tab = pane->openQuery({});
    Gui::SqlEditor *editor = tab->editor();
    QTest::keyClicks(editor,
        u"SELECT t.value FROM users u JOIN users__properties__tags t ON t._dlt_parent_id = u._dlt_id WHERE u."_s);
    QCompleter *completer = editor->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    const QStringList offered = qobject_cast<QStringListModel *>(completer->model())->stringList();
    QVERIFY2(offered.contains(u"display_name"_s), qPrintable(offered.join(u", "_s)));
    QVERIFY(offered.contains(u"properties__pricing_plan"_s));
    QVERIFY(!offered.contains(u"value"_s)); // that is t's, not u's
    QTest::keyClicks(editor, u"disp"_s);
    QTRY_COMPARE(qobject_cast<QStringListModel *>(completer->model())->stringList(),
        QStringList { u"display_name"_s });
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QVERIFY(editor->toPlainText().endsWith(u"WHERE u.display_name"_s));
}

void TestSqlPane::enterEndsTheLineUnlessACompletionWasChosen()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::SqlEditor *editor = pane->openQuery({})->editor();
    QCompleter *completer = editor->completer();
    // Before: the popup took this Enter, and the next word ran on: "usersWHERE".
    QTest::keyClicks(editor, u"SELECT * FROM users"_s);
    QTRY_VERIFY(completer->popup()->isVisible()); // users, users__properties__tags, …
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(!completer->popup()->isVisible());
    QTest::keyClicks(editor, u"WHERE seats > 3"_s);
    QCOMPARE(editor->toPlainText(), u"SELECT * FROM users\nWHERE seats > 3"_s);

    // Down, Enter: the person chose the second completion.
    editor->clear();
    QTest::keyClicks(editor, u"SELECT * FROM settings_privacy_history__"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    const QStringList offered = qobject_cast<QStringListModel *>(completer->model())->stringList();
    QVERIFY(offered.size() >= 2);
    QTest::keyClick(completer->popup(), Qt::Key_Down); // the first is highlighted: the second
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), u"SELECT * FROM "_s + offered.at(1));

    // Running with the popup open closes it (before, it stayed over the editor after F5).
    editor->clear();
    QTest::keyClicks(editor, u"SELECT 1 FROM users"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QVERIFY(!completer->popup()->isVisible());
}

void TestSqlPane::shortcutsRunAllTheStatementOrTheSelection()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::QueryTab *tab =
        pane->openQuery(u"SELECT 1 AS a;\nSELECT 2 AS b, 3 AS c;\nSELECT 4 AS d"_s);
    Gui::SqlEditor *editor = tab->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(20); // inside the second statement
    editor->setTextCursor(cursor);

    QSignalSpy ran(tab, &Gui::QueryTab::ran);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // the statement under the cursor
    QVERIFY(ran.wait(10000));
    QCOMPARE(tab->result()->columns(), (QStringList { u"b"_s, u"c"_s }));

    QTest::keyClick(editor, Qt::Key_F5); // everything: three statements, the last one shown
    QVERIFY(ran.wait(10000));
    QCOMPARE(tab->result()->columns(), QStringList { u"d"_s });
    QVERIFY2(tab->message().startsWith(u"3 statements ran"_s), qPrintable(tab->message()));

    cursor.setPosition(0);
    cursor.setPosition(13, QTextCursor::KeepAnchor); // "SELECT 1 AS a"
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(ran.wait(10000));
    QCOMPARE(tab->result()->columns(), QStringList { u"a"_s });
    QCOMPARE(tab->result()->data(tab->result()->index(0, 0)).toString(), u"1"_s);
}

void TestSqlPane::stopEndsALongQueryWithin200ms()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::QueryTab *tab = pane->openQuery(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
        u"SELECT count(*) FROM n"_s);
    QSignalSpy ran(tab, &Gui::QueryTab::ran);
    pane->findChild<QAction *>(u"sqlRunAll"_s)->trigger();
    QTRY_VERIFY(pane->findChild<QAction *>(u"sqlStop"_s)->isEnabled());
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(tab->editor(), Qt::Key_Escape);
    QVERIFY(ran.wait(5000));
    QVERIFY2(
        clock.elapsed() < TestSupport::withinMs(200), qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(tab->message(), u"Stopped."_s);
    QCOMPARE(ran.first().first().value<Core::QueryStore::HistoryEntry>().status, u"stopped"_s);
    QVERIFY(pane->findChild<QAction *>(u"sqlRunAll"_s)->isEnabled());
}

void TestSqlPane::errorsAreMarkedWhereTheyAre()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::QueryTab *tab = pane->openQuery(u"SELECT 1;\nSELECT nope\nFROM users"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QVERIFY2(tab->message().contains(u"line 2, column 8: no such column: nope"_s),
        qPrintable(tab->message()));
    QCOMPARE(tab->editor()->extraSelections().size(), 1);
    QCOMPARE(tab->editor()->extraSelections().first().cursor.selectedText(), u"nope"_s);
    QCOMPARE(tab->editor()->textCursor().position(), 17);
}

void TestSqlPane::writesAreRefused()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    const QByteArray before = TestSupport::readFile(m_dataset);
    Gui::QueryTab *tab = pane->openQuery(u"DELETE FROM users"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QVERIFY2(tab->message().startsWith(u"Refused: DELETE"_s), qPrintable(tab->message()));
    QCOMPARE(TestSupport::readFile(m_dataset), before);
}

void TestSqlPane::resultColumnsFitWhatTheyHold()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    pane->resize(1000, 700);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    Gui::QueryTab *tab =
        pane->openQuery(u"SELECT 7 AS n, 'Élodie Martin (elodie@example.com)' AS who, "
                        u"printf('%.300c', 'x') AS long"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    const QHeaderView *header = tab->resultView()->horizontalHeader();
    // Before: every column 160 px, the e-mail address cut off.
    QVERIFY2(header->sectionSize(0) < 160, qPrintable(QString::number(header->sectionSize(0))));
    QVERIFY(header->sectionSize(1) > tab->resultView()->fontMetrics().horizontalAdvance(
                u"Élodie Martin (elodie@example.com)"_s));
    QCOMPARE(header->sectionSize(2), 320); // within reason
}

void TestSqlPane::resultsStreamAsTheGridScrolls()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    Gui::QueryTab *tab = pane->openQuery(u"SELECT id, display_name FROM users ORDER BY id"_s);
    new QAbstractItemModelTester(
        tab->result(), QAbstractItemModelTester::FailureReportingMode::QtTest, tab);
    // What the grid holds when the run reports back: the first batch only. Read at that moment,
    // since a view not laid out yet (a slow machine, a sanitizer build) may ask for more at once.
    int firstBatch = -1;
    bool completeAtFirst = true;
    QString firstMessage;
    connect(
        tab, &Gui::QueryTab::ran, this,
        [&] {
            firstBatch = tab->result()->rowCount();
            completeAtFirst = tab->result()->isComplete();
            firstMessage = tab->message();
        },
        Qt::SingleShotConnection);
    QSignalSpy status(pane.get(), &Gui::SqlPane::statusChanged);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QCOMPARE(firstBatch, 1000);
    QVERIFY(!completeAtFirst);
    QVERIFY(firstMessage.contains(u"scroll down for more"_s));
    // The history counts what the run fetched, and says there was more.
    const QModelIndex rows = pane->history()->index(0, Gui::HistoryModel::RowsColumn);
    QCOMPARE(rows.data().toString(), Gui::Format::count(1000) + u'+');
    QVERIFY(rows.data(Qt::ToolTipRole).toString().contains(u"the result had more"_s));
    QTableView *view = tab->resultView();
    for (int i = 0; i < 20 && !tab->result()->isComplete(); ++i) {
        view->scrollToBottom();
        QTest::qWait(50);
    }
    QTRY_VERIFY(tab->result()->isComplete());
    QCOMPARE(tab->result()->rowCount(), 3000);
    // The message line and the status bar count the same rows, also after scrolling.
    QVERIFY2(tab->message().startsWith(Gui::Format::count(3000) + u" rows in "_s),
        qPrintable(tab->message()));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(), tab->message());
    Core::SqliteDatabase db(m_dataset, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(tab->result()->data(tab->result()->index(2999, 0)).toString(),
        QString::fromStdString(db.scalar("SELECT max(id) FROM users")));
}

void TestSqlPane::savedQueriesSurviveARestart()
{
    QTemporaryDir folder;
    {
        auto pane = makePane(folder.path());
        QVERIFY(pane);
        pane->openQuery(u"SELECT count(*) FROM users"_s);
        Gui::Dialogs::setNextText(u"User count"_s);
        pane->findChild<QAction *>(u"sqlSave"_s)->trigger();
        QCOMPARE(pane->tabs()->tabText(pane->tabs()->currentIndex()), u"User count"_s);
        QCOMPARE(pane->findChild<QListWidget *>(u"savedQueries"_s)->count(), 1);
        // Saving under the same name replaces the query.
        QTest::keyClicks(pane->currentTab()->editor(), u" WHERE uid IS NOT NULL"_s);
        Gui::Dialogs::setNextText(u"User count"_s);
        pane->findChild<QAction *>(u"sqlSave"_s)->trigger();
        QCOMPARE(pane->findChild<QListWidget *>(u"savedQueries"_s)->count(), 1);
    }
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    QCOMPARE(pane->findChild<QListWidget *>(u"savedQueries"_s)->count(), 1);
    QListWidgetItem *item = pane->findChild<QListWidget *>(u"savedQueries"_s)->item(0);
    QCOMPARE(item->text(), u"User count"_s);
    const int tabs = pane->tabs()->count();
    emit pane->findChild<QListWidget *>(u"savedQueries"_s)->itemClicked(item);
    QCOMPARE(pane->tabs()->count(), tabs + 1);
    QCOMPARE(pane->currentTab()->editor()->toPlainText(),
        u"SELECT count(*) FROM users WHERE uid IS NOT NULL"_s);
}

void TestSqlPane::everyExampleQueryRuns()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    QVERIFY(pane->findChild<QListWidget *>(u"exampleQueries"_s)->count() >= 6);
    for (int i = 0; i < pane->findChild<QListWidget *>(u"exampleQueries"_s)->count(); ++i) {
        QListWidgetItem *item = pane->findChild<QListWidget *>(u"exampleQueries"_s)->item(i);
        emit pane->findChild<QListWidget *>(u"exampleQueries"_s)->itemClicked(item);
        QCOMPARE(pane->tabs()->tabText(pane->tabs()->currentIndex()), item->text());
        QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
        Gui::QueryTab *tab = pane->currentTab();
        QVERIFY2(tab->message().contains(u" in "_s) && !tab->message().contains(u"rror"_s),
            qPrintable(item->text() + u": "_s + tab->message()));
        QVERIFY2(tab->result()->columnCount() > 0, qPrintable(item->text()));
        QVERIFY2(tab->result()->rowCount() > 0, qPrintable(item->text()));
        // User properties are each org's own: an example naming one (as "pricing plan" did)
        // shows an error on every real dataset.
        const QString sql = tab->editor()->toPlainText();
        QVERIFY2(
            !sql.contains(QRegularExpression(u"properties__[a-z]"_s)), qPrintable(item->text()));
    }
}

void TestSqlPane::exportMatchesTheResultExactly()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    pane->openQuery(u"SELECT 'Zoë “curly” and \"straight\"' AS text, NULL AS empty, "
                    u"'two' || char(10) || 'lines' AS multi, 'a,b' AS comma, 42 AS n, 2.5 AS x "
                    u"UNION ALL SELECT '日本', 'x', '', ' padded ', -1, 0.1"_s,
        u"Mixed"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    Gui::QueryTab *tab = pane->currentTab();
    QVERIFY2(tab->result()->rowCount() == 2, qPrintable(tab->message()));
    QVERIFY(pane->findChild<QAction *>(u"sqlExport"_s)->isEnabled());

    const QString csv = folder.filePath(u"mixed.csv"_s);
    Gui::Dialogs::setNextSaveFileName(csv, u"CSV (*.csv)"_s);
    pane->findChild<QAction *>(u"sqlExport"_s)->trigger();
    QTRY_VERIFY(QFileInfo::exists(csv) && !pane->exporter()->isRunning());
    QCOMPARE(TestSupport::readFile(csv),
        QByteArray("text,empty,multi,comma,n,x\n"
                   "\"Zoë “curly” and \"\"straight\"\"\",,\"two\nlines\",\"a,b\",42,2.5\n"
                   "日本,x,,\" padded \",-1,0.1\n"));

    // Copying selected cells gives what a spreadsheet pastes: tabs, quoted line breaks,
    // NULL as nothing, numbers as they are; the rows and columns the selection touches, cells
    // outside it empty.
    QTableView *view = tab->resultView();
    view->selectionModel()->select(
        QItemSelection(tab->result()->index(0, 1), tab->result()->index(0, 2)),
        QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->select(tab->result()->index(1, 4), QItemSelectionModel::Select);
    QCOMPARE(pane->copySelection(true), 2);
    QCOMPARE(QApplication::clipboard()->text(), u"empty\tmulti\tn\n\t\"two\nlines\"\t\n\t\t-1\n"_s);

    const QString json = folder.filePath(u"mixed.json"_s);
    Gui::Dialogs::setNextSaveFileName(json, u"JSON (*.json)"_s);
    pane->findChild<QAction *>(u"sqlExport"_s)->trigger();
    QTRY_VERIFY(QFileInfo::exists(json) && !pane->exporter()->isRunning());
    QCOMPARE(TestSupport::readFile(json),
        QByteArray(
            "[\n  {\"text\": \"Zoë “curly” and \\\"straight\\\"\", \"empty\": null, "
            "\"multi\": \"two\\nlines\", \"comma\": \"a,b\", \"n\": 42, \"x\": 2.5},\n"
            "  {\"text\": \"日本\", \"empty\": \"x\", \"multi\": \"\", \"comma\": \" padded \", "
            "\"n\": -1, \"x\": 0.1}\n]\n"));
    // And the grid shows the same values the files hold.
    QCOMPARE(tab->result()
                 ->data(tab->result()->index(0, 2), Gui::SqlResultModel::RawValueRole)
                 .toString(),
        u"two\nlines"_s);
    QVERIFY(tab->result()
                ->data(tab->result()->index(0, 1), Gui::SqlResultModel::RawValueRole)
                .isNull());
}

void TestSqlPane::chartsATimestampAxis()
{
    QTemporaryDir folder;
    auto pane = makePane(folder.path());
    QVERIFY(pane);
    pane->openQuery(
        u"SELECT h.metadata__last_updated AS version, count(ip.value) AS blocked_ips "
        u"FROM settings_blocking_history h LEFT JOIN settings_blocking_history__blocked_ips ip "
        u"ON ip._dlt_parent_id = h._dlt_id GROUP BY h._dlt_id ORDER BY version"_s,
        u"Blocked IPs"_s);
    QVERIFY(runAndWait(*pane, pane->findChild<QAction *>(u"sqlRunAll"_s)));
    QCOMPARE(pane->currentTab()->result()->rowCount(), 8);
    QVERIFY(pane->findChild<QAction *>(u"sqlChart"_s)->isEnabled());
    Gui::ChartDialog *dialog = pane->openChart();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The version column holds ISO timestamps: steps on a date/time axis by default, since a
    // setting holds its value until the next version (before: a line interpolating between).
    QVERIFY(dialog->hasTimeAxis());
    QChart *chart = dialog->findChild<QChartView *>(u"chartView"_s)->chart();
    QCOMPARE(chart->series().size(), 1);
    const auto *steps = qobject_cast<QXYSeries *>(chart->series().first());
    QCOMPARE(steps->count(), 2 * 8 - 1); // each change: across at the old value, then up
    for (int i = 1; i < steps->count(); i += 2) {
        QCOMPARE(steps->at(i).x(), steps->at(i + 1).x());
        QCOMPARE(steps->at(i).y(), steps->at(i - 1).y());
    }
    QVERIFY(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0)));
    // Counts are labelled 5, 10, not 5.0, 10.0.
    const auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QCOMPARE(counts->labelFormat(), u"%d"_s);
    QCOMPARE(counts->tickInterval(), std::floor(counts->tickInterval()));
    // Rendered, not blank: the drawing has many colours (lines, labels, grid).
    const QImage image = dialog->findChild<QChartView *>(u"chartView"_s)->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    const QString png = folder.filePath(u"chart.png"_s);
    Gui::Dialogs::setNextSaveFileName(png, u"PNG image (*.png)"_s);
    QVERIFY(dialog->savePng());
    QImage saved(png);
    QCOMPARE(saved.size(), image.size());
    // Bar and scatter draw too. Bars get short, turned labels (before: every one was "…").
    dialog->setKind(Gui::ChartDialog::Kind::Bar);
    QVERIFY(qobject_cast<QBarSeries *>(
        dialog->findChild<QChartView *>(u"chartView"_s)->chart()->series().value(0)));
    auto *bars = qobject_cast<QBarCategoryAxis *>(
        dialog->findChild<QChartView *>(u"chartView"_s)->chart()->axes(Qt::Horizontal).value(0));
    QCOMPARE(bars->count(), 8);
    QCOMPARE(bars->labelsAngle(), -60);
    for (const QString &label : bars->categories())
        QVERIFY2(label.size() == 16 && label.at(4) == u'-', qPrintable(label)); // 2026-11-24 08:44
    dialog->setKind(Gui::ChartDialog::Kind::Line);
    QCOMPARE(qobject_cast<QXYSeries *>(
                 dialog->findChild<QChartView *>(u"chartView"_s)->chart()->series().value(0))
                 ->count(),
        8);
    dialog->setKind(Gui::ChartDialog::Kind::Scatter);
    QVERIFY(qobject_cast<QScatterSeries *>(
        dialog->findChild<QChartView *>(u"chartView"_s)->chart()->series().value(0)));
    dialog->close();
}

QTEST_MAIN(TestSqlPane)
#include "tst_sqlpane.moc"
