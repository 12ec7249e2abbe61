// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

namespace Gui {

// How a database value shows in a grid, role by role, the same in every grid: NULL in
// italics in the placeholder colour, numbers right-aligned, long text cut with the whole of it
// in the tooltip. Roles it does not know return an invalid QVariant.
QVariant cellData(const QVariant &value, int role);

} // namespace Gui
