// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/common/setting.h"

namespace Gui {

// The desktop app's own settings, each declared once (the shared ones are in Core::AppSettings).
namespace UiSettings {

inline const Core::Setting<QByteArray> WindowGeometry("window/geometry");
inline const Core::Setting<QByteArray> WindowState("window/state");
inline const Core::Setting<int> CurrentTab("window/currentTab", 0);
// "own" or "demo": where the app opens next time; empty on first run.
inline const Core::Setting<QString> LastMode("workspace/lastMode");
inline const Core::Setting<bool> ShowSystemTables("tables/showSystem", false);
inline const Core::Setting<QString> LastTable("tables/lastTable");
inline const Core::Setting<QByteArray> TablesSplitter("tables/splitter");
inline const Core::Setting<QByteArray> SchemaSplitter("schema/splitter");
inline const Core::Setting<QByteArray> SyncSplitter("sync/splitter");
// Resources the user unticked (so new catalog entries start ticked), per dataset: what one
// leaves out of the demo is no choice about the real org.
inline const Core::Setting<QStringList> UncheckedResources("sync/uncheckedResources");
inline const Core::Setting<QStringList> DemoUncheckedResources("sync/demoUncheckedResources");
inline const Core::Setting<int> SqlTimeLimit("sql/timeLimitSeconds", 30);
inline const Core::Setting<int> SqlCurrentTab("sql/currentTab", 0);
inline const Core::Setting<QByteArray> SqlSplitter("sql/splitter");
// The history browser's ignore list (Core::FieldFilter patterns).
inline const Core::Setting<QStringList> HistoryIgnoredFields("history/ignoredFields");
inline const Core::Setting<QString> ExportFolder("export/folder");
inline const Core::Setting<QString> ExportFilter("export/filter");

} // namespace UiSettings

} // namespace Gui
