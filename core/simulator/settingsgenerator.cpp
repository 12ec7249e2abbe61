// SPDX-License-Identifier: MIT
#include "core/simulator/settingsgenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

const QList<QString> &authors()
{
    static const QList<QString> names = { u"Ann Admin (ann@example.com)"_s, u"bob@example.com"_s,
        u"Chandra Rao (chandra.rao@example.com)"_s, u"dieter.mueller@example.de"_s,
        u"Élodie Martin (elodie@example.fr)"_s };
    return names;
}

// A privacy rule's scope (the contract's RuleScope): mostly every session, now and then one
// being tried on previews or live sessions first. From the serial, not the generator, so the
// rest of a series is drawn as it was before scopes had their documented values.
QString ruleScope(int serial)
{
    if (serial % 7 == 3)
        return u"PREVIEW_SESSIONS_ONLY"_s;
    if (serial % 11 == 5)
        return u"LIVE_SESSIONS_ONLY"_s;
    if (serial % 13 == 8)
        return u"NO_SESSIONS"_s;
    return u"ALL_SESSIONS"_s;
}

QString isoWithDigits(qint64 msecs, int micros, int digits)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    QString text = at.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const int fraction = int(msecs % 1000) * 1000 + micros;
    if (digits == 3)
        text += u".%1"_s.arg(fraction / 1000, 3, 10, QChar(u'0'));
    else if (digits == 6)
        text += u".%1"_s.arg(fraction, 6, 10, QChar(u'0'));
    return text + u'Z';
}

QJsonArray removeAt(QJsonArray list, int index)
{
    list.removeAt(index);
    return list;
}

QJsonArray withString(QJsonArray list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
    return list;
}

} // namespace

const QStringList &SettingsSeries::kinds()
{
    static const QStringList all = { u"blocking"_s, u"domain"_s, u"geo"_s, u"privacy"_s,
        u"features"_s, u"targeting"_s };
    return all;
}

bool SettingsSeries::hasPlatforms(const QString &kind)
{
    return kind == u"domain"_s || kind == u"features"_s;
}

SettingsSeries::SettingsSeries(QString kind, QString platform, quint64 seed, qint64 createdMsecs)
    : m_kind(std::move(kind))
    , m_platform(std::move(platform))
    , m_rng(SimRandom::forItem(seed, 2, qHash(m_kind + m_platform, 7)))
{
    // Drawn even when a start is given, so the rest of the story is the same either way.
    const qint64 drawn = 1609833600000LL + qint64(m_rng.below(30 * 86400)) * 1000; // January 2021
    m_createdMsecs = createdMsecs >= 0 ? createdMsecs : drawn;
    m_createdBy = authors().first();
    m_state = initialState();
}

const QString &SettingsSeries::kind() const
{
    return m_kind;
}

const QString &SettingsSeries::platform() const
{
    return m_platform;
}

const QList<SettingsVersion> &SettingsSeries::versions() const
{
    return m_versions;
}

void SettingsSeries::appendVersions(int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 previous = m_versions.isEmpty() ? m_createdMsecs : m_versions.last().msecs;
        // Mostly days apart, sometimes a burst of edits within the same minute.
        const qint64 gap = m_rng.chance(15) ? m_rng.between(1, 59) * 1000LL + m_rng.below(1000)
                                            : m_rng.between(3600, 9 * 86400) * 1000LL;
        const qint64 msecs = m_versions.isEmpty() ? m_createdMsecs : previous + gap;
        const int digits = QList<int> { 0, 3, 6 }.at(m_rng.below(3));
        const int micros = digits == 6 ? m_rng.below(1000) : 0;
        // Without fraction digits the sent instant is whole seconds; keep msecs consistent.
        const qint64 sentMsecs = digits == 0 ? msecs - msecs % 1000 : msecs;
        if (!m_versions.isEmpty() && sentMsecs <= m_versions.last().msecs) {
            --i; // the rounding collided with the previous version: draw again
            continue;
        }
        const QString when = isoWithDigits(sentMsecs, micros, digits);
        if (!m_versions.isEmpty())
            mutate(m_state, when);

        QJsonObject version = m_state;
        version.insert(u"metadata"_s,
            QJsonObject { { u"lastUpdated"_s, when },
                { u"lastUpdatedBy"_s, m_versions.isEmpty() ? m_createdBy : m_rng.pick(authors()) },
                { u"created"_s, isoWithDigits(m_createdMsecs, 0, 3) },
                { u"createdBy"_s, m_createdBy } });
        m_versions.append(
            { QJsonDocument(version).toJson(QJsonDocument::Compact), when, sentMsecs });
    }
}

