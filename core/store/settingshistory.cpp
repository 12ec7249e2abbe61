// SPDX-License-Identifier: MIT
#include "core/store/settingshistory.h"

#include <QHash>
#include <QJsonDocument>

#include "core/store/settingschanges.h"
#include "core/store/sqlite.h"

using namespace Qt::StringLiterals;

namespace Core::SettingsHistory {

namespace {

// The history table's versions of the series; see SettingsChanges::versionsSelect().
std::string seriesSelect(SqliteDatabase &db, const Series &series)
{
    return SettingsChanges::versionsSelect(db, series.table.toStdString());
}

std::optional<QJsonObject> settingsAt(SqliteDatabase &db, const std::string &select,
    const Series &series, const QString &version, SettingsDiff::Side &side)
{
    SqliteStatement row(db, select + " AND metadata__last_updated = ?2 LIMIT 1");
    row.bindValues({ series.platform, version });
    if (!row.step())
        return std::nullopt;
    side = { version, QString::fromStdString(row.columnText(1)) };
    return QJsonDocument::fromJson(QByteArray::fromStdString(row.columnText(2))).object();
}

QString previousVersion(
    SqliteDatabase &db, const std::string &select, const Series &series, const QString &version)
{
    SqliteStatement row(db,
        select + " AND metadata__last_updated < ?2 ORDER BY metadata__last_updated DESC LIMIT 1");
    row.bindValues({ series.platform, version });
    return row.step() ? QString::fromStdString(row.columnText(0)) : QString();
}

} // namespace

QList<Version> versions(SqliteDatabase &db, const Series &series, const FieldFilter &ignored)
{
    QList<Version> out;
    const std::string select = seriesSelect(db, series);
    if (select.empty())
        return out;
    QHash<QString, int> counts;
    if (db.hasTable(SettingsChanges::Table)) {
        SqliteStatement changes(
            db, "SELECT version, path FROM settings_changes WHERE setting = ? AND platform = ?");
        changes.bindValues({ series.setting, series.platform });
        while (changes.step()) {
            if (!ignored.ignores(QString::fromStdString(changes.columnText(1))))
                ++counts[QString::fromStdString(changes.columnText(0))];
        }
    }
    SqliteStatement rows(db, select + " ORDER BY metadata__last_updated DESC");
    rows.bindValues({ series.platform });
    while (rows.step()) {
        const QString version = QString::fromStdString(rows.columnText(0));
        out.append({ version, QString::fromStdString(rows.columnText(1)), counts.value(version) });
    }
    return out;
}

std::optional<Comparison> compare(SqliteDatabase &db, const Series &series, const QString &version,
    const QString &base, const FieldFilter &ignored)
{
    const std::string select = seriesSelect(db, series);
    if (select.empty())
        return std::nullopt;
    Comparison out;
    const std::optional<QJsonObject> newer = settingsAt(db, select, series, version, out.to);
    if (!newer)
        return std::nullopt;
    const QString from = base.isEmpty() ? previousVersion(db, select, series, version) : base;
    QJsonObject older;
    if (!from.isEmpty()) {
        const std::optional<QJsonObject> found = settingsAt(db, select, series, from, out.from);
        if (!found)
            return std::nullopt;
        older = *found;
    }
    if (!out.from.version.isEmpty() && out.from.version > out.to.version) {
        std::swap(out.from, out.to);
        out.document = DiffDocument::build(*newer, older, ignored);
    } else {
        out.document = DiffDocument::build(older, *newer, ignored);
    }
    return out;
}

QList<Blame::Line> blame(SqliteDatabase &db, const Series &series)
{
    const std::string select = seriesSelect(db, series);
    if (select.empty() || !db.hasTable(SettingsChanges::Table))
        return {};
    SqliteStatement newest(db, select + " ORDER BY metadata__last_updated DESC LIMIT 1");
    newest.bindValues({ series.platform });
    if (!newest.step())
        return {};
    const QJsonObject current =
        QJsonDocument::fromJson(QByteArray::fromStdString(newest.columnText(2))).object();

    QList<Blame::Record> history;
    SqliteStatement changes(db,
        "SELECT version, coalesce(author, ''), path, change, coalesce(new_value, '') "
        "FROM settings_changes WHERE setting = ? AND platform = ? ORDER BY version, seq");
    changes.bindValues({ series.setting, series.platform });
    while (changes.step()) {
        history.append({ QString::fromStdString(changes.columnText(0)),
            QString::fromStdString(changes.columnText(1)),
            QString::fromStdString(changes.columnText(2)),
            SettingsDiff::Change::kindFromName(QString::fromStdString(changes.columnText(3))),
            QString::fromStdString(changes.columnText(4)) });
    }
    return Blame::attribute(current, history);
}

} // namespace Core::SettingsHistory
