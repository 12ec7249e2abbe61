// SPDX-License-Identifier: MIT
// The window as a person sees it at 1024×700, in English and German: every visible label and
// button shows its whole text, and the window can be that narrow (issue 12).

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
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

} // namespace

class TestLayout final : public QObject
{
    Q_OBJECT

private slots:
    void welcomeFitsAt1024_data();
    void welcomeFitsAt1024();
    void everyPaneFitsAt1024_data();
    void everyPaneFitsAt1024();
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
    QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
    desk.window->start(Gui::MainWindow::Start::Remembered);
    QTRY_VERIFY(desk.window->isShowingWelcome());
    QTRY_VERIFY(desk.window->findChild<QLabel *>(u"welcomeProblem"_s)->isVisible());
    QTest::qWait(50); // one more layout pass
    // Before: the welcome text and the keychain message were clipped top and bottom.
    const QStringList bad = misfits(desk.window.get(), u"welcome"_s);
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
    desk.window->resize(1024, 700);
    desk.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
    desk.window->start(Gui::MainWindow::Start::Demo);
    QTRY_VERIFY(!desk.window->isShowingWelcome());
    QVERIFY(desk.waitForSync());
    QVERIFY2(desk.window->minimumSizeHint().width() <= 1024,
        qPrintable(QString::number(desk.window->minimumSizeHint().width())));
    QCOMPARE(desk.window->width(), 1024);
    QStringList bad;
    QTabWidget *tabs = desk.window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(100);
        bad += misfits(tabs->currentWidget(), tabs->tabText(i));
    }
    // History with each setting's comparison on screen: the longest version labels, author
    // names and the ignore button's count are only there then.
    Gui::HistoryPane *history = desk.window->historyPane();
    tabs->setCurrentWidget(history);
    QComboBox *setting = history->settingPicker();
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
        if (desk.window->minimumSizeHint().width() > 1024 || desk.window->width() > 1024)
            bad.append(u"%1: the window needs %2 px"_s.arg(where).arg(
                desk.window->minimumSizeHint().width()));
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
