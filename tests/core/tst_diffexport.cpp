// SPDX-License-Identifier: MIT
// A comparison exported as text and as JSON: golden files in tests/data/diffexport/, made
// from the settings diff's geo case; writing goes through QSaveFile.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/diff/settingsdiff.h"
#include "core/export/diffexport.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
namespace DiffExport = Core::DiffExport;

namespace {

QList<Core::SettingsDiff::Change> geoChanges()
{
    const QString dir = QStringLiteral(FSD_TEST_DATA "/diff/geo_mode_and_zones");
    return Core::SettingsDiff::diff(TestSupport::readJsonObject(dir + u"/old.json"_s),
        TestSupport::readJsonObject(dir + u"/new.json"_s));
}

const DiffExport::Header Geo { u"geo"_s, {}, { u"2024-01-01T00:00:00Z"_s, u"a@example.com"_s },
    { u"2024-02-01T00:00:00Z"_s, u"b@example.com"_s }, { u"note"_s } };

} // namespace

class TestDiffExport final : public QObject
{
    Q_OBJECT

private slots:
    void textGolden();
    void jsonGolden();
    void firstVersionSaysSo();
    void writeReplacesWholeOrNotAtAll();
};

void TestDiffExport::textGolden()
{
    const QString got = DiffExport::text(Geo, geoChanges());
    const QString expected = QString::fromUtf8(
        TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/diffexport/geo.txt")));
    QVERIFY2(got == expected, qPrintable(u"got:\n"_s + got));
}

void TestDiffExport::jsonGolden()
{
    const QJsonDocument got = QJsonDocument::fromJson(DiffExport::json(Geo, geoChanges()));
    const QJsonDocument expected = QJsonDocument::fromJson(
        TestSupport::readFile(QStringLiteral(FSD_TEST_DATA "/diffexport/geo.json")));
    QVERIFY(!expected.isNull());
    QVERIFY2(got == expected, DiffExport::json(Geo, geoChanges()).constData());
}

void TestDiffExport::firstVersionSaysSo()
{
    const DiffExport::Header first { u"domain"_s, u"web"_s, {}, { u"v1"_s, {} }, {} };
    const QString text = DiffExport::text(first, {});
    QVERIFY(text.startsWith(u"Setting: domain (web)\nFrom:    (nothing: the first version)\n"
                            u"To:      v1\n0 changes\n"_s));
    const QJsonObject json = QJsonDocument::fromJson(DiffExport::json(first, {})).object();
    QVERIFY(json[u"from"_s][u"version"_s].isNull());
    QCOMPARE(json[u"platform"_s].toString(), u"web"_s);
}

void TestDiffExport::writeReplacesWholeOrNotAtAll()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"diff.txt"_s);
    QVERIFY(DiffExport::write(path, "first").hasValue());
    QVERIFY(DiffExport::write(path, "second").hasValue());
    QCOMPARE(TestSupport::readFile(path), QByteArray("second"));

    const QString missing = dir.filePath(u"no/such/folder/diff.txt"_s);
    const auto failed = DiffExport::write(missing, "x");
    QVERIFY(!failed.hasValue());
    QVERIFY2(failed.error().contains(missing), qPrintable(failed.error()));
    QVERIFY(failed.error().contains(u"try again"_s));
    QVERIFY(!QFile::exists(missing));
}

QTEST_MAIN(TestDiffExport)
#include "tst_diffexport.moc"
