// SPDX-License-Identifier: MIT
// The settings history browser in the real main window, on the demo dataset a real sync from
// the built-in simulator wrote: the timeline, comparisons of any two versions with the
// changed characters marked, stepping with Alt+Down / Alt+Up, folding, filters, the ignore
// list, blame and export.

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include "core/diff/diffdocument.h"
#include "core/diff/settingsdiff.h"
#include "core/diff/textdiff.h"
#include "core/secrets/memorykeystore.h"
#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "testsupport.h"
#include "ui/common/dialogs.h"
#include "ui/common/translations.h"
#include "ui/common/uisettings.h"
#include "ui/history/blamemodel.h"
#include "ui/history/blameview.h"
#include "ui/history/diffmodel.h"
#include "ui/history/diffview.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqlpane.h"

using namespace Qt::StringLiterals;

namespace {

// Everything the comparison table shows, a line per row, cells separated by " | ".
QString tableText(const Gui::DiffView *view)
{
    const QAbstractItemModel *model = view->table()->model();
    QString out;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        out += cells.join(u" | "_s) + u'\n';
    }
    return out;
}

// The characters a cell marks as changed.
QString markedText(const QModelIndex &cell)
{
    const QString text = cell.data().toString();
    QString out;
    for (const auto &[start, length] :
        cell.data(Gui::DiffModel::HighlightsRole).value<QList<QPair<int, int>>>())
        out += text.mid(start, length);
    return out;
}

} // namespace

class TestHistoryPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensWithTheNewestVersion();
    void anotherSettingNeverShowsTheOldOnesVersions();
    void stepsThroughTheChangesWithTheShortcuts();
    void marksTheChangedCharacters();
    void comparesAnyTwoVersions();
    void opensOnTheChangeNearestTheTop();
    void opensOnAVersionThatChangedSomething();
    void foldsUnchangedFieldsAndUnfolds();
    void copiesSelectedRowsWithWholeValues();
    void filtersByAuthorAndPeriod();
    void ignoredFieldsLeaveCountsAndComparisons();
    void theIgnoreDialogEditsAndRemembersTheList();
    void blameShowsWhoLastChangedEachField();
    void exportsTheComparisonAsTextAndJson();
    void theStatusBarSpeaksOfThePaneInSight();

private:
    bool select(const QString &setting, const QString &platform = {});
    bool showVersion(const QString &version);
    QString scalar(const QString &sql);
    Gui::VersionBrowser &versions() { return *m_pane->versions(); }

    std::unique_ptr<DeskTest::Desk> m_desk;
    Gui::HistoryPane *m_pane = nullptr;
    QString m_path;
};

void TestHistoryPane::initTestCase()
{
    // As the app runs: with the English plural forms ("1 field", "2 fields").
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    m_desk = std::make_unique<DeskTest::Desk>(std::make_unique<Core::MemoryKeyStore>());
    m_desk->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_desk->window));
    m_desk->window->start(Gui::MainWindow::Start::Remembered);
    QTRY_VERIFY(m_desk->window->isShowingWelcome());
    QTest::mouseClick(m_desk->window->findChild<QPushButton *>(u"welcomeDemo"_s), Qt::LeftButton);
    QVERIFY(m_desk->waitForSync());
    m_path = m_desk->workspace->datasetPath();
    // Ctrl+5 opens the history browser.
    QTest::keyClick(m_desk->window, Qt::Key_5, Qt::ControlModifier);
    m_pane = m_desk->find<Gui::HistoryPane>();
    QCOMPARE(m_desk->find<QTabWidget>(u"mainTabs"_s)->currentWidget(), m_pane);
}

void TestHistoryPane::cleanupTestCase()
{
    m_desk.reset();
}

QString TestHistoryPane::scalar(const QString &sql)
{
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    return QString::fromStdString(db.scalar(sql.toStdString()));
}

