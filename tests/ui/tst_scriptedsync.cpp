// SPDX-License-Identifier: MIT
// The desktop's answer to sync runs that fail in ways the simulator cannot stage: a disk that
// fills up mid-run, a rollback that takes its time. DeskApp is composed as it runs, with a
// scripted run in place of the engine; everything else (window, panes, key service) is real.

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>

#include "core/secrets/memorykeystore.h"
#include "desktestsupport.h"
#include "ui/sync/resourcemodel.h"
#include "ui/sync/syncpane.h"

using namespace Qt::StringLiterals;

namespace {

// A run that does what its script says, when the test says so.
class ScriptedRun final : public Core::SyncRun
{
public:
    using Script = std::function<void(ScriptedRun &)>;

    ScriptedRun(Script onStart, Script onCancel, QObject *parent)
        : Core::SyncRun(parent)
        , m_onStart(std::move(onStart))
        , m_onCancel(std::move(onCancel))
    {
    }

    void start() override { m_onStart(*this); }
    void cancel() override { m_onCancel(*this); }

    void finish(Core::RunResult::Status status, const QString &error)
    {
        m_result.status = status;
        m_result.error = error;
        emit finished(m_result);
    }
    void finishResource(const QString &resource, Core::ResourceResult::Status status, qint64 rows,
        const QString &error = {})
    {
        Core::ResourceResult result;
        result.resource = resource;
        result.status = status;
        result.rows = rows;
        result.error = error;
        m_result.resources.append(result);
        emit resourceFinished(result);
    }

private:
    Script m_onStart;
    Script m_onCancel;
    Core::RunResult m_result;
};

} // namespace

class TestScriptedSync final : public QObject
{
    Q_OBJECT

private slots:
    void aFullDiskMidRunIsToldAndTheWindowRecovers();
    void aSlowRollbackKeepsSyncOffUntilTheRunEnds();

private:
    // The desk in demo mode with `onStart`/`onCancel` scripting every run it starts.
    std::unique_ptr<DeskTest::Desk> scriptedDesk(
        ScriptedRun::Script onStart, ScriptedRun::Script onCancel = [](ScriptedRun &) {});

    QList<Core::SyncOptions> m_asked; // what each run was built for
    QPointer<ScriptedRun> m_run; // the newest
};

std::unique_ptr<DeskTest::Desk> TestScriptedSync::scriptedDesk(
    ScriptedRun::Script onStart, ScriptedRun::Script onCancel)
{
    m_asked.clear();
    auto factory = [this, onStart, onCancel](
                       const Core::SyncOptions &options, QObject *parent) -> Core::SyncRun * {
        m_asked.append(options);
        m_run = new ScriptedRun(onStart, onCancel, parent);
        return m_run;
    };
    auto desk = std::make_unique<DeskTest::Desk>(
        std::make_unique<Core::MemoryKeyStore>(), DeskTest::Desk::small(), factory);
    desk->window->resize(1024, 700);
    desk->window->show();
    if (!QTest::qWaitForWindowExposed(desk->window))
        return {};
    return desk;
}

