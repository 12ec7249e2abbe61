// SPDX-License-Identifier: MIT
#include "ui/history/historypane.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/store/datasetreader.h"
#include "core/store/settingschanges.h"
#include "core/store/settingshistory.h"
#include "ui/common/format.h"
#include "ui/common/grids.h"
#include "ui/common/queryresultmodel.h"
#include "ui/common/storedwords.h"
#include "ui/common/viewcopy.h"
#include "ui/history/blameview.h"
#include "ui/history/diffview.h"
#include "ui/history/versionbrowser.h"

using namespace Qt::StringLiterals;

namespace Gui {

HistoryPane::HistoryPane(QList<Core::HistorySeries> series, QWidget *parent)
    : QWidget(parent)
    , m_series(std::move(series))
{
    setObjectName(u"historyPane"_s);
    m_setting = new QComboBox(this);
    m_setting->setObjectName(u"historySetting"_s);
    for (const Core::HistorySeries &s : m_series) {
        m_setting->addItem(
            StoredWords::series(s.setting, s.platform), QStringList { s.setting, s.platform });
    }
    auto *settingLabel = new QLabel(tr("&Setting:"), this);
    settingLabel->setBuddy(m_setting);

    m_versions = new VersionBrowser(this);
    m_blame = new BlameView(this);
    createFeed();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_blame, tr("Blame"));
    m_tabs->addTab(m_feedView, tr("This week's changes"));
    auto *header = new QHBoxLayout;
    header->addWidget(settingLabel);
    header->addWidget(m_setting);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs);
    // Tab reaches Versions / Blame / This week where they are seen, after the setting picker
    // (created after the pages, their tab bar came last).
    setTabOrder(m_setting, m_tabs);

    addStepActions();

    connect(m_setting, &QComboBox::currentIndexChanged, this, &HistoryPane::seriesChanged);
    // The feed spans every setting; the picker means nothing there.
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int index) { m_setting->setEnabled(m_tabs->widget(index) != m_feedView); });
    connect(m_blame, &BlameView::versionActivated, this,
        [this](const QString &version, const QString &path) {
            m_tabs->setCurrentWidget(m_versions);
            m_versions->showChange(version, path);
        });
    seriesChanged();
}

// Every setting's changes of the last seven days, newest first.
void HistoryPane::createFeed()
{
    auto timestamp = [](const QVariant &v) { return Format::timestamp(v.toString()); };
    auto word = [](QString (*translate)(const QString &)) {
        return [translate](const QVariant &v) { return translate(v.toString()); };
    };
    m_feed = new QueryResultModel(
        [](Core::SqliteDatabase &db) { return Core::SettingsChanges::recent(db, 7, 5000); },
        { { tr("When"), timestamp }, { tr("Setting"), word(StoredWords::setting) },
            { tr("Platform"), word(StoredWords::platform) }, { tr("Author"), {} },
            { tr("Path"), {} }, { tr("Change"), word(StoredWords::settingChange) },
            { tr("Old value"), {} }, { tr("New value"), {} } },
        this);
    m_feedView = new QTableView(this);
    m_feedView->setObjectName(u"historyFeed"_s);
    m_feedView->setModel(m_feed);
    setUpGrid(m_feedView);
    m_feedView->verticalHeader()->hide();
    m_feedView->horizontalHeader()->setDefaultSectionSize(150);
    m_feedView->horizontalHeader()->setStretchLastSection(true);
}

// Stepping through a comparison's changes is the pane's, not the comparison's: it works
// wherever the focus is in the pane, the Setting picker included (which keeps F4 to open).
void HistoryPane::addStepActions()
{
    auto step = [this](const QString &text, QKeyCombination key, void (DiffView::*move)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, move] {
            m_tabs->setCurrentWidget(m_versions);
            (m_versions->diffView()->*move)();
        });
    };
    step(tr("Next change"), Qt::ALT | Qt::Key_Down, &DiffView::nextChange);
    step(tr("Previous change"), Qt::ALT | Qt::Key_Up, &DiffView::previousChange);
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setDataset(const QString &path)
{
    // The children drop their pointer first: nothing may run on a reader that is gone.
    m_versions->setReader(nullptr);
    m_blame->setReader(nullptr);
    m_reader = std::make_unique<Core::DatasetReader>(path);
    m_feed->setDataset(path);
    m_versions->setReader(m_reader.get());
    m_blame->setReader(m_reader.get());
}

void HistoryPane::refresh()
{
    m_feed->reload();
    m_versions->reload();
    m_blame->reload();
}

int HistoryPane::copySelection(bool withHeaders)
{
    QWidget *tab = m_tabs->currentWidget();
    if (tab == m_versions)
        return m_versions->diffView()->copySelection(withHeaders);
    if (tab == m_blame)
        return m_blame->copySelection(withHeaders);
    return copySelectedCells(m_feedView, withHeaders, Qt::DisplayRole);
}

void HistoryPane::seriesChanged()
{
    const Core::HistorySeries series = m_series.value(m_setting->currentIndex());
    m_versions->setSeries(series);
    m_blame->setSeries(series);
}

QList<QWidget *> HistoryPane::parts() const
{
    QWidget *tab = m_tabs->currentWidget();
    if (tab == m_versions)
        return QList<QWidget *> { m_setting } + m_versions->parts();
    if (tab == m_blame)
        return QList<QWidget *> { m_setting } + m_blame->parts();
    return { m_feedView };
}

} // namespace Gui
