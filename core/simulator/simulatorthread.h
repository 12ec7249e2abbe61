// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include "core/simulator/simconfig.h"

namespace Core {

class Simulator;

/**
 * The simulator on a thread of its own, for the desktop's demo mode (design.md §8): its
 * HTTP serving then never competes with the GUI thread, which does the client's side.
 *
 * start() once; ready() or failed() follows on the owner's thread. Destruction closes the
 * server on its thread and waits for it.
 */
class SimulatorThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorThread)

public:
    explicit SimulatorThread(SimConfig config, QObject *parent = nullptr);
    ~SimulatorThread() override;

    void start();
    bool isReady() const { return !m_url.isEmpty(); }
    QUrl url() const { return m_url; }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    const SimConfig m_config;
    QThread m_thread;
    Simulator *m_simulator = nullptr; // lives on m_thread
    QUrl m_url;
};

} // namespace Core
