// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QAbstractItemView;

namespace Gui {

/**
 * The selected cells of a table view to the clipboard as tab-separated lines, the way
 * spreadsheets paste them (Core::Exporter::clipboardLine): every row and column the selection
 * touches, a cell left empty where it is not selected. `role` chooses each cell's value (a raw
 * value role, or ToolTipRole for whole texts); `skipRow` leaves rows out. Returns the number of
 * rows copied; with nothing selected the clipboard is left alone.
 */
int copySelectedCells(const QAbstractItemView *view, bool withHeaders, int role,
    const std::function<bool(int row)> &skipRow = {});

} // namespace Gui
