// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace Core {
class DatasetReader;
}

namespace Gui {

class QueryResultModel;

/**
 * The settings history browser, first part (issue 6): pick a setting (and platform), see its
 * versions newest first with time, author and number of changes, and read what a version
 * changed against the one before it — each change with its path, old and new value, the
 * changed characters marked. Alt+Down / Alt+Up step through the changes ("3 of 12"). A feed
 * lists every change of the last seven days across settings. Reads settings_changes.
 */
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    explicit HistoryPane(QWidget *parent = nullptr);
    ~HistoryPane() override;

    void setDataset(const QString &path);
    void refresh();

    QComboBox *settingPicker() const { return m_setting; }
    QTreeWidget *timeline() const { return m_timeline; }
    QTextBrowser *changesView() const { return m_changes; }
    QLabel *counter() const { return m_counter; }
    QueryResultModel *feed() const { return m_feed; }
    int currentChange() const { return m_current; }
    int changeCount() const { return int(m_rows.size()); }
    void nextChange();
    void previousChange();

signals:
    void loaded();

private:
    struct ChangeRow
    {
        QString path, change, oldValue, newValue;
        bool hasOld = false, hasNew = false;
    };

    void loadVersions();
    void loadChanges();
    void render();
    void updateCounter();

    std::unique_ptr<Core::DatasetReader> m_reader;
    QComboBox *m_setting = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTextBrowser *m_changes = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_feedView = nullptr;
    QueryResultModel *m_feed = nullptr;
    QList<ChangeRow> m_rows;
    int m_current = -1;
    int m_generation = 0;
};

} // namespace Gui
