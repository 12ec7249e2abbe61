// SPDX-License-Identifier: MIT
#include "ui/tables/jsonviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/browse/jsonpretty.h"

using namespace Qt::StringLiterals;

namespace Gui {

JsonViewer::JsonViewer(const QString &title, const QString &json, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"jsonViewer"_s);
    setWindowTitle(tr("JSON — %1").arg(title));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"jsonTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Key"), tr("Value"), tr("Type") });
    m_tree->setAlternatingRowColors(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"jsonText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        m_text->setPlainText(Core::prettyJson(json));
        if (document.isObject())
            addValue(m_tree->invisibleRootItem(), {}, document.object());
        else
            addValue(m_tree->invisibleRootItem(), {}, document.array());
        m_tree->expandToDepth(1);
        tabs->addTab(m_tree, tr("Tree"));
        tabs->addTab(m_text, tr("Text"));
    } else {
        m_text->setPlainText(json);
        tabs->addTab(m_text, tr("Text"));
        m_tree->hide();
        layout->addWidget(new QLabel(tr("Not valid JSON (%1 at character %2); shown as stored.")
                                         .arg(error.errorString())
                                         .arg(error.offset),
            this));
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy JSON"), QDialogButtonBox::ActionRole);
    connect(
        copy, &QPushButton::clicked, this, [json] { QApplication::clipboard()->setText(json); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

JsonViewer::~JsonViewer() = default;

void JsonViewer::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = parent == m_tree->invisibleRootItem() && key.isEmpty()
        ? new QTreeWidgetItem(m_tree, { value.isObject() ? u"{}"_s : u"[]"_s })
        : new QTreeWidgetItem(parent, { key });
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("%Ln key(s)", nullptr, int(object.size())));
        item->setText(2, tr("object"));
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, it.key(), it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%Ln item(s)", nullptr, int(array.size())));
        item->setText(2, tr("array"));
        for (int i = 0; i < array.size(); ++i)
            addValue(item, u"[%1]"_s.arg(i), array.at(i));
        break;
    }
    case QJsonValue::String:
        item->setText(1, value.toString());
        item->setText(2, tr("string"));
        break;
    case QJsonValue::Double:
        item->setText(1, QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        item->setText(2, tr("number"));
        break;
    case QJsonValue::Bool:
        item->setText(1, value.toBool() ? u"true"_s : u"false"_s);
        item->setText(2, tr("boolean"));
        break;
    default:
        item->setText(1, u"null"_s);
        item->setText(2, tr("null"));
    }
}

} // namespace Gui
