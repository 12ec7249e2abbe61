// SPDX-License-Identifier: MIT
// Settings › API key as a person uses it: where the key may go (https anywhere, http only to
// this computer, a warning for a host that is not Fullstory's, said before anything is sent),
// and a key pasted with its "Basic " prefix stored as the key alone. The real window and
// dialog, a key store in memory, the simulator over 127.0.0.1.

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/api/apisettings.h"
#include "core/secrets/memorykeystore.h"
#include "core/simulator/simulator.h"
#include "desktestsupport.h"
#include "ui/settings/apikeydialog.h"

using namespace Qt::StringLiterals;

class TestApiKeyDialog final : public QObject
{
    Q_OBJECT

private slots:
    void anotherHostIsNamedBeforeTheKeyGoes();
    void aPastedBasicPrefixIsNotStored();
    void anUndocumentedRoleIsSaidOnce();
    void aStoredAddressTheKeyMayNotGoToStopsTheSync();

private:
    // The dialog open on a shown window, Custom URL chosen by keyboard, the focus in the URL.
    Gui::ApiKeyDialog *openOnCustomUrl(DeskTest::Desk &desk);
    // The same, pointed at `sim`, with `key` typed into the key field (which has the focus).
    Gui::ApiKeyDialog *openWithKey(
        DeskTest::Desk &desk, const Core::Simulator &sim, const QString &key);
    static void retype(QLineEdit *edit, const QString &text);
};

Gui::ApiKeyDialog *TestApiKeyDialog::openOnCustomUrl(DeskTest::Desk &desk)
{
    desk.window->show();
    if (!QTest::qWaitForWindowExposed(desk.window))
        return nullptr;
    desk.window->openKeyDialog();
    auto *dialog = desk.window->findChild<Gui::ApiKeyDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto *region = dialog->findChild<QComboBox *>(u"regionCombo"_s);
    region->setFocus();
    QTest::keyClick(region, Qt::Key_End); // the last choice: Custom URL
    auto *url = dialog->findChild<QLineEdit *>(u"customUrlEdit"_s);
    if (!url->isEnabled())
        return nullptr;
    url->setFocus();
    return dialog;
}

Gui::ApiKeyDialog *TestApiKeyDialog::openWithKey(
    DeskTest::Desk &desk, const Core::Simulator &sim, const QString &key)
{
    Gui::ApiKeyDialog *dialog = openOnCustomUrl(desk);
    if (!dialog)
        return nullptr;
    retype(dialog->findChild<QLineEdit *>(u"customUrlEdit"_s), sim.url().toString());
    auto *edit = dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, key);
    return dialog;
}

void TestApiKeyDialog::retype(QLineEdit *edit, const QString &text)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestApiKeyDialog::anotherHostIsNamedBeforeTheKeyGoes()
{
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    Gui::ApiKeyDialog *dialog = openOnCustomUrl(desk);
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(u"customUrlEdit"_s);
    auto *warning = dialog->findChild<QLabel *>(u"urlWarning"_s);
    auto *test = dialog->findChild<QPushButton *>(u"testButton"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s), u"fs-na1-KEY-0001"_s);

    retype(url, u"https://fs-proxy.example.com"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(u"fs-proxy.example.com is not a Fullstory API host"_s),
        qPrintable(warning->text()));
    QVERIFY(test->isEnabled()); // allowed: a person may have a proxy of their own
    // The dialog makes room for the warning rather than squeezing its fields.
    QTRY_VERIFY(url->height() >= url->sizeHint().height());
    QTRY_VERIFY(warning->height() >= warning->heightForWidth(warning->width()));

    // Plain http to it is refused outright, with the reason, and nothing can be sent.
    retype(url, u"http://fs-proxy.example.com"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(!test->isEnabled());
    const QString refusal = dialog->findChild<QLabel *>(u"testResult"_s)->text();
    QVERIFY2(
        refusal.startsWith(u"Plain http would send the key unencrypted"_s), qPrintable(refusal));

    // Fullstory's own host, and this computer, need no warning; the refusal went with the
    // address it was about.
    retype(url, u"https://api.eu1.fullstory.com"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"testResult"_s)->text().isEmpty());
    QVERIFY(test->isEnabled());
    retype(url, u"http://127.0.0.1:8931"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(test->isEnabled());
}

void TestApiKeyDialog::aPastedBasicPrefixIsNotStored()
{
    Core::Simulator sim { Core::SimConfig {} };
    QVERIFY(sim.listen());
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    // The header value, copied whole.
    Gui::ApiKeyDialog *dialog = openWithKey(desk, sim, u"Basic sim-admin-key"_s);
    QVERIFY(dialog);

    // Test connection reaches the org with it...
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY2(result->text().contains(u"Admin"_s), qPrintable(result->text()));
    QCOMPARE(
        sim.requestLog().last().headers.value("authorization"), QByteArray("Basic sim-admin-key"));

    // ...and Save keeps the key alone, so the hint shows the key's own end.
    QSignalSpy closed(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(closed.wait(5000));
    QSignalSpy read(desk.store->readKey(), &Core::KeyStoreJob::finished);
    QVERIFY(read.wait(5000));
    QCOMPARE(read.first().first().value<Core::KeyStoreResult>().key, u"sim-admin-key"_s);
    QCOMPARE(Core::ApiSettings::baseUrl(), sim.url());
}

void TestApiKeyDialog::anUndocumentedRoleIsSaidOnce()
{
    Core::Simulator sim { Core::SimConfig {} };
    QVERIFY(sim.listen());
    DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
    Gui::ApiKeyDialog *dialog = openWithKey(desk, sim, u"sim-umbrella-key"_s);
    QVERIFY(dialog);
    // Test connection is the default button.
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s), Qt::Key_Return);
    auto *result = dialog->findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"Connected"_s), qPrintable(result->text()));
    const QString text = result->text();
    QVERIFY2(text.contains(u"Standard key"_s), qPrintable(text));
    QCOMPARE(text.count(u"“UMBRELLA_MANAGER”"_s), 1);
    QVERIFY(text.contains(u"used as a Standard key"_s));
}

void TestApiKeyDialog::aStoredAddressTheKeyMayNotGoToStopsTheSync()
{
    // Written by hand into the settings file: plain http to another machine.
    Core::ApiSettings::setBaseUrl(QUrl(u"http://10.1.2.3:8080"_s));
    auto store = std::make_unique<Core::MemoryKeyStore>();
    QSignalSpy written(store->writeKey(u"fs-na1-KEY-0001"_s), &Core::KeyStoreJob::finished);
    QVERIFY(written.wait(5000));
    DeskTest::Desk desk(std::move(store));
    desk.window->show();
    desk.window->start(Gui::MainWindow::Start::Remembered); // a stored key: the user's own data
    QTRY_VERIFY(desk.keys->isStored());
    QTRY_VERIFY(!desk.window->isShowingWelcome());
    desk.window->findChild<QAction *>(u"actionSync"_s)->trigger();
    QVERIFY(desk.waitForSync(10000));
    const QString result = desk.find<QLabel>(u"syncResult"_s)->text();
    QVERIFY2(result.contains(u"The stored API address http://10.1.2.3:8080 cannot be used: Plain "
                             u"http would send the key unencrypted"_s),
        qPrintable(result));
    Core::ApiSettings::setBaseUrl(Core::ApiClientConfig::baseUrlFor(Core::Region::NA1));
}

QTEST_MAIN(TestApiKeyDialog)
#include "tst_apikeydialog.moc"
