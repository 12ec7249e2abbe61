// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QJsonValue;

namespace Gui {

/**
 * A JSON cell opened for reading: a tree whose objects and arrays fold, and the text
 * pretty-printed with every literal exactly as stored. Text that is not JSON is shown as is.
 */
class JsonViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonViewer)

public:
    JsonViewer(const QString &title, const QString &json, QWidget *parent = nullptr);
    ~JsonViewer() override;

    QPlainTextEdit *text() const { return m_text; }

private:
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);

    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Gui
