// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Core {
class KeyService;
} // namespace Core

namespace Gui {

class Workspace;

// The first screen when no API key is stored: enter a key, or try the app on demo data.
class WelcomePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePane)

public:
    WelcomePane(Workspace &workspace, Core::KeyService &keys, QWidget *parent = nullptr);
    ~WelcomePane() override;

signals:
    void enterKeyRequested();
    void demoRequested();
    void ownDataRequested();

private:
    void update();

    Workspace &m_workspace;
    Core::KeyService &m_keys;
    QLabel *m_problem = nullptr;
    QPushButton *m_openOwn = nullptr;
};

} // namespace Gui
