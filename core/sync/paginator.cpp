// SPDX-License-Identifier: MIT
#include "core/sync/paginator.h"

#include <string_view>

#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace Core {

struct Paginator::Parser
{
    simdjson::dom::parser parser;
};

namespace {

std::string_view view(const QByteArray &bytes)
{
    return { bytes.constData(), size_t(bytes.size()) };
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The first non-empty string among `keys`; Fullstory spells the history token three ways.
QString firstToken(simdjson::dom::object object, std::initializer_list<std::string_view> keys)
{
    for (const auto key : keys) {
        std::string_view token;
        if (object.at_key(key).get_string().get(token) == simdjson::SUCCESS && !token.empty())
            return toQString(token);
    }
    return {};
}

QString cursorValue(simdjson::dom::element record, const QList<QByteArray> &path)
{
    for (const QByteArray &key : path) {
        simdjson::dom::object object;
        if (record.get_object().get(object) != simdjson::SUCCESS
            || object.at_key(view(key)).get(record) != simdjson::SUCCESS)
            return {};
    }
    std::string_view text;
    return record.get_string().get(text) == simdjson::SUCCESS ? toQString(text) : QString();
}

} // namespace

Paginator::Paginator(PaginatorKind kind, QString selector, const QString &cursorPath)
    : m_kind(kind)
    , m_selector(std::move(selector))
    , m_selectorUtf8(m_selector.toUtf8())
    , m_parser(std::make_unique<Parser>())
{
    if (!cursorPath.isEmpty()) {
        for (const QString &part : cursorPath.split(u'.'))
            m_cursorPath.append(part.toUtf8());
    }
}

Paginator::~Paginator() = default;
Paginator::Paginator(Paginator &&) noexcept = default;
Paginator &Paginator::operator=(Paginator &&) noexcept = default;

PaginatorKind Paginator::kind() const
{
    return m_kind;
}

void Paginator::setHistoryPageSize(int size)
{
    m_historyPageSize = size;
}

void Paginator::applyToken(QueryItems &query, const QString &token) const
{
    switch (m_kind) {
    case PaginatorKind::Single:
        return;
    case PaginatorKind::SettingsHistory:
        query.append({ u"limit"_s, QString::number(m_historyPageSize) });
        if (!token.isEmpty())
            query.append({ u"paginationToken"_s, token });
        return;
    case PaginatorKind::V2PageToken:
        if (!token.isEmpty())
            query.append({ u"page_token"_s, token });
        return;
    }
}

Result<PageInfo, QString> Paginator::inspect(const QByteArray &body, const QString &sentToken) const
{
    // simdjson wants readable padding past the end; a padded copy is cheap next to the parse.
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    simdjson::dom::element root;
    if (const auto error = m_parser->parser.parse(padded).get(root); error != simdjson::SUCCESS)
        return u"not valid JSON (%1)"_s.arg(QString::fromUtf8(simdjson::error_message(error)));
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return u"expected a JSON object"_s;

    PageInfo info;
    if (m_selector.isEmpty()) {
        info.recordCount = 1;
        if (!m_cursorPath.isEmpty())
            info.cursorValues.append(cursorValue(root, m_cursorPath));
    } else {
        simdjson::dom::element list;
        if (object.at_key(view(m_selectorUtf8)).get(list) != simdjson::SUCCESS)
            return u"the body has no “%1” list"_s.arg(m_selector);
        simdjson::dom::array records;
        if (list.is_null()) {
            info.recordCount = 0;
        } else if (list.get_array().get(records) != simdjson::SUCCESS) {
            return u"“%1” is not a list"_s.arg(m_selector);
        } else {
            info.recordCount = qsizetype(records.size());
            if (!m_cursorPath.isEmpty()) {
                for (const auto record : records)
                    info.cursorValues.append(cursorValue(record, m_cursorPath));
            }
        }
    }

    simdjson::dom::element total;
    if (object.at_key("total_records").get(total) == simdjson::SUCCESS) {
        std::string_view text;
        int64_t number = 0;
        if (total.get_string().get(text) == simdjson::SUCCESS) {
            bool ok = false;
            const qint64 value = toQString(text).toLongLong(&ok);
            if (ok)
                info.totalRecords = value;
        } else if (total.get_int64().get(number) == simdjson::SUCCESS) {
            info.totalRecords = number;
        }
    }

    switch (m_kind) {
    case PaginatorKind::Single:
        info.end = PageInfo::End::SinglePage;
        return info;
    case PaginatorKind::SettingsHistory:
        info.nextToken = firstToken(
            object, { "nextPaginationToken", "next_pagination_token", "next_page_token" });
        break;
    case PaginatorKind::V2PageToken:
        info.nextToken = firstToken(object, { "next_page_token" });
        break;
    }

    if (info.recordCount == 0)
        info.end = PageInfo::End::EmptyPage;
    else if (info.nextToken.isEmpty())
        info.end = PageInfo::End::NoToken;
    else if (info.nextToken == sentToken)
        info.end = PageInfo::End::RepeatedToken;
    else
        info.end = PageInfo::End::More;
    if (info.end != PageInfo::End::More)
        info.nextToken.clear();
    return info;
}

} // namespace Core
