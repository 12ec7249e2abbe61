// SPDX-License-Identifier: MIT
// Every pane without a mouse (issue 12): the keys go to the widget that has the focus, as a
// person's do, and the test checks where the focus went and what a person would see. Tab walks
// a pane's controls in reading order and leaves every grid; F6 and Shift+F6 move between a
// pane's lists, grids and editors; Esc or Down in a search box goes to its list; Enter opens
// what a click or double-click opens.

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"
#include "ui/schema/schemamodel.h"
#include "ui/schema/schemapane.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqleditor.h"
#include "ui/sql/sqlpane.h"
#include "ui/tables/filterheader.h"
#include "ui/tables/jsonviewer.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablelistmodel.h"
#include "ui/tables/tablespane.h"

using namespace Qt::StringLiterals;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"(nothing)"_s;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncPane();
    void tablesPane();
    void theSystemTablesChoiceIsOne();
    void schemaPane();
    void sqlPane();
    void historyPane();
    void theFocusIsMarkedOnEveryList();

private:
    // A key to whatever has the focus, as the keyboard sends it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused() ? focused() : m_desk->window, key, modifiers);
    }
    // The offscreen platform leaves a closed dialog or a hidden completion popup the active
    // window; a window manager gives the activation back to the main window, as seen by hand
    // under Xvfb.
    bool reactivate()
    {
        m_desk->window->activateWindow();
        return QTest::qWaitForWindowActive(m_desk->window);
    }
    void type(const QString &text) { QTest::keyClicks(focused(), text); }
    // Down until the current row of the focused view is the one `wanted` picks.
    bool downUntil(const std::function<bool(const QModelIndex &)> &wanted)
    {
        auto *view = qobject_cast<QAbstractItemView *>(focused());
        for (int i = 0; view && i < 200; ++i) {
            if (view->currentIndex().isValid() && wanted(view->currentIndex()))
                return true;
            press(Qt::Key_Down);
        }
        return false;
    }

    std::unique_ptr<DeskTest::Desk> m_desk;
};

void TestKeyboard::initTestCase()
{
    m_desk = std::make_unique<DeskTest::Desk>(std::make_unique<Core::MemoryKeyStore>());
    QVERIFY(m_desk->showDemo());
    m_desk->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk->window));
}

void TestKeyboard::cleanupTestCase()
{
    m_desk.reset();
}

void TestKeyboard::syncPane()
{
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusName(), u"syncButton"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"fullRefresh"_s);
    auto *fullRefresh = qobject_cast<QCheckBox *>(focused());
    press(Qt::Key_Space);
    QVERIFY(fullRefresh->isChecked());
    press(Qt::Key_Space);
    QVERIFY(!fullRefresh->isChecked());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"selectAllResources"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"selectNoResources"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"resourceList"_s);
    // Space unticks the resource in the current row and ticks it again.
    QVERIFY(downUntil([](const QModelIndex &index) {
        return index.siblingAtColumn(0).flags().testFlags(
            Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    }));
    auto *list = qobject_cast<QAbstractItemView *>(focused());
    const QModelIndex row = list->currentIndex().siblingAtColumn(0);
    const QVariant ticked = row.data(Qt::CheckStateRole);
    press(Qt::Key_Space);
    QVERIFY(row.data(Qt::CheckStateRole) != ticked);
    press(Qt::Key_Space);
    QCOMPARE(row.data(Qt::CheckStateRole), ticked);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"runHistory"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focused(),
        m_desk->find<QTabWidget>(u"mainTabs"_s)->tabBar()); // out of the pane, to its tabs
    // F6 from part to part, around and back.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"syncButton"_s);
    const QStringList parts { u"resourceList"_s, u"runHistory"_s, u"syncButton"_s };
    for (const QString &part : parts) {
        press(Qt::Key_F6);
        QCOMPARE(focusName(), part);
    }
    press(Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"runHistory"_s);
}

