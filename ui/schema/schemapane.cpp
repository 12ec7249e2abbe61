// SPDX-License-Identifier: MIT
#include "ui/schema/schemapane.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/browse/viewquery.h"
#include "core/store/schemastore.h"
#include "ui/common/format.h"
#include "ui/common/grids.h"
#include "ui/common/keyboard.h"
#include "ui/common/queryresultmodel.h"
#include "ui/common/storedwords.h"
#include "ui/common/uisettings.h"
#include "ui/schema/schemamodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

SchemaPane::SchemaPane(DatasetInventory &inventory, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"schemaPane"_s);
    m_model = new SchemaModel(inventory, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SchemaModel::NameColumn);

    QWidget *tree = createTree();
    QWidget *changes = createChangeLog();
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(tree);
    m_splitter->addWidget(changes);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(UiSettings::SchemaSplitter.value());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

// Tables and their columns, searchable; keeps what was open across a sync's rebuild.
QWidget *SchemaPane::createTree()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"schemaSearch"_s);
    m_search->setPlaceholderText(tr("Search tables and columns"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"schemaTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(SchemaModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SchemaModel::NameColumn, 380);
    m_tree->header()->resizeSection(SchemaModel::TypeColumn, 110);
    m_tree->header()->resizeSection(SchemaModel::DetailsColumn, 380);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &SchemaPane::showMenu);
    // A sync rebuilds the tree: the same tables stay open, the view stays where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_expanded.clear();
        m_expandSystemGroup = false;
        collectExpanded({});
        m_scroll = m_tree->verticalScrollBar()->value();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (const QString &table : std::as_const(m_expanded)) {
            const QModelIndex source = m_model->indexOfTable(table);
            if (source.isValid())
                m_tree->expand(m_proxy->mapFromSource(source));
        }
        if (m_expandSystemGroup)
            m_tree->expand(m_proxy->index(m_proxy->rowCount() - 1, 0));
        m_tree->verticalScrollBar()->setValue(m_scroll);
    });
    leadToList(m_search, m_tree);
    // Double-click or Enter.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(SchemaModel::IsTableRole).toBool())
            emit openTableRequested(index.data(SchemaModel::TableNameRole).toString());
    });

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_search);
    panelLayout->addWidget(m_tree);
    return panel;
}

// What appeared in which sync, newest first.
QWidget *SchemaPane::createChangeLog()
{
    auto timestamp = [](const QVariant &v) { return Format::timestamp(v.toString()); };
    m_changes = new QueryResultModel(
        [](Core::SqliteDatabase &db) { return Core::SchemaStore::recentChanges(db, 5000); },
        { { tr("When"), timestamp }, { tr("Resource"), {} }, { tr("Table"), {} },
            { tr("Column"), {} }, { tr("Type"), {} },
            { tr("Change"),
                [](const QVariant &v) { return StoredWords::schemaChange(v.toString()); } },
            { tr("Sync run"), {} } },
        this);
    m_changesView = new QTableView(this);
    m_changesView->setObjectName(u"schemaChanges"_s);
    m_changesView->setModel(m_changes);
    m_changesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    setUpGrid(m_changesView);
    m_changesView->verticalHeader()->hide();
    m_changesView->horizontalHeader()->setStretchLastSection(true);
    m_changesView->horizontalHeader()->setDefaultSectionSize(170);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesTitle = new QLabel(tr("Schema changes: what appeared in which sync"), this);
    QFont bold = changesTitle->font();
    bold.setBold(true);
    changesTitle->setFont(bold);
    panelLayout->addWidget(changesTitle);
    panelLayout->addWidget(m_changesView);
    return panel;
}

SchemaPane::~SchemaPane() = default;

void SchemaPane::hideEvent(QHideEvent *event)
{
    UiSettings::SchemaSplitter.setValue(m_splitter->saveState());
    QWidget::hideEvent(event);
}

void SchemaPane::setDataset(const QString &path)
{
    m_changes->setDataset(path);
}

void SchemaPane::refresh()
{
    m_changes->reload();
}

void SchemaPane::collectExpanded(const QModelIndex &parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!m_tree->isExpanded(index))
            continue;
        const QString table = index.data(SchemaModel::TableNameRole).toString();
        if (table.isEmpty())
            m_expandSystemGroup = true; // the "System tables" heading
        else
            m_expanded.append(table);
        collectExpanded(index);
    }
}

void SchemaPane::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QString table = index.data(SchemaModel::TableNameRole).toString();
    const QString column = index.data(SchemaModel::ColumnNameRole).toString();
    if (table.isEmpty())
        return;
    QMenu menu(this);
    const QString name = column.isEmpty() ? table : column;
    menu.addAction(tr("Copy name"), this, [name] { QApplication::clipboard()->setText(name); });
    menu.addAction(tr("Copy SELECT statement"), this,
        [table] { QApplication::clipboard()->setText(Core::ViewQuery::previewSql(table)); });
    menu.addAction(tr("Query in the SQL pane"), this,
        [this, table] { emit sqlRequested(Core::ViewQuery::previewSql(table)); });
    menu.addAction(
        tr("Open in table browser"), this, [this, table] { emit openTableRequested(table); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QList<QWidget *> SchemaPane::parts() const
{
    return { m_search, m_tree, m_changesView };
}

} // namespace Gui