QJsonObject SettingsSeries::initialState()
{
    if (m_kind == u"blocking"_s) {
        return { { u"blockedIps"_s, QJsonArray { u"203.0.113.7"_s } },
            { u"blockedUas"_s, QJsonArray { u"ExampleBot"_s } },
            { u"blockedAppIds"_s, QJsonArray {} } };
    }
    if (m_kind == u"domain"_s) {
        const QString host =
            m_platform == u"mobile"_s ? u"app.example.com"_s : u"shop.example.com"_s;
        return { { u"onlyRecordKnownDomains"_s, false },
            { u"domains"_s,
                QJsonArray { QJsonObject { { u"domain"_s, host }, { u"disabled"_s, false } } } } };
    }
    if (m_kind == u"geo"_s)
        return { { u"recordGeoMode"_s, u"GEO_ALL"_s }, { u"recordGeoZones"_s, QJsonArray {} } };
    if (m_kind == u"privacy"_s) {
        const QJsonObject block { { u"selector"_s, u".cc-number"_s }, { u"consent"_s, false },
            { u"notes"_s, u""_s }, { u"type"_s, u"BLOCK_EXCLUDE"_s },
            { u"scope"_s, u"ALL_SESSIONS"_s }, { u"lastUpdated"_s, u"0001-01-01T00:00:00Z"_s },
            { u"label"_s, u""_s }, { u"targetingConditions"_s, QJsonValue::Null },
            { u"editable"_s, u"EDITABLE_ANY"_s }, { u"exceptionSelectors"_s, QJsonArray {} },
            { u"groupId"_s, 0 } };
        return { { u"elementBlocks"_s, QJsonArray { block } }, { u"ajaxWatches"_s, QJsonArray {} },
            { u"discardIpAddresses"_s, false }, { u"defaultPrivacyMode"_s, u"PRIVACY_MODE_OFF"_s },
            { u"elementRuleGroups"_s, QJsonObject {} } };
    }
    if (m_kind == u"features"_s) {
        return { { u"enabled"_s, true }, { u"consoleWatcher"_s, false }, { u"ajaxWatcher"_s, true },
            { u"resourceUploading"_s, false }, { u"recordingShutoff"_s, false },
            { u"clientSideRageClick"_s, true } };
    }
    return { { u"sessionTargetingRules"_s, QJsonArray {} } };
}

void SettingsSeries::mutate(QJsonObject &state, const QString &when)
{
    const int edits = m_rng.chance(25) ? 2 : 1;
    for (int i = 0; i < edits; ++i) {
        ++m_serial; // per edit: two edits of one version must not add two "rule-16"s
        if (m_kind == u"blocking"_s)
            mutateBlocking(state);
        else if (m_kind == u"domain"_s)
            mutateDomain(state);
        else if (m_kind == u"geo"_s)
            mutateGeo(state);
        else if (m_kind == u"privacy"_s)
            mutatePrivacy(state, when);
        else if (m_kind == u"features"_s)
            mutateFeatures(state);
        else
            mutateTargeting(state);
    }
}

