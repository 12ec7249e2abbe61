// SPDX-License-Identifier: MIT
// The window as a person sees it at 1024×700, in English and German: every visible label and
// button shows its whole text, and the window can be that narrow (issue 12).

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "ui/common/translations.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"

using namespace Qt::StringLiterals;

namespace {

// Why each visible label or button under `root` does not show its text whole.
QStringList misfits(QWidget *root, const QString &where)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->width() == 0)
            continue;
        const int needed =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (needed > label->height() + 1)
            out.append(
                u"%1: label “%2” is %3 px high, needs %4"_s.arg(where, label->text().left(60))
                    .arg(label->height())
                    .arg(needed));
        if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
            out.append(
                u"%1: label “%2” is %3 px wide, needs %4"_s.arg(where, label->text().left(60))
                    .arg(label->width())
                    .arg(label->sizeHint().width()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || button->width() == 0)
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            out.append(u"%1: button “%2” is %3 px wide, needs %4"_s.arg(where, button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width()));
    }
    // A toolbar too narrow for its tools hides the rest behind ».
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        const auto *more = bar->findChild<QWidget *>(u"qt_toolbar_ext_button"_s);
        if (bar->isVisibleTo(root) && more && more->isVisibleTo(bar))
            out.append(u"%1: toolbar “%2” hides tools behind » (%3 px wide, needs %4)"_s
                           .arg(where, bar->objectName())
                           .arg(bar->width())
                           .arg(bar->sizeHint().width()));
    }
    return out;
}

// Alt+letter of a visible label or button that the menu bar's Alt+letter shadows: in German
// "&Autor:" took Alt+A from "&Ansicht", and the View menu no longer opened from the History pane.
QStringList mnemonicClashes(QMainWindow *window, const QString &where)
{
    QSet<QKeySequence> menus;
    for (QAction *menu : window->menuBar()->actions())
        menus.insert(QKeySequence::mnemonic(menu->text()));
    QStringList out;
    auto check = [&](QWidget *widget, const QString &text) {
        const QKeySequence keys = QKeySequence::mnemonic(text);
        if (widget->isVisibleTo(window) && !keys.isEmpty() && menus.contains(keys))
            out.append(u"%1: “%2” takes %3 from the menu bar"_s.arg(
                where, text, keys.toString(QKeySequence::NativeText)));
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            check(label, label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        check(button, button->text());
    return out;
}

} // namespace

class TestLayout final : public QObject
{
    Q_OBJECT

private slots:
    void welcomeFitsAt1024_data();
    void welcomeFitsAt1024();
    void everyPaneFitsAt1024_data();
    void everyPaneFitsAt1024();
    void theFirstWindowFitsTheScreen();
};

void TestLayout::welcomeFitsAt1024_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("English") << QLocale::English;
    QTest::newRow("German") << QLocale::German;
}

void TestLayout::welcomeFitsAt1024()
{
    QFETCH(QLocale::Language, language);
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(language)));
    // No keychain: the welcome page shows its longest text, the keychain problem, too.
    auto store = std::make_unique<Core::MemoryKeyStore>();
    store->setFailure(Core::KeyStoreResult::Status::Unavailable);
    DeskTest::Desk desk(std::move(store));
    desk.window->resize(1024, 700);
    desk.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.window));
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_VERIFY(desk.window->isShowingWelcome());
    QTRY_VERIFY(desk.window->findChild<QLabel *>(u"welcomeProblem"_s)->isVisible());
    QTest::qWait(50); // one more layout pass
    // Before: the welcome text and the keychain message were clipped top and bottom.
    const QStringList bad = misfits(desk.window, u"welcome"_s);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    QVERIFY2(desk.window->minimumSizeHint().width() <= 1024,
        qPrintable(QString::number(desk.window->minimumSizeHint().width())));
}

void TestLayout::everyPaneFitsAt1024_data()
{
    welcomeFitsAt1024_data();
}

void TestLayout::everyPaneFitsAt1024()
{
    QFETCH(QLocale::Language, language);
    QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(language)));
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    QVERIFY(desk.showDemo());
    QVERIFY2(desk.window->minimumSizeHint().width() <= 1024,
        qPrintable(QString::number(desk.window->minimumSizeHint().width())));
    QCOMPARE(desk.window->width(), 1024);
    QStringList bad;
    QTabWidget *tabs = desk.find<QTabWidget>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        bad += misfits(tabs->currentWidget(), tabs->tabText(i));
        bad += mnemonicClashes(desk.window, tabs->tabText(i));
    }
    // History with each setting's comparison on screen: the longest version labels, author
    // names and the ignore button's count are only there then.
    Gui::HistoryPane *history = desk.find<Gui::HistoryPane>();
    tabs->setCurrentWidget(history);
    QComboBox *setting = history->findChild<QComboBox *>(u"historySetting"_s);
    for (int i = 0; i < setting->count(); ++i) {
        QSignalSpy loaded(history->versions(), &Gui::VersionBrowser::loaded);
        if (setting->currentIndex() != i)
            setting->setCurrentIndex(i);
        else
            history->refresh();
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50);
        const QString where = tabs->tabText(tabs->currentIndex()) + u" › "_s + setting->itemText(i);
        bad += misfits(history, where);
        bad += mnemonicClashes(desk.window, where);
        if (desk.window->minimumSizeHint().width() > 1024 || desk.window->width() > 1024)
            bad.append(u"%1: the window needs %2 px"_s.arg(where).arg(
                desk.window->minimumSizeHint().width()));
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestLayout::theFirstWindowFitsTheScreen()
{
    // The first start on a 1024×768 panel with a 24 px top bar: the window with the window
    // manager's title bar and frame fits (before, it was 800 px high plus its title bar).
    const QRect screen(0, 24, 1024, 744);
    const QSize size = Gui::MainWindow::firstSize(screen);
    QVERIFY(size.width() + 16 <= screen.width());
    QVERIFY(size.height() + 48 <= screen.height());
    QCOMPARE(Gui::MainWindow::firstSize(QRect(0, 0, 1920, 1080)), QSize(1280, 800));
    // The window can be that small, in either language, with a dataset open.
    for (const QLocale::Language language : { QLocale::English, QLocale::German }) {
        QVERIFY(Gui::installTranslations(*QCoreApplication::instance(), QLocale(language)));
        DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
        QVERIFY(desk.showDemo(size));
        const QSize least = desk.window->minimumSizeHint();
        QVERIFY2(least.width() <= size.width() && least.height() <= size.height(),
            qPrintable(u"%1×%2"_s.arg(least.width()).arg(least.height())));
        QCOMPARE(desk.window->size(), size);
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
