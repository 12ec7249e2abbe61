// SPDX-License-Identifier: MIT
// settings_changes after real syncs from the simulator: every pair of consecutive versions
// diffed once, with the newer version's author; incremental syncs add only the new pairs; a
// full refresh rebuilds the same rows without duplicates.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/diff/settingsdiff.h"
#include "core/store/sqlite.h"
#include "syncsupport.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList Settings = { u"blocking"_s, u"domain"_s, u"geo"_s, u"privacy"_s, u"features"_s,
    u"targeting"_s };

} // namespace

class TestSettingsChanges final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPairIsDiffedOnce();
    void everyKindHasRealChanges();
    void incrementalSyncAddsOnlyNewPairs();
    void fullRefreshRebuildsWithoutDuplicates();
    void formatTwoRowsAreDiffedAgain();

private:
    qint64 count(const std::string &sql);
    Core::RunResult sync(bool fullRefresh = false);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Core::Simulator> m_sim;
};

void TestSettingsChanges::initTestCase()
{
    m_path = m_dir.filePath(u"changes.sqlite"_s);
    Core::SimConfig config;
    config.users = 50;
    config.versions = 15;
    m_sim = std::make_unique<Core::Simulator>(config);
    QVERIFY(m_sim->listen());
    QCOMPARE(sync().status, Core::RunResult::Status::Completed);
}

Core::RunResult TestSettingsChanges::sync(bool fullRefresh)
{
    Core::SyncOptions options;
    options.datasetPath = m_path;
    options.api.apiKey = QString::fromLatin1(Core::SimKeys::Admin);
    options.api.baseUrl = m_sim->url();
    options.fullRefresh = fullRefresh;
    options.trigger = u"test"_s;
    Core::SyncEngine engine(Core::Catalog::load().value(), options);
    QSignalSpy finished(&engine, &Core::SyncEngine::finished);
    engine.start();
    if (!finished.wait(60000))
        qFatal("the sync did not finish");
    return finished.first().first().value<Core::RunResult>();
}

qint64 TestSettingsChanges::count(const std::string &sql)
{
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    return std::stoll(db.scalar(sql));
}

void TestSettingsChanges::everyPairIsDiffedOnce()
{
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    for (const QString &setting : Settings) {
        const std::string table = "settings_" + setting.toStdString() + "_history";
        const bool platforms = setting == u"domain"_s || setting == u"features"_s;
        Core::SqliteStatement versions(db,
            "SELECT " + std::string(platforms ? "platform" : "''")
                + ", metadata__last_updated, metadata__last_updated_by, _raw_json FROM " + table
                + " ORDER BY 1, 2");
        Core::SqliteStatement stored(db,
            "SELECT previous_version, author, path, change, old_value, new_value FROM "
            "settings_changes "
            "WHERE setting = ? AND platform = ? AND version = ? ORDER BY seq");
        QString lastPlatform = u"-"_s;
        QJsonObject previous;
        QString previousVersion;
        int checked = 0;
        while (versions.step()) {
            const QString platform = QString::fromStdString(versions.columnText(0));
            const QString version = QString::fromStdString(versions.columnText(1));
            const QJsonObject current =
                QJsonDocument::fromJson(QByteArray::fromStdString(versions.columnText(3))).object();
            const bool first = platform != lastPlatform;
            const auto expected =
                Core::SettingsDiff::diff(first ? QJsonObject() : previous, current);
            const std::string s = setting.toStdString(), p = platform.toStdString(),
                              v = version.toStdString();
            stored.bindText(1, s);
            stored.bindText(2, p);
            stored.bindText(3, v);
            int i = 0;
            while (stored.step()) {
                QVERIFY2(i < expected.size(), qPrintable(setting + u" "_s + version));
                QCOMPARE(QString::fromStdString(stored.columnText(2)), expected.at(i).path);
                QCOMPARE(QString::fromStdString(stored.columnText(3)),
                    Core::SettingsDiff::Change::kindName(expected.at(i).kind));
                QCOMPARE(QString::fromStdString(stored.columnText(1)),
                    QString::fromStdString(versions.columnText(2)));
                // Values as text: strings as they are, anything else JSON, NULL for none.
                QCOMPARE(stored.columnIsNull(4), expected.at(i).oldValue.isUndefined());
                QCOMPARE(stored.columnIsNull(5), expected.at(i).newValue.isUndefined());
                QCOMPARE(QString::fromStdString(stored.columnText(4)),
                    Core::SettingsDiff::valueText(expected.at(i).oldValue));
                QCOMPARE(QString::fromStdString(stored.columnText(5)),
                    Core::SettingsDiff::valueText(expected.at(i).newValue));
                if (first)
                    QVERIFY(stored.columnIsNull(0));
                else
                    QCOMPARE(QString::fromStdString(stored.columnText(0)), previousVersion);
                ++i;
            }
            stored.reset();
            QCOMPARE(i, expected.size());
            if (first) // a first version is all additions
                for (const auto &c : expected)
                    QCOMPARE(c.kind, Core::SettingsDiff::Change::Kind::Added);
            previous = current;
            previousVersion = version;
            lastPlatform = platform;
            ++checked;
        }
        QVERIFY(checked >= 15);
    }
}

