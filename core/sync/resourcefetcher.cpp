// SPDX-License-Identifier: MIT
#include "core/sync/resourcefetcher.h"

#include <QRegularExpression>
#include <QUrl>
#include <numeric>

#include "core/api/apiclient.h"
#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace Core {

ResourceFetcher::ResourceFetcher(ApiClient &client, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_paginator(m_request.spec.paginator, m_request.spec.selector, m_request.spec.cursorPath)
{
    qRegisterMetaType<Core::FetchedPage>();
    qRegisterMetaType<Core::FetchProgress>();
    qRegisterMetaType<Core::FetchOutcome>();
    m_paginator.setHistoryPageSize(m_request.historyPageSize);
    m_progress.resource = m_request.spec.name;
    m_progress.platform = m_request.platform;
}

ResourceFetcher::~ResourceFetcher()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void ResourceFetcher::setMaxPagesAhead(int pages)
{
    m_maxPagesAhead = qMax(0, pages);
}

bool ResourceFetcher::isRunning() const
{
    return m_running;
}

Result<QString, QString> ResourceFetcher::fillPlaceholders(
    const QString &text, const QHash<QString, QString> &arguments, bool encode)
{
    QString out;
    qsizetype last = 0;
    for (const auto &match : placeholderPattern().globalMatch(text)) {
        const QString name = match.captured(1);
        const QString value = arguments.value(name);
        if (value.isEmpty())
            return Failure<QString> { u"a value for {%1} is required"_s.arg(name) };
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += encode ? ApiClient::encodePathSegment(value) : value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

void ResourceFetcher::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    const ResourceSpec &spec = m_request.spec;
    auto path = fillPlaceholders(spec.path, m_request.arguments, true);
    if (!path) {
        failLater(ApiError::badResponse(path.error(), spec.path, 0));
        return;
    }
    m_path = path.value();
    for (const auto &[key, value] : spec.params) {
        auto filled = fillPlaceholders(value, m_request.arguments, false);
        if (!filled) {
            failLater(ApiError::badResponse(filled.error(), spec.path, 0));
            return;
        }
        m_fixedQuery.append({ key, filled.value() });
    }
    if (!m_request.platform.isEmpty())
        m_fixedQuery.append({ u"platform"_s, m_request.platform });
    requestPage();
}

void ResourceFetcher::failLater(const ApiError &error)
{
    // Like QNetworkReply, never finish inside start(): callers may connect after starting.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(FetchOutcome::Status::Failed, error); }, Qt::QueuedConnection);
}

void ResourceFetcher::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(FetchOutcome::Status::Cancelled);
}

void ResourceFetcher::acknowledgePage()
{
    if (!m_unacknowledged.empty())
        m_unacknowledged.pop_front();
    maybeRequestNext();
}

void ResourceFetcher::requestPage()
{
    QueryItems query = m_fixedQuery;
    m_paginator.applyToken(query, m_token);
    const QString sentToken = m_token;
    if (!sentToken.isEmpty())
        m_sentTokens.insert(sentToken);
    // The body check runs the paginator, so a body that is not JSON is retried like a truncated
    // one, one of the wrong shape fails at once, and the page is parsed once on this thread.
    auto check = [this, sentToken](const QByteArray &body, const QString &url) -> ApiError {
        auto info = m_paginator.inspect(body, sentToken);
        if (!info) {
            ApiError error = ApiError::badResponse(info.error().message, url);
            error.permanent = !info.error().malformed;
            return error;
        }
        m_lastInfo = std::move(info).value();
        return {};
    };
    m_call = m_client.get(m_path, query, check);
    ++m_progress.requests;
    connect(m_call, &ApiCall::retrying, this, [this](const RetryEvent &event) {
        ++m_progress.retries;
        m_progress.waitedMs += event.wait.count();
        ++m_progress.requests;
        emit retrying(event);
        emit progressChanged(m_progress);
    });
    connect(m_call, &ApiCall::finished, this, &ResourceFetcher::onPageFinished);
}

void ResourceFetcher::onPageFinished(const ApiResponse &response)
{
    m_call = nullptr;
    if (!response.isOk()) {
        finish(FetchOutcome::Status::Failed, response.error);
        return;
    }
    if (m_lastInfo.totalRecords)
        m_largestTotal = qMax(m_largestTotal, *m_lastInfo.totalRecords);
    if (const auto why = runaway(m_lastInfo)) {
        // Nothing of this page goes out: the resource fails and rolls back as it is.
        finish(FetchOutcome::Status::Failed, ApiError::walkStopped(*why, response.url));
        return;
    }
    FetchedPage page;
    page.resource = m_request.spec.name;
    page.platform = m_request.platform;
    page.index = m_progress.pages;
    page.info = std::move(m_lastInfo);
    page.body = page.info.rewrittenBody.isEmpty() ? response.body : page.info.rewrittenBody;
    page.info.rewrittenBody.clear(); // the page carries one copy

    ++m_progress.pages;
    m_progress.records += page.info.recordCount;
    if (page.info.totalRecords)
        m_progress.totalRecords = page.info.totalRecords;
    m_end = page.info.end;
    m_token = page.info.nextToken;
    m_walkDone = !page.info.hasMore();
    if (!m_walkDone && m_request.stopAfterPage && m_request.stopAfterPage(page.info)) {
        m_walkDone = true;
        m_stoppedEarly = true;
    }

    m_unacknowledged.push_back(page.body.size());
    emit pageReady(page);
    if (!m_running) // a pageReady handler cancelled
        return;
    emit progressChanged(m_progress);
    if (m_walkDone) {
        finish(FetchOutcome::Status::Completed);
        return;
    }
    maybeRequestNext();
}

std::optional<QString> ResourceFetcher::runaway(const PageInfo &info) const
{
    const int pages = m_progress.pages + 1;
    const qint64 records = m_progress.records + info.recordCount;
    if (m_largestTotal >= 0) {
        // Lists change while they are read; a tenth (and a page) more than claimed is still
        // plausible, ten times more is a server that keeps inventing pages.
        const qint64 bound =
            m_largestTotal + m_largestTotal / 10 + qMax<qint64>(info.recordCount, 1000);
        if (records > bound)
            return tr("the server has sent %1 records, more than the %2 it says it holds")
                .arg(records)
                .arg(m_largestTotal);
    }
    if (!info.hasMore())
        return std::nullopt;
    if (m_sentTokens.contains(info.nextToken))
        return tr("page %1 points back to a page already read (its page tokens go round in a "
                  "circle)")
            .arg(pages);
    if (pages >= m_request.maxPages)
        return tr("the server still offers more after %1 pages, the most one resource may have")
            .arg(m_request.maxPages);
    return std::nullopt;
}

void ResourceFetcher::maybeRequestNext()
{
    if (!m_running || m_walkDone || m_call)
        return;
    if (m_maxPagesAhead > 0 && !m_unacknowledged.empty()) {
        const qint64 bytesAhead =
            std::accumulate(m_unacknowledged.begin(), m_unacknowledged.end(), qint64(0));
        if (qsizetype(m_unacknowledged.size()) > m_maxPagesAhead || bytesAhead > MaxBytesAhead)
            return;
    }
    requestPage();
}

void ResourceFetcher::finish(FetchOutcome::Status status, ApiError error)
{
    if (!m_running)
        return;
    m_running = false;
    FetchOutcome outcome;
    outcome.status = status;
    outcome.progress = m_progress;
    outcome.stoppedEarly = m_stoppedEarly;
    outcome.end = m_end;
    outcome.error = std::move(error);
    qCDebug(lcSync).noquote() << "fetched" << m_request.spec.name << m_request.platform
                              << m_progress.pages << "pages," << m_progress.records << "records";
    emit finished(outcome);
}

} // namespace Core
