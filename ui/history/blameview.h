// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/common/latest.h"
#include "core/store/settingshistory.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Core {
class DatasetReader;
}

namespace Gui {

class BlameModel;

/**
 * The history browser's Blame tab: every field of a setting as it is now, with the version
 * and author that last changed it; a filter box narrows the fields, and activating a row
 * opens that version's changes.
 */
class BlameView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlameView)

public:
    explicit BlameView(QWidget *parent = nullptr);
    ~BlameView() override;

    // Its lists and grids in reading order, for the pane's F6 (PaneParts).
    QList<QWidget *> parts() const;

    void setReader(Core::DatasetReader *reader);
    void setSeries(const Core::SettingsHistory::Series &series);
    void reload();
    // The selected cells to the clipboard; returns the rows copied.
    int copySelection(bool withHeaders);

    BlameModel *model() const { return m_model; }

signals:
    void loaded();
    // The version that last set the field at `path`: a person asked to see that change.
    void versionActivated(const QString &version, const QString &path);

private:
    Core::DatasetReader *m_reader = nullptr;
    Core::SettingsHistory::Series m_series;
    Core::Latest m_latest;
    BlameModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gui
