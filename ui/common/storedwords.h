// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * The words a dataset stores as values ("completed", "cli", "new_column", "privacy"), in the
 * user's language for display. The stored spelling is the dataset contract and stays as it
 * is; a value this build does not know is shown as stored.
 */
namespace Gui::StoredWords {

QString runStatus(const QString &stored); // _sync_runs.status, _sync_resources.status
QString runTrigger(const QString &stored); // _sync_runs.trigger
QString keyLevel(const QString &stored); // _sync_runs.key_level: "admin"
QString schemaChange(const QString &stored); // _sync_schema_changes.change
QString settingChange(const QString &stored); // settings_changes.change
QString setting(const QString &stored); // settings_changes.setting: "privacy"
QString platform(const QString &stored); // settings_changes.platform: "web", "mobile"
// A setting of one platform as the history's picker names it: "Domains (web)".
QString series(const QString &setting, const QString &platform);

} // namespace Gui::StoredWords
