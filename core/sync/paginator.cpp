// SPDX-License-Identifier: MIT
#include "core/sync/paginator.h"

#include <string_view>

#include <simdjson.h>

#include "core/common/jsonparse.h"
#include "core/normalize/jsonnumbers.h"

using namespace Qt::StringLiterals;

namespace Core {

struct Paginator::Parser
{
    std::unique_ptr<simdjson::dom::parser> dom = std::make_unique<simdjson::dom::parser>();
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

// The first non-empty string among `keys`; Fullstory spells the history token three ways. A
// token of another type (a number, an object) is a bad response, not the end of the walk:
// reading it as "no token" would end paging early and store a fraction of the records.
Result<QString, QString> firstToken(
    simdjson::dom::object object, std::initializer_list<std::string_view> keys)
{
    for (const auto key : keys) {
        simdjson::dom::element value;
        if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null())
            continue;
        std::string_view token;
        if (value.get_string().get(token) != simdjson::SUCCESS)
            return Failure<QString> { u"“%1” is not a string"_s.arg(toQString(key)) };
        if (!token.empty())
            return toQString(token);
    }
    return QString();
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

Result<PageInfo, PageError> Paginator::inspect(
    const QByteArray &body, const QString &sentToken) const
{
    PageInfo info;
    simdjson::dom::element root;
    auto error = parseJson(*m_parser->dom, body, root);
    if (error == simdjson::NUMBER_ERROR) {
        if (auto rewritten = quoteUnrepresentableNumbers(body)) {
            info.rewrittenBody = std::move(*rewritten);
            error = parseJson(*m_parser->dom, info.rewrittenBody, root);
        }
    }
    auto result = error == simdjson::SUCCESS
        ? read(root, std::move(info), sentToken)
        : Result<PageInfo, PageError>(PageError {
            u"not valid JSON (%1)"_s.arg(QString::fromUtf8(simdjson::error_message(error))),
            true });
    releaseIfLarge(m_parser->dom); // nothing in the result points into the parser
    return result;
}

Result<PageInfo, PageError> Paginator::read(
    const simdjson::dom::element &root, PageInfo info, const QString &sentToken) const
{
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return PageError { u"expected a JSON object"_s };

    if (m_selector.isEmpty()) {
        info.recordCount = 1;
        if (!m_cursorPath.isEmpty())
            info.cursorValues.append(cursorValue(root, m_cursorPath));
    } else {
        simdjson::dom::element list;
        if (object.at_key(view(m_selectorUtf8)).get(list) != simdjson::SUCCESS)
            return PageError { u"the body has no “%1” list"_s.arg(m_selector) };
        simdjson::dom::array records;
        if (list.is_null()) {
            info.recordCount = 0;
        } else if (list.get_array().get(records) != simdjson::SUCCESS) {
            return PageError { u"“%1” is not a list"_s.arg(m_selector) };
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

    Result<QString, QString> token = QString();
    switch (m_kind) {
    case PaginatorKind::Single:
        info.end = PageInfo::End::SinglePage;
        return info;
    case PaginatorKind::SettingsHistory:
        token = firstToken(
            object, { "nextPaginationToken", "next_pagination_token", "next_page_token" });
        break;
    case PaginatorKind::V2PageToken:
        token = firstToken(object, { "next_page_token" });
        break;
    }
    if (!token)
        return PageError { token.error() };
    info.nextToken = token.value();

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
