// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Gui {

// The UI in `locale`'s language where a translation exists (German today), Qt's own dialogs
// too; English otherwise. Returns whether the app's own translation was found. Calling it again
// replaces the translations the last call installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace Gui
