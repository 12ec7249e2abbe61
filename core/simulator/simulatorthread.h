// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QUrl>
#include <functional>

#include "core/simulator/simconfig.h"

namespace Core {

class Simulator;

/**
 * The simulator on a thread of its own, for the desktop's demo mode (design.md §8): its
 * HTTP serving then never competes with the GUI thread, which does the client's side.
 * Built by the composition root and shared by every demo sync and probe.
 *
 * Nothing runs until the first whenReady(); a server that could not start is tried again
 * on the next one. Destruction closes the server on its thread and waits for it.
 */
class SimulatorThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorThread)

public:
    // Either the server's URL or, when it could not start, what happened.
    using Ready = std::function<void(const QUrl &url, const QString &error)>;

    explicit SimulatorThread(SimConfig config, QObject *parent = nullptr);
    ~SimulatorThread() override;

    // `done` runs once, queued on `context`'s thread; not at all when `context` is gone.
    void whenReady(QObject *context, Ready done);
    bool isReady() const { return !m_url.isEmpty(); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Ready done;
    };

    void start();
    void onListening(const QUrl &url, const QString &error);

    const SimConfig m_config;
    QThread m_thread;
    Simulator *m_simulator = nullptr; // lives on m_thread
    QUrl m_url;
    QList<Waiter> m_waiting;
};

} // namespace Core
