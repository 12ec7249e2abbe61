// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

// fullstory-sim as a child process, the way users and scripts run it: started with arguments,
// its URL read from the first line of stdout. Stopped with SIGTERM when destroyed.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments)
    {
        // One channel: waitForReadyRead() waits on it, so --log lines are seen as they come.
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(FSD_BIN_DIR "/fullstory-sim"),
            QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
        if (!m_process.waitForStarted(5000))
            qFatal("fullstory-sim did not start");
        QElapsedTimer clock;
        clock.start();
        while (m_lines.size() < 4 && clock.elapsed() < 10000) {
            m_process.waitForReadyRead(100);
            while (m_process.canReadLine())
                m_lines.append(QString::fromUtf8(m_process.readLine()).trimmed());
        }
        if (m_lines.size() < 4)
            qFatal("fullstory-sim printed %d lines", int(m_lines.size()));
    }
    ~SimProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    QString url() const { return m_lines.first(); }
    QStringList keyLines() const { return m_lines.mid(1); }
    QProcess &process() { return m_process; }

    // Waits until the simulator's --log shows `needle`.
    bool waitForLog(const QByteArray &needle, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_log += m_process.readAll();
            if (m_log.contains(needle))
                return true;
            m_process.waitForReadyRead(50);
        }
        qWarning("fullstory-sim log: %s", m_log.right(2000).constData());
        return false;
    }

private:
    QProcess m_process;
    QStringList m_lines;
    QByteArray m_log;
};