void TestKeyboard::tablesPane()
{
    Gui::TablesPane *tables = m_desk->find<Gui::TablesPane>();
    tables->openTable(u"users"_s);
    QTRY_COMPARE(tables->gridModel()->rowCount(), 300);
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusName(), u"tableGrid"_s);
    // Shift+Tab goes up to the filter boxes, the last column's first: it scrolls into view.
    QTableView *grid = tables->gridView();
    Gui::FilterHeader *header = tables->findChild<Gui::FilterHeader *>();
    const int columns = tables->gridModel()->columnCount();
    QVERIFY2(header->length() > grid->viewport()->width(), "the table must be wider than the grid");
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), header->filterEditor(columns - 1));
    QTRY_VERIFY(header->rect().contains(header->filterEditor(columns - 1)->geometry().center()));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), grid);
    for (int column = columns - 1; column >= 0; --column) {
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focused(), header->filterEditor(column));
    }
    QTRY_COMPARE(header->filterEditor(0)->mapTo(header, QPoint(0, 0)).x() >= 0, true);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"showSystemTables"_s);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"tableList"_s);
    // Down in the list opens the next table.
    auto *list = qobject_cast<QTreeView *>(focused());
    press(Qt::Key_Down);
    const QString next =
        list->currentIndex().siblingAtColumn(0).data(Gui::TableListModel::TableNameRole).toString();
    QTRY_COMPARE(tables->currentTable(), next);
    press(Qt::Key_Up);
    QTRY_COMPARE(tables->currentTable(), u"users"_s);
    QTRY_COMPARE(tables->gridModel()->rowCount(), 300);
    // Enter on a JSON cell opens the viewer, as a double-click does; Esc closes it.
    tables->openTable(u"settings_privacy_history"_s);
    QTRY_VERIFY(tables->gridModel()->rowCount() > 0);
    press(Qt::Key_F6);
    QCOMPARE(focused(), grid);
    const int raw = tables->gridModel()->table().indexOf(u"_raw_json"_s);
    QVERIFY(raw >= 0);
    grid->setCurrentIndex(tables->gridModel()->index(0, raw));
    QTRY_VERIFY(tables->gridModel()
                    ->data(tables->gridModel()->index(0, raw), Gui::TableGridModel::IsLoadedRole)
                    .toBool());
    press(Qt::Key_Return);
    QTRY_VERIFY(tables->findChild<Gui::JsonViewer *>());
    QTRY_VERIFY(tables->findChild<Gui::JsonViewer *>()->isActiveWindow());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!tables->findChild<Gui::JsonViewer *>());
    QVERIFY(reactivate());
    QCOMPARE(focused(), grid);
}

void TestKeyboard::theSystemTablesChoiceIsOne()
{
    QAction *menu = m_desk->window->findChild<QAction *>(u"actionSystemTables"_s);
    QVERIFY(!menu->isChecked());
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"tableList"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"showSystemTables"_s);
    // Space on the pane's box: the View menu's mark follows (before, it stayed unticked).
    press(Qt::Key_Space);
    QVERIFY(qobject_cast<QCheckBox *>(focused())->isChecked());
    QVERIFY(menu->isChecked());
    QVERIFY(m_desk->find<Gui::TablesPane>()
                ->findChild<Gui::TableListModel *>()
                ->match(m_desk->find<Gui::TablesPane>()->findChild<Gui::TableListModel *>()->index(
                            0, 0),
                    Gui::TableListModel::TableNameRole, u"_sync_runs"_s, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
                .size()
        == 1);
    // And the menu's choice reaches the box.
    menu->trigger();
    QVERIFY(!qobject_cast<QCheckBox *>(focused())->isChecked());
    QVERIFY(!menu->isChecked());
}

void TestKeyboard::schemaPane()
{
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(focusName(), u"schemaTree"_s);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"schemaSearch"_s);
    type(u"display_name"_s);
    press(Qt::Key_Down);
    QCOMPARE(focusName(), u"schemaTree"_s);
    QCOMPARE(m_desk->find<Gui::SchemaPane>()->findChild<QLineEdit *>(u"schemaSearch"_s)->text(),
        u"display_name"_s);
    QVERIFY(downUntil([](const QModelIndex &index) {
        return index.data(Gui::SchemaModel::IsTableRole).toBool()
            && index.data(Gui::SchemaModel::TableNameRole).toString() == u"users"_s;
    }));
    // Enter opens the table, as a double-click does.
    press(Qt::Key_Return);
    QTRY_COMPARE(
        m_desk->find<QTabWidget>(u"mainTabs"_s)->currentWidget(), m_desk->find<Gui::TablesPane>());
    QCOMPARE(m_desk->find<Gui::TablesPane>()->currentTable(), u"users"_s);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(focusName(), u"schemaTree"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"schemaChanges"_s);
    press(Qt::Key_Tab); // before: Tab went from cell to cell of the changes
    QCOMPARE(focused(), m_desk->find<QTabWidget>(u"mainTabs"_s)->tabBar());
    // From outside the pane's parts, F6 begins at the first; Esc leaves the search box.
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"schemaSearch"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    press(Qt::Key_Escape);
    QCOMPARE(focusName(), u"schemaTree"_s);
}

