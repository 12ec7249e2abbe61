// SPDX-License-Identifier: MIT
// The history browser's reads on a dataset a real sync from the simulator wrote: versions
// with change counts that agree with settings_changes, comparisons of any two versions, and
// blame naming the version and author that last changed each leaf.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/store/settingshistory.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;
namespace History = Core::SettingsHistory;

class TestSettingsHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionsCountWhatSettingsChangesHolds();
    void comparingWithThePredecessorMatchesSettingsChanges();
    void anyTwoVersionsCompareInTimeOrder();
    void ignoredFieldsLeaveCountsAndComparisons();
    void blameNamesTheLastChange();
    void missingHistoryIsEmptyNotAnError();

private:
    QString scalar(const QString &sql);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Core::SqliteDatabase> m_db;
    QList<History::Series> m_series;
};

void TestSettingsHistory::initTestCase()
{
    m_path = m_dir.filePath(u"history.sqlite"_s);
    QCOMPARE(TestSupport::syncNewDataset(m_path, 20, 1000, 12).status,
        Core::RunResult::Status::Completed);
    m_db = std::make_unique<Core::SqliteDatabase>(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    m_series = Core::Catalog::load().value().historySeries();
    QCOMPARE(m_series.size(), 8); // six settings, two of them on web and mobile
}

QString TestSettingsHistory::scalar(const QString &sql)
{
    return QString::fromStdString(m_db->scalar(sql.toStdString()));
}

void TestSettingsHistory::versionsCountWhatSettingsChangesHolds()
{
    for (const History::Series &series : m_series) {
        const QString where =
            u"setting = '%1' AND platform = '%2'"_s.arg(series.setting, series.platform);
        const auto versions = History::versions(*m_db, series, {});
        QVERIFY2(versions.size() >= 12, qPrintable(series.setting));
        int total = 0;
        for (qsizetype i = 0; i < versions.size(); ++i) {
            if (i > 0)
                QVERIFY(versions.at(i - 1).version > versions.at(i).version); // newest first
            QVERIFY(!versions.at(i).author.isEmpty());
            total += versions.at(i).changes;
        }
        QCOMPARE(QString::number(total),
            scalar(u"SELECT count(*) FROM settings_changes WHERE "_s + where));
        QCOMPARE(QString::number(versions.first().changes),
            scalar(u"SELECT count(*) FROM settings_changes WHERE %1 AND version = '%2'"_s.arg(
                where, versions.first().version)));
    }
}

void TestSettingsHistory::comparingWithThePredecessorMatchesSettingsChanges()
{
    for (const History::Series &series : m_series) {
        const auto versions = History::versions(*m_db, series, {});
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const auto comparison = History::compare(*m_db, series, versions.at(i).version, {}, {});
            QVERIFY(comparison);
            QCOMPARE(comparison->to.version, versions.at(i).version);
            QCOMPARE(comparison->to.author, versions.at(i).author);
            // The predecessor, or nothing before the first version.
            QCOMPARE(comparison->from.version,
                i + 1 < versions.size() ? versions.at(i + 1).version : QString());
            QCOMPARE(comparison->document.changes.size(), versions.at(i).changes);
            QStringList paths, stored;
            for (const auto &change : comparison->document.changes)
                paths.append(
                    change.path + u' ' + Core::SettingsDiff::Change::kindName(change.kind));
            Core::SqliteStatement rows(*m_db,
                "SELECT path || ' ' || change FROM settings_changes WHERE setting = ? AND "
                "platform = ? AND version = ?");
            rows.bindValues({ series.setting, series.platform, versions.at(i).version });
            while (rows.step())
                stored.append(QString::fromStdString(rows.columnText(0)));
            paths.sort();
            stored.sort();
            QCOMPARE(paths, stored);
        }
    }
}

