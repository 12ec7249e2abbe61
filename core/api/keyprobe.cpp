// SPDX-License-Identifier: MIT
#include "core/api/keyprobe.h"

#include <QPointer>

#include "core/api/apiclient.h"

namespace Core {

KeyProbe::KeyProbe(const QString &key, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
{
    ApiClientConfig config;
    config.apiKey = key;
    config.baseUrl = baseUrl;
    config.transferTimeout = std::chrono::milliseconds(15000);
    config.retry.maxAttempts = 2;
    m_client = std::make_unique<ApiClient>(config);
    m_probe = new CapabilityProbe(*m_client, this);
    connect(m_probe, &CapabilityProbe::finished, this, [this](const ProbeOutcome &outcome) {
        if (m_over)
            return; // a cancel() or the destructor stopped the call
        m_over = true;
        const QPointer<KeyProbe> self(this); // a handler may delete our parent, and us
        emit finished(outcome);
        if (self)
            deleteLater();
    });
    m_probe->start();
}

KeyProbe::~KeyProbe()
{
    m_over = true;
    delete m_probe; // before the client it calls through
}

void KeyProbe::cancel()
{
    if (m_over)
        return;
    m_over = true;
    m_probe->cancel();
    deleteLater();
}

} // namespace Core
