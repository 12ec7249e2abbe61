// SPDX-License-Identifier: MIT
#include "core/diff/settingsdiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Core::SettingsDiff {

namespace {

using Changes = QList<Change>;

// The fields that identify an element of the list named so (fullstory-api.md §9.7).
QStringList identityOf(const QString &list)
{
    static const QHash<QString, QStringList> rules = {
        { u"domains"_s, { u"domain"_s } },
        { u"elementBlocks"_s, { u"selector"_s, u"type"_s } },
        { u"ajaxWatches"_s, { u"urlRegex"_s } },
        { u"sessionTargetingRules"_s, { u"id"_s } },
        { u"children"_s, { u"id"_s } },
    };
    return rules.value(list);
}

QString canonical(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)); // [value]
}

QString lastSegment(const QString &path)
{
    QString tail = path.section(u'.', -1);
    const qsizetype bracket = tail.indexOf(u'[');
    return bracket < 0 ? tail : tail.left(bracket);
}

bool allScalars(const QJsonArray &array)
{
    for (const auto &v : array) {
        if (v.isObject() || v.isArray())
            return false;
    }
    return true;
}

void diffValue(const QString &path, const QJsonValue &older, const QJsonValue &newer, Changes &out);

void diffObject(
    const QString &path, const QJsonObject &older, const QJsonObject &newer, Changes &out)
{
    // Keys in the order the newer version has them, then those it dropped.
    QStringList keys = newer.keys();
    for (const QString &key : older.keys()) {
        if (!newer.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (path.isEmpty() && key == u"metadata"_s)
            continue;
        const QString child = path.isEmpty() ? key : path + u'.' + key;
        if (!older.contains(key))
            out.append({ child, Change::Kind::Added, QJsonValue(QJsonValue::Undefined),
                newer.value(key) });
        else if (!newer.contains(key))
            out.append({ child, Change::Kind::Removed, older.value(key),
                QJsonValue(QJsonValue::Undefined) });
        else
            diffValue(child, older.value(key), newer.value(key), out);
    }
}

QList<QPair<QString, QJsonObject>> keyed(const QJsonArray &array, const QStringList &fields)
{
    QList<QPair<QString, QJsonObject>> out;
    const QStringList keys = elementKeys(array, fields);
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append({ keys.at(i), array.at(i).toObject() });
    return out;
}

void diffKeyedList(const QString &path, const QJsonArray &older, const QJsonArray &newer,
    const QStringList &fields, Changes &out)
{
    const auto before = keyed(older, fields);
    const auto after = keyed(newer, fields);
    QStringList beforeKeys, afterKeys;
    for (const auto &element : before)
        beforeKeys.append(element.first);
    for (const auto &element : after)
        afterKeys.append(element.first);
    const QHash<qsizetype, qsizetype> rekeyed =
        rekeyedElements(older, newer, fields, beforeKeys, afterKeys);
    QHash<QString, QJsonObject> beforeByKey;
    for (const auto &[key, o] : before)
        beforeByKey.insert(key, o);
    QSet<QString> kept; // older keys the newer list still has, under that key or another
    for (qsizetype j = 0; j < after.size(); ++j) {
        const auto &[key, o] = after.at(j);
        const QString child = path + u'[' + key + u']';
        if (const auto from = rekeyed.constFind(j); from != rekeyed.cend()) {
            kept.insert(before.at(*from).first);
            out.append({ child, Change::Kind::Changed, before.at(*from).second, o });
            continue;
        }
        kept.insert(key);
        const auto found = beforeByKey.constFind(key);
        if (found == beforeByKey.cend())
            out.append({ child, Change::Kind::Added, QJsonValue(QJsonValue::Undefined), o });
        else
            diffObject(child, *found, o, out);
    }
    for (const auto &[key, o] : before) {
        if (!kept.contains(key))
            out.append({ path + u'[' + key + u']', Change::Kind::Removed, o,
                QJsonValue(QJsonValue::Undefined) });
    }
}

// Multiset comparison: removed first (in the older order), then added (in the newer order).
void diffAsSet(const QString &path, const QJsonArray &older, const QJsonArray &newer, Changes &out)
{
    QHash<QString, int> remaining;
    for (const auto &v : newer)
        ++remaining[canonical(v)];
    QHash<QString, int> kept;
    for (const auto &v : older) {
        const QString c = canonical(v);
        if (remaining.value(c) > 0) {
            --remaining[c];
            ++kept[c];
        } else {
            out.append({ path, Change::Kind::Removed, v, QJsonValue(QJsonValue::Undefined) });
        }
    }
    for (const auto &v : newer) {
        const QString c = canonical(v);
        if (kept.value(c) > 0)
            --kept[c];
        else
            out.append({ path, Change::Kind::Added, QJsonValue(QJsonValue::Undefined), v });
    }
}

void diffValue(const QString &path, const QJsonValue &older, const QJsonValue &newer, Changes &out)
{
    if (older.isObject() && newer.isObject()) {
        diffObject(path, older.toObject(), newer.toObject(), out);
        return;
    }
    if (older.isArray() && newer.isArray()) {
        const QJsonArray a = older.toArray(), b = newer.toArray();
        const QStringList identity = listIdentity(path, a, b);
        if (!identity.isEmpty())
            diffKeyedList(path, a, b, identity, out);
        else
            diffAsSet(path, a, b, out);
        return;
    }
    if (canonical(older) != canonical(newer))
        out.append({ path, Change::Kind::Changed, older, newer });
}

void linesOf(const QString &path, const QJsonValue &value, QList<Line> &out)
{
    if (value.isObject() && (!value.toObject().isEmpty() || path.isEmpty())) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (path.isEmpty() && it.key() == u"metadata"_s)
                continue;
            linesOf(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), out);
        }
        return;
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        out.append({ path, path, value });
        return;
    }
    const QStringList identity = listIdentity(path, array, array);
    const QStringList keys = elementKeys(array, identity);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!identity.isEmpty())
            linesOf(path + u'[' + keys.at(i) + u']', array.at(i), out);
        else // a set's elements share the list's path, as its changes do
            out.append({ path, path + u'\x1f' + keys.at(i), array.at(i) });
    }
}

} // namespace

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return u"added"_s;
    case Kind::Removed:
        return u"removed"_s;
    case Kind::Changed:
        return u"changed"_s;
    }
    return {};
}

