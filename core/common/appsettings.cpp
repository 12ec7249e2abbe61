// SPDX-License-Identifier: MIT
#include "core/common/appsettings.h"

#include <QSettings>
#include <QStandardPaths>

#include "core/common/setting.h"

using namespace Qt::StringLiterals;

namespace Core {

QSettings openAppSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
        QLatin1StringView(AppSettings::ApplicationName),
        QLatin1StringView(AppSettings::ApplicationName));
}

QString AppSettings::defaultDatasetPath(bool demo)
{
    // AppDataLocation of an organization-less app named fullstory-desk, computed here so the
    // CLI (whose own application name differs) lands on the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QLatin1StringView(ApplicationName) + (demo ? u"/demo.sqlite"_s : u"/fullstory.sqlite"_s);
}

} // namespace Core
