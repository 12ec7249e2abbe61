// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace Gui {

// The grids' common manner: one text line a row, fixed row heights, and Tab leaving the grid
// for the next part of the pane while the arrows move between cells (before, Tab cycled cells
// and never left).
void setUpGrid(QTableView *view);

// Each column as wide as the rows on screen need (cheap however long the result), within
// reason: before, the SQL pane's columns were 160 px whatever they held.
void fitColumns(QTableView *view);

} // namespace Gui
