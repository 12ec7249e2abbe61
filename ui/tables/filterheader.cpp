// SPDX-License-Identifier: MIT
#include "ui/tables/filterheader.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>

#include "core/browse/columnfilter.h"
#include "ui/common/keyboard.h"

using namespace Qt::StringLiterals;

namespace Gui {

FilterHeader::FilterHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setSectionsMovable(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, &FilterHeader::emitPending);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::adjustPositions);
    if (auto *view = qobject_cast<QAbstractItemView *>(parent)) {
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &FilterHeader::adjustPositions);
    }
}

FilterHeader::~FilterHeader() = default;

void FilterHeader::setFilterCount(int columns)
{
    m_debounce.stop();
    m_pendingColumn = -1;
    qDeleteAll(m_editors);
    m_editors.clear();
    for (int column = 0; column < columns; ++column) {
        auto *editor = new QLineEdit(this);
        editor->setObjectName(u"filter-%1"_s.arg(column));
        editor->setPlaceholderText(tr("Filter"));
        editor->setClearButtonEnabled(true);
        editor->setToolTip(Core::ColumnFilter::syntaxHelp());
        connect(editor, &QLineEdit::textEdited, this, [this, column] {
            if (m_pendingColumn >= 0 && m_pendingColumn != column)
                emitPending();
            m_pendingColumn = column;
            m_debounce.start();
        });
        // The clear button changes the text without textEdited.
        connect(editor, &QLineEdit::textChanged, this, [this, column](const QString &text) {
            if (text.isEmpty() && !m_debounce.isActive()) {
                m_pendingColumn = column;
                emitPending();
            }
        });
        connect(editor, &QLineEdit::returnPressed, this, [this, column] {
            m_pendingColumn = column;
            emitPending();
        });
        editor->installEventFilter(this);
        // Esc or Down goes back to the grid, the filter applied and kept.
        if (parentWidget())
            leadToList(editor, parentWidget(), [this] { emitPending(); });
        editor->show();
        m_editors.append(editor);
    }
    placeInTabOrder();
    updateGeometries();
}

void FilterHeader::placeInTabOrder()
{
    // Tab reaches the boxes where they are seen, between what precedes the grid and the grid;
    // created after the window, they would otherwise come last, after the pane tabs.
    QWidget *grid = parentWidget();
    if (!grid || m_editors.isEmpty())
        return;
    QWidget *before = grid->previousInFocusChain();
    while (before != grid && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    if (before == grid)
        return;
    for (QLineEdit *editor : std::as_const(m_editors)) {
        setTabOrder(before, editor);
        before = editor;
    }
}

void FilterHeader::emitPending()
{
    m_debounce.stop();
    const int column = std::exchange(m_pendingColumn, -1);
    if (column >= 0 && column < m_editors.size())
        emit filterChanged(column, m_editors.at(column)->text());
}

void FilterHeader::setFilterText(int column, const QString &text)
{
    if (QLineEdit *editor = filterEditor(column)) {
        const QSignalBlocker blocker(editor);
        editor->setText(text);
    }
}

void FilterHeader::setFilterError(int column, const QString &error)
{
    QLineEdit *editor = filterEditor(column);
    if (!editor)
        return;
    editor->setStyleSheet(
        error.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #d9534f; }"_s);
    editor->setToolTip(error.isEmpty() ? Core::ColumnFilter::syntaxHelp() : error);
}

void FilterHeader::clearFilters()
{
    m_debounce.stop();
    m_pendingColumn = -1;
    for (int column = 0; column < m_editors.size(); ++column) {
        setFilterText(column, {});
        setFilterError(column, {});
    }
}

QLineEdit *FilterHeader::filterEditor(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column) : nullptr;
}

void FilterHeader::focusFilter(int column)
{
    if (QLineEdit *editor = filterEditor(std::max(column, 0))) {
        editor->setFocus(Qt::ShortcutFocusReason);
        editor->selectAll();
    }
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        size.setHeight(size.height() + m_editors.first()->sizeHint().height());
    return size;
}

void FilterHeader::updateGeometries()
{
    const int editorHeight = m_editors.isEmpty() ? 0 : m_editors.first()->sizeHint().height();
    setViewportMargins(0, 0, 0, editorHeight);
    QHeaderView::updateGeometries();
    adjustPositions();
}

void FilterHeader::adjustPositions()
{
    const int top = QHeaderView::sizeHint().height();
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit *editor = m_editors.at(column);
        editor->move(sectionPosition(column) - offset(), top);
        editor->resize(sectionSize(column), editor->sizeHint().height());
    }
}

bool FilterHeader::eventFilter(QObject *watched, QEvent *event)
{
    const int column = int(m_editors.indexOf(qobject_cast<QLineEdit *>(watched)));
    auto *grid = qobject_cast<QAbstractItemView *>(parentWidget());
    if (column < 0 || !grid)
        return QHeaderView::eventFilter(watched, event);
    // A box tabbed to in a column scrolled out of sight brings its column into view.
    if (event->type() == QEvent::FocusIn && grid->model()) {
        const QModelIndex top = grid->indexAt(QPoint(0, 0));
        grid->scrollTo(grid->model()->index(std::max(top.row(), 0), column));
    }
    return QHeaderView::eventFilter(watched, event);
}

} // namespace Gui
