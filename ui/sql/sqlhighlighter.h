// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Gui {

// SQL in the editor: keywords, functions, strings, quoted identifiers, numbers and comments,
// in colours taken from the palette so light and dark desktops both read well.
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlHighlighter)

public:
    explicit SqlHighlighter(QTextDocument *document);
    ~SqlHighlighter() override;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keyword, m_function, m_string, m_identifier, m_number, m_comment;
};

} // namespace Gui
