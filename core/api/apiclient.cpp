// SPDX-License-Identifier: MIT
#include "core/api/apiclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <algorithm>

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

QString ApiClientConfig::cleanKey(const QString &pasted)
{
    const QString key = pasted.trimmed();
    // One prefix only: "Basic Basic x" is not a key anyone has.
    constexpr QLatin1StringView prefix("basic ");
    return key.startsWith(prefix, Qt::CaseInsensitive) ? key.sliced(prefix.size()).trimmed() : key;
}

ApiClient::ApiClient(ApiClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_config.apiKey = ApiClientConfig::cleanKey(m_config.apiKey);
    // Fullstory wants the key as-is after "Basic ": no user:password, no base64 (§1.2).
    m_authorization = "Basic " + m_config.apiKey.toUtf8();
    m_secretForms = secretForms(m_config.apiKey);
    qRegisterMetaType<Core::ApiResponse>();
    qRegisterMetaType<Core::RetryEvent>();
    qRegisterMetaType<Core::ApiError>();
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::requestUrl(const QUrl &baseUrl, const QString &path, const QueryItems &query)
{
    QUrl url = baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    // Tolerant: the path arrives encoded and must not be encoded a second time (%2B, not %252B).
    url.setPath(base + (path.startsWith(u'/') ? path : u"/"_s + path), QUrl::TolerantMode);
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::TolerantMode);
    return url;
}

QString ApiClient::encodePathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiCall *ApiClient::get(const QString &path, const QueryItems &query, BodyCheck check)
{
    const QUrl url = requestUrl(m_config.baseUrl, path, query);
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
    for (const QString &form : m_secretForms)
        text.replace(form, u"[api key]"_s, Qt::CaseInsensitive);
    return text;
}

QStringList ApiClient::secretForms(const QString &key)
{
    // Too short to be a key, and replacing it would garble ordinary words.
    if (key.size() < 4)
        return {};
    QStringList forms { key };
    const QByteArray utf8 = key.toUtf8();
    for (const QByteArray &raw : { utf8, QByteArray(utf8 + ':') }) {
        for (const auto options : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            const QString encoded = QString::fromLatin1(raw.toBase64(options));
            forms.append(encoded);
            const QString bare =
                QString::fromLatin1(raw.toBase64(options | QByteArray::OmitTrailingEquals));
            if (bare != encoded)
                forms.append(bare);
        }
    }
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(key));
    if (percent != key)
        forms.append(percent);
    // Longest first, so a form containing another is replaced whole.
    std::sort(forms.begin(), forms.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    forms.removeDuplicates();
    return forms;
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
