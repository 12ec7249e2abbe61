// SPDX-License-Identifier: MIT
#include "core/api/apisettings.h"

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

} // namespace Core::ApiSettings
