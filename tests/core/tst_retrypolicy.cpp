// SPDX-License-Identifier: MIT
#include <QTest>

#include "core/api/retrypolicy.h"

using namespace Qt::StringLiterals;
using Core::RetryPolicy;
using Ms = std::chrono::milliseconds;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void rateLimitWaitHasFloorAndCap();
    void backoffDoublesWithBoundedJitter();
    void attemptsAreLimited();
    void timeScaleShrinksEveryWait();
};

static const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);

void TestRetryPolicy::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: unreadable

    QTest::newRow("seconds") << QByteArray("4") << qint64(4000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12000);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 01 May 2024 10:00:07 GMT") << qint64(7000);
    QTest::newRow("date in the past") << QByteArray("Wed, 01 May 2024 09:59:00 GMT") << qint64(0);
    QTest::newRow("rfc850") << QByteArray("Wednesday, 01-May-24 10:00:30 GMT") << qint64(-2);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
    // Found by libFuzzer with UBSan: the seconds overflowed int64 once multiplied by 1000.
    QTest::newRow("huge") << QByteArray("120001200121021211") << qint64(366) * 24 * 3600 * 1000;
    QTest::newRow("past int64") << QByteArray("18446744073709551616")
                                << qint64(366) * 24 * 3600 * 1000;
    QTest::newRow("leading zeros") << QByteArray("000000000000000000000007") << qint64(7000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::parsesRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const auto parsed = RetryPolicy::parseRetryAfter(header, now);
    if (expectedMs == -2) {
        // Two-digit years are ambiguous; any reading is fine as long as it is not negative.
        QVERIFY(!parsed || parsed->count() >= 0);
        return;
    }
    if (expectedMs < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), expectedMs);
}

void TestRetryPolicy::rateLimitWaitHasFloorAndCap()
{
    const RetryPolicy policy;
    // "Retry-After: 0" still waits at least a second.
    QCOMPARE(policy.rateLimitWait("0", 1, 0.0, now), Ms(1000));
    QCOMPARE(policy.rateLimitWait("1", 1, 0.0, now), Ms(1000));
    QCOMPARE(policy.rateLimitWait("7", 1, 0.99, now), Ms(7000));
    // Capped at 60 s whatever the server says.
    QCOMPARE(policy.rateLimitWait("3600", 1, 0.0, now), Ms(60000));
    QCOMPARE(policy.rateLimitWait("120001200121021211", 1, 0.0, now), Ms(60000));
    QCOMPARE(policy.rateLimitWait("99999999999999999999999999", 1, 0.0, now), Ms(60000));
    QCOMPARE(policy.rateLimitWait("Wed, 01 May 2024 11:00:00 GMT", 1, 0.0, now), Ms(60000));
    // Without a usable header, the backoff decides.
    QCOMPARE(policy.rateLimitWait("", 3, 0.0, now), policy.backoff(3, 0.0));
    // A server that keeps saying 1 s while we keep failing gets the growing backoff instead.
    QVERIFY(policy.rateLimitWait("1", 4, 0.0, now) >= Ms(4000));
}

void TestRetryPolicy::backoffDoublesWithBoundedJitter()
{
    const RetryPolicy policy; // base 1 s
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const qint64 full = 1000LL << (attempt - 1);
        QCOMPARE(policy.backoff(attempt, 0.0).count(), full / 2);
        QCOMPARE(policy.backoff(attempt, 1.0).count(), full);
        const auto mid = policy.backoff(attempt, 0.5).count();
        QVERIFY(mid > full / 2 && mid < full);
    }
    QCOMPARE(policy.backoff(40, 1.0), Ms(60000));
}

void TestRetryPolicy::attemptsAreLimited()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxAttempts, 5);
    QVERIFY(policy.shouldRetry(4));
    QVERIFY(!policy.shouldRetry(5));
}

void TestRetryPolicy::timeScaleShrinksEveryWait()
{
    RetryPolicy policy;
    policy.timeScale = 0.001;
    QCOMPARE(policy.scaled(Ms(4000)), Ms(4));
    policy.timeScale = 1.0;
    QCOMPARE(policy.scaled(Ms(4000)), Ms(4000));
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
