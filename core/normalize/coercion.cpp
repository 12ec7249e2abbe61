// SPDX-License-Identifier: MIT
#include "core/normalize/coercion.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include <simdjson.h>

#include "core/normalize/timestamp.h"

namespace Core {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] - 'A' + 'a') : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

// Python's int(): optional sign, decimal digits; dlt also takes a 0x hex prefix.
std::optional<std::int64_t> parseInteger(std::string_view s)
{
    s = trimmed(s);
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
    }
    if (s.empty())
        return std::nullopt;
    std::uint64_t magnitude = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), magnitude, base);
    if (error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    if (!negative && magnitude > std::uint64_t(INT64_MAX))
        return std::nullopt;
    if (negative && magnitude > std::uint64_t(INT64_MAX) + 1)
        return std::nullopt;
    return negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
}

std::optional<double> parseReal(std::string_view s)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

bool isJsonText(std::string_view s)
{
    thread_local simdjson::dom::parser parser;
    const simdjson::padded_string padded(s.data(), s.size());
    simdjson::dom::element ignored;
    return parser.parse(padded).get(ignored) == simdjson::SUCCESS;
}

std::optional<Value> toTimestamp(std::optional<Timestamp::Micros> instant, TextArena &arena)
{
    if (!instant)
        return std::nullopt;
    return Value::ofText(arena.store(Timestamp::format(*instant)));
}

} // namespace

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char buffer[64];
    // Shortest round-trip digits, then laid out the way repr() does: positional for exponents
    // in [-4, 16), scientific with a signed two-digit exponent otherwise.
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view sci(buffer, size_t(result.ptr - buffer));
    const size_t e = sci.find('e');
    std::string mantissa(sci.substr(0, e));
    const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
    const bool negative = !mantissa.empty() && mantissa.front() == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    std::string out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + std::string(size_t(-exponent - 1), '0') + digits;
        } else if (size_t(exponent) + 1 >= digits.size()) {
            out += digits + std::string(size_t(exponent) + 1 - digits.size(), '0') + ".0";
        } else {
            out +=
                digits.substr(0, size_t(exponent) + 1) + "." + digits.substr(size_t(exponent) + 1);
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
}

DataType inferType(const JsonScalar &value)
{
    switch (value.kind) {
    case JsonScalar::Kind::String:
        return Timestamp::parseDateTime(value.text) ? DataType::Timestamp : DataType::Text;
    case JsonScalar::Kind::Integer:
        return DataType::Bigint;
    case JsonScalar::Kind::BigInteger:
        return DataType::Text; // beyond int64: kept exact as its digits (normalization.md §8)
    case JsonScalar::Kind::Real:
        return DataType::Double;
    case JsonScalar::Kind::Bool:
        return DataType::Bool;
    case JsonScalar::Kind::Json:
        return DataType::Json;
    }
    return DataType::Text;
}

std::optional<Value> coerce(const JsonScalar &value, DataType target, TextArena &arena)
{
    using Kind = JsonScalar::Kind;
    switch (target) {
    case DataType::Text:
        switch (value.kind) {
        case Kind::String:
        case Kind::BigInteger:
        case Kind::Json:
            return Value::ofText(value.text);
        case Kind::Integer:
            return Value::ofText(arena.store(std::to_string(value.integer)));
        case Kind::Real:
            return Value::ofText(arena.store(pythonFloatRepr(value.real)));
        case Kind::Bool:
            return Value::ofText(value.boolean ? "True" : "False");
        }
        break;
    case DataType::Bigint:
        if (value.kind == Kind::Integer)
            return Value::ofInteger(value.integer);
        if (value.kind == Kind::Real && std::trunc(value.real) == value.real
            && std::abs(value.real) < 9.2e18)
            return Value::ofInteger(std::int64_t(value.real));
        if (value.kind == Kind::String) {
            if (const auto parsed = parseInteger(value.text))
                return Value::ofInteger(*parsed);
        }
        return std::nullopt; // no coercion from bool into numbers
    case DataType::Double:
        if (value.kind == Kind::Real)
            return Value::ofReal(value.real);
        if (value.kind == Kind::Integer)
            return Value::ofReal(double(value.integer));
        if (value.kind == Kind::String) {
            if (const auto parsed = parseReal(value.text))
                return Value::ofReal(*parsed);
        }
        return std::nullopt;
    case DataType::Bool:
        if (value.kind == Kind::Bool)
            return Value::ofInteger(value.boolean ? 1 : 0);
        if (value.kind == Kind::Integer)
            return Value::ofInteger(value.integer != 0 ? 1 : 0);
        if (value.kind == Kind::Real)
            return Value::ofInteger(value.real != 0 ? 1 : 0);
        if (value.kind == Kind::String) {
            const std::string_view s = trimmed(value.text);
            for (const char *yes : { "yes", "true", "t", "y", "1" }) {
                if (equalsIgnoreCase(s, yes))
                    return Value::ofInteger(1);
            }
            for (const char *no : { "no", "false", "f", "n", "0" }) {
                if (equalsIgnoreCase(s, no))
                    return Value::ofInteger(0);
            }
        }
        return std::nullopt;
    case DataType::Timestamp:
        if (value.kind == Kind::String)
            return toTimestamp(Timestamp::parseDateTimeOrDate(value.text), arena);
        if (value.kind == Kind::Integer)
            return toTimestamp(Timestamp::fromEpochSeconds(double(value.integer)), arena);
        if (value.kind == Kind::Real)
            return toTimestamp(Timestamp::fromEpochSeconds(value.real), arena);
        return std::nullopt;
    case DataType::Json:
        if (value.kind == Kind::Json)
            return Value::ofText(value.text);
        if (value.kind == Kind::String && isJsonText(value.text))
            return Value::ofText(value.text);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Core
