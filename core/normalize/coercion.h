// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/normalize/datatype.h"
#include "core/normalize/value.h"

namespace Core {

// A JSON leaf as the parser read it, literal kind kept: `1` is an Integer, `1.0` a Real.
struct JsonScalar
{
    enum class Kind { String, Integer, BigInteger, Real, Bool, Json };

    Kind kind = Kind::String;
    std::string_view text; // String; BigInteger digits; Json as compact JSON text
    std::int64_t integer = 0;
    double real = 0;
    bool boolean = false;
};

/**
 * dlt's type rules for one value (normalization.md §4–§5), pure:
 * inferType() decides a new column's type on first sight (ISO date-times in strings become
 * timestamps); coerce() converts a value into an existing column's type, or fails, in which case
 * the caller routes it to a variant column <column>__v_<inferred type>.
 */
DataType inferType(const JsonScalar &value);
std::optional<Value> coerce(const JsonScalar &value, DataType target, TextArena &arena);

// Python's repr() of a float, which is how dlt stringifies doubles into text columns.
std::string pythonFloatRepr(double value);

} // namespace Core
