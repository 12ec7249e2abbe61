// SPDX-License-Identifier: MIT
#include "progressprinter.h"

#include <cstdio>

#include <unistd.h>

#include "counted.h"

using namespace Qt::StringLiterals;

ProgressPrinter::ProgressPrinter(Core::SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
    connect(&engine, &Core::SyncEngine::stageChanged, this, [this](const QString &stage) {
        if (m_terminal)
            update(stage);
        else
            line(stage);
    });
    connect(&engine, &Core::SyncEngine::progressChanged, this, [this](const Core::SyncProgress &p) {
        if (!m_terminal)
            return;
        QString text = u"[%1/%2] %3"_s.arg(p.resourceIndex).arg(p.resourceCount).arg(p.resource);
        if (!p.platform.isEmpty())
            text += u" (%1)"_s.arg(p.platform);
        text += u": %1, "_s.arg(counted(p.pages, u"page", u"pages"));
        text += p.totalRecords ? u"%1 of %2 records"_s.arg(p.records).arg(*p.totalRecords)
                               : counted(p.records, u"record", u"records");
        text += u", %1 written"_s.arg(counted(p.rows, u"row", u"rows"));
        update(text);
    });
    connect(&engine, &Core::SyncEngine::retrying, this,
        [this](const QString &resource, const Core::RetryEvent &event) {
            const QString why = event.reason.kind == Core::ApiError::Kind::RateLimited
                ? u"rate limited"_s
                : Core::ApiError::kindName(event.reason.kind).replace(u'_', u' ') + u" error"_s;
            line(u"%1: %2, retrying in %3 s (attempt %4 of %5)"_s.arg(resource, why)
                     .arg(double(event.wait.count()) / 1000.0, 0, 'f',
                         event.wait.count() < 1000 ? 1 : 0)
                     .arg(event.failedAttempt + 1)
                     .arg(event.maxAttempts));
        });
    connect(
        &engine, &Core::SyncEngine::resourceFinished, this, [this](const Core::ResourceResult &r) {
            QString text = u"%1: %2"_s.arg(r.resource, Core::ResourceResult::statusName(r.status));
            if (r.status == Core::ResourceResult::Status::Completed)
                text += u" (%1, %2)"_s.arg(
                    counted(r.records, u"record", u"records"), counted(r.rows, u"row", u"rows"));
            else if (!r.error.isEmpty())
                text += u" — "_s + r.error;
            line(text);
        });
}

void ProgressPrinter::line(const QString &text)
{
    if (m_lineOpen)
        std::fputs("\r\033[2K", stderr);
    m_lineOpen = false;
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

void ProgressPrinter::update(const QString &text)
{
    std::fputs(qPrintable(u"\r\033[2K"_s + text.left(200)), stderr);
    std::fflush(stderr);
    m_lineOpen = true;
}
