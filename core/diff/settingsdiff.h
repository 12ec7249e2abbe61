// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Core {

/**
 * The structural diff of two versions of one recording setting (issue 6; pure, golden-tested
 * in tests/data/diff/). Metadata is left out: it changes with every version.
 *
 * Lists of objects are matched by identity, so a reorder is not a delete plus an add:
 * domains by domain, element blocks by selector and type, ajax watches by urlRegex, targeting
 * rules (and their children) by id. Element rule groups are an object keyed by group id and
 * match by key like any object. Lists of strings or numbers are sets (blocked IPs, user agents,
 * app ids, geo zones, exception selectors). Other lists of objects — a rule's conditions —
 * are compared as multisets of their values. Scalars go old → new.
 *
 * Paths read like "domains[domain=shop.example.com].disabled" or
 * "elementRuleGroups.39.note"; a set's element change is reported on the list's own path.
 */
namespace SettingsDiff {

// One end of a comparison: a version and who made it.
struct Side
{
    QString version, author; // version empty: nothing before (the first version)
};

struct Change
{
    enum class Kind { Added, Removed, Changed };

    QString path;
    Kind kind = Kind::Changed;
    QJsonValue oldValue; // Undefined for Added
    QJsonValue newValue; // Undefined for Removed

    static QString kindName(Kind kind); // "added", "removed", "changed"
    static Kind kindFromName(const QString &name); // kindName() read back; else Changed
};

// A value as text, for paths, storage and display: strings as they are, anything else as
// compact JSON; empty for Undefined.
QString valueText(const QJsonValue &value);

// `older` empty: the first version, everything added.
QList<Change> diff(const QJsonObject &older, const QJsonObject &newer);

// One leaf of a setting as the diff sees it: a scalar, one element of a set (or of a list
// compared as a multiset), or an empty object or list. `path` is the path a Change on it
// reports; `key` is unique within one version and tells the elements of a set apart, so the
// same leaf can be found in another version.
struct Line
{
    QString path;
    QString key;
    QJsonValue value;
};

// Every leaf of the value at `path` in the order the diff walks them; with an empty path the
// value is a whole setting, and its metadata is left out.
QList<Line> lines(const QString &path, const QJsonValue &value);

// How the list at `path` is compared: the fields its elements are matched on, or none for a
// list compared as a set.
QStringList listIdentity(const QString &path, const QJsonArray &older, const QJsonArray &newer);

// Each element's key: "domain=shop.example.com" by identity, else the element as JSON; a
// repeated key gets " #2", " #3" so nothing is lost.
QStringList elementKeys(const QJsonArray &array, const QStringList &identity);

// Elements a newer list re-keyed, as a map from the newer element's index to the older's: in a
// list matched on two or more fields, an element only the older version has and one only the
// newer has that agree on every identity field but one, each the other's only such partner —
// the same selector's rule with another type. The diff reports such a pair as one changed
// element on the newer path, not as a removal and an addition. Lists matched on one field
// pair nothing: a new domain or id is a new element.
QHash<qsizetype, qsizetype> rekeyedElements(const QJsonArray &older, const QJsonArray &newer,
    const QStringList &identity, const QStringList &olderKeys, const QStringList &newerKeys);

// A path as a person reads it: an element's key without its field names, so the part that
// tells elements apart stays in view — "elementBlocks[.cc, BLOCK_MASK].notes" for
// "elementBlocks[selector=.cc, type=BLOCK_MASK].notes". For display only; paths are stored whole.
QString shortPath(const QString &path);

// Whether `path` is `ancestor` or lies below it ("domains[domain=a].disabled" below
// "domains[domain=a]" and below "domains").
bool isWithin(const QString &path, const QString &ancestor);

// Every path `path` lies below, nearest first: "a.b[k=v].c" → "a.b[k=v]", "a.b", "a".
QStringList ancestors(const QString &path);

// A value that is a leaf by itself: not a list or an object, and not missing.
bool isScalar(const QJsonValue &value);
// [] or {}: a leaf of its own, since nothing below it carries a path.
bool isEmptyContainer(const QJsonValue &value);

} // namespace SettingsDiff

} // namespace Core
