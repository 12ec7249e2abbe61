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

void SimulatorThread::start()
{
    Q_ASSERT(!m_simulator);
    m_simulator = new Simulator(m_config);
    m_simulator->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread.start();
    // listen() creates the QTcpServer, which must be born on the thread that serves it.
    QMetaObject::invokeMethod(m_simulator, [this, simulator = m_simulator] {
        const bool ok = simulator->listen();
        const QUrl url = ok ? simulator->url() : QUrl();
        const QString error = ok ? QString() : simulator->errorString();
        QMetaObject::invokeMethod(this, [this, url, error] {
            if (url.isEmpty()) {
                emit failed(tr("The demo simulator could not start: %1").arg(error));
                return;
            }
            m_url = url;
            emit ready(url);
        });
    });
}

} // namespace Core