void SettingsSeries::mutateBlocking(QJsonObject &state)
{
    const QString field =
        QList<QString> { u"blockedIps"_s, u"blockedUas"_s, u"blockedAppIds"_s }.at(m_rng.below(3));
    QJsonArray list = state.value(field).toArray();
    if (!list.isEmpty() && m_rng.chance(35)) {
        state.insert(field, removeAt(list, m_rng.below(int(list.size()))));
        return;
    }
    QString value;
    if (field == u"blockedIps"_s) {
        value = m_rng.chance(30) ? u"198.51.%1.*"_s.arg(m_rng.below(256))
                                 : u"203.0.113.%1"_s.arg(m_rng.below(256));
    } else if (field == u"blockedUas"_s) {
        value = QList<QString> { u"HeadlessChrome"_s, u"Pingdom.com_bot"_s, u"curl/"_s,
            u"python-requests"_s, u"LoadTester/%1"_s.arg(m_serial) }
                    .at(m_rng.below(5));
    } else {
        value = u"acct-%1"_s.arg(m_rng.below(1000), 6, 10, QChar(u'0'));
    }
    state.insert(field, withString(list, value));
}

void SettingsSeries::mutateDomain(QJsonObject &state)
{
    QJsonArray domains = state.value(u"domains"_s).toArray();
    const int choice = m_rng.below(100);
    if (choice < 35 || domains.size() < 2) {
        const QString prefix =
            QList<QString> { u"eu"_s, u"staging"_s, u"checkout"_s, u"docs"_s, u"m"_s }.at(
                m_rng.below(5));
        domains.append(
            QJsonObject { { u"domain"_s, u"%1%2.example.com"_s.arg(prefix).arg(m_serial) },
                { u"disabled"_s, false } });
    } else if (choice < 60) {
        const int i = m_rng.below(int(domains.size()));
        QJsonObject entry = domains.at(i).toObject();
        entry.insert(u"disabled"_s, !entry.value(u"disabled"_s).toBool());
        domains.replace(i, entry);
    } else if (choice < 75) {
        domains = removeAt(domains, m_rng.below(int(domains.size())));
    } else if (choice < 88) {
        // A pure reorder: the diff must not report it as removals plus additions.
        const int i = m_rng.below(int(domains.size()));
        const QJsonValue moved = domains.at(i);
        domains.removeAt(i);
        domains.insert(m_rng.below(int(domains.size()) + 1), moved);
    } else {
        state.insert(
            u"onlyRecordKnownDomains"_s, !state.value(u"onlyRecordKnownDomains"_s).toBool());
    }
    state.insert(u"domains"_s, domains);
}

void SettingsSeries::mutateGeo(QJsonObject &state)
{
    static const QList<QString> modes = { u"GEO_ALL"_s, u"GEO_ALLOW_LIST"_s, u"GEO_BLOCK_LIST"_s };
    static const QList<QString> zones = { u"US"_s, u"CA"_s, u"DE"_s, u"FR"_s, u"GB"_s, u"BR"_s,
        u"JP"_s, u"IN"_s, u"AU"_s };
    QJsonArray list = state.value(u"recordGeoZones"_s).toArray();
    const int choice = m_rng.below(100);
    if (choice < 25)
        state.insert(u"recordGeoMode"_s, modes.at(m_rng.below(3)));
    else if (choice < 70 || list.isEmpty())
        state.insert(
            u"recordGeoZones"_s, withString(list, zones.at(m_rng.below(int(zones.size())))));
    else
        state.insert(u"recordGeoZones"_s, removeAt(list, m_rng.below(int(list.size()))));
}

