// SPDX-License-Identifier: MIT
// Two versions laid out leaf by leaf, as the history browser shows them: golden cases are the
// settings diff's (tests/data/diff/<case>/old.json, new.json), each with a document.txt; an
// ignore.txt beside them lists fields to leave out.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/diff/diffdocument.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using Core::DiffDocument;

namespace {

QString value(const QJsonValue &v)
{
    return Core::SettingsDiff::valueText(v);
}

// One line per row: "  " unchanged, "- ", "+ " or "~ " for a differing row, with its change
// number; then each change's path and kind in document order.
QString render(const DiffDocument &doc)
{
    QString out;
    for (const DiffDocument::Row &row : doc.rows) {
        if (row.change < 0) {
            out += u"  %1 = %2\n"_s.arg(row.path, value(row.newValue));
        } else if (row.oldValue.isUndefined()) {
            out += u"+ %1 = %2  #%3\n"_s.arg(row.path, value(row.newValue)).arg(row.change + 1);
        } else if (row.newValue.isUndefined()) {
            out += u"- %1 = %2  #%3\n"_s.arg(row.path, value(row.oldValue)).arg(row.change + 1);
        } else {
            out +=
                u"~ %1 = %2 → %3  #%4\n"_s.arg(row.path, value(row.oldValue), value(row.newValue))
                    .arg(row.change + 1);
        }
    }
    out += u"changes:\n"_s;
    for (qsizetype i = 0; i < doc.changes.size(); ++i) {
        out += u"#%1 %2 %3\n"_s.arg(i + 1).arg(
            Core::SettingsDiff::Change::kindName(doc.changes.at(i).kind), doc.changes.at(i).path);
    }
    return out;
}

// The index of each change's first row.
QList<int> changeStarts(const DiffDocument &doc)
{
    QList<int> starts(doc.changes.size(), -1);
    for (qsizetype r = 0; r < doc.rows.size(); ++r) {
        const int c = doc.rows.at(r).change;
        if (c >= 0 && starts.at(c) < 0)
            starts[c] = int(r);
    }
    return starts;
}

} // namespace

class TestDiffDocument final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void everyChangeHasARowAndStartsInOrder();
    void equalElementsOfAMultisetGetAChangeEach();
    void opensOnTheChangeNearestTheTop();
};

void TestDiffDocument::golden_data()
{
    TestSupport::addGoldenCases(QStringLiteral(FSD_TEST_DATA "/diff"), 12);
}

void TestDiffDocument::golden()
{
    QFETCH(QString, dir);
    const QStringList ignore = QFile::exists(dir + u"/ignore.txt"_s)
        ? QString::fromUtf8(TestSupport::readFile(dir + u"/ignore.txt"_s)).split(u'\n')
        : QStringList();
    const DiffDocument doc = DiffDocument::build(TestSupport::readJsonObject(dir + u"/old.json"_s),
        TestSupport::readJsonObject(dir + u"/new.json"_s), Core::FieldFilter(ignore));
    const QString got = render(doc);
    QVERIFY2(
        TestSupport::matchesGolden(got, dir + u"/document.txt"_s), qPrintable(u"got:\n"_s + got));
}

void TestDiffDocument::everyChangeHasARowAndStartsInOrder()
{
    const QDir root(QStringLiteral(FSD_TEST_DATA "/diff"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(cases.size() >= 10, "the diff golden cases are where this test looks"); // 12 now
    for (const QString &name : cases) {
        const QString dir = root.filePath(name);
        const QJsonObject older = TestSupport::readJsonObject(dir + u"/old.json"_s);
        const QJsonObject newer = TestSupport::readJsonObject(dir + u"/new.json"_s);
        const DiffDocument doc = DiffDocument::build(older, newer);
        // The same changes as the diff itself, only reordered.
        QCOMPARE(doc.changes.size(), Core::SettingsDiff::diff(older, newer).size());
        const QList<int> starts = changeStarts(doc);
        for (qsizetype i = 0; i < starts.size(); ++i) {
            QVERIFY2(starts.at(i) >= 0, qPrintable(name));
            if (i > 0)
                QVERIFY2(starts.at(i) > starts.at(i - 1), qPrintable(name));
        }
        // Every row that differs belongs to a change, every unchanged one is equal.
        for (const DiffDocument::Row &row : doc.rows) {
            if (row.change < 0)
                QCOMPARE(value(row.oldValue), value(row.newValue));
        }
    }
}

void TestDiffDocument::opensOnTheChangeNearestTheTop()
{
    const auto build = [](const QString &name) {
        const QString dir = QStringLiteral(FSD_TEST_DATA "/diff/") + name;
        return DiffDocument::build(TestSupport::readJsonObject(dir + u"/old.json"_s),
            TestSupport::readJsonObject(dir + u"/new.json"_s));
    };
    // The privacy mode, not the ajax watch listed before it.
    const DiffDocument privacy = build(u"privacy_block_retyped"_s);
    QCOMPARE(privacy.changes.at(privacy.leadChange()).path, u"defaultPrivacyMode"_s);
    // A rule removed whole, not the edits inside other rules.
    const DiffDocument blocks = build(u"privacy_element_blocks"_s);
    QCOMPARE(blocks.changes.at(blocks.leadChange()).path,
        u"elementBlocks[selector=.cc-number, type=BLOCK_MASK]"_s);
    // A key's own dots do not make its fields deeper: of two changes two steps down, the first.
    const auto watch = [](const QString &rsp, int z) {
        return QJsonObject { { u"ajaxWatches"_s,
                                 QJsonArray { QJsonObject {
                                     { u"urlRegex"_s, u"a.b.c.d"_s }, { u"recordRsp"_s, rsp } } } },
            { u"x"_s, QJsonObject { { u"y"_s, QJsonObject { { u"z"_s, z } } } } } };
    };
    const DiffDocument dotted = DiffDocument::build(watch(u"ELIDE"_s, 1), watch(u"RECORD"_s, 2));
    QCOMPARE(dotted.changes.size(), 2);
    QCOMPARE(
        dotted.changes.at(dotted.leadChange()).path, u"ajaxWatches[urlRegex=a.b.c.d].recordRsp"_s);
    QCOMPARE(DiffDocument().leadChange(), -1);
}

void TestDiffDocument::equalElementsOfAMultisetGetAChangeEach()
{
    const QJsonObject older { { u"blockedIps"_s, QJsonArray { u"a"_s } } };
    const QJsonObject newer { { u"blockedIps"_s, QJsonArray { u"a"_s, u"a"_s, 7, u"7"_s } } };
    const DiffDocument doc = DiffDocument::build(older, newer);
    QCOMPARE(render(doc),
        u"  blockedIps = a\n+ blockedIps = a  #1\n+ blockedIps = 7  #2\n+ blockedIps = 7  #3\n"
        u"changes:\n#1 added blockedIps\n#2 added blockedIps\n#3 added blockedIps\n"_s);
    // The number and the string "7" are different elements, each with its own change.
    QCOMPARE(doc.changes.at(1).newValue, QJsonValue(7));
    QCOMPARE(doc.changes.at(2).newValue, QJsonValue(u"7"_s));
}

QTEST_MAIN(TestDiffDocument)
#include "tst_diffdocument.moc"
