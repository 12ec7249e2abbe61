// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>

#include "ui/common/keyboard.h"

class QAction;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Core {
class QueryStore;
}

namespace Gui {

class ChartDialog;
class DatasetInventory;
class ExportController;
class HistoryModel;
class QueryTab;

/**
 * The SQL pane: query tabs (renamed by double-click, reordered by dragging, restored on the
 * next start and saved as one types), run all (F5), the statement under the cursor
 * (Ctrl+Enter) or the selection (Ctrl+Shift+Enter), Stop, a time limit; beside them the
 * searchable history of every query run, the saved queries (Ctrl+S) and the shipped examples,
 * each one click to reopen. Completion knows the dataset's tables.
 */
class SqlPane final : public QWidget, public PaneParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlPane)

public:
    SqlPane(DatasetInventory &inventory, const QString &stateFolder, QWidget *parent = nullptr);
    ~SqlPane() override;

    QList<QWidget *> parts() const override;

    void setDataset(const QString &path, const QString &label);
    QueryTab *openQuery(const QString &sql, const QString &title = {});
    QueryTab *currentTab() const;
    // Edit › Copy: the selected result cells, raw values; returns the rows copied.
    int copySelection(bool withHeaders);
    QTabWidget *tabs() const { return m_tabs; }
    HistoryModel *history() const { return m_history; }
    void renameTab(int index);
    void saveCurrentQuery();
    void saveTabs();

    ExportController *exporter() const { return m_export; }
    void exportResult();
    ChartDialog *openChart();

signals:
    void statusChanged(const QString &text);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setupTabs();
    void setupActions();
    void setupLibrary();
    void setupLayout();
    void connectQueries();
    void connectLibrary();
    void restoreTabs();
    QueryTab *addTab(const QString &title, const QString &sql, int cursor);
    void closeTab(int index);
    void updateSchema();
    void reloadSaved();
    void updateActions();
    QString nextTitle() const;

    DatasetInventory &m_inventory;
    std::unique_ptr<Core::QueryStore> m_store;
    HistoryModel *m_history = nullptr;
    QSortFilterProxyModel *m_historyFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_historyView = nullptr;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_runAll = nullptr;
    QAction *m_runStatement = nullptr;
    QAction *m_runSelection = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_save = nullptr;
    QAction *m_exportResult = nullptr;
    QAction *m_chart = nullptr;
    ExportController *m_export = nullptr;
    QListWidget *m_saved = nullptr;
    QListWidget *m_examples = nullptr;
    QTabWidget *m_library = nullptr;
    QString m_datasetPath;
    QString m_datasetLabel;
    QTimer m_autosave;
};

} // namespace Gui
