// SPDX-License-Identifier: MIT
#include "core/simulator/usergenerator.h"

#include <QDateTime>

#include "core/simulator/jsonwriter.h"
#include "core/simulator/simrandom.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

constexpr quint64 IdBase = 6606828898126528473ULL; // a real-looking id, well above 2^53
constexpr quint64 IdStep = 7919;
constexpr quint64 UserStream = 1;

const QList<QString> firstNames = { u"Ada"_s, u"Bob"_s, u"Chandra"_s, u"Dieter"_s, u"Élodie"_s,
    u"Farah"_s, u"Goran"_s, u"Hana"_s, u"Ingrid"_s, u"José"_s, u"Kenji"_s, u"Lucía"_s };
const QList<QString> lastNames = { u"Lovelace"_s, u"Example"_s, u"Rao"_s, u"Müller"_s, u"Martin"_s,
    u"Haddad"_s, u"Petrović"_s, u"Nováková"_s, u"Olsen"_s, u"García"_s, u"Sato"_s, u"Fernández"_s };
const QList<QString> cities = { u"Berlin"_s, u"Atlanta"_s, u"São Paulo"_s, u"Tokyo"_s, u"Zürich"_s,
    u"Lagos"_s, u"Toronto"_s };
const QList<QString> countries = { u"DE"_s, u"US"_s, u"BR"_s, u"JP"_s, u"CH"_s, u"NG"_s, u"CA"_s };
const QList<QString> plans = { u"free"_s, u"pro"_s, u"enterprise"_s };
const QList<QString> tagPool = { u"vip"_s, u"beta"_s, u"churn-risk"_s, u"partner"_s, u"trial"_s };
const QList<QString> oses = { u"iOS 17"_s, u"Android 14"_s, u"Windows 11"_s, u"macOS 14"_s };
const QList<QString> teams = { u"growth"_s, u"platform"_s, u"support"_s };

// Mailbox names stay ASCII: "José Müller" → "jose.muller".
QString mailbox(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.unicode() < 0x80)
            out += c;
    }
    return out;
}

QString isoAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

UserGenerator::UserGenerator(const SimConfig &config)
    : m_config(config)
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
    // Every tenth user never identified themselves.
    return index % 10 == 9 ? QString() : u"acct-%1"_s.arg(index, 6, 10, QChar(u'0'));
}

std::optional<int> UserGenerator::indexOfUid(const QString &uid) const
{
    if (!uid.startsWith(u"acct-"_s))
        return std::nullopt;
    bool ok = false;
    const int index = uid.mid(5).toInt(&ok);
    if (!ok || index < 0 || index >= count() || uidAt(index) != uid)
        return std::nullopt;
    return index;
}

void UserGenerator::writeUser(JsonWriter &out, int index) const
{
    SimRandom rng = SimRandom::forItem(m_config.seed, UserStream, quint64(index));
    const QString first = rng.pick(firstNames);
    const QString last = rng.pick(lastNames);
    const QString uid = uidAt(index);
    const QString email = u"%1.%2.%3@example.com"_s.arg(mailbox(first), mailbox(last)).arg(index);
    const qint64 signup =
        1609459200000LL + qint64(rng.below(1000 * 86400)) * 1000 + rng.below(1000);

    out.beginObject();
    out.key("id").string(idAt(index));
    if (!uid.isEmpty())
        out.key("uid").string(uid);
    out.key("display_name").string(first + u' ' + last);
    out.key("email").string(email);
    out.key("is_being_deleted").boolean(rng.below(100) == 0);

    out.key("properties").beginObject();
    out.key("pricing_plan").string(rng.pick(plans));
    if (m_config.userSchemaRevision >= 1)
        out.key("seats").string(u"%1 seats"_s.arg(rng.between(1, 500)));
    else
        out.key("seats").integer(rng.between(1, 500));
    out.key("beta").boolean(rng.chance(30));
    out.key("lifetime_value").decimal(rng.below(500000) / 100.0, 2);
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
    out.key("lat").decimal(-60 + rng.below(12000) / 100.0, 4);
    out.key("lon").decimal(-170 + rng.below(34000) / 100.0, 4);
    out.endObject().endObject();
    out.key("devices").beginArray();
    for (int i = 0, n = rng.below(3); i < n; ++i) {
        out.beginObject();
        out.key("os").string(rng.pick(oses));
        out.key("sessions").integer(rng.between(1, 300));
        out.key("last_seen").string(isoAt(signup + qint64(rng.below(400)) * 86400000));
        out.endObject();
    }
    out.endArray();
    if (m_config.userSchemaRevision >= 1)
        out.key("team").string(rng.pick(teams));
    out.endObject();

    out.key("schema").null();
    out.key("type_conflicts").null();
    out.key("app_url").string(
        u"https://app.fullstory.com/ui/%1/segments/everyone/people/0/user/%2"_s.arg(
            m_config.orgId, idAt(index)));
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
    const QString first = rng.pick(firstNames);
    const QString last = rng.pick(lastNames);
    const qint64 firstSeen = 1609459200000LL + qint64(rng.below(1000 * 86400)) * 1000;
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("uid").string(uidAt(index));
    json.key("displayName").string(first + u' ' + last);
    json.key("email").string(
        u"%1.%2.%3@example.com"_s.arg(mailbox(first), mailbox(last)).arg(index));
    json.key("numSessions").string(QString::number(rng.between(1, 900)));
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
