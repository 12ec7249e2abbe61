// SPDX-License-Identifier: MIT
#include "ui/sync/syncpane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/catalog/catalog.h"
#include "core/common/keylevel.h"
#include "core/secrets/keyservice.h"
#include "ui/common/format.h"
#include "ui/common/uisettings.h"
#include "ui/common/workspace.h"
#include "ui/sync/resourcemodel.h"
#include "ui/sync/runhistorymodel.h"
#include "ui/sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace Gui {

SyncPane::SyncPane(Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog,
    Core::SyncRunFactory newSyncRun, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_keys(keys)
{
    setObjectName(u"syncPane"_s);
    m_controller = new SyncController(workspace, catalog, std::move(newSyncRun), this);
    m_resources = new ResourceModel(catalog, this);
    m_uncheckedSetting = &uncheckedSetting();
    m_resources->setUncheckedResources(m_uncheckedSetting->value());
    m_history = new RunHistoryModel(this);

    setupControls();
    setupViews();
    setupLayout();
    connectController();
    connectWorkspace();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_resources, &ResourceModel::tick);
    updateKeyLine();
    updateButtons();
}

void SyncPane::setupControls()
{
    m_keyLine = new QLabel(this);
    m_keyLine->setObjectName(u"keyLine"_s);
    m_keyLine->setWordWrap(true);
    m_recheck = new QPushButton(tr("Check again"), this);
    m_recheck->setObjectName(u"recheckKeyButton"_s);
    m_recheck->hide();
    m_sync = new QPushButton(tr("Sync"), this);
    m_sync->setObjectName(u"syncButton"_s);
    m_sync->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_fullRefresh = new QCheckBox(tr("Full refresh (read every history page again)"), this);
    m_fullRefresh->setObjectName(u"fullRefresh"_s);
    m_selectAll = new QPushButton(tr("Select all"), this);
    m_selectAll->setObjectName(u"selectAllResources"_s);
    m_selectNone = new QPushButton(tr("Select none"), this);
    m_selectNone->setObjectName(u"selectNoResources"_s);
    m_stage = new QLabel(this);
    m_stage->setObjectName(u"syncStage"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"syncResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_recheck, &QPushButton::clicked, &m_workspace, &Workspace::probeIdentity);
    connect(m_sync, &QPushButton::clicked, this, &SyncPane::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPane::cancelSync);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_resources->setAllChecked(true); });
    connect(
        m_selectNone, &QPushButton::clicked, this, [this] { m_resources->setAllChecked(false); });
}

void SyncPane::setupViews()
{
    m_resourceView = new QTreeView(this);
    m_resourceView->setObjectName(u"resourceList"_s);
    m_resourceView->setRootIsDecorated(false);
    m_resourceView->setUniformRowHeights(true);
    m_resourceView->setModel(m_resources);
    QHeaderView *header = m_resourceView->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < ResourceModel::ColumnCount; ++column)
        header->setSectionResizeMode(column,
            column == ResourceModel::StatusColumn ? QHeaderView::Stretch
                                                  : QHeaderView::ResizeToContents);

    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(u"runHistory"_s);
    m_historyView->setModel(m_history);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->header()->resizeSection(RunHistoryModel::StartedColumn, 230);
    m_historyView->header()->resizeSection(RunHistoryModel::RowsColumn, 220);
}

