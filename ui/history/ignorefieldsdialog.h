// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace Gui {

// Edits the history browser's ignore list: one field name or dotted path per line
// (Core::FieldFilter explains the patterns).
class IgnoreFieldsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IgnoreFieldsDialog)

public:
    explicit IgnoreFieldsDialog(const QStringList &patterns, QWidget *parent = nullptr);

    QStringList patterns() const;

private:
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace Gui
