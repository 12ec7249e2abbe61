// SPDX-License-Identifier: MIT
#include "core/diff/blame.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Core::Blame {

namespace {

using Kind = SettingsDiff::Change::Kind;

// `path` itself and every path above it: "a.b[k=v].c" → "a", "a.b", "a.b[k=v]", "a.b[k=v].c".
QStringList selfAndAncestors(const QString &path)
{
    QStringList out;
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (path.at(i) == u'.' || path.at(i) == u'[')
            out.append(path.left(i));
    }
    out.append(path);
    return out;
}

bool listContains(const QString &listText, const QJsonValue &element)
{
    const QJsonDocument doc = QJsonDocument::fromJson(listText.toUtf8());
    return doc.isArray() && doc.array().contains(element);
}

// Whether `record`, on the leaf's own path, explains the leaf as it is now.
bool explains(const Record &record, const SettingsDiff::Line &leaf)
{
    const bool setElement = leaf.key != leaf.path;
    const bool emptyContainer = (leaf.value.isArray() && leaf.value.toArray().isEmpty())
        || (leaf.value.isObject() && leaf.value.toObject().isEmpty());
    switch (record.kind) {
    case Kind::Changed:
        return true;
    case Kind::Removed:
        return emptyContainer; // its last element went
    case Kind::Added:
        return !setElement || record.newValue == SettingsDiff::valueText(leaf.value)
            || listContains(record.newValue, leaf.value);
    }
    return false;
}

} // namespace

QList<Line> attribute(const QJsonObject &current, const QList<Record> &history)
{
    QHash<QString, QList<qsizetype>> byPath; // oldest first
    for (qsizetype i = 0; i < history.size(); ++i)
        byPath[history.at(i).path].append(i);

    QList<Line> out;
    for (const SettingsDiff::Line &leaf : SettingsDiff::lines({}, current)) {
        qsizetype newest = -1;
        for (const QString &path : selfAndAncestors(leaf.path)) {
            const auto found = byPath.constFind(path);
            if (found == byPath.cend())
                continue;
            const bool own = path == leaf.path;
            for (auto it = found->crbegin(); it != found->crend(); ++it) {
                if (*it <= newest)
                    break;
                const Record &record = history.at(*it);
                if (own ? explains(record, leaf) : record.kind != Kind::Removed) {
                    newest = *it;
                    break;
                }
            }
        }
        Line line { leaf.path, leaf.value, {}, {} };
        if (newest >= 0) {
            line.version = history.at(newest).version;
            line.author = history.at(newest).author;
        }
        out.append(line);
    }
    return out;
}

} // namespace Core::Blame
