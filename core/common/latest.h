// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <utility>

namespace Core {

/**
 * "The latest request wins" for answers that come back later (a reader job, a key probe): a
 * reload, a dataset switch or a reset makes every answer still on its way stale, so a slow old
 * answer never overwrites a newer one (DB4S's m_lifeCounter, written once). Lives in the object
 * the answers come back to, and is used on its thread only; that object must outlive the
 * wrappers, as DatasetReader::run's context guarantees.
 */
class Latest
{
public:
    using Ticket = quint64;

    Ticket next() { return ++m_newest; } // a new request: every earlier one is stale
    void drop() { ++m_newest; } // no new request, but whatever is on its way is stale
    Ticket current() const { return m_newest; }
    bool isCurrent(Ticket ticket) const { return ticket == m_newest; }

    // `answer`, for a new request: called only while no later request or drop() came.
    template <typename F> auto request(F answer) { return guarded(next(), std::move(answer)); }
    // `answer`, for a further step of the current request (a chain of jobs).
    template <typename F> auto follow(F answer) const
    {
        return guarded(m_newest, std::move(answer));
    }

private:
    template <typename F> auto guarded(Ticket ticket, F answer) const
    {
        return [this, ticket, answer = std::move(answer)](const auto &...args) {
            if (isCurrent(ticket))
                answer(args...);
        };
    }

    Ticket m_newest = 0;
};

} // namespace Core
