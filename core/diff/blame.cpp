// SPDX-License-Identifier: MIT
#include "core/diff/blame.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Core::Blame {

namespace {

using Kind = SettingsDiff::Change::Kind;

// The newest record of each sort a leaf can be explained by, per path: one pass over the
// history, then a few lookups per leaf, however many versions and elements there are.
class Index
{
public:
    explicit Index(const QList<Record> &history)
    {
        for (qsizetype i = 0; i < history.size(); ++i) {
            const Record &r = history.at(i);
            if (r.kind == Kind::Changed)
                m_changed[r.path] = i;
            if (r.kind == Kind::Removed)
                m_removed[r.path] = i;
            if (r.kind != Kind::Removed)
                m_notRemoved[r.path] = i;
            if (r.kind != Kind::Added)
                continue;
            m_added[r.path] = i;
            m_addedValue[r.path + u'\x1f' + r.newValue] = i;
            // A list added whole: each of its elements came with it.
            const QJsonDocument doc = QJsonDocument::fromJson(r.newValue.toUtf8());
            if (doc.isArray()) {
                const QJsonArray elements = doc.array();
                for (const auto &element : elements)
                    m_addedValue[r.path + u'\x1f' + SettingsDiff::valueText(element)] = i;
            }
        }
    }

    // The newest record on the leaf's own path that made it what it is now.
    qsizetype own(const SettingsDiff::Line &leaf) const
    {
        const bool setElement = leaf.key != leaf.path;
        qsizetype newest = m_changed.value(leaf.path, -1);
        if (setElement) {
            newest = std::max(newest,
                m_addedValue.value(leaf.path + u'\x1f' + SettingsDiff::valueText(leaf.value), -1));
        } else {
            newest = std::max(newest, m_added.value(leaf.path, -1));
        }
        if (SettingsDiff::isEmptyContainer(leaf.value)) // its last element went
            newest = std::max(newest, m_removed.value(leaf.path, -1));
        return newest;
    }

    // The newest record that added or changed `path` as a whole (an ancestor of a leaf).
    qsizetype above(const QString &path) const { return m_notRemoved.value(path, -1); }

private:
    QHash<QString, qsizetype> m_changed, m_removed, m_notRemoved, m_added, m_addedValue;
};

} // namespace

QList<Line> attribute(const QJsonObject &current, const QList<Record> &history)
{
    const Index index(history);
    QList<Line> out;
    for (const SettingsDiff::Line &leaf : SettingsDiff::lines({}, current)) {
        qsizetype newest = index.own(leaf);
        for (const QString &path : SettingsDiff::ancestors(leaf.path))
            newest = std::max(newest, index.above(path));
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
