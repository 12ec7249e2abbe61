// SPDX-License-Identifier: MIT
// The settings history browser on a dataset a real sync wrote: the timeline of a setting,
// a version's changes with the changed characters marked, stepping with Alt+Down / Alt+Up.

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "core/diff/textdiff.h"
#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "syncsupport.h"
#include "ui/history/historypane.h"

using namespace Qt::StringLiterals;

class TestHistoryPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineListsEveryVersionWithItsAuthor();
    void stepsThroughTheChangesOfAVersion();
    void marksTheChangedCharacters();

private:
    bool select(const QString &setting);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Gui::HistoryPane> m_pane;
};

void TestHistoryPane::initTestCase()
{
    m_path = m_dir.filePath(u"history.sqlite"_s);
    QCOMPARE(TestSupport::syncNewDataset(m_path, 20, 1000, 12).status,
        Core::RunResult::Status::Completed);
    m_pane = std::make_unique<Gui::HistoryPane>();
    m_pane->resize(1200, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QSignalSpy loaded(m_pane.get(), &Gui::HistoryPane::loaded);
    m_pane->setDataset(m_path);
    QVERIFY(loaded.wait(10000));
}

bool TestHistoryPane::select(const QString &setting)
{
    QSignalSpy loaded(m_pane.get(), &Gui::HistoryPane::loaded);
    const int index = m_pane->settingPicker()->findText(setting);
    if (index < 0)
        return false;
    if (m_pane->settingPicker()->currentIndex() == index)
        return true;
    m_pane->settingPicker()->setCurrentIndex(index);
    return loaded.wait(10000);
}

void TestHistoryPane::timelineListsEveryVersionWithItsAuthor()
{
    QVERIFY(select(u"privacy"_s));
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QTreeWidget *timeline = m_pane->timeline();
    QCOMPARE(QString::number(timeline->topLevelItemCount()),
        QString::fromStdString(db.scalar(
            "SELECT count(DISTINCT version) FROM settings_changes WHERE setting = 'privacy'")));
    // Newest first, with the author of that version.
    QTreeWidgetItem *newest = timeline->topLevelItem(0);
    QCOMPARE(newest->data(0, Qt::UserRole).toString(),
        QString::fromStdString(
            db.scalar("SELECT max(metadata__last_updated) FROM settings_privacy_history")));
    QCOMPARE(newest->text(1),
        QString::fromStdString(
            db.scalar("SELECT metadata__last_updated_by FROM settings_privacy_history ORDER BY "
                      "metadata__last_updated DESC LIMIT 1")));
    QCOMPARE(timeline->currentItem(), newest);
}

void TestHistoryPane::stepsThroughTheChangesOfAVersion()
{
    QVERIFY(select(u"geo"_s));
    QTreeWidget *timeline = m_pane->timeline();
    // A version with several changes.
    QTreeWidgetItem *busy = nullptr;
    for (int i = 0; i < timeline->topLevelItemCount() && !busy; ++i)
        if (timeline->topLevelItem(i)->text(2).toInt() >= 2)
            busy = timeline->topLevelItem(i);
    QVERIFY(busy);
    QSignalSpy loaded(m_pane.get(), &Gui::HistoryPane::loaded);
    timeline->setCurrentItem(busy);
    QVERIFY(loaded.wait(10000));
    const int n = m_pane->changeCount();
    QCOMPARE(n, busy->text(2).toInt());
    QCOMPARE(m_pane->counter()->text(), u"1 of %1"_s.arg(n));
    m_pane->changesView()->setFocus();
    QTest::keyClick(m_pane->changesView(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_pane->counter()->text(), u"2 of %1"_s.arg(n));
    QCOMPARE(m_pane->currentChange(), 1);
    for (int i = 0; i < n + 3; ++i)
        QTest::keyClick(m_pane->changesView(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_pane->counter()->text(), u"%1 of %1"_s.arg(n)); // stops at the last
    QTest::keyClick(m_pane->changesView(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_pane->counter()->text(), u"%1 of %2"_s.arg(n - 1).arg(n));
}

void TestHistoryPane::marksTheChangedCharacters()
{
    QVERIFY(select(u"geo"_s));
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    // The version where the geo mode switched, say GEO_ALLOW_LIST → GEO_BLOCK_LIST.
    const QString version = QString::fromStdString(db.scalar(
        "SELECT version FROM settings_changes WHERE setting = 'geo' AND path = 'recordGeoMode' "
        "AND change = 'changed' ORDER BY version DESC LIMIT 1"));
    QVERIFY(!version.isEmpty());
    QTreeWidget *timeline = m_pane->timeline();
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->data(0, Qt::UserRole).toString() == version) {
            QSignalSpy loaded(m_pane.get(), &Gui::HistoryPane::loaded);
            timeline->setCurrentItem(timeline->topLevelItem(i));
            QVERIFY(loaded.wait(10000));
        }
    }
    const QString newMode = QString::fromStdString(
        db.scalar("SELECT new_value FROM settings_changes WHERE setting = 'geo' AND version = '"
            + version.toStdString() + "' AND path = 'recordGeoMode'"));
    const QString text = m_pane->changesView()->toPlainText();
    QVERIFY2(text.contains(u"recordGeoMode"_s), qPrintable(text));
    QVERIFY(text.contains(u"+ "_s + newMode));
    // The differing part sits in its own highlighted span, the shared "GEO_" outside it.
    const QString html = m_pane->changesView()->toHtml();
    const QString oldMode = QString::fromStdString(
        db.scalar("SELECT old_value FROM settings_changes WHERE setting = 'geo' AND version = '"
            + version.toStdString() + "' AND path = 'recordGeoMode'"));
    QString added;
    for (const auto &segment : Core::TextDiff::diff(oldMode, newMode))
        if (segment.kind == Core::TextDiff::Segment::Kind::Added)
            added += segment.text;
    QVERIFY(!added.isEmpty() && added.size() < newMode.size()); // only part of the value changed
    // The added characters sit in a span of the strong "added" colour (light palette).
    QVERIFY2(html.contains(u"#9fdcaa;\">%1</span>"_s.arg(added)), qPrintable(html.right(1500)));
}

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"
