// SPDX-License-Identifier: MIT
#include "core/diff/diffdocument.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

using Line = SettingsDiff::Line;
using Change = SettingsDiff::Change;

// "No value on this side" (a leaf only the other version has).
QJsonValue None()
{
    return QJsonValue(QJsonValue::Undefined);
}

void mergeValue(const QString &path, const QJsonValue &older, const QJsonValue &newer,
    QList<DiffDocument::Row> &out);

void removedAndAdded(const QString &path, const QJsonValue &older, const QJsonValue &newer,
    QList<DiffDocument::Row> &out)
{
    if (!older.isUndefined()) {
        for (const Line &line : SettingsDiff::lines(path, older))
            out.append({ line.path, line.value, None() });
    }
    if (!newer.isUndefined()) {
        for (const Line &line : SettingsDiff::lines(path, newer))
            out.append({ line.path, None(), line.value });
    }
}

void mergeObject(const QString &path, const QJsonObject &older, const QJsonObject &newer,
    QList<DiffDocument::Row> &out)
{
    // QJsonObject keeps its keys sorted, so the union in order is a sorted merge.
    QStringList keys = newer.keys();
    for (const QString &key : older.keys()) {
        if (!newer.contains(key))
            keys.append(key);
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (path.isEmpty() && key == u"metadata"_s)
            continue;
        mergeValue(
            path.isEmpty() ? key : path + u'.' + key, older.value(key), newer.value(key), out);
    }
}

// The newer order; an element the newer list dropped follows the element it followed before.
void mergeList(const QString &path, const QJsonArray &older, const QJsonArray &newer,
    QList<DiffDocument::Row> &out)
{
    const QStringList identity = SettingsDiff::listIdentity(path, older, newer);
    const QStringList olderKeys = SettingsDiff::elementKeys(older, identity);
    const QStringList newerKeys = SettingsDiff::elementKeys(newer, identity);
    // A re-keyed element sits on its newer row, beside what it was.
    const QHash<qsizetype, qsizetype> rekeyed =
        SettingsDiff::rekeyedElements(older, newer, identity, olderKeys, newerKeys);
    QHash<QString, qsizetype> olderAt;
    for (qsizetype i = 0; i < olderKeys.size(); ++i)
        olderAt.insert(olderKeys.at(i), i);
    for (auto it = rekeyed.cbegin(); it != rekeyed.cend(); ++it)
        olderAt.insert(newerKeys.at(it.key()), it.value());
    QSet<QString> inNewer(newerKeys.cbegin(), newerKeys.cend());
    for (const qsizetype i : rekeyed)
        inNewer.insert(olderKeys.at(i));

    QHash<QString, QList<qsizetype>> droppedAfter; // by the key of the element they followed
    QString anchor; // empty: the start
    for (qsizetype i = 0; i < olderKeys.size(); ++i) {
        if (inNewer.contains(olderKeys.at(i)))
            anchor = olderKeys.at(i);
        else
            droppedAfter[anchor].append(i);
    }
    auto element = [&](const QString &key, const QJsonValue &a, const QJsonValue &b) {
        if (identity.isEmpty()) // a set: the element is the leaf, on the list's path
            out.append({ path, a, b });
        else
            mergeValue(path + u'[' + key + u']', a, b, out);
    };
    auto dropped = [&](const QString &after) {
        for (const qsizetype i : droppedAfter.value(after))
            element(olderKeys.at(i), older.at(i), None());
    };
    dropped({});
    for (qsizetype j = 0; j < newerKeys.size(); ++j) {
        const QString &key = newerKeys.at(j);
        const auto found = olderAt.constFind(key);
        element(key, found == olderAt.cend() ? None() : older.at(*found), newer.at(j));
        if (found != olderAt.cend())
            dropped(olderKeys.at(*found));
    }
}

void mergeValue(const QString &path, const QJsonValue &older, const QJsonValue &newer,
    QList<DiffDocument::Row> &out)
{
    using SettingsDiff::isEmptyContainer;
    const bool containers =
        (older.isObject() && newer.isObject()) || (older.isArray() && newer.isArray());
    if (!containers || isEmptyContainer(older) || isEmptyContainer(newer)) {
        const bool scalars = SettingsDiff::isScalar(older) && SettingsDiff::isScalar(newer);
        const bool bothEmpty =
            isEmptyContainer(older) && isEmptyContainer(newer) && older.type() == newer.type();
        if (scalars || bothEmpty) {
            out.append({ path, older, newer }); // one row, changed or not
        } else {
            removedAndAdded(path, older, newer, out);
        }
        return;
    }
    if (older.isObject())
        mergeObject(path, older.toObject(), newer.toObject(), out);
    else
        mergeList(path, older.toArray(), newer.toArray(), out);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return a.type() == b.type() && SettingsDiff::valueText(a) == SettingsDiff::valueText(b);
}

