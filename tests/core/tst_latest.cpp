// SPDX-License-Identifier: MIT
// "The latest request wins": which answers Core::Latest lets through, in the orders they can
// come back in (a reload while one is running, a reset, a chain of follow-up jobs).

#include <QTest>
#include <functional>

#include "core/common/latest.h"

class TestLatest final : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheNewestRequestIsAnswered();
    void dropMakesEveryAnswerStale();
    void followUpsBelongToTheCurrentRequest();
};

void TestLatest::onlyTheNewestRequestIsAnswered()
{
    Core::Latest latest;
    QList<int> answered;
    const std::function<void(int)> first = latest.request([&](int v) { answered.append(v); });
    const std::function<void(int)> second = latest.request([&](int v) { answered.append(v); });
    second(2); // the newer answer may come first …
    first(1); // … and the older one, late, is dropped
    second(3);
    QCOMPARE(answered, (QList<int> { 2, 3 }));
}

void TestLatest::dropMakesEveryAnswerStale()
{
    Core::Latest latest;
    int calls = 0;
    const auto answer = latest.request([&](const QString &) { ++calls; });
    const Core::Latest::Ticket ticket = latest.current();
    QVERIFY(latest.isCurrent(ticket));
    latest.drop();
    QVERIFY(!latest.isCurrent(ticket));
    answer(QStringLiteral("late"));
    QCOMPARE(calls, 0);
    QVERIFY(latest.isCurrent(latest.next()));
}

void TestLatest::followUpsBelongToTheCurrentRequest()
{
    Core::Latest latest;
    QStringList steps;
    latest.request([] {});
    const auto count1 = latest.follow([&] { steps.append(QStringLiteral("count 1")); });
    const auto count2 = latest.follow([&] { steps.append(QStringLiteral("count 2")); });
    count1();
    latest.next(); // a reload while the chain runs
    count2();
    QCOMPARE(steps, QStringList { QStringLiteral("count 1") });
}

QTEST_GUILESS_MAIN(TestLatest)
#include "tst_latest.moc"
