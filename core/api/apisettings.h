// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace Core::ApiSettings {

// The Fullstory API base URL that goes with the stored key (NA1 or EU1, or a simulator), in
// the settings file the desktop app and fullstory-sync share (AppSettings). NA1 until chosen.
QUrl baseUrl();
void setBaseUrl(const QUrl &url);

// Where the key may travel (fullstory-api.md §1.1): https to any host, plain http only to a
// loopback address (a local simulator), and no user name or password in the URL. Why `url`
// breaks those rules, in words for a person; nothing when it does not.
std::optional<QString> refusalFor(const QUrl &url);
// A host that is neither a Fullstory region nor loopback (a proxy, a test server) is allowed,
// but the key would go there: the warning to show before it is sent. Empty for the regions,
// loopback, and addresses refusalFor() refuses.
QString foreignHostWarning(const QUrl &url);
bool isLoopback(const QUrl &url);

} // namespace Core::ApiSettings