void SettingsSeries::mutatePrivacy(QJsonObject &state, const QString &when)
{
    static const QList<QString> selectors = { u".cc-number"_s, u"#ssn"_s, u"input[type=password]"_s,
        u".address-line"_s, u"[data-private]"_s, u".chat-transcript"_s, u"#dob"_s };
    static const QList<QString> types = { u"BLOCK_EXCLUDE"_s, u"BLOCK_MASK"_s, u"BLOCK_UNMASK"_s };
    QJsonArray blocks = state.value(u"elementBlocks"_s).toArray();
    const int choice = m_rng.below(100);
    if (choice < 30 || blocks.isEmpty()) {
        const QString selector =
            u"%1 .f%2"_s.arg(selectors.at(m_rng.below(int(selectors.size())))).arg(m_serial);
        QJsonObject block { { u"selector"_s, selector }, { u"consent"_s, m_rng.chance(20) },
            { u"notes"_s, u"added for ticket PRIV-%1"_s.arg(100 + m_serial) },
            { u"type"_s, types.at(m_rng.below(3)) }, { u"scope"_s, ruleScope(m_serial) },
            { u"lastUpdated"_s, when }, { u"label"_s, u""_s },
            { u"targetingConditions"_s, QJsonValue::Null }, { u"editable"_s, u"EDITABLE_ANY"_s },
            { u"exceptionSelectors"_s, QJsonArray {} }, { u"groupId"_s, 0 } };
        blocks.append(block);
    } else if (choice < 50) {
        const int i = m_rng.below(int(blocks.size()));
        QJsonObject block = blocks.at(i).toObject();
        block.insert(u"type"_s, types.at(m_rng.below(3)));
        block.insert(u"lastUpdated"_s, when);
        blocks.replace(i, block);
    } else if (choice < 65) {
        const int i = m_rng.below(int(blocks.size()));
        QJsonObject block = blocks.at(i).toObject();
        block.insert(u"exceptionSelectors"_s,
            withString(block.value(u"exceptionSelectors"_s).toArray(),
                block.value(u"selector"_s).toString() + u" .hint"_s));
        blocks.replace(i, block);
    } else if (choice < 72 && blocks.size() > 1) {
        blocks = removeAt(blocks, m_rng.below(int(blocks.size())));
    } else if (choice < 80) {
        QJsonArray watches = state.value(u"ajaxWatches"_s).toArray();
        // Drawn in this order, as before the fields had their documented types.
        const QString recordReq = m_rng.chance(50) ? u"RECORD"_s : u"ELIDE"_s;
        const QString recordRsp =
            QList<QString> { u"ELIDE"_s, u"RECORD"_s, u"WHITELIST"_s }.at(m_rng.below(3));
        // Strings by the contract; what a non-empty one holds is not documented
        // (fullstory-api.md §9): the fields kept, comma-separated, is an inference.
        watches.append(
            QJsonObject { { u"urlRegex"_s, u"^https://api\\.example\\.com/v%1/.*"_s.arg(m_serial) },
                { u"recordReq"_s, recordReq }, { u"recordRsp"_s, recordRsp },
                { u"whitelistReq"_s, u""_s },
                { u"whitelistRsp"_s, recordRsp == u"WHITELIST"_s ? u"id,status"_s : u""_s } });
        state.insert(u"ajaxWatches"_s, watches);
    } else if (choice < 88) {
        // An int64 in both places (the contract's "integer", as its example sends 0).
        const qint64 groupId = 10 + m_serial;
        QJsonObject groups = state.value(u"elementRuleGroups"_s).toObject();
        groups.insert(QString::number(groupId),
            QJsonObject { { u"groupId"_s, groupId }, { u"templateId"_s, u"FORM_PRIVACY"_s },
                { u"note"_s, u"checkout form"_s },
                { u"overrides"_s,
                    QJsonObject { { u"scope"_s, ruleScope(m_serial + 1) },
                        { u"editable"_s, u"EDITABLE_DESCRIPTION_ONLY"_s } } } });
        state.insert(u"elementRuleGroups"_s, groups);
        const int i = m_rng.below(int(blocks.size()));
        QJsonObject block = blocks.at(i).toObject();
        block.insert(u"groupId"_s, groupId);
        blocks.replace(i, block);
    } else if (choice < 94) {
        state.insert(u"discardIpAddresses"_s, !state.value(u"discardIpAddresses"_s).toBool());
    } else {
        state.insert(u"defaultPrivacyMode"_s,
            state.value(u"defaultPrivacyMode"_s).toString() == u"PRIVACY_MODE_OFF"_s
                ? u"PRIVACY_MODE_PRIVATE_BY_DEFAULT"_s
                : u"PRIVACY_MODE_OFF"_s);
    }
    state.insert(u"elementBlocks"_s, blocks);
}

