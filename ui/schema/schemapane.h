// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

#include "ui/common/keyboard.h"

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace Gui {

class DatasetInventory;
class QueryResultModel;
class SchemaModel;

/**
 * The schema view: every table with its columns and child tables (SchemaModel), a search box
 * over names, and the schema change log from _sync_schema_changes — which columns and tables
 * appeared in which sync. Names can be copied, or a table opened in the browser.
 */
class SchemaPane final : public QWidget, public PaneParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaPane)

public:
    explicit SchemaPane(DatasetInventory &inventory, QWidget *parent = nullptr);
    ~SchemaPane() override;

    QList<QWidget *> parts() const override;

    void setDataset(const QString &path);
    void refresh();

    SchemaModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

signals:
    void openTableRequested(const QString &table);
    void sqlRequested(const QString &sql);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createTree();
    QWidget *createChangeLog();
    void showMenu(const QPoint &pos);
    void collectExpanded(const QModelIndex &parent);

    SchemaModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QueryResultModel *m_changes = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_changesView = nullptr;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    QStringList m_expanded; // across a model reset
    bool m_expandSystemGroup = false;
    int m_scroll = 0;
};

} // namespace Gui
