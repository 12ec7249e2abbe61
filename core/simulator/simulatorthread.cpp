// SPDX-License-Identifier: MIT
#include "core/simulator/simulatorthread.h"

#include "core/simulator/simulator.h"

using namespace Qt::StringLiterals;

namespace Core {

SimulatorThread::SimulatorThread(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread.setObjectName(u"demo-simulator"_s);
}

SimulatorThread::~SimulatorThread()
{
    m_thread.quit();
    m_thread.wait();
}

void SimulatorThread::whenReady(QObject *context, Ready done)
{
    if (isReady()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), url = m_url] { done(url, {}); },
            Qt::QueuedConnection);
        return;
    }
    m_waiting.append({ context, std::move(done) });
    if (!m_simulator)
        start();
}

void SimulatorThread::start()
{
    m_simulator = new Simulator(m_config);
    m_simulator->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread.start();
    // listen() creates the QTcpServer, which must be born on the thread that serves it.
    QMetaObject::invokeMethod(m_simulator, [this, simulator = m_simulator] {
        const bool ok = simulator->listen();
        const QUrl url = ok ? simulator->url() : QUrl();
        const QString error = ok ? QString() : simulator->errorString();
        QMetaObject::invokeMethod(this, [this, url, error] { onListening(url, error); });
    });
}

void SimulatorThread::onListening(const QUrl &url, const QString &error)
{
    QString message;
    if (url.isEmpty()) {
        message = tr("The demo simulator could not start: %1. Try the sync again; if it keeps "
                     "failing, restart Fullstory Desk.")
                      .arg(error);
        // The next whenReady() starts a fresh server; the failed one goes with its thread.
        m_thread.quit();
        m_thread.wait();
        m_simulator = nullptr;
    }
    m_url = url;
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &waiter : waiting) {
        if (waiter.context)
            QMetaObject::invokeMethod(
                waiter.context, [done = waiter.done, url, message] { done(url, message); },
                Qt::QueuedConnection);
    }
}

} // namespace Core
