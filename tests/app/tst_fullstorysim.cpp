// SPDX-License-Identifier: MIT
// The fullstory-sim executable as a user runs it: a separate process, real HTTP, real signals.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <csignal>

#include "simprocess.h"

using namespace Qt::StringLiterals;

class TestFullstorySim final : public QObject
{
    Q_OBJECT

private slots:
    void printsUrlAndKeysThenServes();
    void stopsOnSignal_data();
    void stopsOnSignal();
    void refusesBadArguments();
    void reportsBusyPort();
    void logsRequestsWithoutTheKey();
};

static QString simPath()
{
    return QStringLiteral(FSD_BIN_DIR) + u"/fullstory-sim"_s;
}

static QJsonObject get(const QString &url, const QByteArray &key)
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url) };
    request.setRawHeader("Authorization", "Basic " + key);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

void TestFullstorySim::printsUrlAndKeysThenServes()
{
    SimProcess sim({ u"--users"_s, u"30"_s, u"--versions"_s, u"30"_s });
    QVERIFY2(sim.url().startsWith(u"http://127.0.0.1:"_s), qPrintable(sim.url()));
    QCOMPARE(sim.keyLines(),
        (QStringList { u"admin key: sim-admin-key"_s, u"architect key: sim-architect-key"_s,
            u"standard key: sim-standard-key"_s }));
    // The acceptance check: two versions and a token.
    const QJsonObject page =
        get(sim.url() + u"/settings/recording/v1/blocking/history?limit=2"_s, "sim-admin-key");
    QCOMPARE(page.value(u"versions"_s).toArray().size(), 2);
    QVERIFY(!page.value(u"next_pagination_token"_s).toString().isEmpty());
    QCOMPARE(get(sim.url() + u"/v2/users"_s, "sim-admin-key").value(u"total_records"_s).toString(),
        u"30"_s);
}

void TestFullstorySim::stopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestFullstorySim::stopsOnSignal()
{
    QFETCH(int, signalNumber);
    SimProcess sim({});
    ::kill(pid_t(sim.process().processId()), signalNumber);
    QVERIFY(sim.process().waitForFinished(5000));
    QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit); // a clean quit, not a crash
    QCOMPARE(sim.process().exitCode(), 0);
}

void TestFullstorySim::refusesBadArguments()
{
    for (const QStringList &args : { QStringList { u"--users"_s, u"many"_s },
             QStringList { u"--versions"_s, u"0"_s }, QStringList { u"--port"_s, u"70000"_s } }) {
        QProcess process;
        process.start(simPath(), args);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("fullstory-sim: --"),
            qPrintable(args.join(u' ')));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
}

void TestFullstorySim::reportsBusyPort()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(simPath(), { u"--port"_s, QString::number(busy.serverPort()) });
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"cannot listen on 127.0.0.1:"_s) && error.contains(u"--port"_s),
        qPrintable(error));
}

void TestFullstorySim::logsRequestsWithoutTheKey()
{
    SimProcess sim({ u"--log"_s });
    get(sim.url() + u"/me"_s, "sim-architect-key");
    get(sim.url() + u"/me"_s, "some-secret-key-123");
    QVERIFY(sim.waitForLog("GET /me -> 401", 5000));
    sim.process().terminate();
    QVERIFY(sim.process().waitForFinished(5000));
    const QByteArray rest = sim.process().readAll();
    QVERIFY(!rest.contains("sim-architect-key"));
    QVERIFY(!rest.contains("some-secret-key-123"));
}

QTEST_GUILESS_MAIN(TestFullstorySim)
#include "tst_fullstorysim.moc"
