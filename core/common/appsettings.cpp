// SPDX-License-Identifier: MIT
#include "core/common/appsettings.h"

#include <QSettings>
#include <QStandardPaths>

#include "core/api/apiclient.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace Keys {
constexpr char BaseUrl[] = "api/baseUrl";
}

namespace {

// ~/.config/fullstory-desk/fullstory-desk.ini, whichever program asks.
QSettings open()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
        QLatin1StringView(AppSettings::ApplicationName),
        QLatin1StringView(AppSettings::ApplicationName));
}

} // namespace

QVariant AppSettings::value(const char *key, const QVariant &fallback)
{
    return open().value(QLatin1StringView(key), fallback);
}

void AppSettings::setValue(const char *key, const QVariant &value)
{
    open().setValue(QLatin1StringView(key), value);
}

QUrl AppSettings::baseUrl()
{
    const QUrl stored(value(Keys::BaseUrl, QString()).toString());
    return stored.isValid() && !stored.isEmpty() ? stored
                                                 : ApiClientConfig::baseUrlFor(Region::NA1);
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    setValue(Keys::BaseUrl, url.toString());
}

QString AppSettings::defaultDatasetPath(bool demo)
{
    // AppDataLocation of an organization-less app named fullstory-desk, computed here so the
    // CLI (whose own application name differs) lands on the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QLatin1StringView(ApplicationName) + (demo ? u"/demo.sqlite"_s : u"/fullstory.sqlite"_s);
}

} // namespace Core
