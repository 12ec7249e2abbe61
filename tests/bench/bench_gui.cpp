// SPDX-License-Identifier: MIT
// bench-gui: how long the GUI thread of the real main window ever stops answering (issue 4),
// during a 200k-user demo sync and while opening, scrolling, sorting and filtering a 1M-row
// table, and in the history browser on a privacy setting of 2000 element blocks. A 1 ms precise
// timer runs on the GUI thread the whole time; a stall is the longest gap between two of its ticks
// beyond the interval. Target: under 50 ms.
//
//   bench-gui [--users 200000] [--rows 1000000] [--blocks 2000] [--output FILE]
//
// Not a test: it asserts nothing and takes a minute. Run it with `packaging/dev.sh bench`.

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/secrets/memorykeystore.h"
#include "core/store/migrations.h"
#include "core/store/settingschanges.h"
#include "core/store/sqlite.h"
#include "desktestsupport.h"
#include "ui/history/blamemodel.h"
#include "ui/history/blameview.h"
#include "ui/history/diffview.h"
#include "ui/history/historypane.h"
#include "ui/history/versionbrowser.h"
#include "ui/tables/filterheader.h"
#include "ui/tables/tablegridmodel.h"
#include "ui/tables/tablespane.h"

using namespace Qt::StringLiterals;

