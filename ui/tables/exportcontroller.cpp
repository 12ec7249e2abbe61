// SPDX-License-Identifier: MIT
#include "ui/tables/exportcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

#include "core/export/exporter.h"
#include "core/store/datasetreader.h"
#include "ui/common/dialogs.h"
#include "ui/common/format.h"
#include "ui/common/uisettings.h"

using namespace Qt::StringLiterals;

namespace Gui {

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ExportController::~ExportController()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportController::exportView(
    const QString &datasetPath, const Core::ViewQuery &query, qint64 rows)
{
    exportQuery(datasetPath, query.selectSql(), query.table, rows);
}

void ExportController::exportQuery(
    const QString &datasetPath, const Core::SqlFragment &sql, const QString &name, qint64 rows)
{
    if (m_running)
        return;
    const QString csv = tr("CSV (*.csv)");
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = UiSettings::ExportFilter.value();
    if (filter != csv && filter != excel && filter != json)
        filter = csv;
    const QString suggested =
        Dialogs::suggestedExportPath(name + (filter == json ? u".json"_s : u".csv"_s));
    QString path = Dialogs::saveFileName(
        m_window, tr("Export view"), suggested, { csv, excel, json }, &filter);
    if (path.isEmpty())
        return;
    Core::ExportOptions options;
    options.format =
        filter == json ? Core::ExportOptions::Format::Json : Core::ExportOptions::Format::Csv;
    options.excelCompatible = filter == excel;
    if (QFileInfo(path).suffix().isEmpty())
        path += options.format == Core::ExportOptions::Format::Json ? u".json"_s : u".csv"_s;
    UiSettings::ExportFilter.setValue(filter);
    Dialogs::rememberExportFolder(path);

    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_reader || m_reader->path() != datasetPath)
        m_reader = std::make_unique<Core::DatasetReader>(datasetPath);
    // rows < 0: not known in advance (a query's result); the bar then only shows activity.
    m_progress = new QProgressDialog(rows >= 0
            ? tr("Exporting %Ln row(s) of %1…", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(name)
            : tr("Exporting %1…").arg(name),
        tr("Cancel"), 0, int(std::clamp<qint64>(rows, 0, INT_MAX)), m_window);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(400); // small exports finish before it would show
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(
        m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    QPointer<QProgressDialog> progress = m_progress;
    auto cancel = m_cancel;
    m_reader->runChecked<qint64>(
        [sql, path, options, cancel, progress, this](Core::SqliteDatabase &db) {
            return Core::Exporter::write(db, sql, path, options, [&](qint64 done) {
                QMetaObject::invokeMethod(this, [progress, done] {
                    if (progress && progress->maximum() > 0)
                        progress->setValue(int(std::min<qint64>(done, progress->maximum())));
                });
                return !cancel->load();
            });
        },
        this,
        [this, path](const Core::Result<qint64, QString> &result) {
            m_running = false;
            if (m_progress)
                m_progress->deleteLater();
            if (!result) {
                emit finished(false, result.error());
                return;
            }
            emit finished(true,
                tr("Exported %Ln row(s) to %1.", nullptr, int(result.value()))
                    .arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace Gui