bool TestHistoryPane::select(const QString &setting, const QString &platform)
{
    const int index = m_pane->findChild<QComboBox *>(u"historySetting"_s)
                          ->findData(QStringList { setting, platform });
    if (index < 0)
        return false;
    if (m_pane->findChild<QComboBox *>(u"historySetting"_s)->currentIndex() == index
        && versions().timeline()->topLevelItemCount() > 0)
        return true;
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    m_pane->findChild<QComboBox *>(u"historySetting"_s)->setCurrentIndex(index);
    return loaded.wait(10000);
}

bool TestHistoryPane::showVersion(const QString &version)
{
    QTreeWidget *timeline = versions().timeline();
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = timeline->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != version)
            continue;
        if (timeline->currentItem() == item)
            return true;
        QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
        timeline->setCurrentItem(item);
        return loaded.wait(10000);
    }
    return false;
}

void TestHistoryPane::opensWithTheNewestVersion()
{
    QVERIFY(select(u"privacy"_s));
    QTreeWidget *timeline = versions().timeline();
    QCOMPARE(QString::number(timeline->topLevelItemCount()),
        scalar(u"SELECT count(*) FROM settings_privacy_history"_s));
    QTreeWidgetItem *newest = timeline->topLevelItem(0);
    QCOMPARE(timeline->currentItem(), newest);
    QCOMPARE(newest->data(0, Qt::UserRole).toString(),
        scalar(u"SELECT max(metadata__last_updated) FROM settings_privacy_history"_s));
    QCOMPARE(newest->text(1),
        scalar(u"SELECT metadata__last_updated_by FROM settings_privacy_history ORDER BY "
               u"metadata__last_updated DESC LIMIT 1"_s));
    // Its change count, and the comparison with the version before it.
    const QString count =
        scalar(u"SELECT count(*) FROM settings_changes WHERE setting = "
               u"'privacy' AND version = '%1'"_s.arg(newest->data(0, Qt::UserRole).toString()));
    QCOMPARE(newest->text(2), count);
    QCOMPARE(QString::number(versions().diffView()->changeCount()), count);
}

void TestHistoryPane::anotherSettingNeverShowsTheOldOnesVersions()
{
    QVERIFY(select(u"privacy"_s));
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    m_pane->findChild<QComboBox *>(u"historySetting"_s)
        ->setCurrentIndex(m_pane->findChild<QComboBox *>(u"historySetting"_s)
                              ->findData(QStringList { u"geo"_s, QString() }));
    // Until geo's versions are there, there is nothing to pick from privacy's.
    QCOMPARE(versions().timeline()->topLevelItemCount(), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(QString::number(versions().timeline()->topLevelItemCount()),
        scalar(u"SELECT count(*) FROM settings_geo_history"_s));
    QVERIFY(versions().diffView()->message().isEmpty());
    // Blame follows the picker too.
    QTRY_VERIFY(m_pane->findChild<Gui::BlameView *>()->model()->rowCount() > 0);
    QTRY_VERIFY(
        m_pane->findChild<Gui::BlameView *>()->model()->line(0).path.startsWith(u"recordGeo"_s));
}

void TestHistoryPane::stepsThroughTheChangesWithTheShortcuts()
{
    QVERIFY(select(u"geo"_s));
    QTreeWidget *timeline = versions().timeline();
    QString busy;
    for (int i = 0; i < timeline->topLevelItemCount() && busy.isEmpty(); ++i) {
        if (timeline->topLevelItem(i)->text(2).toInt() >= 2)
            busy = timeline->topLevelItem(i)->data(0, Qt::UserRole).toString();
    }
    QVERIFY(!busy.isEmpty());
    QVERIFY(showVersion(busy));
    Gui::DiffView *view = versions().diffView();
    const int n = view->changeCount();
    QCOMPARE(QString::number(n), timeline->currentItem()->text(2));
    QLabel *counter = versions().findChild<QLabel *>(u"historyCounter"_s);
    QCOMPARE(counter->text(), u"1 of %1"_s.arg(n));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(counter->text(), u"2 of %1"_s.arg(n));
    QCOMPARE(view->currentChange(), 1);
    // The current change's rows are marked and scrolled to, and it is shown in full below.
    const QString path = view->comparison().changes.at(1).path;
    const Gui::DiffModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, 0);
        QCOMPARE(cell.data(Gui::DiffModel::CurrentRole).toBool(),
            cell.data(Gui::DiffModel::ChangeRole).toInt() == 1);
    }
    const QModelIndex first = model->index(model->firstRowOf(1), 0);
    QCOMPARE(view->table()->currentIndex(), first);
    QVERIFY(view->table()->viewport()->rect().intersects(view->table()->visualRect(first)));
    QVERIFY(
        view->findChild<QTextBrowser *>(u"historyDiffDetails"_s)->toPlainText().startsWith(path));
    for (int i = 0; i < n + 3; ++i)
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(counter->text(), u"%1 of %1"_s.arg(n)); // stops at the last
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(counter->text(), u"%1 of %2"_s.arg(n - 1).arg(n));
    QCOMPARE(view->currentChange(), n - 2);

    // Before: with the focus still on the Setting picker (a person just chose in it), Alt+Up
    // opened its list. Stepping works wherever the focus is in the pane.
    QComboBox *picker = m_pane->findChild<QComboBox *>(u"historySetting"_s);
    m_desk->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk->window));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(!picker->view()->isVisible());
    QCOMPARE(picker->currentText(), u"Geo"_s);
    QCOMPARE(counter->text(), u"%1 of %1"_s.arg(n));
    versions().findChild<QComboBox *>(u"historyBase"_s)->setFocus();
    QTest::keyClick(
        versions().findChild<QComboBox *>(u"historyBase"_s), Qt::Key_Up, Qt::AltModifier);
    QVERIFY(!versions().findChild<QComboBox *>(u"historyBase"_s)->view()->isVisible());
    QCOMPARE(counter->text(), u"%1 of %2"_s.arg(n - 1).arg(n));
}

