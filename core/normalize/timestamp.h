// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Core::Timestamp {

/**
 * ISO-8601 timestamps as dlt detects them (normalization.md §4.2) and as we store them
 * (§8b): UTC text with the `T`, six fraction digits and `Z` — "2024-05-01T08:00:00.123000Z".
 * Fixed width, so text order is time order. Microseconds are kept (QDateTime would keep only
 * milliseconds); offsets are applied; naive values are taken as UTC. Pure and allocation-light.
 */

// Microseconds since 1970-01-01T00:00:00Z; negative before. Covers years 1 to 9999.
using Micros = std::int64_t;

// A date-time string → instant; dates alone, times alone and anything unreadable give nullopt.
// Accepts extended ("2024-05-01T10:00:00.5+02:00", "2024-05-01 10:00", "2024-05-01T10") and
// basic ("20240501T100000Z") forms; `T` and `Z` must be upper-case.
std::optional<Micros> parseDateTime(std::string_view text);

// As parseDateTime, and a plain date ("2024-05-01") as midnight UTC: what coercion into an
// existing timestamp column accepts.
std::optional<Micros> parseDateTimeOrDate(std::string_view text);

// "YYYY-MM-DDTHH:MM:SS.ffffffZ".
std::string format(Micros instant);

// Epoch seconds (a JSON number) → instant; nullopt outside years 1-9999.
std::optional<Micros> fromEpochSeconds(double seconds);

// A raw timestamp string normalized for storage and comparison; nullopt if not a date-time.
std::optional<std::string> normalize(std::string_view text);

} // namespace Core::Timestamp
