// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <deque>
#include <functional>
#include <optional>

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/catalog/resourcespec.h"
#include "core/sync/paginator.h"

namespace Core {

class ApiClient;

struct FetchProgress
{
    QString resource;
    QString platform;
    int pages = 0;
    qint64 records = 0;
    std::optional<qint64> totalRecords;
    int requests = 0;
    int retries = 0;
    qint64 waitedMs = 0;
};

struct FetchOutcome
{
    enum class Status { Completed, Cancelled, Failed };

    Status status = Status::Failed;
    FetchProgress progress; // the final counts
    bool stoppedEarly = false; // the early-stop hook ended the walk
    PageInfo::End end = PageInfo::End::SinglePage;
    ApiError error; // meaningful when status == Failed
};

/**
 * Walks every page of one catalog resource (for one platform, with placeholder values for
 * look-ups) and emits them as they arrive.
 *
 * Prefetch with flow control: the request for page N+1 goes out as soon as page N has been
 * emitted, as long as no more pages than setMaxPagesAhead() allows wait for acknowledgePage(); a
 * slow consumer therefore bounds memory instead of letting pages pile up. 0 disables flow control.
 *
 * The early-stop hook sees each page's PageInfo (cursor values included) and may end the walk
 * after that page: how an incremental history sync stops at the first version it already has.
 *
 * Threading: lives on the ApiClient's thread; never blocks. Ownership: the client must outlive
 * the fetcher. One instance performs one walk: start() once, then wait for finished().
 */
class ResourceFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFetcher)

public:
    struct Request
    {
        ResourceSpec spec;
        QString platform;
        QHash<QString, QString> arguments; // placeholder → value, e.g. "uid" → "acct-42"
        int historyPageSize = Paginator::DefaultHistoryPageSize;
        int maxPages = Paginator::DefaultMaxPages; // a longer walk fails the resource
        std::function<bool(const PageInfo &)> stopAfterPage;
    };

    ResourceFetcher(ApiClient &client, Request request, QObject *parent = nullptr);
    ~ResourceFetcher() override;

    void setMaxPagesAhead(int pages);

    void start();
    void cancel();
    // The consumer has finished with one emitted page.
    void acknowledgePage();

    bool isRunning() const;

    // The request path with placeholders filled (URL-encoded), or an error naming the missing one.
    static Result<QString, QString> fillPlaceholders(
        const QString &text, const QHash<QString, QString> &arguments, bool encode);

signals:
    void pageReady(const Core::FetchedPage &page);
    void progressChanged(const Core::FetchProgress &progress);
    void retrying(const Core::RetryEvent &event);
    void finished(const Core::FetchOutcome &outcome);

private:
    void requestPage();
    void onPageFinished(const Core::ApiResponse &response);
    void maybeRequestNext();
    void finish(FetchOutcome::Status status, ApiError error = {});
    void failLater(const ApiError &error);
    // Why the walk must stop after `info` although the server offers more (nullopt: go on).
    std::optional<QString> runaway(const PageInfo &info) const;

    ApiClient &m_client;
    const Request m_request;
    Paginator m_paginator;
    QString m_path;
    QueryItems m_fixedQuery;

    QPointer<ApiCall> m_call;
    PageInfo m_lastInfo; // from the body check of the call in flight
    QString m_token; // the token the next request carries
    QSet<QString> m_sentTokens; // every token this walk has sent: a repeat is a cycle
    qint64 m_largestTotal = -1; // the largest total_records the server has claimed
    bool m_walkDone = false;
    bool m_running = false;
    bool m_stoppedEarly = false;
    int m_maxPagesAhead = 0;
    // The size of each page not yet acknowledged, oldest first: their count and their bytes
    // both hold prefetching back. Large pages are not prefetched, or the writer's parse of one
    // and the inspection of the next would overlap (9.5 times a 43 MB page at peak, where one
    // page alone takes 5).
    std::deque<qint64> m_unacknowledged;
    static constexpr qint64 MaxBytesAhead = qint64(8) * 1024 * 1024;
    FetchProgress m_progress;
    PageInfo::End m_end = PageInfo::End::SinglePage;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::FetchProgress)
Q_DECLARE_METATYPE(Core::FetchOutcome)