void TestHistoryPane::marksTheChangedCharacters()
{
    QVERIFY(select(u"geo"_s));
    const QString version = scalar(
        u"SELECT version FROM settings_changes WHERE setting = 'geo' AND path = 'recordGeoMode' "
        u"AND change = 'changed' ORDER BY version DESC LIMIT 1"_s);
    QVERIFY(!version.isEmpty());
    QVERIFY(showVersion(version));
    const QString where = u"FROM settings_changes WHERE setting = 'geo' AND version = '%1' AND "
                          u"path = 'recordGeoMode'"_s.arg(version);
    const QString oldMode = scalar(u"SELECT old_value "_s + where);
    const QString newMode = scalar(u"SELECT new_value "_s + where);
    QString added, removed;
    for (const auto &segment : Core::TextDiff::diff(oldMode, newMode)) {
        if (segment.kind == Core::TextDiff::Segment::Kind::Added)
            added += segment.text;
        else if (segment.kind == Core::TextDiff::Segment::Kind::Removed)
            removed += segment.text;
    }
    QVERIFY(!added.isEmpty() && added.size() < newMode.size()); // only part of the value changed
    Gui::DiffView *view = versions().diffView();
    for (const auto mode : { Gui::DiffView::Mode::SideBySide, Gui::DiffView::Mode::Inline }) {
        view->setMode(mode);
        const QString text = tableText(view);
        QVERIFY2(text.contains(u"recordGeoMode"_s), qPrintable(text));
        // The changed characters of the old and the new value, and only those, are marked.
        const Gui::DiffModel *model = view->model();
        const int row = model->firstRowOf(view->currentChange());
        QVERIFY(row >= 0);
        int oldRow = row, newRow = row;
        if (mode == Gui::DiffView::Mode::Inline)
            newRow = row + 1; // "−" then "+"
        const QModelIndex before = model->index(oldRow, model->valueColumn(false));
        const QModelIndex after = model->index(newRow, model->valueColumn(true));
        QCOMPARE(before.data().toString(), oldMode);
        QCOMPARE(after.data().toString(), newMode);
        QCOMPARE(markedText(after), added);
        QCOMPARE(markedText(before), removed);
    }
    // Below the table, the change in full: the marked parts in spans of the strong colours
    // (light palette), the shared part ("GEO_") outside them.
    const QString html = view->findChild<QTextBrowser *>(u"historyDiffDetails"_s)->toHtml();
    QVERIFY2(html.contains(u"#9fdcaa;\">%1</span>"_s.arg(added)), qPrintable(html.right(1500)));
    if (!removed.isEmpty())
        QVERIFY(html.contains(u"#f3a6a6;\">%1</span>"_s.arg(removed)));
    view->setMode(Gui::DiffView::Mode::SideBySide);
}

