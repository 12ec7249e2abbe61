// SPDX-License-Identifier: MIT
// fullstory-sync: the headless sync for scripts and cron (design.md §2). Composition only: the
// work happens in core's SyncEngine, the same one the desktop app runs.

#include <QCoreApplication>
#include <cstdio>
#include <memory>

#include "cliarguments.h"
#include "core/api/apisettings.h"
#include "core/catalog/catalog.h"
#include "core/common/appsettings.h"
#include "core/common/processhardening.h"
#include "core/common/signalwatcher.h"
#include "core/simulator/simulator.h"
#include "core/sync/syncengine.h"
#include "keysource.h"
#include "progressprinter.h"
#include "runreport.h"

using namespace Qt::StringLiterals;

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

void printResources(const Core::Catalog &catalog)
{
    for (const Core::ResourceSpec &spec : catalog.resources()) {
        printTo(stdout,
            u"%1  %2  (%3 key; table %4)\n"_s.arg(spec.name.leftJustified(28),
                spec.title.leftJustified(34), Core::keyLevelDisplayName(spec.minLevel),
                spec.table));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    Core::hardenProcess(); // before any secret is in memory
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fullstory-sync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FSD_VERSION));

    const auto parsed = CliArguments::parse(app.arguments());
    if (!parsed) {
        if (parsed.error() == u"help"_s) {
            printTo(stdout, CliArguments::helpText());
            return 0;
        }
        if (parsed.error() == u"version"_s) {
            printTo(stdout, u"fullstory-sync %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return 0;
        }
        printTo(stderr, u"fullstory-sync: %1\nTry fullstory-sync --help.\n"_s.arg(parsed.error()));
        return RunReport::Usage;
    }
    const CliArguments &args = parsed.value();

    const auto catalog =
        args.catalogPath.isEmpty() ? Core::Catalog::load() : Core::Catalog::load(args.catalogPath);
    if (!catalog) {
        printTo(stderr,
            u"fullstory-sync: the resource catalog is malformed: %1\n"_s.arg(
                catalog.error().toString()));
        return RunReport::Usage;
    }
    if (args.listResources) {
        printResources(catalog.value());
        return 0;
    }
    for (const QString &name : args.resources) {
        if (!catalog.value().find(name)) {
            printTo(stderr,
                u"fullstory-sync: unknown resource “%1” (see --list-resources)\n"_s.arg(name));
            return RunReport::Usage;
        }
    }

    const QString dataset = args.datasetPath.isEmpty()
        ? Core::AppSettings::defaultDatasetPath(args.demo)
        : args.datasetPath;
    int signalNumber = 0;
    Core::SignalWatcher signalWatcher;
    // Declared in this order so the engine goes first at exit, while what it uses still exists.
    std::unique_ptr<Core::Simulator> simulator;
    std::unique_ptr<Core::SyncEngine> engine;
    QObject::connect(&signalWatcher, &Core::SignalWatcher::received, &app, [&](int number) {
        signalNumber = number;
        if (engine && engine->isRunning())
            engine->cancel();
        else
            QCoreApplication::exit(128 + number);
    });

    auto run = [&](const QString &key, const QUrl &baseUrl) {
        Core::SyncOptions options;
        options.datasetPath = dataset;
        options.api.apiKey = key;
        options.api.baseUrl = baseUrl;
        options.resources = args.resources;
        options.arguments = args.arguments;
        options.fullRefresh = args.fullRefresh;
        options.trigger = args.demo ? u"demo"_s : u"cli"_s;
        engine = std::make_unique<Core::SyncEngine>(catalog.value(), options);
        if (!args.quiet)
            new ProgressPrinter(*engine, engine.get());
        QObject::connect(
            engine.get(), &Core::SyncEngine::finished, &app, [&](const Core::RunResult &result) {
                const int code = RunReport::exitCode(result, signalNumber);
                if (args.json)
                    printTo(stdout, QString::fromUtf8(RunReport::json(result, dataset, code)));
                else if (!args.quiet)
                    printTo(stdout, RunReport::human(result, dataset));
                if (args.quiet && !result.error.isEmpty())
                    printTo(stderr, u"fullstory-sync: %1\n"_s.arg(result.error));
                QCoreApplication::exit(code);
            });
        engine->start();
    };

    if (args.demo) {
        Core::SimConfig config;
        config.users = 2000;
        simulator = std::make_unique<Core::Simulator>(config);
        if (!simulator->listen()) {
            printTo(stderr,
                u"fullstory-sync: cannot start the demo simulator: %1\n"_s.arg(
                    simulator->errorString()));
            return RunReport::NothingLoaded;
        }
        run(QString::fromLatin1(Core::SimKeys::Admin), simulator->url());
    } else {
        const QUrl baseUrl = args.baseUrl.isEmpty() ? Core::ApiSettings::baseUrl() : args.baseUrl;
        // --base-url was checked with the arguments; a stored address is checked here.
        if (const auto why =
                args.baseUrl.isEmpty() ? Core::ApiSettings::refusalFor(baseUrl) : std::nullopt) {
            printTo(stderr,
                u"fullstory-sync: the stored API address %1 cannot be used: %2 Choose another "
                u"in the desktop's Settings › API key, or pass --base-url.\n"_s.arg(
                    baseUrl.toString(), *why));
            return RunReport::Usage;
        }
        // Said before the key is even read, so nothing has been sent when one reads it.
        if (const QString warning = Core::ApiSettings::foreignHostWarning(baseUrl);
            !warning.isEmpty())
            printTo(stderr, u"fullstory-sync: warning: %1\n"_s.arg(warning));
        KeySource::find(
            args.keyFromStdin, &app, [&, baseUrl](const QString &key, const QString &problem) {
                if (key.isEmpty()) {
                    printTo(stderr, u"fullstory-sync: %1\n"_s.arg(problem));
                    QCoreApplication::exit(RunReport::KeyProblem);
                    return;
                }
                run(key, baseUrl);
            });
    }
    return app.exec();
}
