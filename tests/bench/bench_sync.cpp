// SPDX-License-Identifier: MIT
// bench-sync: how fast fullstory-sync loads users, next to two baselines measured in the same
// run (issue 3): fetch+parse only (no store) and raw sqlite3 inserts of the same rows. Every
// measurement is a separate child process, so peak RSS and CPU belong to that mode alone.
//
//   bench-sync [--users 100000,1000000] [--output FILE]
//
// Not a test: it asserts nothing and takes minutes. Run it with `packaging/dev.sh bench`.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <vector>

#include <simdjson.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/api/apiclient.h"
#include "core/catalog/catalog.h"
#include "core/normalize/normalizer.h"
#include "core/simulator/simconfig.h"
#include "core/simulator/usergenerator.h"
#include "core/store/sqlite.h"
#include "core/sync/resourcefetcher.h"

using namespace Qt::StringLiterals;

namespace {

struct Measured
{
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;
    long maxRssKb = 0;
    QByteArray out;
};

// fork/exec with stdin/stdout pipes, then wait4() for the child's own rusage.
Measured runMeasured(const QStringList &argv, const QByteArray &input = {})
{
    int in[2], out[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0)
        qFatal("pipe failed");
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::close(in[1]);
        ::close(out[0]);
        std::vector<QByteArray> storage;
        std::vector<char *> args;
        for (const QString &a : argv)
            storage.push_back(a.toLocal8Bit());
        for (QByteArray &a : storage)
            args.push_back(a.data());
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    if (!input.isEmpty()) [[maybe_unused]]
        auto written = ::write(in[1], input.constData(), size_t(input.size()));
    ::close(in[1]);
    Measured m;
    char buffer[65536];
    for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
        m.out.append(buffer, n);
    ::close(out[0]);
    int status = 0;
    struct rusage usage = {};
    ::wait4(pid, &status, 0, &usage);
    m.wallMs = double(clock.nsecsElapsed()) / 1e6;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    m.maxRssKb = usage.ru_maxrss;
    return m;
}

// A fullstory-sim child on a free port; its URL read from the first line.
struct Sim
{
    pid_t pid = 0;
    QString url;
    int outFd = -1;