void TestHistoryPane::comparesAnyTwoVersions()
{
    QVERIFY(select(u"privacy"_s));
    QTreeWidget *timeline = versions().timeline();
    const QString newest = timeline->topLevelItem(0)->data(0, Qt::UserRole).toString();
    const QString oldest =
        timeline->topLevelItem(timeline->topLevelItemCount() - 1)->data(0, Qt::UserRole).toString();
    QVERIFY(showVersion(newest));
    QComboBox *base = versions().findChild<QComboBox *>(u"historyBase"_s);
    QCOMPARE(base->currentIndex(), 0); // the version before, by default
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    base->setCurrentIndex(base->findData(oldest));
    emit base->activated(base->currentIndex());
    QVERIFY(loaded.wait(10000));
    const auto raw = [&](const QString &v) {
        return QJsonDocument::fromJson(
            scalar(u"SELECT _raw_json FROM settings_privacy_history WHERE "
                   u"metadata__last_updated = '%1'"_s.arg(v))
                .toUtf8())
            .object();
    };
    const auto expected = Core::SettingsDiff::diff(raw(oldest), raw(newest));
    QCOMPARE(versions().diffView()->changeCount(), int(expected.size()));
    QVERIFY(versions().diffView()->changeCount() > timeline->topLevelItem(0)->text(2).toInt());
    // Back to the predecessor.
    base->setCurrentIndex(0);
    emit base->activated(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(
        QString::number(versions().diffView()->changeCount()), timeline->topLevelItem(0)->text(2));
}

void TestHistoryPane::opensOnTheChangeNearestTheTop()
{
    // Two privacy versions whose first change lies deep in a list while a field at the top
    // changed too (as the privacy mode did between the review's oldest and newest): the
    // comparison opens on the one at the top, with the element keys readable in the Field column.
    QVERIFY(select(u"privacy"_s));
    QTreeWidget *timeline = versions().timeline();
    QStringList all;
    QList<QJsonObject> raw;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        all.append(timeline->topLevelItem(i)->data(0, Qt::UserRole).toString());
        raw.append(
            QJsonDocument::fromJson(scalar(u"SELECT _raw_json FROM settings_privacy_history WHERE "
                                           u"metadata__last_updated = '%1'"_s.arg(all.last()))
                                        .toUtf8())
                .object());
    }
    QString newer, older, lead;
    for (qsizetype i = 0; i < all.size() && lead.isEmpty(); ++i) {
        for (qsizetype j = i + 1; j < all.size() && lead.isEmpty(); ++j) {
            const auto doc = Core::DiffDocument::build(raw.at(j), raw.at(i));
            if (doc.leadChange() > 0 && doc.changes.size() > 3) {
                newer = all.at(i);
                older = all.at(j);
                lead = doc.changes.at(doc.leadChange()).path;
            }
        }
    }
    QVERIFY2(!lead.isEmpty(), "no two privacy versions whose first change is not at the top");
    QVERIFY(showVersion(newer));
    QComboBox *base = versions().findChild<QComboBox *>(u"historyBase"_s);
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    base->setCurrentIndex(base->findData(older));
    emit base->activated(base->currentIndex());
    QVERIFY(loaded.wait(10000));
    const Gui::DiffView *view = versions().diffView();
    const auto &changes = view->comparison().changes;
    QVERIFY(view->currentChange() > 0);
    QCOMPARE(changes.at(view->currentChange()).path, lead);
    QVERIFY(lead.count(u'.') + lead.count(u'[')
        < changes.first().path.count(u'.') + changes.first().path.count(u'['));
    // The table shows the current change's rows.
    const QModelIndex shown = view->table()->currentIndex();
    QCOMPARE(shown.data(Gui::DiffModel::ChangeRole).toInt(), view->currentChange());
    QVERIFY(view->table()->visualRect(shown).intersects(view->table()->viewport()->rect()));
    // Element paths: the key without field names, whole at this window's width (1280 px); the
    // tooltip names the fields.
    QCOMPARE(m_desk->window->width(), 1280);
    QCOMPARE(view->table()->textElideMode(), Qt::ElideRight); // narrower, the key stays
    const QAbstractItemModel *model = view->table()->model();
    int keyed = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, 0);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        if (!tip.startsWith(u"elementBlocks["_s) || cell.data().toString().isEmpty())
            continue;
        ++keyed;
        QCOMPARE(cell.data().toString(), Core::SettingsDiff::shortPath(tip));
        QVERIFY(!cell.data().toString().contains(u"selector="_s));
        QVERIFY2(view->table()->columnWidth(0)
                >= view->table()->fontMetrics().horizontalAdvance(cell.data().toString()),
            qPrintable(cell.data().toString()));
    }
    QVERIFY(keyed > 0);
    base->setCurrentIndex(0);
    emit base->activated(0);
    QVERIFY(loaded.wait(10000));
}

