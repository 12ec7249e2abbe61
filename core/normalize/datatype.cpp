// SPDX-License-Identifier: MIT
#include "core/normalize/datatype.h"

#include <array>
#include <utility>

namespace Core {

namespace {

struct TypeInfo
{
    DataType type;
    std::string_view name;
    std::string_view sql;
};

constexpr std::array<TypeInfo, 6> types = { {
    { DataType::Text, "text", "TEXT" },
    { DataType::Bigint, "bigint", "BIGINT" },
    { DataType::Double, "double", "FLOAT" },
    { DataType::Bool, "bool", "BOOLEAN" },
    { DataType::Timestamp, "timestamp", "DATETIME" },
    { DataType::Json, "json", "JSON" },
} };

} // namespace

std::string_view dataTypeName(DataType type)
{
    return types.at(size_t(type)).name;
}

std::optional<DataType> dataTypeFromName(std::string_view name)
{
    for (const TypeInfo &info : types) {
        if (info.name == name)
            return info.type;
    }
    return std::nullopt;
}

std::string_view sqlDeclaration(DataType type)
{
    return types.at(size_t(type)).sql;
}

} // namespace Core
