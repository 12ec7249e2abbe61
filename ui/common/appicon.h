// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace Gui {

// The app's icon, painted in code at the usual sizes: the same drawing as
// resources/icons/fullstory-desk.svg (installed for desktops), without needing Qt's SVG plugin.
QIcon appIcon();

} // namespace Gui