void TestHistoryPane::opensOnAVersionThatChangedSomething()
{
    // A setting whose newest version was saved again unchanged (the demo has one): the browser
    // opens on the newest one that changed something, and the unchanged one says why it is empty.
    QTreeWidget *timeline = versions().timeline();
    QString setting;
    for (int k = 0;
         k < m_pane->findChild<QComboBox *>(u"historySetting"_s)->count() && setting.isEmpty();
         ++k) {
        const QStringList series =
            m_pane->findChild<QComboBox *>(u"historySetting"_s)->itemData(k).toStringList();
        QVERIFY(select(series.value(0), series.value(1)));
        if (timeline->topLevelItemCount() > 1 && timeline->topLevelItem(0)->text(2) == u"0"_s)
            setting = m_pane->findChild<QComboBox *>(u"historySetting"_s)->itemText(k);
    }
    QVERIFY2(!setting.isEmpty(), "no setting's newest version is unchanged");
    QVERIFY(timeline->currentItem() != timeline->topLevelItem(0));
    QVERIFY(timeline->currentItem()->text(2).toInt() > 0);
    for (int i = 0; timeline->topLevelItem(i) != timeline->currentItem(); ++i)
        QCOMPARE(timeline->topLevelItem(i)->text(2), u"0"_s); // none newer changed anything
    QVERIFY(versions().diffView()->changeCount() > 0);
    // A person picks the unchanged one.
    timeline->setFocus();
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    QTest::keyClick(timeline, Qt::Key_Home);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(timeline->currentItem(), timeline->topLevelItem(0));
    QCOMPARE(versions().diffView()->changeCount(), 0);
    const QString details =
        versions().diffView()->findChild<QTextBrowser *>(u"historyDiffDetails"_s)->toPlainText();
    QVERIFY2(details.contains(u"when and by whom"_s), qPrintable(details));
}

