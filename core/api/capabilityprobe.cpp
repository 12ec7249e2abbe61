// SPDX-License-Identifier: MIT
#include "core/api/capabilityprobe.h"

#include <QCoreApplication>
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
    if (!me.contains(u"orgId"_s) && !me.contains(u"org_id"_s) && !me.contains(u"role"_s))
        return ApiError::badResponse(u"GET /me answered without an org or a role"_s, url);
    const QString role = me.value(u"role"_s).toString();
    const auto level = keyLevelFromRole(role);
    KeyIdentity identity;
    identity.role = role;
    identity.level = level.value_or(KeyLevel::Standard);
    // Only USER, ARCHITECT and ADMIN have documented levels (GET_me.json); failing the run on
    // the others would lock out keys that can read something (fullstory-api.md §1.3).
    if (!level) {
        identity.warning = QCoreApplication::translate("Core::CapabilityProbe",
            "Fullstory names this key's role “%1”, which has no documented access level. It is "
            "used as a Standard key: resources it may not read are refused by Fullstory and "
            "listed with the reason.")
                               .arg(role.isEmpty() ? u"UNKNOWN"_s : role);
    }
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