    explicit Sim(qint64 users, int pageSize = 1000)
    {
        int out[2];
        if (::pipe(out) != 0)
            qFatal("pipe failed");
        pid = ::fork();
        if (pid == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            const QByteArray exe =
                QCoreApplication::applicationDirPath().toLocal8Bit() + "/fullstory-sim";
            const QByteArray count = QByteArray::number(users);
            const QByteArray page = QByteArray::number(pageSize);
            ::execl(exe.constData(), exe.constData(), "--port", "0", "--users", count.constData(),
                "--users-page-size", page.constData(), nullptr);
            ::_exit(127);
        }
        ::close(out[1]);
        outFd = out[0];
        QByteArray line;
        char c;
        while (::read(outFd, &c, 1) == 1 && c != '\n')
            line += c;
        url = QString::fromLatin1(line);
    }
    ~Sim()
    {
        ::kill(pid, SIGTERM);
        ::waitpid(pid, nullptr, 0);
        ::close(outFd);
    }
};

// Child mode: walk /v2/users and parse every page completely; store nothing.
int fetchAndParse(const QString &url)
{
    Core::ApiClientConfig config;
    config.baseUrl = QUrl(url);
    config.apiKey = QString::fromLatin1(Core::SimKeys::Admin);
    Core::ApiClient client(config);
    Core::ResourceFetcher::Request request;
    request.spec = *Core::Catalog::load().value().find(u"users"_s);
    Core::ResourceFetcher fetcher(client, request);
    simdjson::dom::parser parser;
    qint64 records = 0;
    QObject::connect(
        &fetcher, &Core::ResourceFetcher::pageReady, &fetcher, [&](const Core::FetchedPage &page) {
            const simdjson::padded_string padded(page.body.constData(), size_t(page.body.size()));
            simdjson::dom::element root;
            simdjson::dom::array list;
            if (parser.parse(padded).get(root) == simdjson::SUCCESS
                && root["results"].get_array().get(list) == simdjson::SUCCESS)
                records += qint64(list.size());
            fetcher.acknowledgePage();
        });
    QSignalSpy finished(&fetcher, &Core::ResourceFetcher::finished);
    fetcher.start();
    finished.wait(600000);
    std::printf("%lld\n", static_cast<long long>(records));
    return records > 0 ? 0 : 1;
}

// Child mode: the same user rows, normalized beforehand (untimed), then only the sqlite3 inserts
// into a fresh file, in one transaction. Prints the insert time in ms.
int rawInserts(qint64 users, const QString &path)
{
    Core::SimConfig config;
    config.users = int(users);
    const Core::UserGenerator generator(config);
    Core::Schema schema;
    Core::Normalizer normalizer(schema);
    Core::NormalizeContext context;
    context.rootTable = "users";
    context.primaryKey = { "id" };
    context.childrenHaveRootId = true;
    context.loadId = "1";
    normalizer.setContext(context);
    Core::SqliteDatabase db(path, Core::SqliteDatabase::Mode::ReadWrite);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    simdjson::dom::parser parser;
    double insertMs = 0;
    bool created = false;
    db.exec("BEGIN");
    for (qint64 first = 0; first < users; first += 1000) {
        const QByteArray page =
            generator.v2Page(int(first), int(qMin<qint64>(1000, users - first)), {}, users);
        const simdjson::padded_string padded(page.constData(), size_t(page.size()));
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS)
            return 1;
        Core::RowBatch batch;
        simdjson::dom::array records;
        if (root["results"].get_array().get(records) != simdjson::SUCCESS)
            return 1;
        for (const auto record : records)
            (void)normalizer.addRecord(record, batch);
        QElapsedTimer clock;
        clock.start();
        if (!created) {
            for (const auto &[name, table] : schema.tables()) {
                std::string sql = "CREATE TABLE " + Core::SqliteDatabase::quote(name) + " (";
                for (size_t i = 0; i < table.columns.size(); ++i)
                    sql += (i ? ", " : "") + Core::SqliteDatabase::quote(table.columns[i].name);
                db.exec(sql + ")");
            }
            created = true;
        }
        for (const auto &[name, rows] : batch.tables) {
            const Core::TableSchema *table = schema.find(name);
            std::string sql = "INSERT INTO " + Core::SqliteDatabase::quote(name) + " VALUES (";
            for (size_t i = 0; i < table->columns.size(); ++i)
                sql += i ? ",?" : "?";
            Core::SqliteStatement insert(db, sql + ")");
            for (size_t r = 0; r < rows.rowCount(); ++r) {
                for (size_t c = 0; c < table->columns.size(); ++c) {
                    if (c < rows.rowWidth(r))
                        insert.bind(int(c) + 1, rows.cells[rows.rowStart(r) + c]);
                    else
                        insert.bindNull(int(c) + 1);
                }
                insert.step();
                insert.resetKeepingBindings();
            }
        }
        insertMs += double(clock.nsecsElapsed()) / 1e6;
    }
    QElapsedTimer clock;
    clock.start();
    db.exec("COMMIT");
    insertMs += double(clock.nsecsElapsed()) / 1e6;
    std::printf("%.1f\n", insertMs);
    return 0;
}

QString mb(long kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 0) + u" MB"_s;
}