void TestHistoryPane::foldsUnchangedFieldsAndUnfolds()
{
    QVERIFY(select(u"privacy"_s));
    Gui::DiffView *view = versions().diffView();
    QVERIFY(view->changeCount() > 0);
    // The privacy settings have many more fields than one version changes.
    const int folded = view->foldedRuns();
    QVERIFY(folded > 0);
    const auto &rows = view->comparison().rows;
    const QString shown = tableText(view);
    const auto hidden = std::find_if(rows.cbegin(), rows.cend(),
        [&](const auto &row) { return row.change < 0 && !shown.contains(row.path); });
    QVERIFY(hidden != rows.cend());
    // A click on a fold opens that run in place.
    int fold = -1;
    for (int r = 0; r < view->model()->rowCount() && fold < 0; ++r) {
        if (view->model()->index(r, 0).data(Gui::DiffModel::FoldRole).toInt() > 0)
            fold = r;
    }
    QVERIFY(fold >= 0);
    QVERIFY(view->model()->index(fold, 0).data().toString().contains(u"unchanged"_s));
    const int before = view->model()->rowCount();
    const int inFold = view->model()->index(fold, 0).data(Gui::DiffModel::FoldRole).toInt();
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
        view->table()->visualRect(view->model()->index(fold, 0)).center());
    QCOMPARE(view->foldedRuns(), folded - 1);
    QCOMPARE(view->model()->rowCount(), before - 1 + inFold);
    // "Show unchanged" opens them all.
    versions().findChild<QToolButton *>(u"historyShowUnchanged"_s)->click();
    QCOMPARE(view->foldedRuns(), 0);
    QVERIFY(tableText(view).contains(hidden->path));
    QCOMPARE(view->model()->rowCount(), int(rows.size()));
    versions().findChild<QToolButton *>(u"historyShowUnchanged"_s)->click();
    QCOMPARE(view->foldedRuns(), folded);
}

void TestHistoryPane::copiesSelectedRowsWithWholeValues()
{
    QVERIFY(select(u"geo"_s));
    Gui::DiffView *view = versions().diffView();
    QVERIFY(view->changeCount() > 0);
    const int row = view->model()->firstRowOf(0);
    view->table()->selectRow(row);
    QApplication::clipboard()->clear();
    m_desk->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk->window));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    const auto cell = [&](int column) {
        return view->model()->index(row, column).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(copied, u"%1\t%2\t%3\n"_s.arg(cell(0), cell(1), cell(2)));
    QVERIFY(copied.startsWith(view->comparison().changes.first().path));
    // Ctrl+C is the window's Edit › Copy, which asks the pane on show; "Copy rows" belongs to
    // the table browser alone.
    QVERIFY(m_desk->window->findChild<QAction *>(u"actionCopy"_s)->isEnabled());
    QVERIFY(!m_desk->window->findChild<QAction *>(u"actionCopyRows"_s)->isEnabled());
}

void TestHistoryPane::filtersByAuthorAndPeriod()
{
    QVERIFY(select(u"privacy"_s));
    QTreeWidget *timeline = versions().timeline();
    QComboBox *author = versions().findChild<QComboBox *>(u"historyAuthor"_s);
    QVERIFY(author->count() >= 3); // "All authors" and at least two people
    const QString someone = author->itemData(1).toString();
    author->setCurrentIndex(1);
    int shown = 0;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = timeline->topLevelItem(i);
        QCOMPARE(!item->isHidden(), item->text(1) == someone);
        shown += item->isHidden() ? 0 : 1;
    }
    QCOMPARE(QString::number(shown),
        scalar(
            u"SELECT count(*) FROM settings_privacy_history WHERE metadata__last_updated_by = '%1'"_s
                .arg(someone)));
    QVERIFY(!timeline->currentItem()->isHidden());
    author->setCurrentIndex(0);

    // A custom range of one day: only that day's versions.
    QTreeWidgetItem *pick = timeline->topLevelItem(timeline->topLevelItemCount() / 2);
    const QDate day =
        QDateTime::fromString(pick->data(0, Qt::UserRole).toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .date();
    QComboBox *period = versions().findChild<QComboBox *>(u"historyPeriod"_s);
    period->setCurrentIndex(period->findData(-1));
    QVERIFY(versions().findChild<QDateEdit *>(u"historyFrom"_s)->isVisibleTo(&versions()));
    versions().findChild<QDateEdit *>(u"historyFrom"_s)->setDate(day);
    versions().findChild<QDateEdit *>(u"historyTo"_s)->setDate(day);
    QVERIFY(!pick->isHidden());
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = timeline->topLevelItem(i);
        const QDate d =
            QDateTime::fromString(item->data(0, Qt::UserRole).toString(), Qt::ISODateWithMs)
                .toLocalTime()
                .date();
        QCOMPARE(item->isHidden(), d != day);
    }
    // A range without versions says so instead of showing a hidden version's changes.
    versions().findChild<QDateEdit *>(u"historyFrom"_s)->setDate(QDate(2001, 1, 1));
    versions().findChild<QDateEdit *>(u"historyTo"_s)->setDate(QDate(2001, 1, 31));
    QVERIFY(!versions().diffView()->message().isEmpty());
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    versions().findChild<QDateEdit *>(u"historyTo"_s)->setDate(day);
    QVERIFY(loaded.wait(10000));
    QVERIFY(versions().diffView()->message().isEmpty());
    QVERIFY(!versions().timeline()->currentItem()->isHidden());
    // The last 7 days: the demo history ends today, so its newest version is in.
    period->setCurrentIndex(period->findData(7));
    QVERIFY(!versions().findChild<QDateEdit *>(u"historyFrom"_s)->isVisibleTo(&versions()));
    QVERIFY(!timeline->topLevelItem(0)->isHidden());
    QVERIFY(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->isHidden());
    period->setCurrentIndex(0);
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        QVERIFY(!timeline->topLevelItem(i)->isHidden());
}