namespace {

// Records the gaps between ticks of a 1 ms timer on the GUI thread.
class StallMonitor final : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        // The first gap counts from start(): work that blocks at once must not go unseen.
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const
    {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()) - 1.0;
    }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(p * double(sorted.size() - 1))] - 1.0;
    }
    size_t over(double ms) const
    {
        return size_t(
            std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g - 1.0 > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

struct Phase
{
    QString name;
    double seconds = 0;
    double longestMs = 0;
    double p99Ms = 0;
    size_t over50 = 0;
};

template <typename Work> Phase measure(StallMonitor &monitor, const QString &name, Work work)
{
    QElapsedTimer clock;
    clock.start();
    monitor.start();
    work();
    monitor.stop();
    Phase phase { name, double(clock.elapsed()) / 1000.0, monitor.longest(),
        monitor.percentile(0.99), monitor.over(50) };
    std::printf("%-46s %7.2f s   longest stall %6.1f ms   p99 %5.1f ms   >50 ms: %zu\n",
        qPrintable(name), phase.seconds, phase.longestMs, phase.p99Ms, phase.over50);
    std::fflush(stdout);
    return phase;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (!QTest::qWaitFor(done, timeoutMs))
        qFatal("timed out");
}

// A million rows shaped like users (text key, numbers, timestamps), written straight with sqlite3.
void makeBigTable(const QString &path, int rows)
{
    Core::SqliteDatabase db(path, Core::SqliteDatabase::Mode::ReadWrite);
    db.exec("PRAGMA journal_mode = WAL; BEGIN; CREATE TABLE events (id TEXT NOT NULL PRIMARY KEY, "
            "user_uid TEXT, kind TEXT, amount BIGINT, score FLOAT, created DATETIME, note TEXT, "
            "_dlt_id TEXT NOT NULL)");
    Core::SqliteStatement insert(db, "INSERT INTO events VALUES (?,?,?,?,?,?,?,?)");
    static const char *kinds[] = { "click", "view", "purchase", "signup", "rage_click" };
    QRandomGenerator random(7);
    for (int i = 0; i < rows; ++i) {
        const std::string id = std::to_string(6606828898126000000LL + i);
        const std::string uid = "acct-" + std::to_string(random.bounded(200000));
        const std::string created = QDateTime::fromSecsSinceEpoch(1700000000 + i * 7LL, Qt::UTC)
                                        .toString(u"yyyy-MM-ddTHH:mm:ss.000000Z"_s)
                                        .toStdString();
        const std::string note = "note " + std::to_string(random.bounded(1000));
        insert.bindText(1, id);
        insert.bindText(2, uid);
        insert.bindText(3, kinds[random.bounded(5)]);
        insert.bindInt(4, random.bounded(100000));
        insert.bindValue(5, random.generateDouble() * 100);
        insert.bindText(6, created);
        insert.bindText(7, note);
        insert.bindText(8, id);
        insert.step();
        insert.resetKeepingBindings();
    }
    db.exec("COMMIT");
}

// A privacy setting of `blocks` element blocks through `versions` versions, each editing a few
// blocks, with settings_changes written by the real code (SettingsChanges::update).
void makeBigHistory(const QString &path, int blocks, int versions)
{
    Core::SqliteDatabase db(path, Core::SqliteDatabase::Mode::ReadWrite);
    Core::Migrations::apply(db);
    db.exec("BEGIN; CREATE TABLE settings_privacy_history (metadata__last_updated TEXT, "
            "metadata__last_updated_by TEXT, _raw_json TEXT, _dlt_id TEXT NOT NULL)");
    QJsonArray list;
    for (int b = 0; b < blocks; ++b) {
        list.append(QJsonObject { { u"selector"_s, u".field-%1"_s.arg(b) },
            { u"type"_s, u"BLOCK_EXCLUDE"_s }, { u"notes"_s, u"block %1 of the checkout"_s.arg(b) },
            { u"consent"_s, false }, { u"scope"_s, u"ALL_SESSIONS"_s }, { u"groupId"_s, 0 },
            { u"exceptionSelectors"_s, QJsonArray { u".hint"_s } } });
    }
    Core::SqliteStatement insert(db, "INSERT INTO settings_privacy_history VALUES (?,?,?,?)");
    QRandomGenerator random(11);
    for (int v = 0; v < versions; ++v) {
        for (int edit = 0; edit < 5; ++edit) {
            const int b = int(random.bounded(blocks));
            QJsonObject block = list.at(b).toObject();
            block.insert(u"notes"_s, u"block %1, revised in version %2"_s.arg(b).arg(v));
            list.replace(b, block);
        }
        const QString when = QDateTime::fromSecsSinceEpoch(1760000000 + v * 86400LL, Qt::UTC)
                                 .toString(u"yyyy-MM-ddTHH:mm:ss.000000Z"_s);
        const QJsonObject settings { { u"elementBlocks"_s, list },
            { u"defaultPrivacyMode"_s, u"PRIVACY_MODE_OFF"_s },
            { u"metadata"_s, QJsonObject { { u"lastUpdated"_s, when } } } };
        insert.bindValues({ when, u"analyst%1@example.com"_s.arg(v % 4),
            QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
            QString::number(v) });
        insert.step();
        insert.reset();
    }
    Core::SettingsChanges::update(db, "settings_privacy_history", "privacy", true, "bench");
    db.exec("COMMIT");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption usersOption(
        u"users"_s, u"users in the demo sync"_s, u"N"_s, u"200000"_s);
    const QCommandLineOption rowsOption(
        u"rows"_s, u"rows in the big table"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption blocksOption(
        u"blocks"_s, u"element blocks in the big privacy history"_s, u"N"_s, u"2000"_s);
    const QCommandLineOption outputOption(u"output"_s, u"results file (markdown)"_s, u"FILE"_s);
    parser.addOptions({ usersOption, rowsOption, blocksOption, outputOption });
    parser.addHelpOption();
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const int rows = parser.value(rowsOption).toInt();
    const int blocks = parser.value(blocksOption).toInt();

    StallMonitor monitor;
    QList<Phase> phases;
    {
        Core::SimConfig demo;
        demo.users = users;
        demo.usersPageSize = 1000;
        DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>(), demo);
        desk.window->show();
        desk.window->start(Gui::MainWindow::Start::Remembered);
        waitUntil([&] { return desk.window->isShowingWelcome(); }, 10000);
        phases.append(measure(monitor, u"demo sync of %1 users"_s.arg(users), [&] {
            desk.window->openDemo();
            waitUntil([&] { return !desk.find<Gui::SyncPane>()->isSyncing(); }, 600000);
        }));
        Gui::TablesPane *tables = desk.find<Gui::TablesPane>();
        desk.find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(tables);
        phases.append(measure(monitor, u"open users (%1 rows) after the sync"_s.arg(users), [&] {
            tables->openTable(u"users"_s);
            waitUntil([&] { return tables->gridModel()->rowCount() == users; }, 60000);
            QTest::qWait(200);
        }));
    }
    {
        DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
        std::printf("writing a %d-row table…\n", rows);
        std::fflush(stdout);
        makeBigTable(desk.dir.filePath(u"own.sqlite"_s), rows);
        desk.window->show();
        desk.window->openOwnData();
        Gui::TablesPane *tables = desk.find<Gui::TablesPane>();
        desk.find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(tables);
        Gui::TableGridModel *grid = tables->gridModel();
        QTableView *view = tables->gridView();
        phases.append(measure(monitor, u"open a %1-row table"_s.arg(rows), [&] {
            tables->openTable(u"events"_s);
            waitUntil([&] { return grid->rowCount() == rows; }, 60000);
            waitUntil(
                [&] {
                    return grid->data(grid->index(0, 0), Gui::TableGridModel::IsLoadedRole)
                        .toBool();
                },
                60000);
        }));
        phases.append(measure(monitor, u"scroll: 300 jumps anywhere, 300 page steps"_s, [&] {
            QScrollBar *bar = view->verticalScrollBar();
            QRandomGenerator random(3);
            for (int i = 0; i < 300; ++i) {
                bar->setValue(int(random.bounded(bar->maximum() + 1)));
                QTest::qWait(5);
            }
            for (int i = 0; i < 300; ++i) {
                bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
                QTest::qWait(5);
            }
            const int last = view->rowAt(view->viewport()->height() - 1);
            waitUntil(
                [&] {
                    return grid
                        ->data(grid->index(std::max(last, 0), 0), Gui::TableGridModel::IsLoadedRole)
                        .toBool();
                },
                60000);
        }));
        phases.append(measure(monitor, u"sort by a text column, then by a number"_s, [&] {
            grid->sort(2, Qt::AscendingOrder);
            waitUntil([&] { return !grid->isLoading(); }, 120000);
            grid->sort(3, Qt::DescendingOrder);
            waitUntil([&] { return !grid->isLoading(); }, 120000);
            waitUntil(
                [&] {
                    return grid->data(grid->index(0, 0), Gui::TableGridModel::IsLoadedRole)
                        .toBool();
                },
                60000);
        }));
        phases.append(measure(monitor, u"filter kind = purchase, then clear"_s, [&] {
            tables->findChild<Gui::FilterHeader *>()->setFilterText(2, u"=purchase"_s);
            emit tables->findChild<Gui::FilterHeader *>()->filterChanged(2, u"=purchase"_s);
            waitUntil([&] { return !grid->isLoading(); }, 120000);
            tables->clearFilters();
            waitUntil([&] { return !grid->isLoading() && grid->rowCount() == rows; }, 120000);
        }));
    }

    {
        DeskTest::Desk desk(std::make_unique<Core::MemoryKeyStore>());
        makeBigHistory(desk.dir.filePath(u"own.sqlite"_s), blocks, 60);
        desk.window->show();
        desk.window->openOwnData();
        Gui::HistoryPane *history = desk.find<Gui::HistoryPane>();
        desk.find<QTabWidget>(u"mainTabs"_s)->setCurrentWidget(history);
        Gui::VersionBrowser *versions = history->versions();
        Gui::DiffView *diff = versions->diffView();
        const auto loadedPrivacy = [&] {
            QSignalSpy loaded(versions, &Gui::VersionBrowser::loaded);
            history->findChild<QComboBox *>(u"historySetting"_s)
                ->setCurrentIndex(history->findChild<QComboBox *>(u"historySetting"_s)
                                      ->findData(QStringList { u"privacy"_s, QString() }));
            waitUntil([&] { return !loaded.isEmpty() && diff->changeCount() > 0; }, 60000);
        };
        const QString fields = QString::number(blocks * 7);
        phases.append(measure(monitor,
            u"history: open privacy (%1 fields, 60 versions)"_s.arg(fields), loadedPrivacy));
        phases.append(measure(monitor, u"history: 30 × Alt+Down / Alt+Up"_s, [&] {
            for (int i = 0; i < 15; ++i) {
                diff->nextChange();
                QTest::qWait(5);
            }
            for (int i = 0; i < 15; ++i) {
                diff->previousChange();
                QTest::qWait(5);
            }
        }));
        phases.append(measure(monitor, u"history: compare the oldest with the newest"_s, [&] {
            QComboBox *base = versions->findChild<QComboBox *>(u"historyBase"_s);
            QSignalSpy loaded(versions, &Gui::VersionBrowser::loaded);
            base->setCurrentIndex(base->count() - 1);
            emit base->activated(base->count() - 1);
            waitUntil([&] { return !loaded.isEmpty(); }, 60000);
        }));
        phases.append(measure(monitor, u"history: show all %1 unchanged fields"_s.arg(fields), [&] {
            diff->setShowUnchanged(true);
            QTest::qWait(50);
            diff->setShowUnchanged(false);
        }));
        phases.append(measure(monitor, u"history: blame of %1 fields"_s.arg(fields), [&] {
            history->tabs()->setCurrentWidget(history->findChild<Gui::BlameView *>());
            QSignalSpy loaded(history->findChild<Gui::BlameView *>(), &Gui::BlameView::loaded);
            history->findChild<Gui::BlameView *>()->reload();
            waitUntil([&] { return !loaded.isEmpty(); }, 60000);
        }));
    }

    double worst = 0;
    QString table =
        u"| phase | duration | longest GUI stall | p99 | stalls > 50 ms |\n|---|---:|---:|---:|---:|\n"_s;
    for (const Phase &p : std::as_const(phases)) {
        worst = std::max(worst, p.longestMs);
        table += u"| %1 | %2 s | %3 ms | %4 ms | %5 |\n"_s.arg(p.name)
                     .arg(p.seconds, 0, 'f', 2)
                     .arg(p.longestMs, 0, 'f', 1)
                     .arg(p.p99Ms, 0, 'f', 1)
                     .arg(p.over50);
    }
    const QString report = u"# bench-gui, %1\n\n%2, %3 cores, Qt %4, offscreen platform.\n\n%5\n"
                           u"Longest stall over all phases: %6 ms (target: under 50 ms).\n"_s
                               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                   QSysInfo::prettyProductName())
                               .arg(QThread::idealThreadCount())
                               .arg(QString::fromLatin1(qVersion()), table)
                               .arg(worst, 0, 'f', 1);
    std::printf("\n%s", qPrintable(report));
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::Append) || file.write(report.toUtf8() + "\n") < 0)
            qFatal("cannot write %s", qPrintable(parser.value(outputOption)));
    }
    return 0;
}
