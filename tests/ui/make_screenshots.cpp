// SPDX-License-Identifier: MIT
// Renders the real main window offscreen on demo data and saves one PNG per pane, for the
// README: packaging/dev.sh screenshots. Not a test; it fails loudly if a step does not happen.

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "ui/schema/schemapane.h"
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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
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
    save(window, out, u"welcome.png"_s);

    window.openDemo();
    if (!desk.waitForSync())
        qFatal("the demo sync did not finish");
    window.tabs()->setCurrentIndex(0);
    save(window, out, u"sync.png"_s);

    window.tabs()->setCurrentIndex(1);
    Gui::TablesPane &tables = *window.tablesPane();
    tables.openTable(u"users"_s);
    if (!QTest::qWaitFor([&] { return tables.gridModel()->rowCount() > 0; }, 10000))
        qFatal("the users table did not load");
    tables.filterHeader()->setFilterText(5, u"pro"_s);
    emit tables.filterHeader()->filterChanged(5, u"pro"_s);
    if (!QTest::qWaitFor([&] { return !tables.gridModel()->isLoading(); }, 10000))
        qFatal("the filter did not apply");
    save(window, out, u"tables.png"_s);

    window.tabs()->setCurrentIndex(2);
    QTreeView *tree = window.schemaPane()->treeView();
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, 0);
        const QString name = index.data().toString();
        if (name == u"settings_privacy_history"_s || name == u"users"_s)
            tree->expand(index);
    }
    save(window, out, u"schema.png"_s);
    return 0;
}
