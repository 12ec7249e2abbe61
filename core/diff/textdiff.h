// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Core {

/**
 * Which characters of a changed value changed (issue 6's history browser highlights them):
 * Myers' O(ND) diff over characters, so two separate edits in a long note show as two small
 * marks, not one long one. Pure. Above MaxCost edits it settles for the common prefix and
 * suffix with one changed middle, to stay fast on very different texts.
 */
namespace TextDiff {

struct Segment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const Segment &other) const = default;
};

inline constexpr int MaxCost = 2000;

QList<Segment> diff(const QString &older, const QString &newer);

} // namespace TextDiff

} // namespace Core
