// SPDX-License-Identifier: MIT
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace Core {

/**
 * A value or an error, for synchronous core APIs (style.md §6). Shaped like std::expected so a
 * later switch to C++23 is mechanical: hasValue(), value(), error().
 */
// Marks an error explicitly, like std::unexpected; needed when T and E are the same type.
template <typename E> struct Failure
{
    E error;
};

template <typename T, typename E> class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(E error) requires(!std::is_same_v<T, E>)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    Result(Failure<E> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    {
    }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace Core
