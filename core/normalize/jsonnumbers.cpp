// SPDX-License-Identifier: MIT
#include "core/normalize/jsonnumbers.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace Core {

namespace {

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Whether a JSON number literal fits int64, uint64 or a finite double, as simdjson reads it.
bool isRepresentableNumber(const char *begin, const char *end)
{
    if (begin == end)
        return true; // not a number at all: left for the parser to reject
    bool integral = true;
    for (const char *p = begin; p != end; ++p) {
        if (*p == '.' || *p == 'e' || *p == 'E')
            integral = false;
    }
    if (integral) {
        const bool negative = *begin == '-';
        const char *digits = negative ? begin + 1 : begin;
        // int64's minimum, or uint64's maximum: simdjson reads everything in between.
        const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
        while (digits + 1 < end && *digits == '0')
            ++digits; // JSON forbids leading zeros; the parser will say so, not us
        const auto length = size_t(end - digits);
        if (length != limit.size())
            return length < limit.size();
        return std::string_view(digits, length) <= limit;
    }
    // strtod needs a terminated string; a number literal is short unless it is hostile, and a
    // hostile one is still bounded by the body.
    const std::string text(begin, end);
    // Underflow to zero is what simdjson does too; only overflow (to infinity) is refused.
    return std::isfinite(std::strtod(text.c_str(), nullptr));
}

} // namespace

std::optional<QByteArray> quoteUnrepresentableNumbers(const QByteArray &json)
{
    QByteArray out;
    qsizetype copiedUpTo = 0;
    const char *const data = json.constData();
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
            ++i;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9')) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isNumberChar(data[i]))
            ++i;
        if (isRepresentableNumber(data + start, data + i))
            continue;
        if (out.isEmpty())
            out.reserve(size + 64);
        out.append(data + copiedUpTo, start - copiedUpTo);
        out.append('"').append(data + start, i - start).append('"');
        copiedUpTo = i;
    }
    if (copiedUpTo == 0)
        return std::nullopt;
    out.append(data + copiedUpTo, size - copiedUpTo);
    return out;
}

} // namespace Core
