// SPDX-License-Identifier: MIT
// Whatever is typed into a column's filter box: a filter or a message, never a crash.

#include <QString>
#include <cstddef>
#include <cstdint>

#include "core/browse/columnfilter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Core::ColumnFilter::parse(input);
    return 0;
}
