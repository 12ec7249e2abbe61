// SPDX-License-Identifier: MIT
// fullstory-desk: the desktop app (design.md §2). main() sets up the application; the
// composition root builds the core objects and hands them to the main window.

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include "core/common/processhardening.h"
#include "core/store/sqlite.h"
#include "deskapp.h"
#include "ui/common/appicon.h"
#include "ui/common/translations.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Core::hardenProcess(); // before any secret is in memory
    Core::SqliteDatabase::keepMemoryStatistics(); // the SQL pane's memory limit counts with them
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"fullstory-desk"_s);
    QApplication::setApplicationDisplayName(u"Fullstory Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(FSD_VERSION));
    QApplication::setDesktopFileName(u"fullstory-desk"_s);
    QApplication::setWindowIcon(Gui::appIcon());
    Gui::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Your Fullstory org's settings, their history and your users in a local SQLite dataset."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
        QApplication::translate("main", "Start on demo data from the built-in simulator."));
    const QCommandLineOption demoIfNoKey(u"demo-if-no-key"_s,
        QApplication::translate("main", "Start on demo data unless an API key is stored."));
    parser.addOption(demo);
    parser.addOption(demoIfNoKey);
    parser.process(app);

    DeskApp desk;
    desk.show(parser.isSet(demo)        ? Gui::MainWindow::Start::Demo
            : parser.isSet(demoIfNoKey) ? Gui::MainWindow::Start::DemoIfNoKey
                                        : Gui::MainWindow::Start::Remembered);
    return QApplication::exec();
}