void TestHistoryPane::ignoredFieldsLeaveCountsAndComparisons()
{
    QVERIFY(select(u"privacy"_s));
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    versions().setIgnoredFields({ u"elementBlocks"_s });
    QVERIFY(loaded.wait(10000));
    QTreeWidget *timeline = versions().timeline();
    qint64 total = 0;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        total += timeline->topLevelItem(i)->text(2).toLongLong();
    QCOMPARE(QString::number(total),
        scalar(u"SELECT count(*) FROM settings_changes WHERE setting = 'privacy' AND path NOT "
               u"LIKE 'elementBlocks%'"_s));
    for (const auto &row : versions().diffView()->comparison().rows)
        QVERIFY(!row.path.startsWith(u"elementBlocks"_s));
    versions().setIgnoredFields({});
    QVERIFY(loaded.wait(10000));
}

void TestHistoryPane::theIgnoreDialogEditsAndRemembersTheList()
{
    QVERIFY(select(u"privacy"_s));
    QToolButton *button = nullptr;
    for (QToolButton *b : versions().findChildren<QToolButton *>()) {
        if (b->text() == u"Ignore fields…"_s)
            button = b;
    }
    QVERIFY(button);
    // The dialog is modal: answer it from the event loop it runs.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QPlainTextEdit *>(u"ignoreFieldsEdit"_s)
            ->setPlainText(u"# timestamps change with every edit\nlastUpdated\n\n"_s);
        answered = true;
        dialog->accept();
    });
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    button->click();
    QVERIFY(answered);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(versions().ignoredFields(), QStringList { u"lastUpdated"_s });
    QCOMPARE(button->text(), u"Ignoring 1 field…"_s);
    QCOMPARE(Gui::UiSettings::HistoryIgnoredFields.value(), QStringList { u"lastUpdated"_s });
    for (const auto &row : versions().diffView()->comparison().rows)
        QVERIFY(!row.path.endsWith(u".lastUpdated"_s));
    // A new browser starts with the remembered list.
    Gui::VersionBrowser other;
    QCOMPARE(other.ignoredFields(), QStringList { u"lastUpdated"_s });
    Gui::UiSettings::HistoryIgnoredFields.reset();
    versions().setIgnoredFields({});
    QVERIFY(loaded.wait(10000));
}

