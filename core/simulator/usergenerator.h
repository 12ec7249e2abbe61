// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>

#include "core/simulator/simconfig.h"

namespace Core {

/**
 * The simulated org's users, computed from (seed, index) on demand: a million users cost no
 * memory, and the same seed always gives the same people.
 *
 * Shapes follow fullstory-api.md §4: v2 users with snake_case fields, ids as int64 strings above
 * 2^53, nested `properties` of mixed types (strings, integers, doubles written as `12.0`,
 * booleans, ISO timestamps, lists of strings, lists of objects, nested objects); about one user
 * in ten is anonymous (no uid). The legacy v1 shape (camelCase, counters as strings) is produced
 * for the same people.
 */
class UserGenerator
{
public:
    explicit UserGenerator(const SimConfig &config);

    int count() const;
    // The user's Fullstory id: a decimal int64 above 2^53.
    QString idAt(int index) const;
    std::optional<int> indexOfId(const QString &id) const;
    // "" for anonymous users.
    QString uidAt(int index) const;
    std::optional<int> indexOfUid(const QString &uid) const;

    // One v2 user object (GET /v2/users/{id}, or an element of `results`).
    QByteArray v2User(int index) const;
    // The legacy GET /users/v1/individual/{uid} body.
    QByteArray v1User(int index) const;
    // A GET /v2/users page: users [first, first + pageCount), with envelope.
    QByteArray v2Page(int first, int pageCount, const QString &nextToken, qint64 total) const;

private:
    void writeUser(class JsonWriter &out, int index) const;
    std::string uidBytes(int index) const;

    const SimConfig &m_config;
    const std::string m_orgId;
    const std::string m_uidSuffix;
};

} // namespace Core
