// SPDX-License-Identifier: MIT
#include "ui/common/keyboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace Gui {

namespace {

// The widget that takes a part's focus: a container hands it on to its focus proxy.
QWidget *focusTaker(QWidget *part)
{
    while (part && part->focusProxy())
        part = part->focusProxy();
    return part;
}

bool canTakeFocus(QWidget *part)
{
    const QWidget *taker = focusTaker(part);
    return taker && part->isVisible() && taker->isVisible() && taker->isEnabled()
        && taker->focusPolicy() != Qt::NoFocus;
}

// Calls `act` for the keys it names, also when a shortcut of the pane (the SQL pane's Esc
// stops a query) would otherwise take the key first.
class KeyHook final : public QObject
{
public:
    KeyHook(QWidget *watched, QList<int> keys, std::function<void()> act)
        : QObject(watched)
        , m_keys(std::move(keys))
        , m_act(std::move(act))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
            return false;
        if (!m_keys.contains(key->key()))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        m_act();
        return true;
    }

private:
    QList<int> m_keys;
    std::function<void()> m_act;
};

} // namespace

bool focusNextPart(const QList<QWidget *> &parts, bool forward)
{
    const QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) && focus && (parts.at(i) == focus || parts.at(i)->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype n = parts.size();
    for (qsizetype step = 1; step <= n; ++step) {
        const qsizetype i = at < 0 ? (forward ? step - 1 : n - step)
                                   : ((at + (forward ? step : -step)) % n + n) % n;
        if (canTakeFocus(parts.at(i))) {
            focusTaker(parts.at(i))
                ->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

QWidget *firstPart(const QList<QWidget *> &parts)
{
    for (QWidget *part : parts) {
        if (canTakeFocus(part))
            return focusTaker(part);
    }
    return nullptr;
}

void leadToList(QLineEdit *box, QWidget *list, std::function<void()> leaving)
{
    new KeyHook(box, { Qt::Key_Escape, Qt::Key_Down }, [list, leaving = std::move(leaving)] {
        if (leaving)
            leaving();
        list->setFocus(Qt::ShortcutFocusReason);
    });
}

void openOnEnter(QAbstractItemView *view, std::function<void(const QModelIndex &)> open)
{
    new KeyHook(view, { Qt::Key_Return, Qt::Key_Enter }, [view, open] {
        if (view->currentIndex().isValid())
            open(view->currentIndex());
    });
}

} // namespace Gui
