// SPDX-License-Identifier: MIT
#include "ui/sql/sqleditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

#include "ui/sql/sqlhighlighter.h"

using namespace Qt::StringLiterals;

namespace Gui {

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"sqlEditor"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    new SqlHighlighter(document());
    m_candidates = new QStringListModel(this);
    m_completer = new QCompleter(m_candidates, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(u"sqlCompletions"_s);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &SqlEditor::insertCompletion);
    // Installed after the completer's own filter, so it sees the popup's keys first.
    m_completer->popup()->installEventFilter(this);
}

bool SqlEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Also called while QPlainTextEdit is still being built, before m_completer exists.
    if (m_completer && watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            m_completionChosen = true; // moving through the list is choosing from it
            break;
        default:
            break;
        }
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setSchema(const Core::SqlCompletion::Schema &schema)
{
    m_schema = schema;
}

void SqlEditor::showCompletions(bool evenWithoutPrefix)
{
    const auto result =
        Core::SqlCompletion::complete(toPlainText(), textCursor().position(), m_schema);
    const bool afterDot = result.start > 0 && toPlainText().at(result.start - 1) == u'.';
    if (result.candidates.isEmpty() || (result.prefix.isEmpty() && !afterDot && !evenWithoutPrefix)
        || (result.candidates.size() == 1 && result.candidates.first() == result.prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completionStart = result.start;
    m_candidates->setStringList(result.candidates);
    m_completer->setCompletionPrefix(QString());
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_candidates->index(0));
    m_completionChosen = false;
}

void SqlEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(m_completionStart), QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
            // Enter ends the line unless a completion was chosen with the arrow keys, as in
            // Qt Creator and DBeaver: typing "FROM users" and Enter must not give "usersWHERE".
            if (!m_completionChosen && !(event->modifiers() & Qt::ControlModifier)) {
                m_completer->popup()->hide();
                QPlainTextEdit::keyPressEvent(event);
                return;
            }
            [[fallthrough]];
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            if (event->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter runs the query, popup or not
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier) {
        showCompletions(true);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (typed.isEmpty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        if (event->key() != Qt::Key_Backspace)
            return;
    }
    const QChar last = typed.isEmpty() ? QChar() : typed.back();
    if (last.isLetterOrNumber() || last == u'_' || last == u'.'
        || event->key() == Qt::Key_Backspace)
        showCompletions(false);
    else
        m_completer->popup()->hide();
}

void SqlEditor::markError(qsizetype offset)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(std::clamp<qsizetype>(offset, 0, toPlainText().size())));
    setTextCursor(cursor);
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    if (!cursor.hasSelection())
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xd9, 0x53, 0x4f));
    setExtraSelections({ mark });
    ensureCursorVisible();
}

void SqlEditor::clearError()
{
    setExtraSelections({});
}

} // namespace Gui
