// SPDX-License-Identifier: MIT
#include "ui/history/ignorefieldsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/diff/fieldfilter.h"

using namespace Qt::StringLiterals;

namespace Gui {

IgnoreFieldsDialog::IgnoreFieldsDialog(const QStringList &patterns, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Ignore Fields"));
    auto *help = new QLabel(tr("Changes to these fields are left out of every comparison and "
                               "count. One per line: a field name such as <b>note</b> ignores "
                               "it everywhere; a path such as <b>elementRuleGroups.*.note</b> "
                               "only there (<b>*</b> matches any part of one step)."),
        this);
    help->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"ignoreFieldsEdit"_s);
    m_edit->setPlaceholderText(u"note\nelementRuleGroups.*.overrides"_s);
    m_edit->setPlainText(patterns.join(u'\n'));
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, m_edit,
        &QPlainTextEdit::clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(460, 320);
}

QStringList IgnoreFieldsDialog::patterns() const
{
    return Core::FieldFilter(m_edit->toPlainText().split(u'\n')).patterns();
}

} // namespace Gui
