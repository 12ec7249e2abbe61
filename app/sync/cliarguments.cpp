// SPDX-License-Identifier: MIT
#include "cliarguments.h"

#include <QCommandLineParser>

#include "core/api/apisettings.h"

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption db { u"db"_s, u"The dataset file (default: the desktop app's)."_s,
        u"path"_s };
    QCommandLineOption baseUrl { u"base-url"_s,
        u"Fullstory API base URL (default: the stored region, else NA1)."_s, u"url"_s };
    QCommandLineOption resources { u"resources"_s,
        u"Comma-separated catalog resources (default: all but look-ups)."_s, u"a,b,..."_s };
    QCommandLineOption fullRefresh { u"full-refresh"_s,
        u"Ignore incremental cursors: read every history page."_s };
    QCommandLineOption demo { u"demo"_s,
        u"Sync from the built-in simulator into the demo dataset."_s };
    QCommandLineOption json { u"json"_s, u"Print the result as one JSON object on stdout."_s };
    QCommandLineOption keyStdin { u"api-key-stdin"_s, u"Read the API key from standard input."_s };
    QCommandLineOption quiet { u"quiet"_s,
        u"No progress and no summary; errors still go to stderr."_s };
    QCommandLineOption userId { u"user-id"_s,
        u"Fetch one user by Fullstory id and upsert it into users."_s, u"id"_s };
    QCommandLineOption userUid { u"user-uid"_s,
        u"Fetch one user by your app's uid (v2 and legacy v1)."_s, u"uid"_s };
    QCommandLineOption catalog { u"catalog"_s,
        u"Use this resource catalog instead of the built-in one."_s, u"path"_s };
    QCommandLineOption list { u"list-resources"_s, u"List the catalog's resources and exit."_s };
    QCommandLineOption help { QStringList { u"h"_s, u"help"_s }, u"Show this help."_s };
    QCommandLineOption version { QStringList { u"v"_s, u"version"_s }, u"Show the version."_s };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ db, baseUrl, resources, fullRefresh, demo, json, keyStdin, quiet,
            userId, userUid, catalog, list, help, version });
    }
};

} // namespace

QString CliArguments::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sync Fullstory recording settings, their history and users into a local SQLite dataset.\n"
        u"The API key comes from --api-key-stdin, else FULLSTORY_API_KEY, else the keychain entry "
        u"the "
        u"desktop app stored; never from the command line.\n\n"
        u"Exit codes: 0 all synced, 2 usage, 3 no key or key rejected, 4 partial, 5 nothing "
        u"loaded,\n"
        u"6 dataset locked/unwritable/corrupt, 130/143 interrupted."_s);
    Options().addTo(parser);
    return parser.helpText();
}

Core::Result<CliArguments, QString> CliArguments::parse(const QStringList &argv)
{
    for (const QString &arg : argv) {
        // Refuse before echoing anything: the value would be the secret itself.
        if (arg.startsWith(u"--api-key"_s) && arg != u"--api-key-stdin"_s)
            return Core::Failure<QString> { u"the API key is never taken from the command line (it "
                                            u"would show in ps); use --api-key-stdin or "
                                            u"FULLSTORY_API_KEY"_s };
    }
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    if (!parser.parse(argv))
        return Core::Failure<QString> { parser.errorText() };
    // Not echoed: `--api-key-stdin KEY` puts the secret right here.
    if (!parser.positionalArguments().isEmpty())
        return Core::Failure<QString> { u"unexpected argument: fullstory-sync takes options "
                                        u"only (the API key comes on standard input with "
                                        u"--api-key-stdin, never as an argument)"_s };

    CliArguments out;
    if (parser.isSet(options.help) || parser.isSet(options.version))
        return Core::Failure<QString> { parser.isSet(options.help) ? u"help"_s : u"version"_s };
    out.datasetPath = parser.value(options.db);
    if (parser.isSet(options.baseUrl)) {
        out.baseUrl = QUrl(parser.value(options.baseUrl), QUrl::StrictMode);
        if (const auto why = Core::ApiSettings::refusalFor(out.baseUrl))
            return Core::Failure<QString> { u"--base-url “%1”: %2"_s.arg(
                parser.value(options.baseUrl), *why) };
    }
    for (const QString &name : parser.value(options.resources).split(u',', Qt::SkipEmptyParts))
        out.resources.append(name.trimmed());
    if (parser.isSet(options.userId)) {
        out.arguments.insert(u"id"_s, parser.value(options.userId));
        out.resources.append(u"user_by_id"_s);
    }
    if (parser.isSet(options.userUid)) {
        out.arguments.insert(u"uid"_s, parser.value(options.userUid));
        out.resources.append({ u"user_by_uid"_s, u"user_v1"_s });
    }
    out.catalogPath = parser.value(options.catalog);
    out.fullRefresh = parser.isSet(options.fullRefresh);
    out.demo = parser.isSet(options.demo);
    out.json = parser.isSet(options.json);
    out.keyFromStdin = parser.isSet(options.keyStdin);
    out.quiet = parser.isSet(options.quiet);
    out.listResources = parser.isSet(options.list);
    if (out.demo && out.keyFromStdin)
        return Core::Failure<QString> {
            u"--demo uses the simulator's own key; drop --api-key-stdin"_s
        };
    if (out.demo && !out.baseUrl.isEmpty())
        return Core::Failure<QString> { u"--demo starts its own simulator; drop --base-url"_s };
    return out;
}
