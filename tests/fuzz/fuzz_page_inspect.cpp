// SPDX-License-Identifier: MIT
// A page as any server might send it, through every pagination style: inspect() must answer
// with a PageInfo or a PageError, never crash, hang or read out of bounds.

#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "core/sync/paginator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Core::Paginator pages[] = {
        { Core::PaginatorKind::V2PageToken, QStringLiteral("results") },
        { Core::PaginatorKind::SettingsHistory, QStringLiteral("versions"),
            QStringLiteral("metadata.lastUpdated") },
        { Core::PaginatorKind::Single, QString() },
    };
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Core::Paginator &paginator : pages)
        (void)paginator.inspect(body, QStringLiteral("sent"));
    return 0;
}
