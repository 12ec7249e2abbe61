// SPDX-License-Identifier: MIT
#include "ui/common/actions.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Gui {

QAction *newAction(
    QObject *parent, const QString &name, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!keys.isEmpty()) {
        action->setShortcut(keys);
        action->setToolTip(
            u"%1 (%2)"_s.arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace Gui
