// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include "core/common/setting.h"
#include "core/sync/syncoptions.h"
#include "core/sync/syncrun.h"
#include "ui/common/keyboard.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Core {
class Catalog;
class KeyService;
} // namespace Core

namespace Gui {

class ResourceModel;
class RunHistoryModel;
class SyncController;
class Workspace;

/**
 * The sync pane: which resources to sync (those the key may not read are disabled, with the
 * reason), Sync and Cancel, live progress per resource ("rate limited, retrying in 4 s"),
 * each resource's result and last successful sync, and the run history below.
 */
class SyncPane final : public QWidget, public PaneParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPane)

public:
    SyncPane(Workspace &workspace, Core::KeyService &keys, const Core::Catalog &catalog,
        Core::SyncRunFactory newSyncRun, QWidget *parent = nullptr);
    ~SyncPane() override;

    QList<QWidget *> parts() const override;

    // With the pane's Full refresh choice: what the button, F9 and the toolbar all start.
    void startSync();
    // A full refresh this once, whatever the choice (the Sync menu's own item).
    void startFullRefresh();
    void cancelSync();
    bool isSyncing() const;
    void setDataset(const QString &path);
    void refreshHistory();

signals:
    void syncStarted();
    void syncFinished(const Core::RunResult &result);
    void statusChanged(const QString &text);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setupControls();
    void setupViews();
    void setupLayout();
    void connectController();
    void connectWorkspace();
    void start(bool fullRefresh);
    const Core::Setting<QStringList> &uncheckedSetting() const;
    void onStarted();
    void onProgress(const Core::SyncProgress &progress);
    void onFinished(const Core::RunResult &result);
    void updateKeyLine();
    void updateButtons();
    static QString summary(const Core::RunResult &result);

    Workspace &m_workspace;
    Core::KeyService &m_keys;
    SyncController *m_controller = nullptr;
    ResourceModel *m_resources = nullptr;
    RunHistoryModel *m_history = nullptr;
    QLabel *m_keyLine = nullptr;
    QPushButton *m_recheck = nullptr; // shown when the key's level could not be checked
    const Core::Setting<QStringList> *m_uncheckedSetting = nullptr; // the ticks shown are its
    QLabel *m_stage = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QCheckBox *m_fullRefresh = nullptr;
    QTreeView *m_resourceView = nullptr;
    QTreeView *m_historyView = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_tick;
};

} // namespace Gui
