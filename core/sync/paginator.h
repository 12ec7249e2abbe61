// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

#include "core/api/apiclient.h"
#include "core/api/fetchedpage.h"
#include "core/catalog/resourcespec.h"
#include "core/common/result.h"

namespace simdjson::dom {
class element;
}

namespace Core {

// Why a page could not be read, for an ApiError::badResponse.
struct PageError
{
    QString message;
    // Not JSON at all (perhaps cut short on the way): another attempt may succeed. A well-formed
    // body of the wrong shape would come back the same, so it fails at once.
    bool malformed = false;
};

/**
 * The three Fullstory pagination styles (fullstory-api.md §2) as a pure object:
 *
 * - single: one request, the body is the record (no selector) or holds the list (selector).
 * - settings_history: sends `paginationToken` and `limit`; reads the next token from
 *   `nextPaginationToken`, then `next_pagination_token`, then `next_page_token` — the schema and
 *   the examples disagree, so all spellings are honoured; an empty token ends the walk.
 * - v2_page_token: sends `page_token`, reads `next_page_token`; the server picks the page size.
 *
 * A page without the selector's key, or a body that is not an object, is a bad response; a
 * `null` list counts as empty (fullstory-api.md §9.8). A repeated token or an empty list ends the
 * walk. Not thread-safe (reuses one parser); use one instance per walk.
 */
class Paginator
{
public:
    static constexpr int DefaultHistoryPageSize = 100; // the documented maximum
    // The longest walk a resource may take: ten million users at Fullstory's page size, a
    // million history versions. A server whose tokens never end must not fill the disk.
    static constexpr int DefaultMaxPages = 10000;

    Paginator(PaginatorKind kind, QString selector, const QString &cursorPath = {});
    ~Paginator();
    Paginator(Paginator &&) noexcept;
    Paginator &operator=(Paginator &&) noexcept;

    PaginatorKind kind() const;
    void setHistoryPageSize(int size);

    // Adds the paging parameters for a request carrying `token` (empty: the first page).
    void applyToken(QueryItems &query, const QString &token) const;

    // Reads a page received in answer to a request that carried `sentToken`.
    Result<PageInfo, PageError> inspect(const QByteArray &body, const QString &sentToken) const;

private:
    struct Parser;
    // inspect() once the body parsed; `info` may already hold a rewritten body.
    Result<PageInfo, PageError> read(
        const simdjson::dom::element &root, PageInfo info, const QString &sentToken) const;

    PaginatorKind m_kind;
    QString m_selector;
    QByteArray m_selectorUtf8;
    QList<QByteArray> m_cursorPath;
    int m_historyPageSize = DefaultHistoryPageSize;
    std::unique_ptr<Parser> m_parser;
};

} // namespace Core
