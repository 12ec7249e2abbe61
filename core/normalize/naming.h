// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace Core::Naming {

/**
 * dlt's snake_case naming convention (normalization.md §3), byte for byte: what a JSON key
 * becomes as a column or table name. Pure functions; identifiers are ASCII by construction, so
 * they are std::string on the hot path.
 */

inline constexpr std::string_view PathSeparator = "__";
inline constexpr std::string_view EmptyKey = "_empty";

// One identifier: trim, reduce the alphabet, split camel case, lower-case, guard a leading digit,
// turn trailing underscores into x, collapse runs of underscores.
std::string normalizeIdentifier(std::string_view identifier);

// A JSON key treated as a path: split on "__", drop blank segments, normalize each, join with
// "__". "x__y" stays "x__y"; "__private" becomes "private"; a blank key becomes "_empty".
std::string normalizePath(std::string_view key);

// "a" + "b" → "a__b"; an empty prefix returns the name alone.
std::string joinPath(std::string_view prefix, std::string_view name);

} // namespace Core::Naming
