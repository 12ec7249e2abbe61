// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

namespace Core::ApiSettings {

// The Fullstory API base URL that goes with the stored key (NA1 or EU1, or a simulator), in
// the settings file the desktop app and fullstory-sync share (AppSettings). NA1 until chosen.
QUrl baseUrl();
void setBaseUrl(const QUrl &url);

} // namespace Core::ApiSettings
