// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Core {

/**
 * Turns SIGINT and SIGTERM into a Qt signal on the event loop, through a self-pipe (the only
 * async-signal-safe way): the handler writes the signal number, a QSocketNotifier reads it.
 *
 * One instance per process; create it on the main thread before exec().
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const;

signals:
    // signalNumber is SIGINT or SIGTERM; exit codes 130 / 143 are 128 + it.
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Core
