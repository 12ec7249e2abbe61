// SPDX-License-Identifier: MIT
#include "ui/common/storedwords.h"

#include <QCoreApplication>
#include <initializer_list>
#include <utility>

#include "core/common/keylevel.h"

using namespace Qt::StringLiterals;

namespace Gui::StoredWords {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gui::StoredWords)
};

using Words = std::initializer_list<std::pair<QString, QString>>;

QString lookUp(const QString &stored, Words words)
{
    for (const auto &[from, to] : words)
        if (from == stored)
            return to;
    return stored;
}

} // namespace

QString runStatus(const QString &stored)
{
    return lookUp(stored,
        { { u"completed"_s, Text::tr("completed") }, { u"partial"_s, Text::tr("partial") },
            { u"failed"_s, Text::tr("failed") }, { u"cancelled"_s, Text::tr("cancelled") },
            { u"skipped"_s, Text::tr("skipped") }, { u"running"_s, Text::tr("running") },
            { u"interrupted"_s, Text::tr("interrupted") } });
}

QString runTrigger(const QString &stored)
{
    return lookUp(stored,
        { { u"desktop"_s, Text::tr("desktop") }, { u"cli"_s, Text::tr("command line") },
            { u"demo"_s, Text::tr("demo") } });
}

QString keyLevel(const QString &stored)
{
    const auto level = Core::keyLevelFromName(stored);
    return level ? Core::keyLevelDisplayName(*level) : stored;
}

QString schemaChange(const QString &stored)
{
    return lookUp(stored,
        { { u"new_table"_s, Text::tr("new table") }, { u"new_column"_s, Text::tr("new column") },
            { u"new_variant"_s, Text::tr("new variant column") },
            { u"overflow"_s, Text::tr("kept in the overflow column") },
            { u"renamed"_s, Text::tr("new column, renamed") } });
}

QString settingChange(const QString &stored)
{
    return lookUp(stored,
        { { u"added"_s, Text::tr("added") }, { u"removed"_s, Text::tr("removed") },
            { u"changed"_s, Text::tr("changed") } });
}

QString setting(const QString &stored)
{
    return lookUp(stored,
        { { u"blocking"_s, Text::tr("Blocking") }, { u"domain"_s, Text::tr("Domains") },
            { u"geo"_s, Text::tr("Geo") }, { u"privacy"_s, Text::tr("Privacy") },
            { u"features"_s, Text::tr("Features") }, { u"targeting"_s, Text::tr("Targeting") } });
}

QString platform(const QString &stored)
{
    return lookUp(stored, { { u"web"_s, Text::tr("web") }, { u"mobile"_s, Text::tr("mobile") } });
}

QString series(const QString &settingName, const QString &platformName)
{
    if (platformName.isEmpty())
        return setting(settingName);
    return Text::tr("%1 (%2)", "setting (platform)")
        .arg(setting(settingName), platform(platformName));
}

} // namespace Gui::StoredWords
