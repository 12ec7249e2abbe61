// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include "core/sync/syncengine.h"

// Renders the engine's progress on stderr: one updating line on a terminal, plain lines
// (a line per stage, retry and finished resource) otherwise, so logs stay readable.
class ProgressPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

public:
    explicit ProgressPrinter(Core::SyncEngine &engine, QObject *parent = nullptr);

private:
    void line(const QString &text);
    void update(const QString &text);

    bool m_terminal = false;
    bool m_lineOpen = false;
};
