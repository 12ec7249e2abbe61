// SPDX-License-Identifier: MIT
// ApiClient against the simulator over real HTTP on 127.0.0.1: no mocked network layer.

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/apisettings.h"
#include "core/api/capabilityprobe.h"
#include "core/api/keyprobe.h"
#include "core/simulator/simulator.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

// Every message logged while a test runs, whatever its category, to prove the key is never in one.
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (type >= QtWarningMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void sendsExactHeaders();
    void aPastedBasicPrefixIsDropped_data();
    void aPastedBasicPrefixIsDropped();
    void theKeyGoesOnlyWhereItMay_data();
    void theKeyGoesOnlyWhereItMay();
    void mapsHttpErrorsToKinds_data();
    void mapsHttpErrorsToKinds();
    void rateLimitHonoursRealRetryAfter();
    void retriesServerErrorsAndBadBodies_data();
    void retriesServerErrorsAndBadBodies();
    void givesUpAfterFiveAttempts();
    void stalledServerTimesOut();
    void unreachableServerIsNetworkError();
    void cancelStopsInFlightRequestQuickly();
    void cancelStopsRetryWaitQuickly();
    void probeReportsKeyLevel_data();
    void probeReportsKeyLevel();
    void keyProbeAnswersOnceAndGoes();
    void cancelledKeyProbeIsSilent();
    void keyAppearsInNoErrorOrLogLine();
    void redactsKeyFromServerText();

private:
    ApiClientConfig config(const QString &key) const;
    ApiResponse run(ApiClient &client, const QString &path, const QueryItems &query = {});

    std::unique_ptr<Simulator> m_sim;
};

void TestApiClient::initTestCase()
{
    QLoggingCategory::setFilterRules(u"fsdesk.*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestApiClient::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestApiClient::init()
{
    SimConfig sim;
    sim.users = 50;
    sim.usersPageSize = 20;
    sim.versions = 5;
    m_sim = std::make_unique<Simulator>(sim);
    QVERIFY(m_sim->listen());
}

ApiClientConfig TestApiClient::config(const QString &key) const
{
    ApiClientConfig c;
    c.baseUrl = m_sim->url();
    c.apiKey = key;
    c.retry.timeScale = 0.001; // retries in milliseconds; one test below waits for real
    return c;
}

ApiResponse TestApiClient::run(ApiClient &client, const QString &path, const QueryItems &query)
{
    ApiCall *call = client.get(path, query);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000))
        qFatal("no answer for %s", qPrintable(path));
    return finished.first().first().value<ApiResponse>();
}

void TestApiClient::sendsExactHeaders()
{
    // A pasted key with stray whitespace and a newline is trimmed, sent raw, never base64'd.
    ApiClient client(config(u"  sim-admin-key\n"_s));
    const ApiResponse response = run(client, u"/me"_s);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 200);
    const SimRequest seen = m_sim->requestLog().last();
    QCOMPARE(seen.headers.value("authorization"), QByteArray("Basic sim-admin-key"));
    QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(seen.path, u"/me"_s);
}

void TestApiClient::aPastedBasicPrefixIsDropped_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("as in a curl example") << u"Basic sim-admin-key"_s << u"sim-admin-key"_s;
    QTest::newRow("any case, any spaces") << u"  basic   sim-admin-key \n"_s << u"sim-admin-key"_s;
    QTest::newRow("BASIC") << u"BASIC sim-admin-key"_s << u"sim-admin-key"_s;
    // One prefix only: what is left after it is the key as typed.
    QTest::newRow("twice") << u"Basic Basic x"_s << u"Basic x"_s;
    QTest::newRow("a key that starts with basic") << u"basically-a-key"_s << u"basically-a-key"_s;
}

void TestApiClient::aPastedBasicPrefixIsDropped()
{
    QFETCH(QString, pasted);
    QFETCH(QString, cleaned);
    QCOMPARE(ApiClientConfig::cleanKey(pasted), cleaned);
    if (cleaned != u"sim-admin-key"_s)
        return;
    // And the header carries one "Basic ", so the simulator lets the key in.
    ApiClient client(config(pasted));
    const ApiResponse response = run(client, u"/me"_s);
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(m_sim->requestLog().last().headers.value("authorization"),
        QByteArray("Basic sim-admin-key"));
}

