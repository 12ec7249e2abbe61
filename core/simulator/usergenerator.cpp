// SPDX-License-Identifier: MIT
#include "core/simulator/usergenerator.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "core/simulator/jsonwriter.h"
#include "core/simulator/simrandom.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

constexpr quint64 IdBase = 6606828898126528473ULL; // a real-looking id, well above 2^53
constexpr quint64 IdStep = 7919;
constexpr quint64 UserStream = 1;

// Names as displayed (UTF-8) and as they appear in an e-mail address (ASCII).
struct Name
{
    std::string_view display;
    std::string_view mailbox;
};
constexpr auto firstNames = std::to_array<Name>(
    { { "Ada", "ada" }, { "Bob", "bob" }, { "Chandra", "chandra" }, { "Dieter", "dieter" },
        { "Élodie", "elodie" }, { "Farah", "farah" }, { "Goran", "goran" }, { "Hana", "hana" },
        { "Ingrid", "ingrid" }, { "José", "jose" }, { "Kenji", "kenji" }, { "Lucía", "lucia" } });
constexpr auto lastNames =
    std::to_array<Name>({ { "Lovelace", "lovelace" }, { "Example", "example" }, { "Rao", "rao" },
        { "Müller", "muller" }, { "Martin", "martin" }, { "Haddad", "haddad" },
        { "Petrović", "petrovic" }, { "Nováková", "novakova" }, { "Olsen", "olsen" },
        { "García", "garcia" }, { "Sato", "sato" }, { "Fernández", "fernandez" } });
constexpr auto cities = std::to_array<std::string_view>(
    { "Berlin", "Atlanta", "São Paulo", "Tokyo", "Zürich", "Lagos", "Toronto" });
constexpr auto countries =
    std::to_array<std::string_view>({ "DE", "US", "BR", "JP", "CH", "NG", "CA" });
constexpr auto plans = std::to_array<std::string_view>({ "free", "pro", "enterprise" });
constexpr auto tagPool =
    std::to_array<std::string_view>({ "vip", "beta", "churn-risk", "partner", "trial" });
constexpr auto oses =
    std::to_array<std::string_view>({ "iOS 17", "Android 14", "Windows 11", "macOS 14" });
constexpr auto teams = std::to_array<std::string_view>({ "growth", "platform", "support" });
// The companies users work for, in reserved names (RFC 2606); from the index, not the
// generator, so every other field is drawn as before.
constexpr auto mailDomains = std::to_array<std::string_view>(
    { "example.com", "acme.example", "globex.example", "example.com", "initech.example" });

std::string digits(quint64 value)
{
    char buffer[24];
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

// "2023-01-30T00:16:23.509Z", as QDateTime's ISODateWithMs would write it, without QDateTime
// (thousands of users a page) and without the normalizer's timestamp code: the simulator stands
// for Fullstory and shares nothing with what reads its answers.
std::string isoAt(qint64 msecs)
{
    using namespace std::chrono;
    const sys_time<milliseconds> instant { milliseconds(msecs) };
    const sys_days day = floor<days>(instant);
    const year_month_day date { day };
    const hh_mm_ss<milliseconds> time { instant - day };
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
        int(date.year()), unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
        int(time.minutes().count()), int(time.seconds().count()), int(time.subseconds().count()));
    return std::string(buffer, std::size_t(std::max(n, 0)));
}

} // namespace

UserGenerator::UserGenerator(const SimConfig &config)
    : m_config(config)
    , m_orgId(config.orgId.toStdString())
    , m_uidSuffix(config.uidSuffix.toStdString())
{
}

int UserGenerator::count() const
{
    return m_config.users;
}

QString UserGenerator::idAt(int index) const
{
    return QString::number(IdBase + quint64(index) * IdStep);
}

std::optional<int> UserGenerator::indexOfId(const QString &id) const
{
    bool ok = false;
    const quint64 value = id.toULongLong(&ok);
    if (!ok || value < IdBase || (value - IdBase) % IdStep != 0)
        return std::nullopt;
    const quint64 index = (value - IdBase) / IdStep;
    if (index >= quint64(count()))
        return std::nullopt;
    return int(index);
}

QString UserGenerator::uidAt(int index) const
{
    return QString::fromStdString(uidBytes(index));
}

std::string UserGenerator::uidBytes(int index) const
{
    // Every tenth user never identified themselves.
    if (index % 10 == 9)
        return {};
    std::string number = digits(quint64(index));
    return "acct-" + std::string(number.size() < 6 ? 6 - number.size() : 0, '0') + number
        + m_uidSuffix;
}

std::optional<int> UserGenerator::indexOfUid(const QString &uid) const
{
    const QString suffix = m_config.uidSuffix;
    if (!uid.startsWith(u"acct-"_s) || !uid.endsWith(suffix))
        return std::nullopt;
    bool ok = false;
    const int index = QStringView(uid).mid(5, uid.size() - 5 - suffix.size()).toInt(&ok);
    if (!ok || index < 0 || index >= count() || uidAt(index) != uid)
        return std::nullopt;
    return index;
}