void TestSettingsChanges::everyKindHasRealChanges()
{
    // The simulator's histories are edits of every sort, not just new timestamps.
    for (const QString &setting : Settings) {
        const std::string s = setting.toStdString();
        QVERIFY2(count("SELECT count(*) FROM settings_changes WHERE setting = '" + s
                     + "' AND previous_version IS NOT NULL")
                >= 10,
            qPrintable(setting));
        // Features are switches only: they can change, not appear or go.
        const qint64 kinds = setting == u"features"_s ? 1 : 2;
        QVERIFY2(count("SELECT count(DISTINCT change) FROM settings_changes WHERE setting = '" + s
                     + "' AND previous_version IS NOT NULL")
                >= kinds,
            qPrintable(setting));
    }
    QVERIFY(count("SELECT count(*) FROM settings_changes WHERE change = 'changed'") > 0);
    QVERIFY(count("SELECT count(*) FROM settings_changes WHERE change = 'removed'") > 0);
    // Identities are unique within a version, as Fullstory's are: no "[id=rule-16 #2]".
    QCOMPARE(count("SELECT count(*) FROM settings_changes WHERE path GLOB '*#[0-9]]*'"), 0);
}

void TestSettingsChanges::incrementalSyncAddsOnlyNewPairs()
{
    const qint64 before = count("SELECT count(*) FROM settings_changes");
    const qint64 notGeo = count("SELECT count(*) FROM settings_changes WHERE setting <> 'geo'");
    const qint64 geoVersions =
        count("SELECT count(DISTINCT version) FROM settings_changes WHERE setting = 'geo'");
    m_sim->addVersions(u"geo"_s, 3);
    QCOMPARE(sync().status, Core::RunResult::Status::Completed);
    const qint64 after = count("SELECT count(*) FROM settings_changes");
    QVERIFY(after > before);
    // Only geo grew, by at most its three new versions.
    QVERIFY(count("SELECT count(DISTINCT version) FROM settings_changes WHERE setting = 'geo'")
        <= geoVersions + 3);
    QCOMPARE(count("SELECT count(*) FROM settings_changes WHERE setting <> 'geo'"), notGeo);
    QCOMPARE(count("SELECT count(*) FROM (SELECT DISTINCT setting, platform, version, seq FROM "
                   "settings_changes)"),
        after);
    // A sync with nothing new adds nothing.
    QCOMPARE(sync().status, Core::RunResult::Status::Completed);
    QCOMPARE(count("SELECT count(*) FROM settings_changes"), after);
}

void TestSettingsChanges::fullRefreshRebuildsWithoutDuplicates()
{
    const qint64 before = count("SELECT count(*) FROM settings_changes");
    QCOMPARE(sync(true).status, Core::RunResult::Status::Completed);
    QCOMPARE(count("SELECT count(*) FROM settings_changes"), before);
    QCOMPARE(count("SELECT count(*) FROM (SELECT DISTINCT setting, platform, version, seq FROM "
                   "settings_changes)"),
        before);
    // Every row now belongs to the full refresh's run.
    QCOMPARE(count("SELECT count(DISTINCT _dlt_load_id) FROM settings_changes"), 1);
}

void TestSettingsChanges::formatTwoRowsAreDiffedAgain()
{
    // Format 2 stored lists added whole without their brackets; opening such a dataset for a
    // sync empties settings_changes, and that sync's history loads fill it again.
    const qint64 before = count("SELECT count(*) FROM settings_changes");
    const qint64 wholeLists =
        count("SELECT count(*) FROM settings_changes WHERE new_value LIKE '[%'");
    QVERIFY(wholeLists > 0);
    {
        Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadWrite);
        db.exec("UPDATE settings_changes SET new_value = 'stale'; PRAGMA user_version = 2");
    }
    QCOMPARE(sync().status, Core::RunResult::Status::Completed);
    QCOMPARE(count("PRAGMA user_version"), 3);
    QCOMPARE(count("SELECT count(*) FROM settings_changes"), before);
    QCOMPARE(count("SELECT count(*) FROM settings_changes WHERE new_value = 'stale'"), 0);
    QCOMPARE(count("SELECT count(*) FROM settings_changes WHERE new_value LIKE '[%'"), wholeLists);
}

QTEST_GUILESS_MAIN(TestSettingsChanges)
#include "tst_settingschanges.moc"
