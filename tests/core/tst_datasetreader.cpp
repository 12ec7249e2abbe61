// SPDX-License-Identifier: MIT
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/store/datasetreader.h"
#include "core/store/sqlite.h"
#include "timebounds.h"

using namespace Qt::StringLiterals;

class TestDatasetReader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runsOffTheCallerThreadAndAnswersOnIt();
    void missingDatasetIsNotCreated();
    void refusesWrites();
    void jobsRunInOrder();
    void droppedWhenTheContextIsGone();
    void interruptStopsALongQuery();
    void seesCommitsOfAWriter();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestDatasetReader::init()
{
    m_path = m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadWrite);
    db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER); "
            "INSERT INTO t VALUES (1), (2), (3)");
}

void TestDatasetReader::runsOffTheCallerThreadAndAnswersOnIt()
{
    Core::DatasetReader reader(m_path);
    QThread *jobThread = nullptr;
    QThread *answerThread = nullptr;
    std::optional<qint64> sum;
    reader.run<qint64>(
        [&](Core::SqliteDatabase &db) {
            jobThread = QThread::currentThread();
            return qint64(std::stoll(db.scalar("SELECT sum(v) FROM t")));
        },
        this,
        [&](const Core::Result<qint64, QString> &result) {
            answerThread = QThread::currentThread();
            sum = result.value();
        });
    QTRY_VERIFY(sum.has_value());
    QCOMPARE(*sum, 6);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(answerThread, QThread::currentThread());
}

void TestDatasetReader::missingDatasetIsNotCreated()
{
    const QString missing = m_dir.filePath(u"nothing-here.sqlite"_s);
    Core::DatasetReader reader(missing);
    std::optional<QString> error;
    reader.run<int>([](Core::SqliteDatabase &) { return 1; }, this,
        [&](const Core::Result<int, QString> &result) {
            error = result ? QString() : result.error();
        });
    QTRY_VERIFY(error.has_value());
    QVERIFY2(error->contains(u"Run a sync"_s), qPrintable(*error));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestDatasetReader::refusesWrites()
{
    Core::DatasetReader reader(m_path);
    std::optional<QString> error;
    reader.run<int>(
        [](Core::SqliteDatabase &db) {
            db.exec("INSERT INTO t VALUES (4)");
            return 1;
        },
        this,
        [&](const Core::Result<int, QString> &result) {
            error = result ? QString() : result.error();
        });
    QTRY_VERIFY(error.has_value());
    QVERIFY2(error->contains(u"readonly"_s) || error->contains(u"read-only"_s), qPrintable(*error));
    Core::SqliteDatabase db(m_path, Core::SqliteDatabase::Mode::ReadOnly);
    QCOMPARE(db.scalar("SELECT count(*) FROM t"), std::string("3"));
}

void TestDatasetReader::jobsRunInOrder()
{
    Core::DatasetReader reader(m_path);
    QList<int> order;
    for (int i = 0; i < 20; ++i) {
        reader.run<int>([i](Core::SqliteDatabase &) { return i; }, this,
            [&](const Core::Result<int, QString> &result) { order.append(result.value()); });
    }
    QTRY_COMPARE(order.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order.at(i), i);
}

void TestDatasetReader::droppedWhenTheContextIsGone()
{
    Core::DatasetReader reader(m_path);
    bool called = false;
    bool ran = false;
    auto *context = new QObject;
    reader.run<int>(
        [&](Core::SqliteDatabase &) {
            QThread::msleep(50);
            ran = true;
            return 1;
        },
        context, [&](const Core::Result<int, QString> &) { called = true; });
    delete context;
    // A later job on the same reader proves the first one is over.
    bool second = false;
    reader.run<int>([](Core::SqliteDatabase &) { return 2; }, this,
        [&](const Core::Result<int, QString> &) { second = true; });
    QTRY_VERIFY(second);
    QTest::qWait(20);
    QVERIFY(!called);
    Q_UNUSED(ran)
}

void TestDatasetReader::interruptStopsALongQuery()
{
    Core::DatasetReader reader(m_path);
    std::optional<QString> error;
    QElapsedTimer clock;
    reader.run<int>(
        [](Core::SqliteDatabase &db) {
            // Counts to a billion: minutes, unless interrupted.
            db.scalar("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 1000000000) SELECT count(*) FROM n");
            return 1;
        },
        this,
        [&](const Core::Result<int, QString> &result) {
            error = result ? QString() : result.error();
        });
    QTest::qWait(200); // let it start
    clock.start();
    reader.interrupt();
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
    // The real figure is a few ms; the bound is wide so a busy machine cannot flake.
    QVERIFY2(clock.elapsed() < TestSupport::withinMs(2000),
        qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(*error, u"Interrupted."_s);
    // The connection is still usable afterwards.
    std::optional<qint64> count;
    reader.run<qint64>(
        [](Core::SqliteDatabase &db) {
            return qint64(std::stoll(db.scalar("SELECT count(*) FROM t")));
        },
        this, [&](const Core::Result<qint64, QString> &result) { count = result.value(); });
    QTRY_COMPARE(count.value_or(-1), 3);
}

void TestDatasetReader::seesCommitsOfAWriter()
{
    Core::DatasetReader reader(m_path);
    auto count = [&] {
        std::optional<qint64> n;
        reader.run<qint64>(
            [](Core::SqliteDatabase &db) {
                return qint64(std::stoll(db.scalar("SELECT count(*) FROM t")));
            },
            this, [&](const Core::Result<qint64, QString> &result) { n = result.value(); });
        if (!QTest::qWaitFor([&] { return n.has_value(); }, 5000))
            return qint64(-1);
        return *n;
    };
    QCOMPARE(count(), 3);
    Core::SqliteDatabase writer(m_path, Core::SqliteDatabase::Mode::ReadWrite);
    writer.exec("BEGIN; INSERT INTO t VALUES (4); INSERT INTO t VALUES (5);");
    QCOMPARE(count(), 3); // not committed yet: readers see the last commit (WAL)
    writer.exec("COMMIT");
    QCOMPARE(count(), 5);
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