void TestApiClient::theKeyGoesOnlyWhereItMay_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusal"); // a piece of it; empty: allowed
    QTest::addColumn<QString>("warning"); // a piece of it; empty: none
    QTest::newRow("NA1") << u"https://api.fullstory.com"_s << QString() << QString();
    QTest::newRow("EU1") << u"https://API.eu1.fullstory.com/"_s << QString() << QString();
    QTest::newRow("simulator") << u"http://127.0.0.1:8931"_s << QString() << QString();
    QTest::newRow("loopback /8") << u"http://127.0.0.2:8931"_s << QString() << QString();
    QTest::newRow("localhost") << u"http://localhost:8931"_s << QString() << QString();
    QTest::newRow("IPv6 loopback") << u"http://[::1]:8931"_s << QString() << QString();
    QTest::newRow("plain http out")
        << u"http://api.fullstory.com"_s << u"Plain http"_s << QString();
    QTest::newRow("plain http LAN") << u"http://10.1.2.3"_s << u"Plain http"_s << QString();
    QTest::newRow("ftp") << u"ftp://api.fullstory.com"_s << u"https://"_s << QString();
    QTest::newRow("no host") << u"https://"_s << u"for example"_s << QString();
    QTest::newRow("user info") << u"https://me:pw@api.fullstory.com"_s << u"user name"_s
                               << QString();
    QTest::newRow("a proxy") << u"https://fs-proxy.example.com"_s << QString()
                             << u"fs-proxy.example.com is not a Fullstory API host"_s;
    QTest::newRow("a region on another port")
        << u"https://api.fullstory.com:8443"_s << QString() << u"api.fullstory.com:8443"_s;
    QTest::newRow("a look-alike") << u"https://api.fullstory.com.example.net"_s << QString()
                                  << u"api.fullstory.com.example.net"_s;
}

void TestApiClient::theKeyGoesOnlyWhereItMay()
{
    QFETCH(QString, url);
    QFETCH(QString, refusal);
    QFETCH(QString, warning);
    const QUrl address(url);
    const auto refused = ApiSettings::refusalFor(address);
    QCOMPARE(refused.has_value(), !refusal.isEmpty());
    if (refused)
        QVERIFY2(refused->contains(refusal), qPrintable(*refused));
    const QString warned = ApiSettings::foreignHostWarning(address);
    if (warning.isEmpty())
        QVERIFY2(warned.isEmpty(), qPrintable(warned));
    else
        QVERIFY2(warned.contains(warning), qPrintable(warned));
}

void TestApiClient::mapsHttpErrorsToKinds_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("advice");

    QTest::newRow("401 wrong key") << u"not-a-real-key"_s << u"/me"_s << 401
                                   << int(ApiError::Kind::Auth) << u"Check the key"_s;
    QTest::newRow("403 privacy with standard key")
        << u"sim-standard-key"_s << u"/settings/recording/v1/privacy"_s << 403
        << int(ApiError::Kind::Permission) << u"Architect or Admin key"_s;
    QTest::newRow("403 users with standard key")
        << u"sim-standard-key"_s << u"/v2/users"_s << 403 << int(ApiError::Kind::Permission)
        << u"Architect or Admin key"_s;
    QTest::newRow("404 unknown user") << u"sim-admin-key"_s << u"/v2/users/12345"_s << 404
                                      << int(ApiError::Kind::NotFound) << u"no such resource"_s;
    QTest::newRow("400 bad platform")
        << u"sim-admin-key"_s << u"/settings/recording/v1/domain"_s << 400
        << int(ApiError::Kind::BadResponse) << u"refused the request"_s;
}

void TestApiClient::mapsHttpErrorsToKinds()
{
    QFETCH(QString, key);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, advice);
    ApiClient client(config(key));
    QueryItems query;
    if (status == 400)
        query.append({ u"platform"_s, u"desktop"_s });
    const ApiResponse response = run(client, path, query);
    QCOMPARE(int(response.error.kind), kind);
    QCOMPARE(response.error.httpStatus, status);
    QCOMPARE(response.attempts, 1); // permanent errors are not retried
    QVERIFY2(response.error.message.contains(advice), qPrintable(response.error.message));
    QVERIFY(!response.error.isRetryable());
}

