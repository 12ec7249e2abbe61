// SPDX-License-Identifier: MIT
#include "core/api/apisettings.h"

#include "core/api/apiclient.h"
#include "core/common/setting.h"

using namespace Qt::StringLiterals;

namespace Core::ApiSettings {

namespace {
const Setting<QString> BaseUrl("api/baseUrl");
}

QUrl baseUrl()
{
    const QUrl stored(BaseUrl.value());
    return stored.isValid() && !stored.isEmpty() ? stored
                                                 : ApiClientConfig::baseUrlFor(Region::NA1);
}

void setBaseUrl(const QUrl &url)
{
    BaseUrl.setValue(url.toString());
}

} // namespace Core::ApiSettings
