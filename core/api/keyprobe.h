// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

#include "core/api/capabilityprobe.h"

namespace Core {

class ApiClient;

/**
 * "Whose key is this, and what may it read": one GET /me on a client of its own, for the
 * desktop's Test connection and its identity line (the sync engine probes on its own client,
 * with the sync's retries). A person is waiting, so it retries once and gives up after 15 s.
 *
 * Starts on construction, emits finished() once and then deletes itself. cancel() ends it
 * without finished(), so a caller that starts another probe never hears the old one.
 */
class KeyProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyProbe)

public:
    KeyProbe(const QString &key, const QUrl &baseUrl, QObject *parent);
    ~KeyProbe() override;

    void cancel();

signals:
    void finished(const Core::ProbeOutcome &outcome);

private:
    std::unique_ptr<ApiClient> m_client;
    CapabilityProbe *m_probe = nullptr; // uses m_client: deleted before it
    bool m_over = false; // finished, cancelled or being destroyed
};

} // namespace Core