void TestApiClient::rateLimitHonoursRealRetryAfter()
{
    // The one test that waits for real: "Retry-After: 1" must delay the retry by ≥ 1 s.
    m_sim->faults().rateLimitEvery = 2; // the 2nd request gets a 429
    m_sim->faults().retryAfter = u"1"_s;
    ApiClientConfig c = config(u"sim-admin-key"_s);
    c.retry.timeScale = 1.0;
    ApiClient client(c);
    QVERIFY(run(client, u"/me"_s).isOk());

    ApiCall *call = client.get(u"/settings/recording/v1/geo"_s);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = clock.elapsed();
    const auto response = finished.first().first().value<ApiResponse>();
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 2);
    QVERIFY2(elapsed >= 1000, qPrintable(u"retried after %1 ms"_s.arg(elapsed)));
    QCOMPARE(retrying.size(), 1);
    const auto event = retrying.first().first().value<RetryEvent>();
    QCOMPARE(event.reason.kind, ApiError::Kind::RateLimited);
    QVERIFY(event.wait >= std::chrono::milliseconds(1000));
    QVERIFY(event.wait <= std::chrono::milliseconds(60000));
    QCOMPARE(response.waitedMs, event.wait.count());
}

void TestApiClient::retriesServerErrorsAndBadBodies_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("reasonKind");
    QTest::newRow("503") << u"server"_s << int(ApiError::Kind::Server);
    QTest::newRow("truncated transfer") << u"truncate"_s << int(ApiError::Kind::Network);
    QTest::newRow("malformed body") << u"malformed"_s << int(ApiError::Kind::BadResponse);
    QTest::newRow("429 without delay") << u"ratelimit"_s << int(ApiError::Kind::RateLimited);
}

void TestApiClient::retriesServerErrorsAndBadBodies()
{
    QFETCH(QString, fault);
    QFETCH(int, reasonKind);
    SimFaults &faults = m_sim->faults();
    (fault == u"server"_s             ? faults.serverErrorEvery
            : fault == u"truncate"_s  ? faults.truncateEvery
            : fault == u"malformed"_s ? faults.malformedEvery
                                      : faults.rateLimitEvery) = 2;
    faults.retryAfter = u"0"_s;
    ApiClient client(config(u"sim-admin-key"_s));
    QVERIFY(run(client, u"/me"_s).isOk()); // request 1

    ApiCall *call = client.get(u"/v2/users"_s); // request 2 fails, request 3 succeeds
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto response = finished.first().first().value<ApiResponse>();
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.retries, 1);
    QVERIFY(response.body.contains("\"results\""));
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(int(retrying.first().first().value<RetryEvent>().reason.kind), reasonKind);
}

void TestApiClient::givesUpAfterFiveAttempts()
{
    m_sim->faults().serverErrorEvery = 1;
    ApiClient client(config(u"sim-admin-key"_s));
    ApiCall *call = client.get(u"/settings/recording/v1/blocking"_s);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.error.kind, ApiError::Kind::Server);
    QCOMPARE(response.error.httpStatus, 503);
    QCOMPARE(response.attempts, 5);
    QCOMPARE(retrying.size(), 4);
    QCOMPARE(m_sim->requestLog().size(), 5);
    // Waits grow: each announced wait is at least the previous one's fixed half.
    qint64 previous = 0;
    for (const auto &args : retrying) {
        const auto event = args.first().value<RetryEvent>();
        QVERIFY(event.wait.count() >= previous / 2);
        previous = event.wait.count();
    }
}

void TestApiClient::stalledServerTimesOut()
{
    m_sim->faults().stallAfterPage = 0;
    ApiClientConfig c = config(u"sim-admin-key"_s);
    c.transferTimeout = std::chrono::milliseconds(300);
    c.retry.maxAttempts = 2;
    ApiClient client(c);
    const ApiResponse response = run(client, u"/v2/users"_s);
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 2);
    QVERIFY2(
        response.error.message.contains(u"got no answer"_s), qPrintable(response.error.message));
}

