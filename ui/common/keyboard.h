// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <functional>

class QAbstractItemView;
class QLineEdit;
class QModelIndex;
class QWidget;

namespace Gui {

/**
 * A pane's parts in reading order (its lists, grids, editors): F6 and Shift+F6 move between
 * them, the keys that move between a window's regions in GNOME and Windows (issue 12: before,
 * a keyboard user could not get out of a grid or the SQL editor, whose Tab keys are their own).
 */
class PaneParts
{
public:
    virtual ~PaneParts() = default;
    virtual QList<QWidget *> parts() const = 0;
};

// Moves the focus to the part after (or before) the one holding it, skipping hidden and
// disabled parts and wrapping around; from outside every part, to the first (or last).
// False when no part can take the focus.
bool focusNextPart(const QList<QWidget *> &parts, bool forward);

// The first part that can take the focus, or null.
QWidget *firstPart(const QList<QWidget *> &parts);

// A search or filter box above a list: Esc and Down go to the list, the text kept, as in a
// file manager's search (before, Esc did nothing and focus stayed in the box). `leaving` runs
// first, for a box that applies its text late.
void leadToList(QLineEdit *box, QWidget *list, std::function<void()> leaving = {});

// Enter on an item does what a click does in a list whose items open on a single click
// (QAbstractItemView has no key for clicked()).
void openOnEnter(QAbstractItemView *view, std::function<void(const QModelIndex &)> open);

} // namespace Gui
