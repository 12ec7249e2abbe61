// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Core {

/**
 * Every persistent setting, typed and declared once (style.md §4): key and default side by side,
 * shared by the desktop app and fullstory-sync. Stored in
 * ~/.config/fullstory-desk/fullstory-desk.ini, whichever program reads it. Never holds the API key.
 */
class AppSettings
{
public:
    static constexpr char ApplicationName[] = "fullstory-desk";

    // design.md §2: <AppDataLocation of fullstory-desk>/fullstory.sqlite, or demo.sqlite.
    static QString defaultDatasetPath(bool demo);
};

} // namespace Core