void TestApiClient::unreachableServerIsNetworkError()
{
    QTcpServer probe; // find a free port, then leave it closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClientConfig c = config(u"sim-admin-key"_s);
    c.baseUrl.setPort(port);
    ApiClient client(c);
    const ApiResponse response = run(client, u"/me"_s);
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 5);
    QVERIFY2(response.error.message.contains(u"Check the network connection"_s),
        qPrintable(response.error.message));
}

void TestApiClient::cancelStopsInFlightRequestQuickly()
{
    m_sim->faults().stallAfterPage = 0; // the request is received, never answered
    ApiClient client(config(u"sim-admin-key"_s));
    ApiCall *call = client.get(u"/v2/users"_s);
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestLog().size(), 1, 5000);

    QElapsedTimer clock;
    clock.start();
    call->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 100);
    QVERIFY2(
        clock.elapsed() < TestSupport::withinMs(100), qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestApiClient::cancelStopsRetryWaitQuickly()
{
    m_sim->faults().rateLimitEvery = 1;
    m_sim->faults().retryAfter = u"30"_s;
    ApiClientConfig c = config(u"sim-admin-key"_s);
    c.retry.timeScale = 1.0; // a real 30 s wait, which cancel must cut short
    ApiClient client(c);
    ApiCall *call = client.get(u"/me"_s);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(retrying.wait(5000));
    QCOMPARE(retrying.first().first().value<RetryEvent>().wait.count(), 30000);

    QElapsedTimer clock;
    clock.start();
    call->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 100);
    QVERIFY(clock.elapsed() < TestSupport::withinMs(100));
    QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_sim->requestLog().size(), 1);
}

void TestApiClient::probeReportsKeyLevel_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("warned"); // a role without a documented level
    QTest::addColumn<bool>("hasEmail");
    QTest::newRow("admin") << u"sim-admin-key"_s << int(KeyLevel::Admin) << u"ADMIN"_s << false
                           << true;
    QTest::newRow("architect") << u"sim-architect-key"_s << int(KeyLevel::Architect)
                               << u"ARCHITECT"_s << false << true;
    QTest::newRow("standard") << u"sim-standard-key"_s << int(KeyLevel::Standard) << u"USER"_s
                              << false << true;
    QTest::newRow("view only") << u"sim-viewonly-key"_s << int(KeyLevel::Standard) << u"VIEW_ONLY"_s
                               << true << true;
    QTest::newRow("umbrella manager") << u"sim-umbrella-key"_s << int(KeyLevel::Standard)
                                      << u"UMBRELLA_MANAGER"_s << true << true;
    QTest::newRow("unknown") << u"sim-unknown-key"_s << int(KeyLevel::Standard) << u"UNKNOWN"_s
                             << true << true;
    QTest::newRow("legacy org key")
        << u"sim-legacy-key"_s << int(KeyLevel::Admin) << u"ADMIN"_s << false << false;
}

void TestApiClient::probeReportsKeyLevel()
{
    QFETCH(QString, key);
    QFETCH(int, level);
    ApiClient client(config(key));
    CapabilityProbe probe(client);
    QSignalSpy finished(&probe, &CapabilityProbe::finished);
    probe.start();
    QVERIFY(finished.wait(5000));
    const auto outcome = finished.first().first().value<ProbeOutcome>();
    QVERIFY2(outcome.isOk(), qPrintable(outcome.error.message));
    QFETCH(QString, role);
    QFETCH(bool, warned);
    QFETCH(bool, hasEmail);
    QCOMPARE(int(outcome.identity.level), level);
    QCOMPARE(outcome.identity.orgId, u"o-SIM42-na1"_s);
    QCOMPARE(outcome.identity.role, role);
    QCOMPARE(!outcome.identity.warning.isEmpty(), warned);
    if (warned)
        QVERIFY2(outcome.identity.warning.contains(u"“%1”"_s.arg(role)),
            qPrintable(outcome.identity.warning));
    QCOMPARE(!outcome.identity.email.isEmpty(), hasEmail);

    // A role added after this was written is a Standard key with the warning, not a failure.
    const auto later = CapabilityProbe::parseMe(R"({"orgId":"o-1","role":"OWNER"})", u"/me"_s);
    QVERIFY(later.hasValue());
    QCOMPARE(later.value().level, KeyLevel::Standard);
    QVERIFY(later.value().warning.contains(u"“OWNER”"_s));
    // An answer that is not /me's at all still is.
    const auto bad = CapabilityProbe::parseMe("<html>proxy login</html>", u"/me"_s);
    QVERIFY(!bad.hasValue());
    QCOMPARE(bad.error().kind, ApiError::Kind::BadResponse);
}

