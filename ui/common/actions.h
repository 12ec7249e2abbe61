// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace Gui {

// An action named `name` (tests and the menus find it by that) whose tooltip names its
// shortcut, "Run all (F5)", so a toolbar button teaches its key.
QAction *newAction(
    QObject *parent, const QString &name, const QString &text, const QKeySequence &keys = {});

} // namespace Gui