Change::Kind Change::kindFromName(const QString &name)
{
    if (name == u"added"_s)
        return Kind::Added;
    if (name == u"removed"_s)
        return Kind::Removed;
    return Kind::Changed;
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    QString text = canonical(value);
    if (value.isObject() || value.isArray())
        return text;
    return text.mid(1, text.size() - 2); // [value] → value
}

QList<Change> diff(const QJsonObject &older, const QJsonObject &newer)
{
    Changes out;
    diffObject({}, older, newer, out);
    return out;
}

QStringList listIdentity(const QString &path, const QJsonArray &older, const QJsonArray &newer)
{
    QStringList identity = identityOf(lastSegment(path));
    if (identity.isEmpty() || (allScalars(older) && allScalars(newer)))
        return {};
    return identity;
}

QStringList elementKeys(const QJsonArray &array, const QStringList &identity)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const auto &v : array) {
        QString key;
        if (identity.isEmpty()) {
            key = canonical(v);
        } else {
            QStringList parts;
            for (const QString &field : identity)
                parts.append(field + u'=' + valueText(v.toObject().value(field)));
            key = parts.join(u", "_s);
        }
        const int n = ++seen[key];
        out.append(n > 1 ? key + u" #"_s + QString::number(n) : key);
    }
    return out;
}

