// SPDX-License-Identifier: MIT
// Timestamps as the API (or anyone) may write them: normalized to our fixed-width ISO text, or
// refused; a normalized value normalizes to itself.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/normalize/timestamp.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto normalized = Core::Timestamp::normalize(text);
    if (normalized && Core::Timestamp::normalize(*normalized) != normalized)
        std::abort();
    return 0;
}
