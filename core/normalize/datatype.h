// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace Core {

// dlt's column types as they occur for JSON over HTTP (normalization.md §4).
enum class DataType { Text, Bigint, Double, Bool, Timestamp, Json };

// "text", "bigint", ... as dlt names them; also the variant suffix: score__v_<name>.
std::string_view dataTypeName(DataType type);
std::optional<DataType> dataTypeFromName(std::string_view name);
// The SQLite declaration dlt uses: TEXT, BIGINT, FLOAT, BOOLEAN, DATETIME, JSON.
std::string_view sqlDeclaration(DataType type);

} // namespace Core