void TestApiClient::keyProbeAnswersOnceAndGoes()
{
    QObject owner;
    QPointer<KeyProbe> probe = new KeyProbe(u"sim-architect-key"_s, m_sim->url(), &owner);
    QSignalSpy finished(probe.data(), &KeyProbe::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ProbeOutcome>();
    QVERIFY2(outcome.isOk(), qPrintable(outcome.error.message));
    QCOMPARE(outcome.identity.level, KeyLevel::Architect);
    QTRY_VERIFY(probe.isNull()); // it deletes itself once it has answered

    QPointer<KeyProbe> rejected = new KeyProbe(u"not-a-key"_s, m_sim->url(), &owner);
    QSignalSpy refused(rejected.data(), &KeyProbe::finished);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().first().value<ProbeOutcome>().error.kind, ApiError::Kind::Auth);
}

void TestApiClient::cancelledKeyProbeIsSilent()
{
    QObject owner;
    QPointer<KeyProbe> probe = new KeyProbe(u"sim-admin-key"_s, m_sim->url(), &owner);
    QSignalSpy finished(probe.data(), &KeyProbe::finished);
    probe->cancel();
    QTRY_VERIFY(probe.isNull());
    QCOMPARE(finished.size(), 0);
    // The owner going first takes a running probe with it, quietly.
    auto *doomed = new QObject;
    QPointer<KeyProbe> orphan = new KeyProbe(u"sim-admin-key"_s, m_sim->url(), doomed);
    delete doomed;
    QVERIFY(orphan.isNull());
}

void TestApiClient::keyAppearsInNoErrorOrLogLine()
{
    const QString wrongKey = u"fs-na1-SECRET-0123456789abcdef"_s;
    const QString goodKey = QString::fromLatin1(SimKeys::Admin);
    capturedLog.clear();
    QStringList texts;
    {
        ApiClient client(config(wrongKey));
        const ApiResponse response = run(client, u"/settings/recording/v1/geo/history"_s);
        QCOMPARE(response.error.kind, ApiError::Kind::Auth);
        texts << response.error.message << response.error.url << response.url;
    }
    {
        m_sim->faults().serverErrorEvery = 1;
        ApiClient client(config(goodKey));
        const ApiResponse response = run(client, u"/v2/users"_s);
        QCOMPARE(response.error.kind, ApiError::Kind::Server);
        texts << response.error.message << response.error.url;
        m_sim->faults().serverErrorEvery = 0;
        m_sim->faults().malformedEvery = 1;
        const ApiResponse bad = run(client, u"/v2/users"_s);
        QCOMPARE(bad.error.kind, ApiError::Kind::BadResponse);
        texts << bad.error.message;
    }
    texts << capturedLog;
    QVERIFY(capturedLog.size() >= 5); // the client did log: the check below has teeth
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(wrongKey), qPrintable(text));
        QVERIFY2(!text.contains(goodKey), qPrintable(text));
    }
}

void TestApiClient::redactsKeyFromServerText()
{
    ApiClient client(config(u"fs-na1-SECRET-0123456789abcdef"_s));
    QCOMPARE(client.redact(u"key fs-na1-SECRET-0123456789abcdef is revoked"_s),
        u"key [api key] is revoked"_s);
    QCOMPARE(ApiClientConfig::baseUrlFor(Region::NA1), QUrl(u"https://api.fullstory.com"_s));
    QCOMPARE(ApiClientConfig::baseUrlFor(Region::EU1), QUrl(u"https://api.eu1.fullstory.com"_s));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
