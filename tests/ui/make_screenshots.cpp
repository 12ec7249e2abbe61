// SPDX-License-Identifier: MIT
// Renders the real main window offscreen on demo data and saves one PNG per pane, for the
// README: packaging/dev.sh screenshots. `--dark` renders with a dark palette instead (*-dark.png),
// to check the app on dark desktops. Not a test; it fails loudly if a step does not happen.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QPalette>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "ui/common/translations.h"
#include "ui/history/blamemodel.h"
#include "ui/history/blameview.h"
#include "ui/history/diffview.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"
#include "ui/schema/schemapane.h"
#include "ui/sql/chartdialog.h"
#include "ui/sql/querytab.h"
#include "ui/sql/sqlpane.h"
#include "ui/sql/sqlresultmodel.h"
#include "ui/tables/filterheader.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablespane.h"
#include "ui/welcome/welcomepane.h"

using namespace Qt::StringLiterals;

namespace {

void save(QWidget &window, const QString &dir, const QString &name)
{
    QTest::qWait(300);
    const QString path = QDir(dir).filePath(name);
    if (!window.grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}

} // namespace

// A dark desktop's palette, to check that nothing is drawn in fixed light-theme colours.
void useDarkPalette()
{
    QApplication::setStyle(u"Fusion"_s);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x4b, 0x2f, 0xc9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Gui::installTranslations(app, QLocale(QLocale::English)); // "1 row", "12 rows"
    const QStringList args = QApplication::arguments();
    const bool dark = args.contains(u"--dark"_s);
    if (dark)
        useDarkPalette();
    QString out = u"."_s;
    for (const QString &arg : args.mid(1)) {
        if (!arg.startsWith(u"--"_s))
            out = arg;
    }
    const QString suffix = dark ? u"-dark.png"_s : u".png"_s;
    QDir().mkpath(out);
    Core::SimConfig demo = DeskTest::Desk::small();
    demo.users = 2000;
    demo.usersPageSize = 500;
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>(), demo);
    Gui::MainWindow &window = *desk.window;
    window.show();
    window.start(Gui::MainWindow::Start::Remembered);
    if (!QTest::qWaitFor([&] { return window.isShowingWelcome(); }, 5000))
        qFatal("the welcome pane did not show");
    save(window, out, u"welcome"_s + suffix);

    window.openDemo();
    if (!desk.waitForSync())
        qFatal("the demo sync did not finish");
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(0);
    save(window, out, u"sync"_s + suffix);

    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(1);
    Gui::TablesPane &tables = *window.findChild<Gui::TablesPane *>();
    tables.openTable(u"users"_s);
    if (!QTest::qWaitFor([&] { return tables.gridModel()->rowCount() > 0; }, 10000))
        qFatal("the users table did not load");
    tables.findChild<Gui::FilterHeader *>()->setFilterText(5, u"pro"_s);
    emit tables.findChild<Gui::FilterHeader *>()->filterChanged(5, u"pro"_s);
    if (!QTest::qWaitFor([&] { return !tables.gridModel()->isLoading(); }, 10000))
        qFatal("the filter did not apply");
    save(window, out, u"tables"_s + suffix);

    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(2);
    QTreeView *tree = window.findChild<Gui::SchemaPane *>()->treeView();
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, 0);
        const QString name = index.data().toString();
        if (name == u"settings_privacy_history"_s || name == u"users"_s)
            tree->expand(index);
    }
    save(window, out, u"schema"_s + suffix);

    window.findChild<QTabWidget *>(u"mainTabs"_s)
        ->setCurrentWidget(window.findChild<Gui::SqlPane *>());
    Gui::QueryTab *query = window.findChild<Gui::SqlPane *>()->openQuery(
        u"-- Who changed the privacy settings, and how often\n"
        u"SELECT metadata__last_updated_by AS author, count(*) AS versions,\n"
        u"       min(metadata__last_updated) AS first, max(metadata__last_updated) AS latest\n"
        u"FROM settings_privacy_history\nGROUP BY author\nORDER BY versions DESC;\n"_s,
        u"Privacy authors"_s);
    window.findChild<Gui::SqlPane *>()->findChild<QAction *>(u"sqlRunAll"_s)->trigger();
    if (!QTest::qWaitFor(
            [&] { return !query->isRunning() && query->result()->rowCount() > 0; }, 10000))
        qFatal("the query did not run");
    save(window, out, u"sql"_s + suffix);

    Gui::QueryTab *overTime = window.findChild<Gui::SqlPane *>()->openQuery(
        u"-- Blocked IPs over time\nSELECT h.metadata__last_updated AS version, count(ip.value) AS "
        u"blocked_ips\n"
        u"FROM settings_blocking_history h\nLEFT JOIN settings_blocking_history__blocked_ips ip ON "
        u"ip._dlt_parent_id = h._dlt_id\n"
        u"GROUP BY h._dlt_id ORDER BY version;\n"_s,
        u"Blocked IPs"_s);
    window.findChild<Gui::SqlPane *>()->findChild<QAction *>(u"sqlRunAll"_s)->trigger();
    if (!QTest::qWaitFor(
            [&] { return !overTime->isRunning() && overTime->result()->rowCount() > 0; }, 10000))
        qFatal("the chart query did not run");
    Gui::ChartDialog *chart = window.findChild<Gui::SqlPane *>()->openChart();
    if (!chart || !QTest::qWaitForWindowExposed(chart))
        qFatal("the chart did not open");
    save(*chart, out, u"chart"_s + suffix);
    chart->close();

    window.findChild<QTabWidget *>(u"mainTabs"_s)
        ->setCurrentWidget(window.findChild<Gui::HistoryPane *>());
    Gui::HistoryPane &history = *window.findChild<Gui::HistoryPane *>();
    Gui::VersionBrowser &versions = *history.versions();
    QSignalSpy privacyLoaded(&versions, &Gui::VersionBrowser::loaded);
    history.findChild<QComboBox *>(u"historySetting"_s)
        ->setCurrentIndex(history.findChild<QComboBox *>(u"historySetting"_s)
                              ->findData(QStringList { u"privacy"_s, QString() }));
    if (!privacyLoaded.wait(10000))
        qFatal("the privacy history did not load");
    // The version with the most changes shows what the view can do best.
    QTreeWidget *timeline = versions.timeline();
    QTreeWidgetItem *best = nullptr;
    for (int i = 0; i + 1 < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = timeline->topLevelItem(i);
        if (!best || item->text(2).toInt() > best->text(2).toInt())
            best = item;
    }
    if (!best)
        qFatal("the privacy history has one version only");
    QSignalSpy loaded(&versions, &Gui::VersionBrowser::loaded);
    timeline->setCurrentItem(best);
    if (!loaded.wait(10000))
        qFatal("the chosen privacy version did not load");
    versions.diffView()->nextChange();
    save(window, out, u"history"_s + suffix);
    history.tabs()->setCurrentWidget(history.findChild<Gui::BlameView *>());
    if (!QTest::qWaitFor(
            [&] { return history.findChild<Gui::BlameView *>()->model()->rowCount() > 0; }, 10000))
        qFatal("the privacy blame did not load");
    save(window, out, u"blame"_s + suffix);
    return 0;
}
