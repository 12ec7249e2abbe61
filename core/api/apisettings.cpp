// SPDX-License-Identifier: MIT
#include "core/api/apisettings.h"

#include <QCoreApplication>
#include <QHostAddress>

#include "core/api/apiclient.h"
#include "core/common/setting.h"

using namespace Qt::StringLiterals;

namespace Core::ApiSettings {

namespace {
// A function's static: a Setting holds a QString, which a global would build before main().
const Setting<QString> &storedBaseUrl()
{
    static const Setting<QString> setting("api/baseUrl");
    return setting;
}
} // namespace

QUrl baseUrl()
{
    const QUrl stored(storedBaseUrl().value());
    return stored.isValid() && !stored.isEmpty() ? stored
                                                 : ApiClientConfig::baseUrlFor(Region::NA1);
}

void setBaseUrl(const QUrl &url)
{
    storedBaseUrl().setValue(url.toString());
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> refusalFor(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate(
            "Core::ApiSettings", "Enter the API's address, for example https://api.fullstory.com.");
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return QCoreApplication::translate(
            "Core::ApiSettings", "The address must start with https://.");
    if (url.scheme() == u"http"_s && !isLoopback(url))
        return QCoreApplication::translate("Core::ApiSettings",
            "Plain http would send the key unencrypted; use https (http is allowed only for "
            "127.0.0.1, such as a local simulator).");
    // A name or password in the URL would travel with every request, next to the key.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("Core::ApiSettings",
            "Leave the user name and password out of the address; the API key is all "
            "Fullstory needs.");
    return std::nullopt;
}

QString foreignHostWarning(const QUrl &url)
{
    // A refused address gets its refusal, not a warning as well.
    if (refusalFor(url) || isLoopback(url))
        return {};
    for (const Region region : { Region::NA1, Region::EU1 }) {
        const QUrl known = ApiClientConfig::baseUrlFor(region);
        if (url.host().compare(known.host(), Qt::CaseInsensitive) == 0 && url.port(443) == 443)
            return {};
    }
    return QCoreApplication::translate("Core::ApiSettings",
        "%1 is not a Fullstory API host (api.fullstory.com, api.eu1.fullstory.com): your API key "
        "will be sent there. Go on only if it is your own proxy or test server.")
        .arg(url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host());
}

} // namespace Core::ApiSettings
