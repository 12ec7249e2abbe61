// SPDX-License-Identifier: MIT
// fullstory-sim: the Fullstory API simulator as a standalone server on 127.0.0.1.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

#include "core/common/signalwatcher.h"
#include "core/simulator/simulator.h"

using namespace Qt::StringLiterals;

namespace {

struct IntOption
{
    QCommandLineOption option;
    int *target;
};

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fullstory-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FSD_VERSION));

    Core::SimConfig config;
    int port = 0;
    int seed = int(config.seed);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulator of the Fullstory REST API on 127.0.0.1, for demos, tests and benchmarks.\n"
        u"Prints its URL on the first line, then the keys it accepts. Stops on SIGINT or SIGTERM."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<IntOption> ints = {
        { { u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s, u"n"_s, u"0"_s }, &port },
        { { u"seed"_s, u"Seed of the simulated org's data."_s, u"n"_s, QString::number(seed) },
            &seed },
        { { u"users"_s, u"Number of users."_s, u"n"_s, QString::number(config.users) },
            &config.users },
        { { u"versions"_s, u"Versions per settings series."_s, u"n"_s,
              QString::number(config.versions) },
            &config.versions },
        { { u"users-page-size"_s, u"Users per /v2/users page."_s, u"n"_s,
              QString::number(config.usersPageSize) },
            &config.usersPageSize },
        { { u"rate-limit-every"_s, u"Answer every n-th request with 429."_s, u"n"_s, u"0"_s },
            &config.faults.rateLimitEvery },
        { { u"server-error-every"_s, u"Answer every n-th request with 503."_s, u"n"_s, u"0"_s },
            &config.faults.serverErrorEvery },
        { { u"truncate-every"_s, u"Cut every n-th response body short and close."_s, u"n"_s,
              u"0"_s },
            &config.faults.truncateEvery },
        { { u"malformed-every"_s, u"Send every n-th body as broken JSON."_s, u"n"_s, u"0"_s },
            &config.faults.malformedEvery },
        { { u"latency-ms"_s, u"Delay before every response."_s, u"ms"_s, u"0"_s },
            &config.faults.latencyMs },
        { { u"stall-after-page"_s, u"Never answer list pages after the first n."_s, u"n"_s,
              u"-1"_s },
            &config.faults.stallAfterPage },
        { { u"user-schema-revision"_s, u"1: users gain a property and `seats` becomes text."_s,
              u"n"_s, u"0"_s },
            &config.userSchemaRevision },
    };
    for (const auto &entry : ints)
        parser.addOption(entry.option);
    const QCommandLineOption retryAfter(u"retry-after"_s, u"Retry-After value sent with 429s."_s,
        u"value"_s, config.faults.retryAfter);
    const QCommandLineOption camelToken(
        u"camel-case-token"_s, u"Send the history token as nextPaginationToken."_s);
    const QCommandLineOption log(u"log"_s, u"Print one line per request on stderr."_s);
    const QCommandLineOption historyEnd(u"history-end"_s,
        u"Settings histories end just before this UTC date (default: today)."_s, u"yyyy-mm-dd"_s);
    parser.addOptions({ retryAfter, camelToken, log, historyEnd });
    parser.process(app);

    for (const auto &entry : ints) {
        bool ok = false;
        const int value = parser.value(entry.option).toInt(&ok);
        if (!ok) {
            print(stderr,
                u"fullstory-sim: --%1 needs a whole number, not “%2”"_s.arg(
                    entry.option.names().constFirst(), parser.value(entry.option)));
            return 2;
        }
        *entry.target = value;
    }
    config.seed = quint64(seed);
    config.faults.retryAfter = parser.value(retryAfter);
    config.camelCaseHistoryToken = parser.isSet(camelToken);
    if (parser.isSet(historyEnd)) {
        const QDate date = QDate::fromString(parser.value(historyEnd), Qt::ISODate);
        if (!date.isValid()) {
            print(stderr,
                u"fullstory-sim: --history-end needs a date like 2026-11-01, not “%1”"_s.arg(
                    parser.value(historyEnd)));
            return 2;
        }
        config.historyEnd = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (port < 0 || port > 65535 || config.users < 0 || config.versions < 1
        || config.usersPageSize < 1) {
        print(stderr,
            u"fullstory-sim: --port must be 0-65535, --users ≥ 0, --versions and "
            u"--users-page-size ≥ 1"_s);
        return 2;
    }

    Core::Simulator simulator(config);
    if (!simulator.listen(quint16(port))) {
        print(stderr,
            u"fullstory-sim: cannot listen on 127.0.0.1:%1: %2. Pick another --port, "
            u"or 0 for any free one."_s.arg(port)
                .arg(simulator.errorString()));
        return 1;
    }
    if (parser.isSet(log)) {
        QObject::connect(
            &simulator, &Core::Simulator::requestServed, &app, [](const Core::SimRequest &r) {
                print(stderr,
                    u"%1 %2%3 -> %4"_s
                        .arg(r.method, r.path, r.query.isEmpty() ? QString() : u"?"_s + r.query)
                        .arg(r.status));
            });
    }
    Core::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Core::SignalWatcher::received, &app,
        [](int) { QCoreApplication::quit(); });

    print(stdout, simulator.url().toString());
    print(stdout, u"admin key: %1"_s.arg(QLatin1StringView(Core::SimKeys::Admin)));
    print(stdout, u"architect key: %1"_s.arg(QLatin1StringView(Core::SimKeys::Architect)));
    print(stdout, u"standard key: %1"_s.arg(QLatin1StringView(Core::SimKeys::Standard)));
    return app.exec();
}
