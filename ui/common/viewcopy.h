// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <functional>

class QAbstractItemView;

namespace Gui {

/**
 * The selected cells of a table view as tab-separated lines, the way spreadsheets paste them
 * (Core::Exporter::clipboardLine): every row and column the selection touches, a cell left
 * empty where it is not selected. `role` chooses each cell's value (a raw value role, or
 * ToolTipRole for whole texts); `skipRow` leaves rows out. Empty when nothing is selected.
 */
QString selectedCellsText(const QAbstractItemView *view, bool withHeaders, int role,
    const std::function<bool(int row)> &skipRow = {});

// selectedCellsText() to the clipboard; returns the number of rows copied.
int copySelectedCells(const QAbstractItemView *view, bool withHeaders, int role,
    const std::function<bool(int row)> &skipRow = {});

} // namespace Gui
