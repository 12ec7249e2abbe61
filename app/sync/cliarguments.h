// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/common/result.h"

// fullstory-sync's command line (design.md §2), parsed and checked; a usage error says what to
// fix. The API key is deliberately not an option: it would show in `ps`.
struct CliArguments
{
    QString datasetPath; // empty: the default for the mode
    QUrl baseUrl; // empty: the stored region
    QStringList resources;
    QHash<QString, QString> arguments; // {id} / {uid} for look-ups
    QString catalogPath; // empty: the built-in catalog
    bool fullRefresh = false;
    bool demo = false;
    bool json = false;
    bool keyFromStdin = false;
    bool quiet = false;
    bool listResources = false;

    static Core::Result<CliArguments, QString> parse(const QStringList &argv);
    static QString helpText();
};
