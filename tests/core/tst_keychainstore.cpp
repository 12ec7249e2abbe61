// SPDX-License-Identifier: MIT
// KeychainStore against the real Secret Service: CI runs this inside a private D-Bus session
// with a throw-away, unlocked gnome-keyring (packaging/dev.sh test). Without one it skips,
// unless REQUIRE_KEYCHAIN=1 turns the skip into a failure.

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "core/secrets/keychainstore.h"
#include "core/secrets/keyservice.h"
#include "core/secrets/memorykeystore.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

const QString TestService = u"fullstory-desk-test"_s;

KeyStoreResult wait(KeyStoreJob *job)
{
    QSignalSpy finished(job, &KeyStoreJob::finished);
    if (!finished.wait(15000))
        qFatal("keychain job did not finish");
    return finished.first().first().value<KeyStoreResult>();
}

// Every file below `dir` that holds `needle` in plain text.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

// Child-process mode: read once and print the status, for the "no keychain" case.
int probeMain()
{
    KeychainStore store(TestService);
    const KeyStoreResult result = wait(store.readKey());
    std::printf("%d\n%s\n", int(result.status), qPrintable(result.message));
    return 0;
}

} // namespace

class TestKeychainStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheRealKeychain();
    void missingKeychainIsReportedNotBypassed();
    void memoryStoreBehavesLikeAKeychain();
    void keyServiceFollowsEveryChange();
};

void TestKeychainStore::roundTripThroughTheRealKeychain()
{
    KeychainStore store(TestService);
    const QString key = u"fs-na1-TEST-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const KeyStoreResult written = wait(store.writeKey(u"  "_s + key + u"\n"_s));
    if (!written.isOk()) {
        if (qEnvironmentVariable("REQUIRE_KEYCHAIN") == u"1"_s)
            QFAIL(qPrintable(u"keychain required but unusable: "_s + written.message));
        QSKIP(qPrintable(u"no usable keychain here: "_s + written.message));
    }

    KeyStoreResult read = wait(store.readKey());
    QVERIFY2(read.isOk(), qPrintable(read.message));
    QCOMPARE(read.key, key); // stored trimmed

    const QString replacement = key + u"-v2"_s;
    QVERIFY(wait(store.writeKey(replacement)).isOk());
    QCOMPARE(wait(store.readKey()).key, replacement);

    // Stored by the keyring, encrypted: in no file in plain text (no silent fallback).
    const QStringList places = { qEnvironmentVariable("XDG_DATA_HOME"),
        qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::homePath() + u"/.config"_s };
    for (const QString &dir : places) {
        if (!dir.isEmpty())
            QCOMPARE(filesContaining(dir, replacement.toUtf8()), QStringList());
    }

    QVERIFY(wait(store.removeKey()).isOk());
    read = wait(store.readKey());
    QCOMPARE(read.status, KeyStoreResult::Status::NotFound);
    QVERIFY(read.key.isEmpty());
    QVERIFY(read.message.contains(u"No API key is stored"_s));
}

void TestKeychainStore::missingKeychainIsReportedNotBypassed()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FSD_KEYCHAIN_PROBE"_s, u"1"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/fsd-test-bus"_s);
    env.remove(u"DISPLAY"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    QVERIFY2(lines.size() >= 2, child.readAllStandardError().constData());
    QCOMPARE(lines.at(0).toInt(), int(KeyStoreResult::Status::Unavailable));
    QVERIFY2(lines.at(1).contains(u"No keychain is available"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"FULLSTORY_API_KEY"_s));
}

void TestKeychainStore::memoryStoreBehavesLikeAKeychain()
{
    MemoryKeyStore store;
    QCOMPARE(wait(store.readKey()).status, KeyStoreResult::Status::NotFound);
    QVERIFY(wait(store.writeKey(u" abc \n"_s)).isOk());
    QCOMPARE(wait(store.readKey()).key, u"abc"_s);
    store.setFailure(KeyStoreResult::Status::Denied);
    QCOMPARE(wait(store.readKey()).status, KeyStoreResult::Status::Denied);
    QVERIFY(wait(store.readKey()).key.isEmpty());
    store.setFailure(KeyStoreResult::Status::Ok);
    QVERIFY(wait(store.removeKey()).isOk());
    QCOMPARE(wait(store.readKey()).status, KeyStoreResult::Status::NotFound);
}

void TestKeychainStore::keyServiceFollowsEveryChange()
{
    MemoryKeyStore store;
    KeyService keys(store);
    QSignalSpy changed(&keys, &KeyService::changed);
    QCOMPARE(keys.state(), KeyService::State::Checking);
    keys.check();
    QTRY_COMPARE(keys.state(), KeyService::State::Missing);
    QCOMPARE(changed.size(), 2); // checking, then the answer
    QCOMPARE(changed.last().first().value<KeyService::Change>(), KeyService::Change::Checked);

    // The state is the key's before the writer's own handler runs.
    bool storedInHandler = false;
    KeyStoreJob *write = keys.write(u"fs-example-secret-9f3c"_s);
    connect(write, &KeyStoreJob::finished, this, [&] { storedInHandler = keys.isStored(); });
    QVERIFY(wait(write).isOk());
    QVERIFY(storedInHandler);
    QCOMPARE(keys.hint(), u"…9f3c"_s);
    QCOMPARE(changed.last().first().value<KeyService::Change>(), KeyService::Change::Saved);
    QCOMPARE(wait(keys.read()).key, u"fs-example-secret-9f3c"_s);

    QVERIFY(wait(keys.remove()).isOk());
    QCOMPARE(keys.state(), KeyService::State::Missing);
    QVERIFY(keys.hint().isEmpty());
    QCOMPARE(changed.last().first().value<KeyService::Change>(), KeyService::Change::Removed);

    store.setFailure(KeyStoreResult::Status::Unavailable);
    keys.check();
    QTRY_COMPARE(keys.state(), KeyService::State::Unavailable);
    QVERIFY(!keys.problem().isEmpty());
    // A write the keychain refuses leaves the state as it was.
    QVERIFY(!wait(keys.write(u"another-key-1234"_s)).isOk());
    QCOMPARE(keys.state(), KeyService::State::Unavailable);
    QCOMPARE(KeyService::hintFor(u"short"_s), u"…"_s); // too short to show any of it
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FSD_KEYCHAIN_PROBE"))
        return probeMain();
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