// Which change a differing row belongs to: the change on its own leaf (for a set, the one
// naming this element), else the nearest one above it (a block added whole), else one below
// it (an empty list that gained its first element block). Changes are looked up by path, so a
// setting of thousands of fields costs a few hash lookups per row.
class ChangeFinder
{
public:
    explicit ChangeFinder(const QList<Change> &changes)
        : m_changes(changes)
    {
        for (qsizetype c = 0; c < changes.size(); ++c) {
            const Change &change = changes.at(c);
            m_byPath[change.path].append(int(c));
            if (change.kind == Change::Kind::Changed) {
                m_changed.insert(change.path, int(c)); // the last wins; any one will do
            } else {
                const bool added = change.kind == Change::Kind::Added;
                const QJsonValue &value = added ? change.newValue : change.oldValue;
                m_elements[elementKey(change.path, added, value)].append(int(c));
                if (value.isArray()) // the whole list came or went
                    m_wholeList.insert(change.path + (added ? u"+"_s : u"-"_s), int(c));
            }
        }
    }

    int find(const DiffDocument::Row &row)
    {
        if (const int own = onPath(row); own >= 0)
            return own;
        for (const QString &above : SettingsDiff::ancestors(row.path)) { // nearest first
            const auto found = m_byPath.constFind(above);
            if (found != m_byPath.cend())
                return found->first();
        }
        for (qsizetype c = 0; c < m_changes.size(); ++c) {
            if (SettingsDiff::isWithin(m_changes.at(c).path, row.path))
                return int(c);
        }
        return -1;
    }

private:
    static QString elementKey(const QString &path, bool added, const QJsonValue &value)
    {
        return path + (added ? u"\x1f+"_s : u"\x1f-"_s) + QString::number(int(value.type()))
            + u'\x1f' + SettingsDiff::valueText(value);
    }

    int onPath(const DiffDocument::Row &row)
    {
        if (const auto changed = m_changed.constFind(row.path); changed != m_changed.cend())
            return *changed;
        const bool added = row.oldValue.isUndefined();
        const bool removed = row.newValue.isUndefined();
        if (!added && !removed)
            return -1;
        // One element of a set; each change serves one row, so equal elements of a multiset
        // each get their own.
        auto queue =
            m_elements.find(elementKey(row.path, added, added ? row.newValue : row.oldValue));
        if (queue != m_elements.end() && !queue->isEmpty())
            return queue->takeFirst();
        return m_wholeList.value(row.path + (added ? u"+"_s : u"-"_s), -1);
    }

    const QList<Change> &m_changes;
    QHash<QString, QList<int>> m_byPath;
    QHash<QString, int> m_changed;
    QHash<QString, QList<int>> m_elements;
    QHash<QString, int> m_wholeList;
};

// How far below the top `path` lies: "a" 0, "a.b" 1, "a[k=x.y].b" 2 (a key's own dots and
// brackets do not count).
int depthOf(const QString &path)
{
    int depth = 0, nesting = 0;
    for (const QChar c : path) {
        if (c == u'[') {
            if (nesting++ == 0)
                ++depth;
        } else if (c == u']') {
            nesting = qMax(0, nesting - 1);
        } else if (c == u'.' && nesting == 0) {
            ++depth;
        }
    }
    return depth;
}

} // namespace

int DiffDocument::leadChange() const
{
    int lead = -1, leadDepth = 0;
    for (qsizetype c = 0; c < changes.size(); ++c) {
        const int depth = depthOf(changes.at(c).path);
        if (lead < 0 || depth < leadDepth) {
            lead = int(c);
            leadDepth = depth;
        }
    }
    return lead;
}

DiffDocument DiffDocument::build(
    const QJsonObject &older, const QJsonObject &newer, const FieldFilter &ignored)
{
    QList<Change> changes;
    for (const Change &change : SettingsDiff::diff(older, newer)) {
        if (!ignored.ignores(change.path))
            changes.append(change);
    }
    QList<Row> rows;
    ChangeFinder finder(changes);
    QList<Row> merged;
    mergeObject({}, older, newer, merged);
    for (Row &row : merged) {
        if (ignored.ignores(row.path))
            continue;
        if (row.oldValue.isUndefined() || row.newValue.isUndefined()
            || !sameValue(row.oldValue, row.newValue))
            row.change = finder.find(row);
        rows.append(row);
    }

    // Number the changes in the order they appear; any without a row of its own goes last.
    DiffDocument out;
    QList<int> number(changes.size(), -1);
    for (Row &row : rows) {
        if (row.change < 0)
            continue;
        if (number.at(row.change) < 0) {
            number[row.change] = int(out.changes.size());
            out.changes.append(changes.at(row.change));
        }
        row.change = number.at(row.change);
    }
    for (qsizetype c = 0; c < changes.size(); ++c) {
        if (number.at(c) < 0)
            out.changes.append(changes.at(c));
    }
    out.rows = std::move(rows);
    return out;
}

} // namespace Core
