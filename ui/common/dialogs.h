// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

class QWidget;

namespace Gui {

/**
 * The app's only way to ask or tell the user something modal: message boxes and file choosers
 * go through here, so GUI tests can answer them in advance (KeePassXC's
 * MessageBox::setNextAnswer) instead of blocking on a dialog nobody sees.
 */
namespace Dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
    QMessageBox::StandardButton defaultButton = QMessageBox::No);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

// Empty when cancelled. `selectedFilter` in: the filter to preselect; out: the one chosen.
QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
    const QStringList &filters, QString *selectedFilter);

// Where an export suggests saving `fileName`: the folder of the last export, else Documents.
QString suggestedExportPath(const QString &fileName);
// Remembers the folder of `path` for the next export's suggestion.
void rememberExportFolder(const QString &path);

// A line of text (a new name); empty when cancelled.
QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text);

// Test hooks: the next call returns this instead of showing anything.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextSaveFileName(const QString &path, const QString &filter);
void setNextText(const QString &text);
// The text of the last message shown or answered in advance, for assertions.
QString lastMessage();

} // namespace Dialogs

} // namespace Gui
