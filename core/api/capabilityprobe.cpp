// SPDX-License-Identifier: MIT
#include "core/api/capabilityprobe.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/api/apicall.h"
#include "core/api/apiclient.h"

using namespace Qt::StringLiterals;

namespace Core {

CapabilityProbe::CapabilityProbe(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Core::ProbeOutcome>();
}

CapabilityProbe::~CapabilityProbe()
{
    cancel();
}

void CapabilityProbe::start()
{
    m_call = m_client.get(u"/me"_s);
    connect(m_call, &ApiCall::finished, this, &CapabilityProbe::onFinished);
    connect(m_call, &ApiCall::retrying, this, &CapabilityProbe::retrying);
}

void CapabilityProbe::cancel()
{
    if (m_call)
        m_call->cancel();
}

Result<KeyIdentity, ApiError> CapabilityProbe::parseMe(const QByteArray &body, const QString &url)
{
    const QJsonObject me = QJsonDocument::fromJson(body).object();
    const QString role = me.value(u"role"_s).toString();
    const auto level = keyLevelFromRole(role);
    if (!level)
        return ApiError::badResponse(u"GET /me reported an unknown key role “%1”"_s.arg(role), url);
    KeyIdentity identity;
    identity.role = role;
    identity.level = *level;
    identity.email = me.value(u"email"_s).toString();
    identity.orgId = me.value(u"orgId"_s).toString(me.value(u"org_id"_s).toString());
    return identity;
}

void CapabilityProbe::onFinished(const ApiResponse &response)
{
    ProbeOutcome outcome;
    if (!response.isOk()) {
        outcome.error = response.error;
    } else {
        auto parsed = parseMe(response.body, response.url);
        if (parsed)
            outcome.identity = parsed.value();
        else
            outcome.error = parsed.error();
    }
    emit finished(outcome);
}

} // namespace Core
