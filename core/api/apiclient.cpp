// SPDX-License-Identifier: MIT
#include "core/api/apiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <simdjson.h>

#include "core/api/apicall.h"

using namespace Qt::StringLiterals;

namespace Core {

QUrl ApiClientConfig::baseUrlFor(Region region)
{
    switch (region) {
    case Region::NA1:
        return QUrl(u"https://api.fullstory.com"_s);
    case Region::EU1:
        return QUrl(u"https://api.eu1.fullstory.com"_s);
    }
    return {};
}

ApiClient::ApiClient(ApiClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_config.apiKey = m_config.apiKey.trimmed();
    // Fullstory wants the key as-is after "Basic ": no user:password, no base64 (§1.2).
    m_authorization = "Basic " + m_config.apiKey.toUtf8();
    qRegisterMetaType<Core::ApiResponse>();
    qRegisterMetaType<Core::RetryEvent>();
    qRegisterMetaType<Core::ApiError>();
}

ApiClient::~ApiClient() = default;

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query, BodyCheck check)
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (path.startsWith(u'/') ? path : u"/"_s + path));
    url.setQuery(query);
    auto *call =
        new ApiCall(*this, url, check ? std::move(check) : BodyCheck(&ApiClient::checkJson));
    call->setParent(this);
    QMetaObject::invokeMethod(call, &ApiCall::startAttempt, Qt::QueuedConnection);
    return call;
}

const ApiClientConfig &ApiClient::config() const
{
    return m_config;
}

QString ApiClient::redact(QString text) const
{
    if (m_config.apiKey.size() >= 4)
        text.replace(m_config.apiKey, u"[api key]"_s);
    return text;
}

ApiError ApiClient::checkJson(const QByteArray &body, const QString &url)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root) == simdjson::SUCCESS)
        return {};
    // simdjson says only that it failed; Qt's parser names the offset for the message.
    QJsonParseError qtError;
    QJsonDocument::fromJson(body, &qtError);
    const QString detail = qtError.error == QJsonParseError::NoError
        ? u"not valid JSON"_s
        : u"%1 at byte %2 of %3"_s.arg(qtError.errorString()).arg(qtError.offset).arg(body.size());
    return ApiError::badResponse(detail, url);
}

QNetworkAccessManager &ApiClient::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Redirects could carry the Authorization header to another host; Fullstory sends none.
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *m_network;
}

} // namespace Core