void TestScriptedSync::aFullDiskMidRunIsToldAndTheWindowRecovers()
{
    const QString diskFull = u"database or disk is full. Free some disk space and sync again."_s;
    auto desk = scriptedDesk([diskFull](ScriptedRun &run) {
        // Queued, as the engine's answers are: start() returns before anything is said.
        QTimer::singleShot(0, &run, [&run, diskFull] {
            emit run.stageChanged(u"Syncing users (1 of 2)"_s);
            run.finishResource(u"users"_s, Core::ResourceResult::Status::Completed, 300);
            run.finishResource(u"settings_blocking"_s, Core::ResourceResult::Status::Failed, 0,
                u"The dataset could not be written: "_s + diskFull);
            run.finish(Core::RunResult::Status::DatasetError, diskFull);
        });
    });
    QVERIFY(desk);
    QSignalSpy changed(desk->workspace, &Gui::Workspace::dataChanged);
    desk->window->start(Gui::MainWindow::Start::Demo); // the first demo visit syncs at once
    QVERIFY(desk->waitForSync(10000));

    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().trigger, u"demo"_s);
    QCOMPARE(m_asked.first().datasetPath, desk->dir.filePath(u"demo.sqlite"_s));
    QVERIFY(!m_asked.first().api.apiKey.isEmpty());

    // What a person reads: the pane's result line, the status bar, the failed resource's row.
    Gui::SyncPane *pane = desk->find<Gui::SyncPane>();
    const QString result = pane->findChild<QLabel *>(u"syncResult"_s)->text();
    QCOMPARE(result, u"The dataset could not be used: "_s + diskFull);
    QCOMPARE(desk->window->statusBar()->currentMessage(), result);
    auto *resources = pane->findChild<QTreeView *>(u"resourceList"_s);
    QAbstractItemModel *model = resources->model();
    QString failedStatus, usersStatus;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name =
            model->index(row, 0).data(Gui::ResourceModel::ResourceNameRole).toString();
        const QString status =
            model->index(row, Gui::ResourceModel::StatusColumn).data().toString();
        if (name == u"settings_blocking"_s)
            failedStatus = status;
        else if (name == u"users"_s)
            usersStatus = status;
    }
    QVERIFY2(failedStatus.startsWith(u"Failed: The dataset could not be written"_s),
        qPrintable(failedStatus));
    QVERIFY2(!usersStatus.startsWith(u"Failed"_s), qPrintable(usersStatus));

    // The completed resource was announced to the open views, then everything once more.
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList { u"users"_s });
    QVERIFY(changed.at(1).at(0).toStringList().isEmpty());

    // And the window is usable again: a person can press Sync once there is space.
    QVERIFY(desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
    QVERIFY(pane->findChild<QPushButton *>(u"syncButton"_s)->isEnabled());
    QVERIFY(!pane->findChild<QPushButton *>(u"cancelSyncButton"_s)->isEnabled());
}

void TestScriptedSync::aSlowRollbackKeepsSyncOffUntilTheRunEnds()
{
    // The run starts and waits; cancel() takes a second and a half to roll back.
    auto desk = scriptedDesk([](ScriptedRun &run) { emit run.stageChanged(u"Syncing users"_s); },
        [](ScriptedRun &run) {
            QTimer::singleShot(1500, &run, [&run] {
                run.finishResource(u"users"_s, Core::ResourceResult::Status::Cancelled, 0);
                run.finish(Core::RunResult::Status::Cancelled, u"Cancelled."_s);
            });
        });
    QVERIFY(desk);
    desk->window->start(Gui::MainWindow::Start::Demo);
    Gui::SyncPane *pane = desk->find<Gui::SyncPane>();
    QTRY_VERIFY(m_run);
    QVERIFY(pane->isSyncing());
    auto *cancel = pane->findChild<QPushButton *>(u"cancelSyncButton"_s);
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);

    // Rolling back: the pane says so, and no second run can start on top of it.
    QTRY_COMPARE(pane->findChild<QLabel *>(u"syncStage"_s)->text(), u"Cancelling…"_s);
    QVERIFY(pane->isSyncing());
    QVERIFY(!desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
    desk->window->findChild<QAction *>(u"actionSync"_s)->trigger();
    QCOMPARE(m_asked.size(), 1);

    QVERIFY(desk->waitForSync(10000));
    const QString result = pane->findChild<QLabel *>(u"syncResult"_s)->text();
    QVERIFY2(result.startsWith(u"Sync cancelled."_s), qPrintable(result));
    QVERIFY(desk->window->findChild<QAction *>(u"actionSync"_s)->isEnabled());
    QTRY_VERIFY(!m_run); // the controller let go of the finished run
}

QTEST_MAIN(TestScriptedSync)
#include "tst_scriptedsync.moc"