void SettingsSeries::mutateFeatures(QJsonObject &state)
{
    static const QList<QString> switches = { u"enabled"_s, u"consoleWatcher"_s, u"ajaxWatcher"_s,
        u"resourceUploading"_s, u"clientSideRageClick"_s };
    // recordingShutoff is flipped by Fullstory staff only, and rarely.
    const QString name =
        m_rng.chance(3) ? u"recordingShutoff"_s : switches.at(m_rng.below(int(switches.size())));
    state.insert(name, !state.value(name).toBool());
}

void SettingsSeries::mutateTargeting(QJsonObject &state)
{
    static const QList<QString> attrs = { u"APP_VERSION"_s, u"OS_VERSION"_s, u"UID"_s,
        u"LOCATION"_s, u"BUILD_TYPE"_s };
    static const QList<QString> ops = { u"EQ"_s, u"NEQ"_s, u"GTE"_s, u"LT"_s, u"CONTAINS"_s };
    static const QList<QString> scopes = { u"ALL_SESSIONS"_s, u"NO_SESSIONS"_s,
        u"PREVIEW_SESSIONS_ONLY"_s, u"LIVE_SESSIONS_ONLY"_s };
    QJsonArray rules = state.value(u"sessionTargetingRules"_s).toArray();
    auto condition = [&] {
        const QString &attr = attrs.at(m_rng.below(int(attrs.size())));
        QJsonObject value;
        if (attr == u"APP_VERSION"_s) {
            value.insert(u"versionVal"_s,
                QJsonObject { { u"major"_s, QString::number(m_rng.between(1, 5)) },
                    { u"minor"_s, QString::number(m_rng.below(10)) },
                    { u"build"_s, QString::number(m_rng.below(100)) }, { u"revision"_s, u"0"_s } });
        } else if (attr == u"BUILD_TYPE"_s) {
            value.insert(u"intVal"_s, QString::number(m_rng.below(3)));
        } else {
            value.insert(u"strVal"_s, u"value-%1"_s.arg(m_serial));
        }
        return QJsonObject { { u"attr"_s, attr }, { u"op"_s, ops.at(m_rng.below(int(ops.size()))) },
            { u"values"_s, QJsonArray { value } },
            { u"joinPrevious"_s, m_rng.chance(70) ? u"AND"_s : u"OR"_s } };
    };
    const int choice = m_rng.below(100);
    if (choice < 40 || rules.isEmpty()) {
        rules.append(QJsonObject { { u"id"_s, u"rule-%1"_s.arg(m_serial) },
            { u"notes"_s, u"rollout step %1"_s.arg(m_serial) },
            { u"scope"_s, scopes.at(m_rng.below(int(scopes.size()))) },
            { u"conditions"_s, QJsonArray { condition() } }, { u"children"_s, QJsonArray {} } });
    } else if (choice < 70) {
        const int i = m_rng.below(int(rules.size()));
        QJsonObject rule = rules.at(i).toObject();
        QJsonArray conditions = rule.value(u"conditions"_s).toArray();
        conditions.append(condition());
        rule.insert(u"conditions"_s, conditions);
        rules.replace(i, rule);
    } else if (choice < 85) {
        const int i = m_rng.below(int(rules.size()));
        QJsonObject rule = rules.at(i).toObject();
        rule.insert(u"scope"_s, scopes.at(m_rng.below(int(scopes.size()))));
        rules.replace(i, rule);
    } else {
        rules = removeAt(rules, m_rng.below(int(rules.size())));
    }
    state.insert(u"sessionTargetingRules"_s, rules);
}

} // namespace Core
