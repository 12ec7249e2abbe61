// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

#include "core/sql/sqlcompletion.h"

class QCompleter;
class QStringListModel;

namespace Gui {

/**
 * The SQL editor: monospace, highlighted, with schema-aware completion (Core::SqlCompletion)
 * popping up as one types a name or after "alias.", or on Ctrl+Space. Tab takes the highlighted
 * completion; Enter takes it only after the arrow keys chose it, else it ends the line. Can mark
 * an error's position and move the cursor there.
 */
class SqlEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditor)

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setSchema(const Core::SqlCompletion::Schema &schema);
    // Underlines the word at `offset` (characters into the text) and puts the cursor there.
    void markError(qsizetype offset);
    void clearError();
    QCompleter *completer() const { return m_completer; }
    void showCompletions(bool evenWithoutPrefix);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insertCompletion(const QString &completion);

    Core::SqlCompletion::Schema m_schema;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_candidates = nullptr;
    qsizetype m_completionStart = 0;
    bool m_completionChosen = false; // the arrow keys moved in the popup since it opened
};

} // namespace Gui
