// SPDX-License-Identifier: MIT
// Character-level diff of changed values: golden cases in tests/data/textdiff/cases.json.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/diff/textdiff.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using Core::TextDiff::Segment;

namespace {

QString kindName(Segment::Kind kind)
{
    return kind == Segment::Kind::Same   ? u"same"_s
        : kind == Segment::Kind::Removed ? u"removed"_s
                                         : u"added"_s;
}

QString rebuild(const QList<Segment> &segments, bool newer)
{
    QString out;
    for (const Segment &s : segments) {
        if (s.kind == Segment::Kind::Same || (s.kind == Segment::Kind::Added) == newer)
            out += s.text;
    }
    return out;
}

} // namespace

class TestTextDiff final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void longTextsStayExactAndSmall();
};

void TestTextDiff::golden_data()
{
    QTest::addColumn<QJsonObject>("spec");
    const QJsonArray cases = QJsonDocument::fromJson(
        TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/textdiff/cases.json")))
                                 .array();
    QVERIFY(cases.size() >= 8);
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c[u"name"_s].toString())) << c.toObject();
}

void TestTextDiff::golden()
{
    QFETCH(QJsonObject, spec);
    const QString older = spec[u"old"_s].toString(), newer = spec[u"new"_s].toString();
    const QList<Segment> got = Core::TextDiff::diff(older, newer);
    QJsonArray asJson;
    for (const Segment &s : got)
        asJson.append(QJsonArray { kindName(s.kind), s.text });
    QVERIFY2(asJson == spec[u"segments"_s].toArray(),
        qPrintable(QString::fromUtf8(QJsonDocument(asJson).toJson(QJsonDocument::Compact))));
    QCOMPARE(rebuild(got, false), older);
    QCOMPARE(rebuild(got, true), newer);
}

void TestTextDiff::longTextsStayExactAndSmall()
{
    const QString base = u"Masks the card number everywhere it is shown. "_s.repeated(40);
    QString edited = base;
    edited.insert(100, u"NOT "_s);
    edited.replace(1500, 4, u"CARD"_s);
    const QList<Segment> got = Core::TextDiff::diff(base, edited);
    QCOMPARE(rebuild(got, false), base);
    QCOMPARE(rebuild(got, true), edited);
    qsizetype changed = 0;
    for (const Segment &s : got)
        if (s.kind != Segment::Kind::Same)
            changed += s.text.size();
    QVERIFY2(changed <= 4 + 8, qPrintable(QString::number(changed))); // two small marks
    // Very different long texts fall back to one changed middle, still exact.
    const QString a = u"a"_s.repeated(5000), b = u"b"_s.repeated(5000);
    const QList<Segment> fallback = Core::TextDiff::diff(a, b);
    QCOMPARE(rebuild(fallback, false), a);
    QCOMPARE(rebuild(fallback, true), b);
}

QTEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
