// SPDX-License-Identifier: MIT
// Any text in the SQL editor through the script splitter: ranges inside the text, in order,
// never overlapping.

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/sql/sqlscript.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype end = 0;
    for (const Core::SqlStatementRange &range : Core::SqlScript::split(sql)) {
        if (range.start < end || range.end < range.start || range.end > sql.size())
            std::abort();
        end = range.end;
    }
    return 0;
}
