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

QVariant AppSettings::value(const char *key, const QVariant &fallback)
{
    const QSettings settings(QString(), QString::fromLatin1(ApplicationName));
    return settings.value(QLatin1StringView(key), fallback);
}

void AppSettings::setValue(const char *key, const QVariant &value)
{
    QSettings settings(QString(), QString::fromLatin1(ApplicationName));
    settings.setValue(QLatin1StringView(key), value);
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
