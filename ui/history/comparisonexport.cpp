// SPDX-License-Identifier: MIT
#include "ui/history/comparisonexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "ui/common/dialogs.h"

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The strings of this file, under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ComparisonExport)
};

} // namespace

void exportComparison(QWidget *parent, const Core::DiffExport::Header &header,
    const QList<Core::SettingsDiff::Change> &changes)
{
    const QString text = Text::tr("Text (*.txt)"), json = Text::tr("JSON (*.json)");
    QString filter = text;
    const QString name = u"%1%2-%3"_s.arg(header.setting,
        header.platform.isEmpty() ? QString() : u"-"_s + header.platform,
        header.to.version.left(10));
    QString path = Dialogs::saveFileName(parent, Text::tr("Export comparison"),
        Dialogs::suggestedExportPath(name + u".txt"_s), { text, json }, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == json ? u".json"_s : u".txt"_s;
    Dialogs::rememberExportFolder(path);
    // The name decides over the filter: "x.json" saved under "Text" still gets JSON.
    const bool asJson = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        || (filter == json && !path.endsWith(u".txt"_s, Qt::CaseInsensitive));
    const auto written = Core::DiffExport::write(path,
        asJson ? Core::DiffExport::json(header, changes)
               : Core::DiffExport::text(header, changes).toUtf8());
    if (!written)
        Dialogs::warning(parent, Text::tr("Export comparison"), written.error());
}

} // namespace Gui
