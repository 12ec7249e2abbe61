// SPDX-License-Identifier: MIT
#include "ui/history/blameview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/store/datasetreader.h"
#include "ui/common/grids.h"
#include "ui/common/keyboard.h"
#include "ui/common/viewcopy.h"
#include "ui/history/blamemodel.h"

using namespace Qt::StringLiterals;

namespace Gui {

BlameView::BlameView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"historyBlame"_s);
    m_model = new BlameModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"blameFilter"_s);
    m_filter->setPlaceholderText(tr("Filter fields, values, authors…"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"blameTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the settings' own order until asked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setUpGrid(m_view);
    m_view->setTextElideMode(Qt::ElideMiddle); // a path's end names the field
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(BlameModel::FieldColumn, 420);
    m_view->horizontalHeader()->resizeSection(BlameModel::ValueColumn, 260);
    m_view->horizontalHeader()->resizeSection(BlameModel::VersionColumn, 160);
    m_view->setToolTip(tr("Double-click a field to see the version that last changed it"));

    leadToList(m_filter, m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString version = index.data(BlameModel::VersionRole).toString();
        if (!version.isEmpty())
            emit versionActivated(version, index.data(BlameModel::PathRole).toString());
    });
}

BlameView::~BlameView() = default;

int BlameView::copySelection(bool withHeaders)
{
    return copySelectedCells(m_view, withHeaders, Qt::DisplayRole);
}

void BlameView::setReader(Core::DatasetReader *reader)
{
    m_reader = reader;
    reload();
}

void BlameView::setSeries(const Core::SettingsHistory::Series &series)
{
    m_series = series;
    reload();
}

void BlameView::reload()
{
    if (!m_reader || m_series.setting.isEmpty())
        return;
    m_reader->run<QList<Core::Blame::Line>>(
        [series = m_series](
            Core::SqliteDatabase &db) { return Core::SettingsHistory::blame(db, series); },
        this,
        m_latest.request([this](const Core::Result<QList<Core::Blame::Line>, QString> &result) {
            m_model->setLines(result ? result.value() : QList<Core::Blame::Line>());
            if (!result)
                m_status->setText(result.error());
            else if (result.value().isEmpty())
                m_status->setText(tr("No history of this setting yet. Sync its history "
                                     "resource on the Sync tab, then come back."));
            else
                m_status->setText(
                    tr("%Ln field(s) in the newest version", nullptr, int(result.value().size())));
            emit loaded();
        }));
}

QList<QWidget *> BlameView::parts() const
{
    return { m_filter, m_view };
}

} // namespace Gui