void TestHistoryPane::blameShowsWhoLastChangedEachField()
{
    QVERIFY(select(u"geo"_s));
    m_pane->tabs()->setCurrentWidget(m_pane->findChild<Gui::BlameView *>());
    Gui::BlameModel *model = m_pane->findChild<Gui::BlameView *>()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    // The field edited most often: blame names the newest of its edits, not an older one.
    const QString path =
        scalar(u"SELECT path FROM settings_changes WHERE setting = 'geo' AND change = 'changed' "
               u"GROUP BY path ORDER BY count(*) DESC LIMIT 1"_s);
    QVERIFY(scalar(u"SELECT count(DISTINCT author) FROM settings_changes WHERE setting = 'geo' "
                   u"AND path = '%1'"_s.arg(path))
                .toInt()
        >= 2);
    const QString version = scalar(u"SELECT max(version) FROM settings_changes WHERE setting = "
                                   u"'geo' AND path = '%1'"_s.arg(path));
    const QString author = scalar(u"SELECT author FROM settings_changes WHERE setting = 'geo' "
                                  u"AND version = '%1' LIMIT 1"_s.arg(version));
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->line(r).path == path)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(path));
    QCOMPARE(model->line(row).version, version);
    QCOMPARE(model->line(row).author, author);
    QCOMPARE(model->index(row, Gui::BlameModel::AuthorColumn).data().toString(), author);
    // Earlier, the person compared with some other version.
    QComboBox *base = versions().findChild<QComboBox *>(u"historyBase"_s);
    QVERIFY(base->count() >= 3);
    base->setCurrentIndex(base->count() - 1);
    // The filter narrows to that field; Enter on it opens the change that set it, against the
    // version before (before: against the old Compare-with choice, on its first change).
    m_pane->findChild<QLineEdit *>(u"blameFilter"_s)->setText(path);
    QTableView *table = m_pane->findChild<QTableView *>(u"blameTable"_s);
    QVERIFY(table->model()->rowCount() >= 1);
    QSignalSpy loaded(&versions(), &Gui::VersionBrowser::loaded);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    // A sync's refresh still on its way when Enter lands must not take the person back to the
    // version that was shown when it started.
    m_pane->refresh();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_pane->tabs()->currentWidget(), &versions());
    QCOMPARE(versions().timeline()->currentItem()->data(0, Qt::UserRole).toString(), version);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(base->currentIndex(), 0);
    const Gui::DiffView *diff = versions().diffView();
    QVERIFY(diff->currentChange() >= 0);
    QCOMPARE(diff->comparison().changes.at(diff->currentChange()).path, path);
    m_pane->findChild<QLineEdit *>(u"blameFilter"_s)->clear();
}

void TestHistoryPane::exportsTheComparisonAsTextAndJson()
{
    QVERIFY(select(u"geo"_s));
    const Gui::DiffView *view = versions().diffView();
    QVERIFY(view->changeCount() > 0);
    const QString textPath = m_desk->dir.filePath(u"geo-diff.txt"_s);
    Gui::Dialogs::setNextSaveFileName(textPath, u"Text (*.txt)"_s);
    versions().exportComparison();
    const QString text = QString::fromUtf8(TestSupport::readFile(textPath));
    QVERIFY2(text.startsWith(u"Setting: geo\n"_s), qPrintable(text));
    QVERIFY(text.contains(view->comparison().changes.first().path));

    const QString jsonPath = m_desk->dir.filePath(u"geo-diff"_s); // the suffix is added
    Gui::Dialogs::setNextSaveFileName(jsonPath, u"JSON (*.json)"_s);
    versions().exportComparison();
    const QJsonObject json =
        QJsonDocument::fromJson(TestSupport::readFile(jsonPath + u".json"_s)).object();
    QCOMPARE(json[u"setting"_s].toString(), u"geo"_s);
    QCOMPARE(json[u"changes"_s].toArray().size(), view->changeCount());
    QCOMPARE(json[u"to"_s][u"version"_s].toString(),
        versions().timeline()->currentItem()->data(0, Qt::UserRole).toString());
}

void TestHistoryPane::theStatusBarSpeaksOfThePaneInSight()
{
    // Before: the History pane opened under the SQL pane's "12 rows in 0 ms" or "Stopped.".
    Gui::MainWindow &window = *m_desk->window;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    Gui::SqlPane *sql = window.findChild<Gui::SqlPane *>();
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), sql);
    sql->openQuery(u"SELECT id FROM users LIMIT 12"_s);
    QSignalSpy ran(sql->currentTab(), &Gui::QueryTab::ran);
    sql->findChild<QAction *>(u"sqlRunAll"_s)->trigger();
    QVERIFY(ran.wait(20000));
    QCOMPARE(window.statusBar()->currentMessage(), sql->currentTab()->message());
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), m_pane);
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"
