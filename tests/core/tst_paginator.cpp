// SPDX-License-Identifier: MIT
// Golden pages in tests/data/paginator/<case>/: page.json is the body as received, case.json
// names the paginator and what inspect() must conclude from it.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/sync/paginator.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using Core::PageInfo;
using Core::Paginator;
using Core::PaginatorKind;

namespace {

PaginatorKind kindFromName(const QString &name)
{
    if (name == u"settings_history"_s)
        return PaginatorKind::SettingsHistory;
    if (name == u"v2_page_token"_s)
        return PaginatorKind::V2PageToken;
    return PaginatorKind::Single;
}

QString endName(PageInfo::End end)
{
    switch (end) {
    case PageInfo::End::More:
        return u"more"_s;
    case PageInfo::End::SinglePage:
        return u"single_page"_s;
    case PageInfo::End::NoToken:
        return u"no_token"_s;
    case PageInfo::End::RepeatedToken:
        return u"repeated_token"_s;
    case PageInfo::End::EmptyPage:
        return u"empty_page"_s;
    }
    return {};
}

} // namespace

class TestPaginator final : public QObject
{
    Q_OBJECT

private slots:
    void goldenPages_data();
    void goldenPages();
    void requestParameters();
    void parserIsReusedAcrossPages();
};

void TestPaginator::goldenPages_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/paginator"), 15);
}

void TestPaginator::goldenPages()
{
    QFETCH(QString, dir);
    const QJsonObject spec =
        QJsonDocument::fromJson(TestSupport::readFile(dir + u"/case.json"_s)).object();
    QVERIFY2(!spec.isEmpty(), "case.json must be a JSON object");
    const Paginator paginator(kindFromName(spec.value(u"paginator"_s).toString()),
        spec.value(u"selector"_s).toString(), spec.value(u"cursor_path"_s).toString());
    const auto result = paginator.inspect(
        TestSupport::readFile(dir + u"/page.json"_s), spec.value(u"sent_token"_s).toString());

    if (spec.contains(u"expect_error"_s)) {
        QVERIFY2(!result.hasValue(), "the page must be refused as a bad response");
        QVERIFY2(result.error().message.contains(spec.value(u"expect_error"_s).toString()),
            qPrintable(result.error().message));
        // Only a body that is not JSON is worth another attempt.
        QCOMPARE(result.error().malformed, spec.value(u"expect_malformed"_s).toBool());
        return;
    }
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    const PageInfo &info = result.value();
    // rewritten.json: the body with numbers beyond 64 bits quoted, byte for byte.
    const QString rewritten = dir + u"/rewritten.json"_s;
    QCOMPARE(info.rewrittenBody.trimmed(),
        QFile::exists(rewritten) ? TestSupport::readFile(rewritten).trimmed() : QByteArray());
    const QJsonObject expect = spec.value(u"expect"_s).toObject();
    QCOMPARE(info.recordCount, expect.value(u"records"_s).toInteger());
    QCOMPARE(endName(info.end), expect.value(u"end"_s).toString());
    QCOMPARE(info.nextToken, expect.value(u"next_token"_s).toString());
    QCOMPARE(info.hasMore(), expect.value(u"end"_s).toString() == u"more"_s);
    if (expect.contains(u"total_records"_s)) {
        QVERIFY(info.totalRecords.has_value());
        QCOMPARE(*info.totalRecords, expect.value(u"total_records"_s).toInteger());
    } else {
        QVERIFY(!info.totalRecords.has_value());
    }
    if (expect.contains(u"cursor_values"_s)) {
        QStringList expected;
        for (const auto &value : expect.value(u"cursor_values"_s).toArray())
            expected.append(value.toString());
        QCOMPARE(info.cursorValues, expected);
    }
}

void TestPaginator::requestParameters()
{
    using Items = Core::QueryItems;
    Items query;
    Paginator history(PaginatorKind::SettingsHistory, u"versions"_s);
    history.applyToken(query, {});
    QCOMPARE(query, (Items { { u"limit"_s, u"100"_s } }));
    query.clear();
    history.setHistoryPageSize(7);
    history.applyToken(query, u"v17555fe8105"_s);
    QCOMPARE(
        query, (Items { { u"limit"_s, u"7"_s }, { u"paginationToken"_s, u"v17555fe8105"_s } }));

    query.clear();
    Paginator v2(PaginatorKind::V2PageToken, u"results"_s);
    v2.applyToken(query, {});
    QVERIFY(query.isEmpty()); // the server picks the page size: no limit parameter exists
    v2.applyToken(query, u"CgQIARAB"_s);
    QCOMPARE(query, (Items { { u"page_token"_s, u"CgQIARAB"_s } }));

    query.clear();
    Paginator single(PaginatorKind::Single, {});
    single.applyToken(query, u"ignored"_s);
    QVERIFY(query.isEmpty());
}

void TestPaginator::parserIsReusedAcrossPages()
{
    // One instance walks a whole resource: a large page followed by a small one must not leak
    // state from the first into the second.
    Paginator paginator(PaginatorKind::V2PageToken, u"results"_s);
    QByteArray big = "{\"results\":[";
    for (int i = 0; i < 5000; ++i)
        big += (i ? ",{\"id\":\"" : "{\"id\":\"") + QByteArray::number(i) + "\"}";
    big += "],\"next_page_token\":\"t1\"}";
    const auto first = paginator.inspect(big, {});
    QVERIFY(first.hasValue());
    QCOMPARE(first.value().recordCount, 5000);
    const auto second = paginator.inspect("{\"results\":[{\"id\":\"x\"}]}", u"t1"_s);
    QVERIFY(second.hasValue());
    QCOMPARE(second.value().recordCount, 1);
    QCOMPARE(second.value().end, PageInfo::End::NoToken);
}

QTEST_APPLESS_MAIN(TestPaginator)
#include "tst_paginator.moc"
