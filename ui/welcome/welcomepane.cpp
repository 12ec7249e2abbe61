// SPDX-License-Identifier: MIT
#include "ui/welcome/welcomepane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/secrets/keyservice.h"
#include "ui/common/workspace.h"

using namespace Qt::StringLiterals;

namespace Gui {

WelcomePane::WelcomePane(Workspace &workspace, Core::KeyService &keys, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_keys(keys)
{
    setObjectName(u"welcomePane"_s);
    auto *title = new QLabel(tr("Welcome to Fullstory Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(
        tr("Fullstory Desk copies your org's recording settings, every earlier version of them, "
           "and your users into a local SQLite dataset you can browse and query.\n\n"
           "To sync your org, store a Fullstory API key; it is kept in your system's keychain "
           "and nowhere else. Or look around first with demo data from the built-in "
           "simulator."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    auto *enterKey = new QPushButton(tr("Enter API key…"), this);
    enterKey->setObjectName(u"welcomeEnterKey"_s);
    enterKey->setDefault(true);
    auto *demo = new QPushButton(tr("Try with demo data"), this);
    demo->setObjectName(u"welcomeDemo"_s);
    m_openOwn = new QPushButton(tr("Open my dataset"), this);
    m_openOwn->setObjectName(u"welcomeOpenOwn"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"welcomeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);

    for (QPushButton *button : { enterKey, demo, m_openOwn })
        button->setMinimumWidth(260);

    // The wrapped labels take the column's whole width, unaligned: a box layout gives an item
    // with an alignment its sizeHint() height, not its heightForWidth(), which clipped the
    // text top and bottom. The column itself is centred, at most 640 px wide.
    auto *content = new QWidget(this);
    content->setMaximumWidth(640);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(title, 0, Qt::AlignHCenter);
    column->addSpacing(16);
    column->addWidget(text);
    column->addSpacing(24);
    column->addWidget(enterKey, 0, Qt::AlignHCenter);
    column->addWidget(demo, 0, Qt::AlignHCenter);
    column->addWidget(m_openOwn, 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 8);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(enterKey, &QPushButton::clicked, this, &WelcomePane::enterKeyRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePane::demoRequested);
    connect(m_openOwn, &QPushButton::clicked, this, &WelcomePane::ownDataRequested);
    connect(&m_keys, &Core::KeyService::changed, this, &WelcomePane::update);
    update();
}

WelcomePane::~WelcomePane() = default;

void WelcomePane::update()
{
    const bool unavailable = m_keys.state() == Core::KeyService::State::Unavailable;
    m_problem->setText(unavailable
            ? tr("%1\nDemo data works without a keychain.").arg(m_keys.problem())
            : QString());
    m_problem->setVisible(unavailable);
    // A dataset synced earlier (then the key was removed) can still be browsed.
    m_openOwn->setVisible(m_workspace.hasOwnDataset());
}

} // namespace Gui
