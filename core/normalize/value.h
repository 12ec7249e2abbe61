// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace Core {

/**
 * One cell on its way to SQLite: exactly what gets bound. Text points into the page's parsed
 * JSON or into a TextArena, both alive until the page is written; no per-cell allocation.
 */
struct Value
{
    enum class Kind : std::uint8_t { Null, Integer, Real, Text };

    Kind kind = Kind::Null;
    std::int64_t integer = 0; // Integer; booleans are 0 / 1 as dlt stores them
    double real = 0;
    std::string_view text;

    static Value null() { return {}; }
    static Value ofInteger(std::int64_t v) { return { Kind::Integer, v, 0, {} }; }
    static Value ofReal(double v) { return { Kind::Real, 0, v, {} }; }
    static Value ofText(std::string_view v) { return { Kind::Text, 0, 0, v }; }
    bool isNull() const { return kind == Kind::Null; }
};

// Owns the strings the normalizer makes (timestamps, ids, JSON text); addresses never move.
class TextArena
{
public:
    std::string_view store(std::string text) { return m_strings.emplace_back(std::move(text)); }
    void clear() { m_strings.clear(); }

private:
    std::deque<std::string> m_strings;
};

} // namespace Core