QHash<qsizetype, qsizetype> rekeyedElements(const QJsonArray &older, const QJsonArray &newer,
    const QStringList &identity, const QStringList &olderKeys, const QStringList &newerKeys)
{
    QHash<qsizetype, qsizetype> out;
    if (identity.size() < 2)
        return out;
    const QSet<QString> inOlder(olderKeys.cbegin(), olderKeys.cend());
    const QSet<QString> inNewer(newerKeys.cbegin(), newerKeys.cend());
    // Every identity field but the one at `skip`: two elements with the same signature for some
    // `skip` differ in that field at most. Hashing signatures keeps this linear in the list.
    const auto signature = [&identity](const QJsonValue &element, qsizetype skip) {
        QString sig = QString::number(skip);
        for (qsizetype f = 0; f < identity.size(); ++f) {
            if (f != skip)
                sig += u'\x1f' + canonical(element.toObject().value(identity.at(f)));
        }
        return sig;
    };
    // Per side, each unmatched element under each of its signatures.
    const auto bySignature = [&](const QJsonArray &list, const QStringList &keys,
                                 const QSet<QString> &otherKeys) {
        QHash<QString, QList<qsizetype>> index;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (otherKeys.contains(keys.at(i)))
                continue;
            for (qsizetype f = 0; f < identity.size(); ++f)
                index[signature(list.at(i), f)].append(i);
        }
        return index;
    };
    const auto olderBySignature = bySignature(older, olderKeys, inNewer);
    const auto newerBySignature = bySignature(newer, newerKeys, inOlder);
    // The one element of `other` that `element` could have been, or -1 for none or several.
    const auto onlyPartner = [&](const QJsonValue &element,
                                 const QHash<QString, QList<qsizetype>> &other) {
        qsizetype partner = -1;
        for (qsizetype f = 0; f < identity.size(); ++f) {
            const auto bucket = other.constFind(signature(element, f));
            if (bucket == other.cend())
                continue;
            if (bucket->size() > 1 || (partner >= 0 && partner != bucket->first()))
                return qsizetype(-1);
            partner = bucket->first();
        }
        return partner;
    };
    for (qsizetype j = 0; j < newer.size(); ++j) {
        if (inOlder.contains(newerKeys.at(j)))
            continue;
        const qsizetype i = onlyPartner(newer.at(j), olderBySignature);
        if (i >= 0 && onlyPartner(older.at(i), newerBySignature) == j)
            out.insert(j, i);
    }
    return out;
}

QString shortPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    qsizetype i = 0;
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c != u'[') {
            out += c;
            ++i;
            continue;
        }
        // The key runs to the bracket that closes this one: selectors hold brackets of their own.
        qsizetype end = i + 1;
        for (int nesting = 1; end < path.size(); ++end) {
            if (path.at(end) == u'[')
                ++nesting;
            else if (path.at(end) == u']' && --nesting == 0)
                break;
        }
        QString key = path.mid(i + 1, end - i - 1);
        const QStringList fields = identityOf(lastSegment(out));
        if (!fields.isEmpty() && key.startsWith(fields.first() + u'=')) {
            key.remove(0, fields.first().size() + 1);
            for (qsizetype f = 1; f < fields.size(); ++f) {
                const QString label = u", "_s + fields.at(f) + u'=';
                if (const qsizetype at = key.indexOf(label); at >= 0)
                    key.replace(at, label.size(), u", "_s);
            }
        }
        out += u'[' + key + (end < path.size() ? u"]"_s : QString());
        i = end + 1;
    }
    return out;
}

QList<Line> lines(const QString &path, const QJsonValue &value)
{
    QList<Line> out;
    linesOf(path, value, out);
    return out;
}

namespace {

// A step boundary: where a path below another one continues.
bool isStep(QChar c)
{
    return c == u'.' || c == u'[';
}

} // namespace

bool isWithin(const QString &path, const QString &ancestor)
{
    if (!path.startsWith(ancestor))
        return false;
    return path.size() == ancestor.size() || isStep(path.at(ancestor.size()));
}

QStringList ancestors(const QString &path)
{
    QStringList out;
    for (qsizetype i = path.size() - 1; i > 0; --i) {
        if (isStep(path.at(i)))
            out.append(path.left(i));
    }
    return out;
}

bool isScalar(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isObject() && !value.isArray();
}

bool isEmptyContainer(const QJsonValue &value)
{
    return (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty());
}

} // namespace Core::SettingsDiff
