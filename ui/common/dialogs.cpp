// SPDX-License-Identifier: MIT
#include "ui/common/dialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QStandardPaths>

#include "ui/common/uisettings.h"

namespace Gui::Dialogs {

namespace {

struct Pending
{
    std::optional<QMessageBox::StandardButton> answer;
    std::optional<QPair<QString, QString>> saveFile;
    std::optional<QString> text;
    QString lastMessage;
};

Pending &pending()
{
    static Pending state;
    return state;
}

QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    pending().lastMessage = text;
    if (const auto answer = std::exchange(pending().answer, std::nullopt))
        return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
    const QStringList &filters, QString *selectedFilter)
{
    if (const auto next = std::exchange(pending().saveFile, std::nullopt)) {
        if (selectedFilter)
            *selectedFilter = next->second;
        return next->first;
    }
    return QFileDialog::getSaveFileName(
        parent, title, suggestedPath, filters.join(QStringLiteral(";;")), selectedFilter);
}

QString suggestedExportPath(const QString &fileName)
{
    QString folder = UiSettings::ExportFolder.value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + u'/' + fileName;
}

void rememberExportFolder(const QString &path)
{
    UiSettings::ExportFolder.setValue(QFileInfo(path).absolutePath());
}

QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (const auto next = std::exchange(pending().text, std::nullopt))
        return *next;
    bool ok = false;
    const QString entered =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? entered : QString();
}

void setNextText(const QString &text)
{
    pending().text = text;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    pending().answer = answer;
}

void setNextSaveFileName(const QString &path, const QString &filter)
{
    pending().saveFile = qMakePair(path, filter);
}

QString lastMessage()
{
    return pending().lastMessage;
}

} // namespace Gui::Dialogs
