// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/common/keylevel.h"
#include "core/common/result.h"

namespace Core {

class ApiClient;
struct ApiResponse;

// Who the key belongs to, from GET /me.
struct KeyIdentity
{
    QString orgId;
    QString email; // blank for legacy org keys
    QString role; // as sent: USER, ARCHITECT, ADMIN, or one of the roles below
    KeyLevel level = KeyLevel::Standard;
    // Set for a role with no documented level (UNKNOWN, VIEW_ONLY, UMBRELLA_MANAGER, or one
    // added later): the key is taken as Standard, and this says so once, to the person.
    QString warning;
};

struct ProbeOutcome
{
    KeyIdentity identity;
    ApiError error; // kind None on success

    bool isOk() const { return !error.isError(); }
};

/**
 * "Test connection": asks GET /me which org the key belongs to and what level it has.
 *
 * Threading and ownership as ApiClient; the client must outlive the probe. start() once, then
 * wait for finished(). parseMe() is the pure part, tested on its own.
 */
class CapabilityProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityProbe)

public:
    explicit CapabilityProbe(ApiClient &client, QObject *parent = nullptr);
    ~CapabilityProbe() override;

    void start();
    void cancel();

    static Result<KeyIdentity, ApiError> parseMe(const QByteArray &body, const QString &url);

signals:
    void finished(const Core::ProbeOutcome &outcome);
    // An attempt failed and another follows after event.wait (the API down, rate limited).
    void retrying(const Core::RetryEvent &event);

private:
    void onFinished(const Core::ApiResponse &response);

    ApiClient &m_client;
    QPointer<ApiCall> m_call;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ProbeOutcome)