void TestSettingsHistory::anyTwoVersionsCompareInTimeOrder()
{
    const History::Series privacy { u"privacy"_s, {}, u"settings_privacy_history"_s };
    const auto versions = History::versions(*m_db, privacy, {});
    const QString newest = versions.first().version, oldest = versions.last().version;
    const auto forward = History::compare(*m_db, privacy, newest, oldest, {});
    const auto backward = History::compare(*m_db, privacy, oldest, newest, {});
    QVERIFY(forward && backward);
    QCOMPARE(forward->from.version, oldest);
    QCOMPARE(forward->to.version, newest);
    QCOMPARE(backward->from.version, oldest); // put in time order
    QCOMPARE(backward->document.changes.size(), forward->document.changes.size());
    const QJsonObject older = QJsonDocument::fromJson(
        scalar(
            u"SELECT _raw_json FROM settings_privacy_history WHERE metadata__last_updated = '%1'"_s
                .arg(oldest))
            .toUtf8())
                                  .object();
    const QJsonObject newer = QJsonDocument::fromJson(
        scalar(
            u"SELECT _raw_json FROM settings_privacy_history WHERE metadata__last_updated = '%1'"_s
                .arg(newest))
            .toUtf8())
                                  .object();
    QCOMPARE(forward->document.changes.size(), Core::SettingsDiff::diff(older, newer).size());
    QVERIFY(forward->document.changes.size() > versions.first().changes);
    QVERIFY(!History::compare(*m_db, privacy, u"1999-01-01T00:00:00Z"_s, {}, {}));
}

void TestSettingsHistory::ignoredFieldsLeaveCountsAndComparisons()
{
    const History::Series privacy { u"privacy"_s, {}, u"settings_privacy_history"_s };
    const Core::FieldFilter ignore({ u"elementBlocks"_s });
    const auto all = History::versions(*m_db, privacy, {});
    const auto some = History::versions(*m_db, privacy, ignore);
    QCOMPARE(some.size(), all.size());
    const qint64 blockChanges = scalar(u"SELECT count(*) FROM settings_changes WHERE setting = "
                                       u"'privacy' AND path LIKE 'elementBlocks%'"_s)
                                    .toLongLong();
    QVERIFY(blockChanges > 0);
    qint64 difference = 0;
    for (qsizetype i = 0; i < all.size(); ++i)
        difference += all.at(i).changes - some.at(i).changes;
    QCOMPARE(difference, blockChanges);
    const auto comparison =
        History::compare(*m_db, privacy, all.first().version, all.last().version, ignore);
    for (const auto &change : comparison->document.changes)
        QVERIFY(!change.path.startsWith(u"elementBlocks"_s));
    for (const auto &row : comparison->document.rows)
        QVERIFY(!row.path.startsWith(u"elementBlocks"_s));
}

void TestSettingsHistory::blameNamesTheLastChange()
{
    for (const History::Series &series : m_series) {
        const auto lines = History::blame(*m_db, series);
        QVERIFY2(!lines.isEmpty(), qPrintable(series.setting));
        const auto versions = History::versions(*m_db, series, {});
        QHash<QString, QString> authorOf;
        for (const auto &v : versions)
            authorOf.insert(v.version, v.author);
        for (const auto &line : lines) {
            QVERIFY2(authorOf.contains(line.version),
                qPrintable(line.path + u" = "_s + Core::SettingsDiff::valueText(line.value)));
            QCOMPARE(line.author, authorOf.value(line.version));
        }
        // Each leaf the newest version changed is blamed on it.
        const auto newest = History::compare(*m_db, series, versions.first().version, {}, {});
        for (const auto &row : newest->document.rows) {
            if (row.change < 0 || row.newValue.isUndefined())
                continue;
            bool found = false;
            for (const auto &line : lines) {
                if (line.path == row.path
                    && Core::SettingsDiff::valueText(line.value)
                        == Core::SettingsDiff::valueText(row.newValue)) {
                    QCOMPARE(line.version, versions.first().version);
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(row.path));
        }
    }
}

void TestSettingsHistory::missingHistoryIsEmptyNotAnError()
{
    QTemporaryDir dir;
    Core::SqliteDatabase empty(
        dir.filePath(u"empty.sqlite"_s), Core::SqliteDatabase::Mode::ReadWrite);
    const History::Series geo { u"geo"_s, {}, u"settings_geo_history"_s };
    QVERIFY(History::versions(empty, geo, {}).isEmpty());
    QVERIFY(History::blame(empty, geo).isEmpty());
    QVERIFY(!History::compare(empty, geo, u"x"_s, {}, {}));
}

QTEST_MAIN(TestSettingsHistory)
#include "tst_settingshistory.moc"
