// SPDX-License-Identifier: MIT
// The settings diff: golden cases in tests/data/diff/<case>/ (old.json, new.json,
// expected.json) for every setting kind, first versions, reorders and long strings.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/diff/settingsdiff.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

QJsonArray asJson(const QList<Core::SettingsDiff::Change> &changes)
{
    QJsonArray out;
    for (const Core::SettingsDiff::Change &c : changes) {
        QJsonObject o { { u"path"_s, c.path },
            { u"kind"_s, Core::SettingsDiff::Change::kindName(c.kind) } };
        if (!c.oldValue.isUndefined())
            o.insert(u"old"_s, c.oldValue);
        if (!c.newValue.isUndefined())
            o.insert(u"new"_s, c.newValue);
        out.append(o);
    }
    return out;
}

} // namespace

class TestSettingsDiff final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void metadataIsNeverAChange();
    void repeatedIdentitiesAreKeptApart();
    void shortPathsKeepTheIdentifyingPart();
};

void TestSettingsDiff::golden_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/diff"), 12);
}

void TestSettingsDiff::golden()
{
    QFETCH(QString, dir);
    const auto changes = Core::SettingsDiff::diff(TestSupport::readJsonObject(dir + u"/old.json"_s),
        TestSupport::readJsonObject(dir + u"/new.json"_s));
    const QJsonArray got = asJson(changes);
    const QJsonArray expected =
        QJsonDocument::fromJson(TestSupport::readFile(dir + u"/expected.json"_s)).array();
    QVERIFY2(
        got == expected, qPrintable(u"got:\n"_s + QString::fromUtf8(QJsonDocument(got).toJson())));
}

void TestSettingsDiff::metadataIsNeverAChange()
{
    const QJsonObject a { { u"enabled"_s, true },
        { u"metadata"_s, QJsonObject { { u"lastUpdated"_s, u"1"_s } } } };
    const QJsonObject b { { u"enabled"_s, true },
        { u"metadata"_s, QJsonObject { { u"lastUpdated"_s, u"2"_s } } } };
    QVERIFY(Core::SettingsDiff::diff(a, b).isEmpty());
    // …at the top only: a field called metadata deeper down is data.
    const QJsonObject c { { u"x"_s, QJsonObject { { u"metadata"_s, 1 } } } };
    const QJsonObject d { { u"x"_s, QJsonObject { { u"metadata"_s, 2 } } } };
    QCOMPARE(Core::SettingsDiff::diff(c, d).size(), 1);
}

void TestSettingsDiff::repeatedIdentitiesAreKeptApart()
{
    // Two targeting rules with one id (seen in generated data): neither is lost or merged.
    auto rule = [](const QString &notes) {
        return QJsonObject { { u"id"_s, u"rule-16"_s }, { u"notes"_s, notes } };
    };
    const QJsonObject a { { u"sessionTargetingRules"_s,
        QJsonArray { rule(u"a"_s), rule(u"b"_s) } } };
    const QJsonObject b { { u"sessionTargetingRules"_s,
        QJsonArray { rule(u"a"_s), rule(u"c"_s) } } };
    const auto changes = Core::SettingsDiff::diff(a, b);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().path, u"sessionTargetingRules[id=rule-16 #2].notes"_s);
}

void TestSettingsDiff::shortPathsKeepTheIdentifyingPart()
{
    using Core::SettingsDiff::shortPath;
    QCOMPARE(shortPath(u"elementBlocks[selector=.cc-number .f4, type=BLOCK_MASK].consent"_s),
        u"elementBlocks[.cc-number .f4, BLOCK_MASK].consent"_s);
    QCOMPARE(shortPath(u"domains[domain=shop.example.com].disabled"_s),
        u"domains[shop.example.com].disabled"_s);
    // A selector's own brackets, nested rules, a repeated key.
    QCOMPARE(shortPath(u"elementBlocks[selector=input[type=password], type=BLOCK_EXCLUDE].notes"_s),
        u"elementBlocks[input[type=password], BLOCK_EXCLUDE].notes"_s);
    QCOMPARE(shortPath(u"sessionTargetingRules[id=r1].children[id=c2 #2].enabled"_s),
        u"sessionTargetingRules[r1].children[c2 #2].enabled"_s);
    // Nothing to shorten: plain fields, rule groups keyed by map key, an unclosed bracket.
    QCOMPARE(shortPath(u"defaultPrivacyMode"_s), u"defaultPrivacyMode"_s);
    QCOMPARE(shortPath(u"elementRuleGroups.39.note"_s), u"elementRuleGroups.39.note"_s);
    QCOMPARE(shortPath(u"domains[domain=a"_s), u"domains[a"_s);
}

QTEST_APPLESS_MAIN(TestSettingsDiff)
#include "tst_settingsdiff.moc"
