// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Core {

// A page as the API sent it, what the fetcher (sync) hands the writer (store): below both, so
// the store does not include the sync layer.

// What one page says about the walk, read without building any records.
struct PageInfo
{
    enum class End {
        More, // nextToken names the next page
        SinglePage, // the resource has one page by nature
        NoToken, // token absent or empty: the last page
        RepeatedToken, // the server sent the token we sent: stop rather than loop
        EmptyPage, // an empty record list ends the walk even if a token came along
    };

    qsizetype recordCount = 0;
    QString nextToken;
    End end = End::SinglePage;
    std::optional<qint64> totalRecords; // v2 lists: total_records, sent as a string
    // The value at the catalog's cursor_path for each record, in page order ("" when absent).
    QStringList cursorValues;

    // Set when numbers no 64-bit type holds were quoted (quoteUnrepresentableNumbers): the
    // body to normalize instead of the one received.
    QByteArray rewrittenBody;

    bool hasMore() const { return end == End::More; }
};

// One received page, as raw bytes: the writer parses it with a parser that keeps number
// literals' kind (design.md §4); nothing here builds records.
struct FetchedPage
{
    QString resource;
    QString platform; // "" when the resource has no platform parameter
    int index = 0; // 0-based within this walk
    QByteArray body;
    PageInfo info;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::PageInfo)
Q_DECLARE_METATYPE(Core::FetchedPage)
