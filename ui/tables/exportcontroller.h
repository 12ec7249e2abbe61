// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>

#include "core/browse/viewquery.h"

class QProgressDialog;
class QWidget;

namespace Core {
class DatasetReader;
}

namespace Gui {

/**
 * Exports what the grid shows — filtered and sorted — to CSV ("Excel, UTF-8 with BOM" as an
 * option) or JSON: asks for the file, writes it on a reader thread of its own, shows progress
 * for big exports with a Cancel that stops within a few thousand rows, and reports the result.
 */
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    void exportView(const QString &datasetPath, const Core::ViewQuery &query, qint64 rows);
    // Any read-only query's rows; `name` suggests the file name; rows < 0 when not known.
    void exportQuery(
        const QString &datasetPath, const Core::SqlFragment &sql, const QString &name, qint64 rows);
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok, const QString &message);

private:
    QWidget *m_window;
    std::unique_ptr<Core::DatasetReader> m_reader;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace Gui
