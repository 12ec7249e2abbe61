// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace Core {

// The demo keys the simulator accepts (design.md §4c); any other key gets a 401.
namespace SimKeys {
inline constexpr char Admin[] = "sim-admin-key";
inline constexpr char Architect[] = "sim-architect-key";
inline constexpr char Standard[] = "sim-standard-key";
// GET /me's other roles (GET_me.json lists six). What such a key may read is not documented;
// the simulator lets them read what a Standard key reads (an inference).
inline constexpr char ViewOnly[] = "sim-viewonly-key"; // role VIEW_ONLY
inline constexpr char UmbrellaManager[] = "sim-umbrella-key"; // role UMBRELLA_MANAGER
inline constexpr char Unknown[] = "sim-unknown-key"; // role UNKNOWN, the enum's default
// A legacy org key: role ADMIN and a blank email ("blank if the request used the legacy org
// key", GET_me.json).
inline constexpr char LegacyOrg[] = "sim-legacy-key";
} // namespace SimKeys

// Misbehaviour on demand, so retries, cancels and kills hit known points instead of timing
// guesses. Counts are over all requests the simulator answers, /me included; 0 switches off.
struct SimFaults
{
    int rateLimitEvery = 0; // every K-th request: 429 with Retry-After
    QString retryAfter = QStringLiteral("1"); // the header's value: seconds or an HTTP date
    int serverErrorEvery = 0; // every K-th request: 503
    int truncateEvery = 0; // every K-th request: full Content-Length, half the body, then close
    int malformedEvery = 0; // every K-th request: 200 with a body that is not JSON
    int latencyMs = 0; // added before every response
    int stallAfterPage = -1; // after this many list pages, list requests are never answered
    // /v2/users claims this total_records whatever it lists (-1: the truth), to test that a
    // sudden drop the API does not confirm is refused.
    int reportedUserTotal = -1;
};

struct SimConfig
{
    quint64 seed = 42;
    int users = 1000;
    int versions = 30; // per settings series (kind × platform)
    int usersPageSize = 1000;
    int historyDefaultLimit = 20;
    int historyMaxLimit = 100;
    // The history token's response field: the examples' "next_pagination_token" or the
    // schema's "nextPaginationToken" (fullstory-api.md §2).
    bool camelCaseHistoryToken = false;
    // Users' property set: 0 the initial one; 1 adds a property and turns `seats` into text,
    // for schema-evolution tests.
    int userSchemaRevision = 0;
    // Appended to every uid, so tests can give users the uids real apps use: e-mail addresses
    // with `+` tags, and worse ("acct-000001+test@example.com").
    QString uidSuffix;
    QString orgId = QStringLiteral("o-SIM42-na1");
    // The newest initial version of every setting lies just before this instant, so demo data
    // looks current ("what changed this week"). Invalid: midnight UTC today — the same seed then
    // gives the same org all day; set it to pin the data for good.
    QDateTime historyEnd;
    SimFaults faults;
};

} // namespace Core
