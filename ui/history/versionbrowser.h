// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

#include "core/common/latest.h"
#include "core/store/settingshistory.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace Core {
class DatasetReader;
}

namespace Gui {

class DiffView;

/**
 * The history browser's Versions tab: one setting's versions newest first (time, author,
 * number of changes), narrowed by author and period; the selected version compared with its
 * predecessor or with any version picked under "Compare with", inline or side by side;
 * Alt+Down / Alt+Up step through the changes ("3 of 12"); the comparison exports as text or
 * JSON. The ignore list applies to counts and comparisons alike.
 */
class VersionBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionBrowser)

public:
    explicit VersionBrowser(QWidget *parent = nullptr);
    ~VersionBrowser() override;

    // Its lists and grids in reading order, for the pane's F6 (PaneParts).
    QList<QWidget *> parts() const;

    void setReader(Core::DatasetReader *reader);
    void setSeries(const Core::SettingsHistory::Series &series);
    void reload();
    // Selects `version` in the timeline (clearing filters that hide it).
    void selectVersion(const QString &version);
    // What `version` changed, against the version before it, with the change at `path` (or the
    // first under it) current: where Blame leads.
    void showChange(const QString &version, const QString &path);
    void setIgnoredFields(const QStringList &patterns);
    QStringList ignoredFields() const { return m_ignored; }

    QTreeWidget *timeline() const { return m_timeline; }
    DiffView *diffView() const { return m_diff; }
    void exportComparison();

signals:
    // A comparison (or the message that there is none) is on screen.
    void loaded();

private:
    QWidget *createVersionList();
    QWidget *createComparison();
    void loadVersions();
    void loadComparison();
    // Hides the versions the author and period filters leave out; false when none is left.
    bool applyFilters();
    void updateCounter(int index, int count);
    void editIgnoredFields();

    Core::DatasetReader *m_reader = nullptr;
    Core::SettingsHistory::Series m_series;
    QList<Core::SettingsHistory::Version> m_versions;
    Core::SettingsHistory::Comparison m_shown;
    QStringList m_ignored;
    bool m_filteredOut = false; // the filters hide every version, a message says so
    // Answers to superseded requests are dropped.
    Core::Latest m_versionsLatest;
    Core::Latest m_comparisonLatest; // a new list makes any comparison on its way stale too

    QComboBox *m_author = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QComboBox *m_base = nullptr;
    // showChange(): the change to make current whenever this version's comparison arrives.
    QString m_pendingVersion;
    QString m_pendingPath;
    QLabel *m_title = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_ignore = nullptr;
    DiffView *m_diff = nullptr;
};

} // namespace Gui
