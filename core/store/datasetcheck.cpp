// SPDX-License-Identifier: MIT
#include "core/store/datasetcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include "core/store/migrations.h"
#include "core/store/sqlite.h"

namespace Core::DatasetCheck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Core::DatasetCheck", text);
}

QString damaged(const QString &path, const QString &detail)
{
    return tr("%1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it "
              "aside and sync again to start a new dataset.")
        .arg(QDir::toNativeSeparators(path), detail);
}

// Every table and view in the file; empty for a new or an empty file.
QStringList schemaObjects(SqliteDatabase &db)
{
    QStringList names;
    SqliteStatement objects(db,
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (objects.step())
        names.append(QString::fromStdString(objects.columnText(0)));
    return names;
}

} // namespace

std::optional<QString> beforeWriting(SqliteDatabase &db, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QStringList objects;
    int version = 0;
    try {
        objects = schemaObjects(db);
        version = std::stoi(db.scalar("PRAGMA user_version"));
    } catch (const SqliteError &error) {
        const int primary = error.code() & 0xff;
        if (primary == SQLITE_NOTADB)
            return tr("%1 is not a SQLite database, so it is not a Fullstory Desk dataset. "
                      "Nothing was changed. Choose another file, or move this one aside.")
                .arg(shown);
        if (primary == SQLITE_CORRUPT)
            return damaged(path, error.message());
        throw;
    }

    const bool ours = objects.contains(QStringLiteral("_sync_runs"));
    if (!objects.isEmpty() && !ours) {
        QStringList some = objects.mid(0, 3);
        if (objects.size() > 3)
            some.append(QStringLiteral("…"));
        return tr("%1 is not a Fullstory Desk dataset: it holds other tables (%2) and none of "
                  "the sync's own. Nothing was changed. Choose a new file or an existing "
                  "dataset.")
            .arg(shown, some.join(QStringLiteral(", ")));
    }
    if (version > Migrations::CurrentVersion) {
        return tr("%1 was written by a newer Fullstory Desk (dataset format %2; this one reads "
                  "up to %3). Nothing was changed. Update the app, or choose another dataset.")
            .arg(shown)
            .arg(version)
            .arg(Migrations::CurrentVersion);
    }

    // A read-only file opens anyway (SQLite falls back to reading); the writer would then fail
    // resource after resource. The folder must take the WAL and shared-memory files too.
    const QFileInfo file(path);
    if (sqlite3_db_readonly(db.handle(), "main") == 1
        || !QFileInfo(file.absolutePath()).isWritable()) {
        return tr("cannot write %1: the file or its folder is read-only. Nothing was changed. "
                  "Make it writable, or choose a dataset in a folder you can write to.")
            .arg(shown);
    }

    if (ours) {
        try {
            const std::string check = db.scalar("PRAGMA quick_check(1)");
            if (check != "ok")
                return damaged(path, QString::fromStdString(check));
        } catch (const SqliteError &error) {
            const int primary = error.code() & 0xff;
            if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
                throw;
            return damaged(path, error.message());
        }
    }
    return std::nullopt;
}

} // namespace Core::DatasetCheck