void UserGenerator::writeUser(JsonWriter &out, int index) const
{
    // The hot path of every users benchmark: bytes only, no QString, no printf.
    SimRandom rng = SimRandom::forItem(m_config.seed, UserStream, quint64(index));
    const Name &first = rng.pick(firstNames);
    const Name &last = rng.pick(lastNames);
    const std::string id = digits(IdBase + quint64(index) * IdStep);
    const std::string uid = uidBytes(index);
    const qint64 signup =
        1609459200000LL + qint64(rng.below(1000 * 86400)) * 1000 + rng.below(1000);

    out.beginObject();
    out.key("id").string(id);
    if (!uid.empty())
        out.key("uid").string(uid);
    out.key("display_name").string(std::string(first.display) + ' ' + std::string(last.display));
    out.key("email").string(std::string(first.mailbox) + '.' + std::string(last.mailbox) + '.'
        + digits(quint64(index)) + '@'
        + std::string(mailDomains[quint64(index) % mailDomains.size()]));
    out.key("is_being_deleted").boolean(rng.below(100) == 0);

    out.key("properties").beginObject();
    out.key("pricing_plan").string(rng.pick(plans));
    if (m_config.userSchemaRevision >= 1)
        out.key("seats").string(digits(quint64(rng.between(1, 500))) + " seats");
    else
        out.key("seats").integer(rng.between(1, 500));
    out.key("beta").boolean(rng.chance(30));
    out.key("lifetime_value").decimal(rng.below(500000), 2);
    out.key("signup_date").string(isoAt(signup));
    if (rng.chance(60))
        out.key("nps_score").integer(rng.between(0, 10));
    out.key("tags").beginArray();
    for (int i = 0, n = rng.below(4); i < n; ++i)
        out.string(tagPool.at((index + i) % tagPool.size()));
    out.endArray();
    const int place = rng.below(int(cities.size()));
    out.key("address").beginObject();
    out.key("city").string(cities.at(place));
    out.key("country").string(countries.at(place));
    out.key("geo").beginObject();
    out.key("lat").decimal((-6000 + rng.below(12000)) * 100LL, 4);
    out.key("lon").decimal((-17000 + rng.below(34000)) * 100LL, 4);
    out.endObject().endObject();
    // Fullstory refuses a user property that is a list of objects (fullstory-api.md §4; nested
    // objects and lists of scalars are fine), so a user's devices are a count and the first
    // one as an object. Every device is still drawn, so later fields stay as they were.
    const int deviceCount = rng.below(3);
    out.key("device_count").integer(deviceCount);
    for (int i = 0; i < deviceCount; ++i) {
        const std::string_view os = rng.pick(oses);
        const int sessions = rng.between(1, 300);
        const std::string lastSeen = isoAt(signup + qint64(rng.below(400)) * 86400000);
        if (i > 0)
            continue;
        out.key("device").beginObject();
        out.key("os").string(os);
        out.key("sessions").integer(sessions);
        out.key("last_seen").string(lastSeen);
        out.endObject();
    }
    if (m_config.userSchemaRevision >= 1)
        out.key("team").string(rng.pick(teams));
    out.endObject();

    out.key("schema").null();
    out.key("type_conflicts").null();
    out.key("app_url").string(
        "https://app.fullstory.com/ui/" + m_orgId + "/segments/everyone/people/0/user/" + id);
    out.endObject();
}

QByteArray UserGenerator::v2User(int index) const
{
    QByteArray out;
    JsonWriter writer(out);
    writeUser(writer, index);
    return out;
}

QByteArray UserGenerator::v1User(int index) const
{
    SimRandom rng = SimRandom::forItem(m_config.seed, UserStream, quint64(index));
    const Name &first = rng.pick(firstNames);
    const Name &last = rng.pick(lastNames);
    const qint64 firstSeen = 1609459200000LL + qint64(rng.below(1000 * 86400)) * 1000;
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("uid").string(uidBytes(index));
    json.key("displayName").string(std::string(first.display) + ' ' + std::string(last.display));
    json.key("email").string(std::string(first.mailbox) + '.' + std::string(last.mailbox) + '.'
        + digits(quint64(index)) + '@'
        + std::string(mailDomains[quint64(index) % mailDomains.size()]));
    json.key("numSessions").string(digits(quint64(rng.between(1, 900))));
    json.key("firstSeen").string(isoAt(firstSeen));
    json.key("lastSeen").string(isoAt(firstSeen + qint64(rng.below(700)) * 86400000));
    json.endObject();
    return out;
}

QByteArray UserGenerator::v2Page(
    int first, int pageCount, const QString &nextToken, qint64 total) const
{
    QByteArray out;
    out.reserve(pageCount * 900 + 256);
    JsonWriter json(out);
    json.beginObject();
    json.key("results").beginArray();
    for (int i = first; i < first + pageCount; ++i)
        writeUser(json, i);
    json.endArray();
    json.key("total_records").string(QString::number(total));
    if (!nextToken.isEmpty())
        json.key("next_page_token").string(nextToken);
    json.key("app_url").string(
        u"https://app.fullstory.com/ui/%1/segments/everyone/people:search"_s.arg(m_config.orgId));
    json.endObject();
    return out;
}

} // namespace Core