QString rate(double count, double ms)
{
    return QString::number(qint64(count / (ms / 1000.0)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption users(
        u"users"_s, u"Comma-separated user counts."_s, u"n,..."_s, u"100000,1000000"_s);
    const QCommandLineOption output(
        u"output"_s, u"Where to write the results (Markdown)."_s, u"file"_s, u"bench-results.md"_s);
    const QCommandLineOption childFetch(u"child-fetch-parse"_s, u"(internal)"_s, u"url"_s);
    const QCommandLineOption childInsert(u"child-raw-insert"_s, u"(internal)"_s, u"n:path"_s);
    parser.addOptions({ users, output, childFetch, childInsert });
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(childFetch))
        return fetchAndParse(parser.value(childFetch));
    if (parser.isSet(childInsert)) {
        const QStringList parts = parser.value(childInsert).split(u':');
        return rawInserts(parts.at(0).toLongLong(), parts.at(1));
    }

    const QString self = QCoreApplication::applicationFilePath();
    const QString sync = QCoreApplication::applicationDirPath() + u"/fullstory-sync"_s;
    QString report =
        u"# bench-sync results\n\n%1, %2 cores, %3. Users from fullstory-sim on 127.0.0.1 "
        u"(1,000 per page, a separate process); every mode is its own process, measured "
        u"with wait4().\n\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName());
    report +=
        u"| users | mode | wall | users/s | rows/s | CPU | peak RSS |\n|---:|---|---:|---:|---:|---:|---:|\n"_s;
    for (const QString &n : parser.value(users).split(u',')) {
        const qint64 count = n.toLongLong();
        QTemporaryDir dir;
        qint64 rows = 0;
        {
            Sim sim(count);
            const Measured m = runMeasured(
                { sync, u"--db"_s, dir.filePath(u"sync.sqlite"_s), u"--base-url"_s, sim.url,
                    u"--resources"_s, u"users"_s, u"--api-key-stdin"_s, u"--json"_s, u"--quiet"_s },
                "sim-admin-key\n");
            const QJsonObject json = QJsonDocument::fromJson(m.out).object();
            rows = json.value(u"resources"_s)
                       .toArray()
                       .first()
                       .toObject()
                       .value(u"rows"_s)
                       .toInteger();
            report +=
                u"| %1 | fullstory-sync (fetch, normalize, store) | %2 s | %3 | %4 | %5 s | %6 |\n"_s
                    .arg(count)
                    .arg(m.wallMs / 1000, 0, 'f', 2)
                    .arg(rate(double(count), m.wallMs), rate(double(rows), m.wallMs))
                    .arg(m.cpuMs / 1000, 0, 'f', 2)
                    .arg(mb(m.maxRssKb));
            std::fprintf(stderr, "%lld users: sync %.0f ms (exit %d)\n",
                static_cast<long long>(count), m.wallMs, m.exitCode);
        }
        {
            Sim sim(count);
            const Measured m = runMeasured({ self, u"--child-fetch-parse"_s, sim.url });
            report +=
                u"| %1 | baseline: fetch + parse only | %2 s | %3 | | %4 s | %5 |\n"_s.arg(count)
                    .arg(m.wallMs / 1000, 0, 'f', 2)
                    .arg(rate(double(count), m.wallMs))
                    .arg(m.cpuMs / 1000, 0, 'f', 2)
                    .arg(mb(m.maxRssKb));
            std::fprintf(stderr, "%lld users: fetch+parse %.0f ms\n", static_cast<long long>(count),
                m.wallMs);
        }
        {
            const Measured m = runMeasured({ self, u"--child-raw-insert"_s,
                u"%1:%2"_s.arg(count).arg(dir.filePath(u"raw.sqlite"_s)) });
            const double insertMs = m.out.trimmed().toDouble();
            report +=
                u"| %1 | baseline: raw sqlite3 inserts of the same rows | %2 s | %3 | %4 | | |\n"_s
                    .arg(count)
                    .arg(insertMs / 1000, 0, 'f', 2)
                    .arg(rate(double(count), insertMs), rate(double(rows), insertMs));
            std::fprintf(stderr, "%lld users: raw inserts %.0f ms\n", static_cast<long long>(count),
                insertMs);
        }
    }
    // Memory against page size (issue 11 item 17): three pages of 70,000 users (~43 MB each)
    // beside the same users in 1,000-user pages, whose peak is the floor.
    report += u"\n| users per page | page size | peak RSS | (peak − floor) ÷ page size |\n"
              u"|---:|---:|---:|---:|\n"_s;
    long floorKb = 0;
    for (const int pageSize : { 1000, 70000 }) {
        QTemporaryDir dir;
        Sim sim(210000, pageSize);
        const Measured m = runMeasured(
            { sync, u"--db"_s, dir.filePath(u"pages.sqlite"_s), u"--base-url"_s, sim.url,
                u"--resources"_s, u"users"_s, u"--api-key-stdin"_s, u"--quiet"_s },
            "sim-admin-key\n");
        // A page is ~610 bytes a user (the simulator's users, measured with curl).
        const double pageMb = pageSize * 610.0 / 1e6;
        if (pageSize == 1000)
            floorKb = m.maxRssKb;
        report += u"| %1 | %2 MB | %3 | %4 |\n"_s.arg(pageSize)
                      .arg(pageMb, 0, 'f', 1)
                      .arg(mb(m.maxRssKb))
                      .arg(pageSize == 1000 ? u"(floor)"_s
                                            : QString::number(double(m.maxRssKb - floorKb) / 1024
                                                      / (pageMb * 1e6 / 1048576.0),
                                                  'f', 1)
                                  + u"×"_s);
        std::fprintf(
            stderr, "pages of %d users: peak %ld kB (exit %d)\n", pageSize, m.maxRssKb, m.exitCode);
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(report.toUtf8());
    std::fputs(qPrintable(report), stdout);
    return 0;
}