// The run's controls and resources above, the runs before below, a splitter between.
void SyncPane::setupLayout()
{
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLine, 1);
    keyRow->addWidget(m_recheck, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_fullRefresh);
    buttons->addStretch();
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_selectNone);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_stage, 1);
    progress->addWidget(m_progress, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(keyRow);
    topLayout->addLayout(buttons);
    topLayout->addLayout(progress);
    topLayout->addWidget(m_result);
    topLayout->addWidget(m_resourceView);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QLabel(tr("Sync history"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    bottomLayout->addWidget(historyTitle);
    bottomLayout->addWidget(m_historyView);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(UiSettings::SyncSplitter.value());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void SyncPane::connectController()
{
    connect(m_resources, &ResourceModel::checkedChanged, this, [this] {
        // Into the setting the ticks were loaded from: the mode may already be the next one
        // while the model still shows the last dataset's choice.
        m_uncheckedSetting->setValue(m_resources->uncheckedResources());
        updateButtons();
    });
    connect(m_controller, &SyncController::started, this, &SyncPane::onStarted);
    connect(m_controller, &SyncController::stageChanged, m_stage, &QLabel::setText);
    connect(m_controller, &SyncController::progressChanged, this, &SyncPane::onProgress);
    connect(m_controller, &SyncController::retrying, m_resources, &ResourceModel::onRetry);
    connect(m_controller, &SyncController::resourceFinished, m_resources,
        &ResourceModel::onResourceFinished);
    connect(m_controller, &SyncController::finished, this, &SyncPane::onFinished);
    connect(m_history, &RunHistoryModel::loaded, this,
        [this] { m_resources->setLastSuccess(m_history->lastSuccess()); });
}

void SyncPane::connectWorkspace()
{
    connect(&m_workspace, &Workspace::identityChanged, this, [this] {
        const auto identity = m_workspace.identity();
        m_resources->setKeyLevel(identity ? std::optional(identity->level) : std::nullopt);
        updateKeyLine();
    });
    connect(&m_keys, &Core::KeyService::changed, this, &SyncPane::updateKeyLine);
    connect(&m_workspace, &Workspace::modeChanged, this, &SyncPane::updateKeyLine);
}

SyncPane::~SyncPane() = default;

void SyncPane::hideEvent(QHideEvent *event)
{
    UiSettings::SyncSplitter.setValue(m_splitter->saveState());
    QWidget::hideEvent(event);
}

void SyncPane::setDataset(const QString &path)
{
    m_history->setDataset(path);
    m_result->clear();
    m_uncheckedSetting = &uncheckedSetting(); // this dataset's choice from now on
    m_resources->setUncheckedResources(m_uncheckedSetting->value());
}

const Core::Setting<QStringList> &SyncPane::uncheckedSetting() const
{
    return m_workspace.isDemo() ? UiSettings::DemoUncheckedResources
                                : UiSettings::UncheckedResources;
}

void SyncPane::refreshHistory()
{
    m_history->reload();
}

bool SyncPane::isSyncing() const
{
    return m_controller->isRunning();
}

void SyncPane::startSync()
{
    start(m_fullRefresh->isChecked());
}

void SyncPane::startFullRefresh()
{
    start(true);
}

void SyncPane::start(bool fullRefresh)
{
    if (m_controller->isRunning())
        return;
    const QStringList resources = m_resources->checkedResources();
    if (resources.isEmpty()) {
        m_result->setText(tr("Tick at least one resource to sync."));
        return;
    }
    m_controller->start(resources, fullRefresh);
}

void SyncPane::cancelSync()
{
    m_controller->cancel();
}

void SyncPane::onStarted()
{
    m_resources->beginRun(m_resources->checkedResources());
    m_resources->setRunning(true);
    m_result->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_tick.start();
    updateButtons();
    emit syncStarted();
    emit statusChanged(tr("Syncing…"));
}

void SyncPane::onProgress(const Core::SyncProgress &progress)
{
    m_resources->onProgress(progress);
    if (progress.totalRecords && *progress.totalRecords > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * std::min<qint64>(progress.records, *progress.totalRecords)
            / *progress.totalRecords));
        m_progress->setFormat(tr("%1: %2 of %3")
                                  .arg(progress.resource, Format::count(progress.records),
                                      Format::count(*progress.totalRecords)));
    } else {
        m_progress->setRange(0, std::max(1, progress.resourceCount));
        m_progress->setValue(progress.resourceIndex - 1);
        m_progress->setFormat(
            tr("%1 of %2 resources").arg(progress.resourceIndex - 1).arg(progress.resourceCount));
    }
    emit statusChanged(tr("Syncing %1 (%2 of %3)…")
                           .arg(progress.resource)
                           .arg(progress.resourceIndex)
                           .arg(progress.resourceCount));
}

QString SyncPane::summary(const Core::RunResult &result)
{
    using S = Core::RunResult::Status;
    int completed = 0, failed = 0, skipped = 0;
    qint64 rows = 0;
    for (const Core::ResourceResult &r : result.resources) {
        rows += r.rows;
        completed += r.status == Core::ResourceResult::Status::Completed ? 1 : 0;
        failed += r.status == Core::ResourceResult::Status::Failed ? 1 : 0;
        skipped += r.status == Core::ResourceResult::Status::Skipped ? 1 : 0;
    }
    const QString counts = tr("%1 synced, %2 failed, %3 skipped; %4 written in %5.")
                               .arg(tr("%Ln resource(s)", nullptr, completed))
                               .arg(failed)
                               .arg(skipped)
                               .arg(Format::rows(rows), Format::duration(result.durationMs));
    switch (result.status) {
    case S::Completed:
        return tr("Sync complete: %1").arg(counts);
    case S::Partial:
        return tr("Sync partly complete: %1 See the resources below for details.").arg(counts);
    case S::Cancelled:
        return tr("Sync cancelled. Resources finished before the cancel are kept; the one in "
                  "progress was rolled back.");
    case S::Rejected:
        return tr("Sync stopped: %1").arg(result.error);
    case S::DatasetError:
        return tr("The dataset could not be used: %1").arg(result.error);
    case S::Failed:
        return tr("Sync failed: %1").arg(result.error.isEmpty() ? counts : result.error);
    }
    return {};
}

void SyncPane::onFinished(const Core::RunResult &result)
{
    m_tick.stop();
    m_resources->endRun(result.status == Core::RunResult::Status::Cancelled, result.error);
    m_resources->setRunning(false);
    m_progress->hide();
    m_stage->clear();
    const QString text = summary(result);
    m_result->setText(text);
    updateButtons();
    m_history->reload();
    emit statusChanged(text);
    emit syncFinished(result);
}

void SyncPane::updateKeyLine()
{
    QString line;
    const auto identity = m_workspace.identity();
    const QString who = identity
        ? tr("%1 key for org %2").arg(Core::keyLevelDisplayName(identity->level), identity->orgId)
        : QString();
    if (m_workspace.isDemo()) {
        line = tr("Demo data from the built-in Fullstory simulator. Nothing leaves this computer.");
    } else {
        switch (m_keys.state()) {
        case Core::KeyService::State::Checking:
            line = tr("Checking the keychain…");
            break;
        case Core::KeyService::State::Missing:
            line = tr("No API key is stored. Add one with Settings › API key to sync your org.");
            break;
        case Core::KeyService::State::Unavailable:
            line = m_keys.problem();
            break;
        case Core::KeyService::State::Stored:
            if (!who.isEmpty())
                line = tr("API key %1: %2.").arg(m_keys.hint(), who)
                    + (identity->warning.isEmpty() ? QString() : u"\n"_s + identity->warning);
            else if (!m_workspace.identityProblem().isEmpty())
                line = tr("API key %1: its level could not be checked. %2")
                           .arg(m_keys.hint(), m_workspace.identityProblem());
            else
                line = tr("API key %1 (checking its level…)").arg(m_keys.hint());
            break;
        }
    }
    // Before, an unreachable API left "checking its level…" on screen for good.
    m_recheck->setVisible(
        !m_workspace.isDemo() && !identity && !m_workspace.identityProblem().isEmpty());
    m_keyLine->setText(line);
    updateButtons();
}

void SyncPane::updateButtons()
{
    const bool running = m_controller->isRunning();
    const bool canSync = m_workspace.isDemo() || m_keys.isStored();
    m_sync->setEnabled(!running && canSync && !m_resources->checkedResources().isEmpty());
    m_cancel->setEnabled(running);
    m_fullRefresh->setEnabled(!running);
}

QList<QWidget *> SyncPane::parts() const
{
    // Sync and Cancel are never enabled together: one stop for the buttons' row.
    return { m_sync, m_cancel, m_resourceView, m_historyView };
}

} // namespace Gui