void TestKeyboard::sqlPane()
{
    Gui::SqlPane *sql = m_desk->find<Gui::SqlPane>();
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(focused(), sql->currentTab()->editor());
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"SELECT id, display_name FROM users ORDER BY id LIMIT 5"_s);
    QSignalSpy ran(sql->currentTab(), &Gui::QueryTab::ran);
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(ran.wait(10000));
    QTRY_COMPARE(sql->currentTab()->resultView()->model()->rowCount(), 5);
    // The editor keeps Tab for indenting; F6 is the way out, to the result and on.
    QVERIFY(!sql->currentTab()->editor()->completer()->popup()->isVisible());
    QVERIFY(reactivate());
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"sqlResult"_s);
    press(Qt::Key_Tab); // before: Tab went from cell to cell of the result
    QVERIFY(focusName() != u"sqlResult"_s);
    press(Qt::Key_F6);
    QCOMPARE(focused(), sql->currentTab()->editor());
    press(Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"historySearch"_s);
    // The search leads to its list (Esc, although Esc also stops a query, and Down), and
    // Enter opens the query in a new tab, as a click does.
    type(u"display_name"_s);
    press(Qt::Key_Escape);
    QCOMPARE(focusName(), u"historyView"_s);
    press(Qt::Key_F6, Qt::ShiftModifier);
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"historySearch"_s);
    press(Qt::Key_Down);
    QCOMPARE(focusName(), u"historyView"_s);
    QVERIFY(downUntil([](const QModelIndex &) { return true; }));
    const int tabs = sql->tabs()->count();
    press(Qt::Key_Return);
    QCOMPARE(sql->tabs()->count(), tabs + 1);
    QCOMPARE(focused(), sql->currentTab()->editor());
    QVERIFY(sql->currentTab()->editor()->toPlainText().contains(u"display_name"_s));
    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(sql->tabs()->count(), tabs);
    // Examples open on Enter too.
    sql->findChild<QTabWidget *>(u"sqlLibrary"_s)->setCurrentIndex(2);
    press(Qt::Key_4, Qt::ControlModifier);
    press(Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"exampleQueries"_s);
    QVERIFY(downUntil([](const QModelIndex &) { return true; }));
    press(Qt::Key_Return);
    QCOMPARE(sql->tabs()->count(), tabs + 1);
    press(Qt::Key_W, Qt::ControlModifier);
    sql->findChild<QTabWidget *>(u"sqlLibrary"_s)->setCurrentIndex(0);
}

void TestKeyboard::historyPane()
{
    Gui::HistoryPane *history = m_desk->find<Gui::HistoryPane>();
    press(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(focusName(), u"historyTimeline"_s);
    QTreeWidget *timeline = history->versions()->timeline();
    QTRY_VERIFY(timeline->topLevelItemCount() > 1);
    QSignalSpy loaded(history->versions(), &Gui::VersionBrowser::loaded);
    const bool atEnd =
        timeline->indexOfTopLevelItem(timeline->currentItem()) == timeline->topLevelItemCount() - 1;
    press(atEnd ? Qt::Key_Up : Qt::Key_Down);
    QVERIFY(loaded.wait(10000));
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"historyDiffTable"_s);
    press(Qt::Key_Tab); // before: Tab went from cell to cell of the comparison
    QCOMPARE(focusName(), u"historyDiffDetails"_s);
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"historySetting"_s);
    // After the setting come the Versions / Blame tabs, where they are seen.
    press(Qt::Key_Tab);
    auto *pages = qobject_cast<QTabBar *>(focused());
    QVERIFY(pages);
    QCOMPARE(pages->tabText(pages->currentIndex()), u"Versions"_s);
    press(Qt::Key_Right);
    QCOMPARE(pages->tabText(pages->currentIndex()), u"Blame"_s);
    press(Qt::Key_F6); // from outside the parts, to the first
    QCOMPARE(focusName(), u"historySetting"_s);
    press(Qt::Key_F6);
    QCOMPARE(focusName(), u"blameFilter"_s);
    type(u"name"_s);
    press(Qt::Key_Down);
    QCOMPARE(focusName(), u"blameTable"_s);
    press(Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"blameFilter"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    press(Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(focusName(), u"historySetting"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Left);
    QCOMPARE(pages->tabText(pages->currentIndex()), u"Versions"_s);
}

void TestKeyboard::theFocusIsMarkedOnEveryList()
{
    QTabWidget *tabs = m_desk->find<QTabWidget>(u"mainTabs"_s);
    QStringList unmarked;
    int looked = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        for (QAbstractItemView *view : tabs->currentWidget()->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || view->focusPolicy() == Qt::NoFocus)
                continue;
            // The frame's left edge, outside the rows: a current row's own mark is not a ring.
            auto edge = [view] { return view->grab(QRect(0, 0, 2, view->height())).toImage(); };
            tabs->tabBar()->setFocus();
            const QImage before = edge();
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            ++looked;
            if (edge() == before)
                unmarked.append(tabs->tabText(i) + u": "_s + view->objectName());
        }
    }
    QVERIFY2(looked >= 9, qPrintable(QString::number(looked)));
    QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u", "_s)));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
